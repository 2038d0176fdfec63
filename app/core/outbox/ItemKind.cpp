#include "core/outbox/ItemKind.h"

#include <array>

namespace Meldeklient::Outbox {

namespace {
constexpr std::array<std::pair<ItemKind, QLatin1StringView>, 4> kindCodes {{
    {ItemKind::DeathPart1, QLatin1StringView("death-part1")},
    {ItemKind::DeathPart2, QLatin1StringView("death-part2")},
    {ItemKind::DeathVoid, QLatin1StringView("death-void")},
    {ItemKind::Birth, QLatin1StringView("birth")},
}};
} // namespace

QLatin1StringView kindCode(ItemKind kind)
{
    for (const auto& [value, code] : kindCodes) {
        if (value == kind)
            return code;
    }
    return QLatin1StringView("unknown");
}

QLatin1StringView kindCode(std::optional<ItemKind> kind)
{
    return kind ? kindCode(*kind) : QLatin1StringView("unknown");
}

std::optional<ItemKind> kindFromCode(QStringView code)
{
    for (const auto& [value, text] : kindCodes) {
        if (code == text)
            return value;
    }
    return std::nullopt;
}

} // namespace Meldeklient::Outbox
