#include "gui/forms/AnswerText.h"

#include <QDateTime>

namespace Meldeklient::Gui {

using Questionnaire::ValueType;

QString shownTemporal(ValueType type, const QString& fhirText)
{
    switch (type) {
    case ValueType::Date: {
        const QDate date = QDate::fromString(fhirText, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : fhirText;
    }
    case ValueType::Time: {
        const QTime time = QTime::fromString(fhirText, Qt::ISODate);
        return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : fhirText;
    }
    case ValueType::DateTime: {
        const QDateTime dateTime = QDateTime::fromString(fhirText, Qt::ISODate);
        return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : fhirText;
    }
    default:
        return fhirText;
    }
}

} // namespace Meldeklient::Gui
