#include "core/outbox/RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Meldeklient::Outbox {

namespace {
// A server asking for more than a day is treated as asking for a day: the user still sees the item waiting.
constexpr qint64 MaxSeconds = 24 * 60 * 60;

std::optional<QDateTime> parseHttpDate(const QString& text)
{
    // IMF-fixdate first (the only form servers may send), then the two obsolete forms recipients must accept.
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    for (const QString& format : formats) {
        QDateTime parsed = c.toDateTime(text.simplified(), format);
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
            if (parsed.date().year() < 1970) // two-digit years in the RFC 850 form are 19xx to Qt
                parsed = parsed.addYears(100);
            return parsed;
        }
    }
    return std::nullopt;
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
    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(value));
    if (!date)
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(*date), 0, MaxSeconds * 1000);
}

} // namespace Meldeklient::Outbox
