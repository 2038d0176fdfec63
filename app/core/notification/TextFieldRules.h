#pragma once

#include "core/common/FreeText.h"
#include "core/notification/ValidationIssues.h"

namespace Meldeklient::Notification {

// FreeText's rule for one field of Del 1 or the reporter's contact details, as a ValidationIssue.
// Rule ids (stable): text-control-character, text-line-break, text-too-long (all errors); the linkId names the field.
class TextFieldRules
{
public:
    // Appends at most one issue for `value` (checked untrimmed: a trailing line break is a line break).
    // `fieldName` is the translated name the physician sees.
    static void check(const QString& value, const QString& linkId, const QString& fieldName, qsizetype maxLength,
        QList<ValidationIssue>& issues, TextLines lines = TextLines::Single);
};

} // namespace Meldeklient::Notification
