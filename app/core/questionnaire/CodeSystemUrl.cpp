#include "core/questionnaire/CodeSystemUrl.h"

#include <QRegularExpression>

#include <algorithm>

namespace Meldeklient::Questionnaire {

QString CodeSystemUrl::volvenOidPrefix()
{
    return QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.");
}

namespace {
bool isVolvenNumber(QStringView text)
{
    return !text.isEmpty() && text.size() <= 9
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

QString CodeSystemUrl::volvenNumber(const QString& systemOrValueSet)
{
    // Plain string tests first: this runs for every coding comparison.
    static const QRegularExpression codeService(
        QStringLiteral("helsepunkt\\.no/api/koder(?:/(\\d{1,9})(?:[/?#]|$)|\\?(?:[^#]*&)?oid=(\\d{1,9})(?:[&#]|$))"));
    const QString text = systemOrValueSet.trimmed();
    if (isVolvenNumber(text))
        return text;
    if (text.startsWith(volvenOidPrefix())) {
        const QString number = text.mid(volvenOidPrefix().size());
        return isVolvenNumber(number) ? number : QString();
    }
    if (!text.contains(u"helsepunkt.no/api/koder"))
        return {};
    const QRegularExpressionMatch match = codeService.match(text);
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

QString CodeSystemUrl::canonical(const QString& systemOrValueSet)
{
    const QString number = volvenNumber(systemOrValueSet);
    return number.isEmpty() ? systemOrValueSet.trimmed() : volvenOidPrefix() + number;
}

bool CodeSystemUrl::sameSystem(const QString& left, const QString& right)
{
    if (left.isEmpty() || right.isEmpty() || left == right)
        return true;
    return canonical(left) == canonical(right);
}

} // namespace Meldeklient::Questionnaire
