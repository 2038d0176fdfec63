#pragma once

#include <QList>
#include <QString>

namespace Meldeklient::Test {

// Made-up synthetic fødselsnumre (Tenor style: month + 80) with legacy-rule check digits, for tests that need many
// distinct persons. Deterministic: the same (count, seed) gives the same numbers. Never real persons.
class SyntheticPersons
{
public:
    static QList<QString> personNumbers(int count, int seed = 1);
    // The check digits for nine base digits by the legacy rule; empty when the base has none.
    static QString withCheckDigits(const QString& nineDigits);
};

} // namespace Meldeklient::Test
