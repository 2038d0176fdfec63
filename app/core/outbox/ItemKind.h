#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace Meldeklient::Outbox {

// Kinds the senders know. The stored code (kindCode) is part of the database and submission format: never rename
// one. Text only at those boundaries; everything else compares the enum.
enum class ItemKind {
    DeathPart1, // "death-part1": Del 1, the death to Folkeregisteret
    DeathPart2, // "death-part2": Del 2, the causes of death to FHI
    DeathVoid,  // "death-void": withdrawal of a reported death
    Birth,      // "birth": a birth notification
};

QLatin1StringView kindCode(ItemKind kind);
// "unknown" for a stored kind this version cannot read (OutboxItem::kind is empty then).
QLatin1StringView kindCode(std::optional<ItemKind> kind);
std::optional<ItemKind> kindFromCode(QStringView code);

} // namespace Meldeklient::Outbox
