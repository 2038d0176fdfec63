#pragma once

#include "core/questionnaire/ValueType.h"

#include <QList>

namespace Meldeklient::Questionnaire {
class AnswerValue;
class EnabledItems;
class Questionnaire;
struct QuestionnaireItem;
} // namespace Meldeklient::Questionnaire

#include <QString>

namespace Meldeklient::Gui {

// How a date, time or dateTime answer reads in Norwegian notation ("24.12.2024", "14:30", "24.12.2024 14:30"), for
// the form's fields and the review page alike; other values and partial dates come back as given.
QString shownTemporal(Questionnaire::ValueType type, const QString& fhirText);
// An answer as a person reads it (Yes/No, dates in Norwegian notation, an option's display, an ICD-10 code with its
// text), for the review page and the printed copy alike.
QString answerText(const Questionnaire::Questionnaire& form, const Questionnaire::QuestionnaireItem& item,
    const Questionnaire::AnswerValue& value, const QString& language);
// The enabled questions among `items` and below their enabled groups, in document order: what a read-only copy
// (review page, PDF) lists under a section.
QList<int> shownQuestions(
    const Questionnaire::Questionnaire& form, QList<int> items, const Questionnaire::EnabledItems& enabled);

} // namespace Meldeklient::Gui
