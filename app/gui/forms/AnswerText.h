#pragma once

#include "core/questionnaire/ValueType.h"

#include <QString>

namespace Meldeklient::Gui {

// How a date, time or dateTime answer reads in Norwegian notation ("24.12.2024", "14:30", "24.12.2024 14:30"), for
// the form's fields and the review page alike; other values and partial dates come back as given.
QString shownTemporal(Questionnaire::ValueType type, const QString& fhirText);

} // namespace Meldeklient::Gui
