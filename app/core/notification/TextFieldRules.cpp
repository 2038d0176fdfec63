#include "core/notification/TextFieldRules.h"

namespace Meldeklient::Notification {

void TextFieldRules::check(const QString& value, const QString& linkId, const QString& fieldName, qsizetype maxLength,
    QList<ValidationIssue>& issues, TextLines lines)
{
    const FreeTextProblem problem = FreeText::check(value, lines, maxLength);
    if (problem == FreeTextProblem::None)
        return;
    const QString rule = problem == FreeTextProblem::ControlCharacter ? QStringLiteral("text-control-character")
        : problem == FreeTextProblem::LineBreak                       ? QStringLiteral("text-line-break")
                                                                      : QStringLiteral("text-too-long");
    issues.append(ValidationIssue {Severity::Error, rule, linkId, FreeText::message(problem, fieldName, maxLength)});
}

} // namespace Meldeklient::Notification
