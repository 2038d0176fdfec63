#include "core/outbox/RetryAfter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Meldeklient::Outbox {

namespace {
// A server asking for more than a day is treated as asking for a day: the user still sees the item waiting.
constexpr qint64 MaxSeconds = 24 * 60 * 60;

std::optional<QDateTime> parseHttpDate(const QString& raw, const QDateTime& now)
{
    const QString text = raw.simplified();
    const QLocale c = QLocale::c();
    QDateTime parsed = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")); // IMF-fixdate
    if (!parsed.isValid())
        parsed = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy")); // asctime, obsolete
    if (!parsed.isValid()) {
        // RFC 850, obsolete: a two-digit year, read as the latest year not more than 50 years ahead (RFC 9110 §5.6.7).
        static const QRegularExpression rfc850(
            QStringLiteral("^[A-Za-z]+, (\\d{2}-[A-Za-z]{3}-)(\\d{2}) (\\d{2}:\\d{2}:\\d{2}) GMT$"));
        const QRegularExpressionMatch match = rfc850.match(text);
        if (match.hasMatch()) {
            int year = now.date().year() / 100 * 100 + match.captured(2).toInt();
            if (year > now.date().year() + 50)
                year -= 100;
            parsed = c.toDateTime(match.captured(1) + QString::number(year) + u' ' + match.captured(3),
                QStringLiteral("dd-MMM-yyyy HH:mm:ss"));
        }
    }
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}
} // namespace

std::optional<qint64> RetryAfter::parseMs(const QByteArray& headerValue, const QDateTime& now)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = value.size() > 12 ? MaxSeconds : value.toLongLong(&ok);
        if (value.size() <= 12 && !ok)
            return std::nullopt;
        return std::min(seconds, MaxSeconds) * 1000;
    }
    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(value), now);
    if (!date)
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(*date), 0, MaxSeconds * 1000);
}

} // namespace Meldeklient::Outbox
