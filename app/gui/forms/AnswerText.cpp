#include "gui/forms/AnswerText.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/questionnaire/EnabledItems.h"
#include "core/questionnaire/Questionnaire.h"
#include "gui/forms/ReviewPage.h"

#include <QDateTime>
#include <QLocale>

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

QString answerText(const Questionnaire::Questionnaire& form, const Questionnaire::QuestionnaireItem& item,
    const Questionnaire::AnswerValue& value, const QString& language)
{
    switch (value.type()) {
    case ValueType::Boolean:
        return value.toBoolean() ? ReviewPage::tr("Yes") : ReviewPage::tr("No");
    case ValueType::Date:
    case ValueType::Time:
    case ValueType::DateTime:
        return shownTemporal(value.type(), value.toText());
    case ValueType::Coding: {
        const Codes::Coding coding = value.toCoding();
        for (const Questionnaire::AnswerOption& option : item.answerOptions) {
            if (option.value.equals(value))
                return form.optionDisplay(option, language);
        }
        if (Codes::CodeSystemUrl::isIcd10(Codes::CodeSystemUrl::canonical(coding.system))) {
            const QString code = Codes::CodeSystemUrl::displayIcd10Code(coding.code);
            return coding.display.isEmpty() ? code : QStringLiteral("%1  %2").arg(code, coding.display);
        }
        return coding.display.isEmpty() ? coding.code : coding.display;
    }
    case ValueType::Integer:
        return QString::number(value.toInteger());
    case ValueType::Decimal:
        return QLocale().toString(value.toDecimal());
    default:
        return value.toText();
    }
}

QList<int> shownQuestions(
    const Questionnaire::Questionnaire& form, QList<int> items, const Questionnaire::EnabledItems& enabled)
{
    QList<int> questions;
    while (!items.isEmpty()) {
        const int index = items.takeFirst();
        const Questionnaire::QuestionnaireItem& item = form.items().at(index);
        if (!enabled.isEnabled(index))
            continue;
        if (item.type == Questionnaire::ItemType::Group)
            items = item.children + items;
        else if (item.takesAnswers())
            questions.append(index);
    }
    return questions;
}

} // namespace Meldeklient::Gui
