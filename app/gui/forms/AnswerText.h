#pragma once

#include "core/questionnaire/ValueType.h"

namespace Meldeklient::Questionnaire {
class AnswerValue;
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

} // namespace Meldeklient::Gui
