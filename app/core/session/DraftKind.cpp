#include "core/session/DraftKind.h"

namespace Meldeklient::Session {

using Outbox::ItemKind;

ItemKind itemKind(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Death:
        return ItemKind::DeathPart1;
    case DraftKind::Birth:
        return ItemKind::Birth;
    }
    return ItemKind::DeathPart1;
}

std::optional<DraftKind> draftKindOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::DeathPart1:
        return DraftKind::Death;
    case ItemKind::Birth:
        return DraftKind::Birth;
    case ItemKind::DeathPart2:
    case ItemKind::DeathVoid:
        break;
    }
    return std::nullopt;
}

} // namespace Meldeklient::Session
