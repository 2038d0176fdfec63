#include "core/questionnaire/CodeSystemUrl.h"

#include <QRegularExpression>

namespace Meldeklient::Questionnaire {

QString CodeSystemUrl::volvenOidPrefix()
{
    return QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.");
}

QString CodeSystemUrl::volvenNumber(const QString& systemOrValueSet)
{
    static const QRegularExpression bareNumber(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression codeService(
        QStringLiteral("helsepunkt\\.no/api/koder(?:/(\\d{1,9})(?:[/?#]|$)|\\?(?:[^#]*&)?oid=(\\d{1,9})(?:[&#]|$))"));
    const QString text = systemOrValueSet.trimmed();
    if (bareNumber.match(text).hasMatch())
        return text;
    if (text.startsWith(volvenOidPrefix())) {
        const QString number = text.mid(volvenOidPrefix().size());
        return bareNumber.match(number).hasMatch() ? number : QString();
    }
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
    if (left.isEmpty() || right.isEmpty())
        return true;
    return canonical(left) == canonical(right);
}

} // namespace Meldeklient::Questionnaire
