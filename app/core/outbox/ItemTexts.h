#pragma once

#include "core/outbox/ItemKind.h"
#include "core/outbox/ItemState.h"

#include <QString>

#include <optional>

namespace Meldeklient::Outbox {

// What an item's kind, state and last failure are called, translated when shown (the store keeps codes only, so
// a language switch applies to old items too). One place for the CLI and the window.
class ItemTexts
{
public:
    static QString kind(std::optional<ItemKind> kind);
    static QString state(ItemState state);
    // The translated explanation of a failure code stored with an item (api-*, outbox-*); a generic text for a code
    // this version does not know. Empty for an empty code.
    static QString error(const QString& code);
};

} // namespace Meldeklient::Outbox
