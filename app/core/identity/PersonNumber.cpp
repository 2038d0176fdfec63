#include "core/identity/PersonNumber.h"

#include "core/identity/IdentifierInput.h"

#include <ctime>

namespace Meldeklient::Identity {

namespace {
constexpr int firstWeights[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr int secondWeights[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

// Legacy century from the individual number (digits 7-9) and the two-digit year; 0 when the table has no entry.
int legacyCentury(int individual, int year)
{
    if (individual <= 499)
        return 1900;
    if (individual <= 749 && year >= 54)
        return 1800;
    if (individual >= 900 && year >= 40)
        return 1900;
    if (individual >= 500 && year < 40)
        return 2000;
    return 0;
}
// Today's date, recomputed only when the UTC day changes, so the hot path makes no calendar conversion.
QDate today()
{
    thread_local std::time_t cachedDay = -1;
    thread_local QDate cachedDate;
    const std::time_t day = std::time(nullptr) / 86400;
    if (day != cachedDay) {
        cachedDay = day;
        cachedDate = QDate::currentDate();
    }
    return cachedDate;
}
} // namespace

int PersonNumber::firstCheckRemainder(const std::array<int, Length>& d)
{
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i)
        sum += firstWeights[i] * d[i];
    return (sum + d[9]) % 11;
}

int PersonNumber::secondCheckRemainder(const std::array<int, Length>& d)
{
    int sum = 0;
    for (std::size_t i = 0; i < 10; ++i)
        sum += secondWeights[i] * d[i];
    return (sum + d[10]) % 11;
}

std::array<bool, 10> PersonNumber::acceptedFirstCheckDigits(const std::array<int, 9>& base)
{
    std::array<bool, 10> accepted {};
    std::array<int, Length> d {};
    for (std::size_t i = 0; i < 9; ++i)
        d[i] = base[i];
    for (int k1 = 0; k1 <= 9; ++k1) {
        d[9] = k1;
        accepted[static_cast<std::size_t>(k1)] = firstCheckRemainder(d) <= 3;
    }
    return accepted;
}

IdentifierCheck PersonNumber::check(QStringView input)
{
    IdentifierCheck result;
    if (IdentifierInput::normalizeDigits(input, 6, Length, Length, result))
        checkDigits(result);
    return result;
}

void PersonNumber::checkDigits(IdentifierCheck& check)
{
    std::array<int, Length> d {};
    for (std::size_t i = 0; i < Length; ++i)
        d[i] = check.digits[i] - '0';

    int day = d[0] * 10 + d[1];
    int month = d[2] * 10 + d[3];
    const int year = d[4] * 10 + d[5];

    if (d[0] >= 8) {
        check.type = IdentifierType::FellesHjelpenummer;
    } else if (d[0] >= 4) {
        day -= 40;
        check.type = IdentifierType::DNummer;
        if (month > 80) {
            month -= 80;
            check.type = IdentifierType::SyntheticDNummer;
        }
    } else if (month > 80) {
        month -= 80;
        check.type = IdentifierType::SyntheticFodselsnummer;
    } else if (month > 40) {
        month -= 40;
        check.type = IdentifierType::HNummer;
    } else {
        check.type = IdentifierType::Fodselsnummer;
    }

    // Skatteetaten reads the date with century 20 when checking it, so 29 February is allowed when yy % 4 == 0.
    if (hasDatePart(check.type) && !QDate::isValid(2000 + year, month, day))
        check.add(IdentifierProblem::Date);

    const int firstRemainder = firstCheckRemainder(d);
    if (firstRemainder > 3)
        check.add(IdentifierProblem::FirstCheckDigit);
    if (secondCheckRemainder(d) != 0)
        check.add(IdentifierProblem::SecondCheckDigit);

    if (check.problemBits != 0) {
        check.derivation = Derivation::NotApplicable;
        return;
    }
    if (!hasDatePart(check.type)) {
        check.derivation = Derivation::NoDatePart;
        return;
    }
    if (firstRemainder != 0) {
        check.derivation = Derivation::NewRule;
        return;
    }
    check.sex = (d[8] % 2 == 1) ? Sex::Male : Sex::Female;
    const int individual = d[6] * 100 + d[7] * 10 + d[8];
    const int century = legacyCentury(individual, year);
    const QDate birthDate = century != 0 ? QDate(century + year, month, day) : QDate();
    // A legacy reading that lands in the future (e.g. 2032 for yy=32) cannot be a birth date.
    if (!birthDate.isValid() || birthDate > today()) {
        check.derivation = Derivation::UnknownCentury;
        return;
    }
    check.birthDate = birthDate;
    check.derivation = Derivation::Derived;
}

} // namespace Meldeklient::Identity
