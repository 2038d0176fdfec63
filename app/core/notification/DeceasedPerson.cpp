#include "core/notification/DeceasedPerson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Meldeklient::Notification {

namespace {
Error invalid(const QString& message)
{
    return Error {QStringLiteral("patient-invalid"), message};
}

// FHIR date or dateTime: "2021-10-02" or "2021-11-06T10:11:00+01:00". The date is taken as written (local civil
// date of death), not converted to UTC, which could move it to the previous day.
bool parseFhirDateTime(const QString& text, std::optional<QDate>& date, std::optional<QTime>& time)
{
    if (text.size() < 10)
        return false;
    const QDate parsedDate = QDate::fromString(text.left(10), Qt::ISODate);
    if (!parsedDate.isValid())
        return false;
    date = parsedDate;
    if (text.size() > 10) {
        if (text.at(10) != u'T' || text.size() < 16)
            return false;
        const QTime parsedTime = QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm"));
        if (!parsedTime.isValid())
            return false;
        time = parsedTime;
    }
    return true;
}
} // namespace

bool DeceasedPerson::isPuf() const
{
    return identifierSystem.trimmed() != fnrSystem && identifierSystem.trimmed() != dnrSystem;
}

Result<DeceasedPerson> DeceasedPerson::fromFhirPatient(const QJsonObject& patient)
{
    if (patient.value(u"resourceType").toString() != u"Patient")
        return invalid(QCoreApplication::translate("Notification", "The resource is not a FHIR Patient."));
    DeceasedPerson person;

    const QJsonValue identifiers = patient.value(u"identifier");
    if (!identifiers.isUndefined() && !identifiers.isArray())
        return invalid(QCoreApplication::translate("Notification", "Patient.identifier must be a list."));
    const QJsonArray identifierList = identifiers.toArray();
    if (!identifierList.isEmpty()) {
        // NHN takes one identifier; the first "usual" one (or the first) is the person's.
        QJsonObject chosen = identifierList.first().toObject();
        for (const QJsonValue& value : identifierList) {
            if (value.toObject().value(u"use").toString() == u"usual") {
                chosen = value.toObject();
                break;
            }
        }
        if (!chosen.value(u"value").isString())
            return invalid(QCoreApplication::translate("Notification", "Patient.identifier.value must be text."));
        person.identifierSystem = chosen.value(u"system").toString();
        person.identifierValue = chosen.value(u"value").toString();
        const QJsonArray codings = chosen.value(u"type").toObject().value(u"coding").toArray();
        if (!codings.isEmpty())
            person.identifierTypeCode = codings.first().toObject().value(u"code").toString();
    }

    const QJsonArray names = patient.value(u"name").toArray();
    if (!names.isEmpty()) {
        const QJsonObject name = names.first().toObject();
        person.familyName = name.value(u"family").toString();
        for (const QJsonValue& given : name.value(u"given").toArray())
            person.givenNames.append(given.toString());
    }

    if (patient.contains(u"birthDate")) {
        const QDate birthDate = QDate::fromString(patient.value(u"birthDate").toString(), Qt::ISODate);
        if (!birthDate.isValid())
            return invalid(QCoreApplication::translate("Notification", "Patient.birthDate is not a valid date."));
        person.birthDate = birthDate;
    }

    if (patient.contains(u"gender")) {
        const QString gender = patient.value(u"gender").toString();
        person.genderGiven = true;
        if (gender == u"female")
            person.sex = Identity::Sex::Female;
        else if (gender == u"male")
            person.sex = Identity::Sex::Male;
        else if (gender != u"other" && gender != u"unknown")
            return invalid(QCoreApplication::translate("Notification",
                "Patient.gender must be female, male, other or unknown."));
    }

    const QJsonArray addresses = patient.value(u"address").toArray();
    if (!addresses.isEmpty())
        person.country = addresses.first().toObject().value(u"country").toString();

    if (patient.contains(u"deceasedDateTime")) {
        if (!parseFhirDateTime(patient.value(u"deceasedDateTime").toString(), person.deathDate, person.deathTime))
            return invalid(QCoreApplication::translate("Notification",
                "Patient.deceasedDateTime is not a valid FHIR date or dateTime."));
    }
    return person;
}

} // namespace Meldeklient::Notification
