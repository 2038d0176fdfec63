#include "support/SyntheticPersons.h"

#include <QDate>
#include <QSet>

#include <array>

namespace Meldeklient::Test {

namespace {
constexpr std::array<int, 9> FirstWeights {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> SecondWeights {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

int checkDigit(const QString& digits, const int* weights)
{
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i)
        sum += digits.at(i).digitValue() * weights[i];
    const int digit = (11 - sum % 11) % 11;
    return digit; // 10: no valid check digit
}
} // namespace

QString SyntheticPersons::withCheckDigits(const QString& nineDigits)
{
    const int first = checkDigit(nineDigits, FirstWeights.data());
    if (first == 10)
        return {};
    const QString ten = nineDigits + QString::number(first);
    const int second = checkDigit(ten, SecondWeights.data());
    if (second == 10)
        return {};
    return ten + QString::number(second);
}

QList<QString> SyntheticPersons::personNumbers(int count, int seed)
{
    QList<QString> numbers;
    QSet<QString> seen;
    // Birth dates walk forward from 1 January 1935 by `seed` days; individual numbers 000–499 (born 1900–1999).
    QDate birth(1935, 1, 1);
    int individual = (seed * 37) % 500;
    while (numbers.size() < count) {
        birth = birth.addDays(seed);
        for (int tries = 0; tries < 20 && numbers.size() < count; ++tries) {
            individual = (individual + 7) % 500;
            const QString base = QStringLiteral("%1%2%3%4")
                                     .arg(birth.day(), 2, 10, QLatin1Char('0'))
                                     .arg(birth.month() + 80, 2, 10, QLatin1Char('0'))
                                     .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                                     .arg(individual, 3, 10, QLatin1Char('0'));
            const QString number = withCheckDigits(base);
            if (!number.isEmpty() && !seen.contains(number)) {
                seen.insert(number);
                numbers.append(number);
                break;
            }
        }
    }
    return numbers;
}

} // namespace Meldeklient::Test
