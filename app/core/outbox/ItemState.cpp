#include "core/outbox/ItemState.h"

#include <array>

namespace Meldeklient::Outbox {

namespace {
constexpr std::array<std::pair<ItemState, QLatin1StringView>, 10> stateCodes {{
    {ItemState::Draft, QLatin1StringView("draft")},
    {ItemState::Queued, QLatin1StringView("queued")},
    {ItemState::Sending, QLatin1StringView("sending")},
    {ItemState::Accepted, QLatin1StringView("accepted")},
    {ItemState::NeedsCorrection, QLatin1StringView("needs-correction")},
    {ItemState::WaitingToRetry, QLatin1StringView("waiting-to-retry")},
    {ItemState::Cancelled, QLatin1StringView("cancelled")},
    {ItemState::AcceptedForProcessing, QLatin1StringView("accepted-for-processing")},
    {ItemState::Registered, QLatin1StringView("registered")},
    {ItemState::Refused, QLatin1StringView("refused")},
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
        return to == ItemState::Accepted || to == ItemState::NeedsCorrection || to == ItemState::WaitingToRetry
            || to == ItemState::AcceptedForProcessing;
    case ItemState::WaitingToRetry:
        // WaitingToRetry → WaitingToRetry: rescheduled (retryNow makes it due at once).
        return to == ItemState::Sending || to == ItemState::Cancelled || to == ItemState::WaitingToRetry;
    case ItemState::NeedsCorrection:
    case ItemState::Refused:
        // A refused birth is corrected and sent again as a new message (or given up).
        return to == ItemState::Queued || to == ItemState::Cancelled;
    case ItemState::AcceptedForProcessing:
        // The register decides; nothing local may cancel what it is processing. → itself: manual handling noted.
        return to == ItemState::Registered || to == ItemState::Refused || to == ItemState::AcceptedForProcessing;
    case ItemState::Accepted:
    case ItemState::Registered:
    case ItemState::Cancelled:
        return false;
    }
    return false;
}

bool isTerminal(ItemState state)
{
    return state == ItemState::Accepted || state == ItemState::Registered || state == ItemState::Cancelled;
}

} // namespace Meldeklient::Outbox
