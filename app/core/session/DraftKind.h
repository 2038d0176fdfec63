#pragma once

#include "core/outbox/ItemKind.h"

#include <optional>

namespace Meldeklient::Session {

// What a draft (Session::Drafts) is a draft of, and so which screen opens it.
enum class DraftKind {
    Death, // a death notification: becomes its Del 1 when queued
    Birth, // a birth notification: becomes its first child's message when queued
};

// The outbox kind a draft of `kind` is stored as; the one mapping between the two.
Outbox::ItemKind itemKind(DraftKind kind);
// nullopt for outbox kinds that are never a person's draft (Del 2, withdrawals).
std::optional<DraftKind> draftKindOf(Outbox::ItemKind kind);

} // namespace Meldeklient::Session
