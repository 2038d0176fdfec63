#include "core/outbox/ItemState.h"

#include <array>

namespace Meldeklient::Outbox {

namespace {
constexpr std::array<std::pair<ItemState, QLatin1StringView>, 7> stateCodes {{
    {ItemState::Draft, QLatin1StringView("draft")},
    {ItemState::Queued, QLatin1StringView("queued")},
    {ItemState::Sending, QLatin1StringView("sending")},
    {ItemState::Accepted, QLatin1StringView("accepted")},
    {ItemState::NeedsCorrection, QLatin1StringView("needs-correction")},
    {ItemState::WaitingToRetry, QLatin1StringView("waiting-to-retry")},
    {ItemState::Cancelled, QLatin1StringView("cancelled")},
}};
} // namespace

QLatin1StringView stateCode(ItemState state)
{
    for (const auto& [value, code] : stateCodes) {
        if (value == state)
            return code;
    }
    return QLatin1StringView("unknown");
}

std::optional<ItemState> stateFromCode(QStringView code)
{
    for (const auto& [value, text] : stateCodes) {
        if (code == text)
            return value;
    }
    return std::nullopt;
}

bool isLegalTransition(ItemState from, ItemState to)
{
    switch (from) {
    case ItemState::Draft:
        return to == ItemState::Queued || to == ItemState::Cancelled;
    case ItemState::Queued:
        return to == ItemState::Sending || to == ItemState::Cancelled;
    case ItemState::Sending:
        // No cancel while a request may be on the wire: only the server's answer (or its absence) decides.
        return to == ItemState::Accepted || to == ItemState::NeedsCorrection || to == ItemState::WaitingToRetry;
    case ItemState::WaitingToRetry:
        // WaitingToRetry → WaitingToRetry: rescheduled (retryNow makes it due at once).
        return to == ItemState::Sending || to == ItemState::Cancelled || to == ItemState::WaitingToRetry;
    case ItemState::NeedsCorrection:
        return to == ItemState::Queued || to == ItemState::Cancelled;
    case ItemState::Accepted:
    case ItemState::Cancelled:
        return false;
    }
    return false;
}

bool isTerminal(ItemState state)
{
    return state == ItemState::Accepted || state == ItemState::Cancelled;
}

} // namespace Meldeklient::Outbox
