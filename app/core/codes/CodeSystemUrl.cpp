#include "core/codes/CodeSystemUrl.h"

#include <QRegularExpression>

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

QString volvenNumber(QStringView systemOrAlias)
{
    const QStringView text = systemOrAlias.trimmed();
    if (isAllDigits(text))
        return text.toString();
    for (const QStringView prefix : {volvenOidPrefix, volvenOidPrefix.mid(8)}) { // URN, then bare OID
        if (text.startsWith(prefix)) {
            const QStringView number = text.mid(prefix.size());
            return isAllDigits(number) ? number.toString() : QString();
        }
    }
    // Plain string test first: this runs for every coding comparison.
    if (!text.contains(u"helsepunkt.no/api/koder"))
        return {};
    static const QRegularExpression codeService(
        QStringLiteral("helsepunkt\\.no/api/koder(?:/(\\d{1,9})(?:[/?#]|$)|\\?(?:[^#]*&)?oid=(\\d{1,9})(?:[&#]|$))"));
    const QRegularExpressionMatch match = codeService.match(text.toString());
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

QString canonical(QStringView systemOrAlias)
{
    const QString number = volvenNumber(systemOrAlias);
    return number.isEmpty() ? systemOrAlias.trimmed().toString() : volvenOidPrefix + number;
}

bool sameSystem(QStringView left, QStringView right)
{
    if (left.isEmpty() || right.isEmpty() || left == right)
        return true;
    return canonical(left) == canonical(right);
}

bool isIcd10(QStringView canonicalUrl)
{
    return canonicalUrl == icd10;
}

namespace {
QString withoutDotsAndSpaces(QStringView code, bool upper)
{
    QString result;
    result.reserve(code.size());
    for (QChar c : code) {
        if (c != u'.' && !c.isSpace()) // "I21 .9" and "I21.9" are I219
            result.append(upper ? c.toUpper() : c);
    }
    return result;
}
} // namespace

QString normalizedCode(QStringView canonicalUrl, QStringView code)
{
    if (!isIcd10(canonicalUrl))
        return code.trimmed().toString();
    return withoutDotsAndSpaces(code, false);
}

QString icd10Key(QStringView code)
{
    return withoutDotsAndSpaces(code, true);
}

QString comparisonKey(QStringView canonicalUrl, QStringView code)
{
    return isIcd10(canonicalUrl) ? icd10Key(code) : code.trimmed().toString();
}

QString displayIcd10Code(QStringView storedCode)
{
    if (storedCode.size() <= 3)
        return storedCode.toString();
    return storedCode.left(3) + u'.' + storedCode.mid(3);
}

} // namespace Meldeklient::Codes::CodeSystemUrl
