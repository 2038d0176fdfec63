#pragma once

#include <QLatin1StringView>

namespace Meldeklient::Outbox {

// Kinds the senders know. Stored as text; the store accepts only these.
namespace ItemKind {
inline constexpr QLatin1StringView DeathPart1("death-part1");
inline constexpr QLatin1StringView DeathPart2("death-part2");
inline constexpr QLatin1StringView DeathVoid("death-void");
inline constexpr QLatin1StringView Birth("birth");
} // namespace ItemKind

} // namespace Meldeklient::Outbox
