#include "core/notification/DeathCauseReport.h"

namespace Meldeklient::Notification {

int DeathCauseReport::lowestUsedLine() const
{
    for (int i = static_cast<int>(lines.size()) - 1; i >= 0; --i) {
        if (lines[static_cast<std::size_t>(i)].isUsed())
            return i;
    }
    return -1;
}

std::optional<int> DeathCauseReport::ageAtDeathYears() const
{
    if (!deathDate || !birthDate || *deathDate < *birthDate)
        return std::nullopt;
    int years = deathDate->year() - birthDate->year();
    if (deathDate->month() < birthDate->month()
        || (deathDate->month() == birthDate->month() && deathDate->day() < birthDate->day()))
        --years;
    return years;
}

std::optional<int> DeathCauseReport::ageAtDeathDays() const
{
    if (!deathDate || !birthDate || *deathDate < *birthDate)
        return std::nullopt;
    return static_cast<int>(birthDate->daysTo(*deathDate));
}

QString DeathCauseReport::linkIdFor(QChar line, QStringView field)
{
    return QStringLiteral("causeOfDeath_question_") + line + u'_' + field;
}

QString DeathCauseReport::normalizeIcdCode(const QString& code)
{
    QString result;
    result.reserve(code.size());
    for (QChar c : code) {
        if (c == u'.' || c.isSpace())
            continue;
        result += c.toUpper();
    }
    return result;
}

} // namespace Meldeklient::Notification
