#include "cli/JsonLine.h"

namespace Meldeklient::Cli {

QString JsonLine::quote(const QString& text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            result += QStringLiteral("\\\"");
            break;
        case u'\\':
            result += QStringLiteral("\\\\");
            break;
        case u'\n':
            result += QStringLiteral("\\n");
            break;
        case u'\r':
            result += QStringLiteral("\\r");
            break;
        case u'\t':
            result += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += u'"';
    return result;
}

JsonLine& JsonLine::add(const QString& key, const QString& value)
{
    m_members.append(quote(key) + u':' + quote(value));
    return *this;
}

JsonLine& JsonLine::add(const QString& key, bool value)
{
    m_members.append(quote(key) + u':' + (value ? QStringLiteral("true") : QStringLiteral("false")));
    return *this;
}

JsonLine& JsonLine::add(const QString& key, const QStringList& values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString& value : values)
        quoted.append(quote(value));
    m_members.append(quote(key) + QStringLiteral(":[") + quoted.join(u',') + u']');
    return *this;
}

JsonLine& JsonLine::addRaw(const QString& key, const QString& json)
{
    m_members.append(quote(key) + u':' + json);
    return *this;
}

QString JsonLine::toString() const
{
    return u'{' + m_members.join(u',') + u'}';
}

} // namespace Meldeklient::Cli
