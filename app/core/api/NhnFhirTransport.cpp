#include "core/api/NhnFhirTransport.h"

#include "core/notification/DeceasedPerson.h"
#include "core/outbox/ItemKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Meldeklient::Api {

namespace {
const QString RoleStep = QStringLiteral("practitioner-role");
const QString PatientStep = QStringLiteral("patient");
const QString ResponseStep = QStringLiteral("questionnaire-response");
const QByteArray FhirJson = QByteArrayLiteral("application/fhir+json");

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject reference(const QString& target)
{
    return QJsonObject {{QStringLiteral("reference"), target}};
}

// Only the contact details NHN's sample carries: nothing else of what the Bundle held about the physician.
QJsonObject practitionerRoleBody(const QJsonObject& role)
{
    QJsonObject body {{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")}};
    for (const QLatin1StringView member : {QLatin1StringView("organization"), QLatin1StringView("location"),
             QLatin1StringView("telecom")}) {
        if (role.contains(member))
            body.insert(member, role.value(member));
    }
    return body;
}

// The identifier NHN takes: the "usual" one (or the first), marked usual.
QJsonObject usualIdentifier(const QJsonObject& patient)
{
    const QJsonArray identifiers = patient.value(u"identifier").toArray();
    QJsonObject chosen = identifiers.first().toObject();
    for (const QJsonValue& value : identifiers) {
        if (value.toObject().value(u"use").toString() == u"usual") {
            chosen = value.toObject();
            break;
        }
    }
    QJsonObject identifier {{QStringLiteral("use"), QStringLiteral("usual")},
        {QStringLiteral("value"), chosen.value(u"value").toString()}};
    if (chosen.contains(u"system"))
        identifier.insert(QStringLiteral("system"), chosen.value(u"system").toString());
    if (chosen.contains(u"type"))
        identifier.insert(QStringLiteral("type"), chosen.value(u"type"));
    return identifier;
}

// Del 1 sends the identifier and the death time; a person without a Norwegian number (PUF) also name, birth date,
// sex, country of residence and reason for stay, which Folkeregisteret needs instead (sample-Patient-foreigner).
QJsonObject patientBody(const QJsonObject& patient, const QString& roleId, bool voiding)
{
    QJsonObject body {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("identifier"), QJsonArray {usualIdentifier(patient)}},
        {QStringLiteral("generalPractitioner"), QJsonArray {reference(QStringLiteral("PractitionerRole/") + roleId)}}};
    if (voiding) {
        body.insert(QStringLiteral("deceasedBoolean"), false);
        return body;
    }
    body.insert(QStringLiteral("deceasedDateTime"), patient.value(u"deceasedDateTime").toString());
    const Result<Notification::DeceasedPerson> person = Notification::DeceasedPerson::fromFhirPatient(patient);
    if (person && person->isPuf()) {
        for (const QLatin1StringView member : {QLatin1StringView("name"), QLatin1StringView("birthDate"),
                 QLatin1StringView("gender"), QLatin1StringView("address"), QLatin1StringView("extension")}) {
            if (patient.contains(member))
                body.insert(member, patient.value(member));
        }
    }
    return body;
}

QString identifierSystemFor(const QString& number)
{
    // A D-nummer has 4 added to the first digit of the birth date (domain.md §4).
    return !number.isEmpty() && number.at(0) >= u'4' ? QString(Notification::dnrSystem)
                                                     : QString(Notification::fnrSystem);
}

Identity::Sex sexFromGender(const QString& gender)
{
    if (gender == u"female")
        return Identity::Sex::Female;
    if (gender == u"male")
        return Identity::Sex::Male;
    return Identity::Sex::Unknown;
}
} // namespace

QStringList NhnFhirTransport::steps(const SubmissionDocument& document) const
{
    if (document.kind == Outbox::ItemKind::DeathPart1 || document.kind == Outbox::ItemKind::DeathVoid)
        return {RoleStep, PatientStep};
    if (document.kind == Outbox::ItemKind::DeathPart2)
        return {RoleStep, ResponseStep};
    return {};
}

Result<ApiRequest> NhnFhirTransport::render(const QString& step, const RenderContext& context) const
{
    const SubmissionDocument& document = context.document;
    const QStringList all = steps(document);
    if (!all.contains(step))
        return renderFailed(QCoreApplication::translate("Api", "This submission has no step \"%1\".").arg(step));
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.contentType = FhirJson;
    request.idempotencyKey = stepIdempotencyKey(context.idempotencyKey, step, step == all.last());
    if (step == RoleStep) {
        request.path = QStringLiteral("/PractitionerRole");
        request.body = compact(practitionerRoleBody(document.practitionerRole));
        return request;
    }
    const QString roleId = context.learned.value(RoleStep);
    if (roleId.isEmpty())
        return renderFailed(QCoreApplication::translate("Api", "The PractitionerRole step has not given an id."));
    if (step == PatientStep) {
        request.path = QStringLiteral("/Patient");
        request.body = compact(patientBody(document.patient, roleId, document.kind == Outbox::ItemKind::DeathVoid));
        return request;
    }
    if (context.parentReceiptId.isEmpty())
        return renderFailed(QCoreApplication::translate("Api", "The causes of death need the registry's id of the death."));
    request.path = QStringLiteral("/QuestionnaireResponse");
    request.body = compact(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("questionnaire"), QString(QuestionnaireReference)},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("subject"), reference(QStringLiteral("Patient/") + context.parentReceiptId)},
        {QStringLiteral("author"), reference(QStringLiteral("PractitionerRole/") + roleId)},
        {QStringLiteral("item"), document.questionnaireResponse.value(u"item")}});
    return request;
}

Result<StepResult> NhnFhirTransport::parse(const QString& step, const QByteArray& body) const
{
    const Result<QJsonObject> answer = parseObject(body);
    if (!answer)
        return answer.error();
    const QString expectedType = step == RoleStep ? QStringLiteral("PractitionerRole")
        : step == PatientStep                     ? QStringLiteral("Patient")
                                                  : QStringLiteral("QuestionnaireResponse");
    if (answer->value(u"resourceType").toString() != expectedType)
        return unreadable(QCoreApplication::translate("Api", "The registry did not answer with a %1.").arg(expectedType));
    const QString id = answer->value(u"id").toString();
    if (id.isEmpty())
        return unreadable(QCoreApplication::translate("Api", "The registry's %1 has no id.").arg(expectedType));
    return StepResult {id, QDateTime::fromString(answer->value(u"authored").toString(), Qt::ISODateWithMs)};
}

ApiRequest NhnFhirTransport::lookUpRequest(const QString& identifier) const
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = QStringLiteral("/Patient");
    request.query.addQueryItem(QStringLiteral("identifier"), identifierSystemFor(identifier) + u'|' + identifier);
    return request;
}

Result<QList<RegistryPerson>> NhnFhirTransport::parseLookUp(const QByteArray& body) const
{
    const Result<QJsonObject> answer = parseObject(body);
    if (!answer)
        return answer.error();
    if (answer->value(u"resourceType").toString() != u"Bundle")
        return unreadable(QCoreApplication::translate("Api", "The person lookup answer is not a FHIR Bundle."));
    QList<RegistryPerson> persons;
    for (const QJsonValue& entry : answer->value(u"entry").toArray()) {
        const QJsonObject patient = entry.toObject().value(u"resource").toObject();
        if (patient.value(u"resourceType").toString() != u"Patient")
            continue;
        RegistryPerson person;
        for (const QJsonValue& identifier : patient.value(u"identifier").toArray()) {
            const QString system = identifier.toObject().value(u"system").toString();
            if (system == Notification::fnrSystem || system == Notification::dnrSystem) {
                person.identifier = identifier.toObject().value(u"value").toString();
                break;
            }
        }
        if (person.identifier.isEmpty())
            return unreadable(QCoreApplication::translate("Api", "A person in the lookup answer has no identifier."));
        const QJsonObject name = patient.value(u"name").toArray().first().toObject();
        const QJsonArray given = name.value(u"given").toArray();
        person.givenName = given.first().toString();
        QStringList middle;
        for (qsizetype i = 1; i < given.size(); ++i)
            middle.append(given.at(i).toString());
        person.middleName = middle.join(u' ');
        person.familyName = name.value(u"family").toString();
        person.birthDate = datePart(patient.value(u"birthDate").toString());
        person.sex = sexFromGender(patient.value(u"gender").toString());
        if (patient.contains(u"deceasedDateTime")) {
            person.deceased = true;
            person.deathDate = datePart(patient.value(u"deceasedDateTime").toString());
        } else {
            person.deceased = patient.value(u"deceasedBoolean").toBool();
        }
        persons.append(person);
    }
    return persons;
}

} // namespace Meldeklient::Api
