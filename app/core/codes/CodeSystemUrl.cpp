#include "core/codes/CodeSystemUrl.h"

namespace Meldeklient::Codes::CodeSystemUrl {

namespace {
bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

QString canonical(QStringView systemOrAlias)
{
    const QStringView trimmed = systemOrAlias.trimmed();
    if (isAllDigits(trimmed))
        return volvenOidPrefix + trimmed;
    if (trimmed.startsWith(volvenOidPrefix.mid(8))) // bare OID "2.16.578.1.12.4.1.1.<nr>"
        return QStringLiteral("urn:oid:") + trimmed;
    return trimmed.toString();
}

bool isIcd10(QStringView canonicalUrl)
{
    return canonicalUrl == icd10;
}

QString normalizedCode(QStringView canonicalUrl, QStringView code)
{
    const QStringView trimmed = code.trimmed();
    if (!isIcd10(canonicalUrl))
        return trimmed.toString();
    QString result;
    result.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c != u'.' && !c.isSpace()) // "I21 .9" and "I21.9" are I219
            result.append(c.toUpper());
    }
    return result;
}

QString displayIcd10Code(QStringView storedCode)
{
    if (storedCode.size() <= 3)
        return storedCode.toString();
    return storedCode.left(3) + u'.' + storedCode.mid(3);
}

} // namespace Meldeklient::Codes::CodeSystemUrl
