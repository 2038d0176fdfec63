#include "core/api/NhnRestTransport.h"

#include "core/notification/DeceasedPerson.h"
#include "core/outbox/ItemKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Meldeklient::Api {

namespace {
const QString DeathStep = QStringLiteral("dodsfall");
const QString CausesStep = QStringLiteral("dodsarsaker");
const QString VoidStep = QStringLiteral("annullering");
const QString ReasonForStayUrl = QStringLiteral("http://nhn.no/dodsmelding/fhir/StructureDefinition/ReasonForStay");

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString sexText(Identity::Sex sex)
{
    switch (sex) {
    case Identity::Sex::Female:
        return QStringLiteral("kvinne");
    case Identity::Sex::Male:
        return QStringLiteral("mann");
    case Identity::Sex::Unknown:
        break;
    }
    return QStringLiteral("ukjent");
}

Identity::Sex sexFromText(const QString& text)
{
    if (text == u"kvinne")
        return Identity::Sex::Female;
    if (text == u"mann")
        return Identity::Sex::Male;
    return Identity::Sex::Unknown;
}

QString reasonForStay(const QJsonObject& patient)
{
    for (const QJsonValue& extension : patient.value(u"extension").toArray()) {
        const QJsonObject object = extension.toObject();
        if (object.value(u"url").toString() == ReasonForStayUrl) {
            return object.value(u"valueCodeableConcept").toObject().value(u"coding").toArray().first().toObject()
                .value(u"code").toString();
        }
    }
    return {};
}

// {"type": "FNR"|"DNR"|<Volven 8116 code>, "verdi": ...}, and for a person without a Norwegian number the details
// Folkeregisteret needs instead.
struct PersonMembers {
    QJsonObject identifier;
    QJsonObject withoutNumber;
};

Result<PersonMembers> personMembers(const QJsonObject& patient)
{
    const Result<Notification::DeceasedPerson> person = Notification::DeceasedPerson::fromFhirPatient(patient);
    if (!person)
        return Error {QStringLiteral("api-render-failed"), person.error().message};
    PersonMembers members;
    const QString system = person->identifierSystem.trimmed();
    QString type = person->identifierTypeCode;
    if (system == Notification::fnrSystem)
        type = QStringLiteral("FNR");
    else if (system == Notification::dnrSystem)
        type = QStringLiteral("DNR");
    members.identifier = {{QStringLiteral("type"), type}, {QStringLiteral("verdi"), person->identifierValue}};
    if (person->isPuf()) {
        // Names split as personoppslag answers them: the first given name, the others as middle names.
        const QStringList given = person->givenNames;
        QJsonObject details {{QStringLiteral("fornavn"), given.value(0)},
            {QStringLiteral("etternavn"), person->familyName}, {QStringLiteral("kjoenn"), sexText(person->sex)},
            {QStringLiteral("bostedsland"), person->country}};
        if (given.size() > 1)
            details.insert(QStringLiteral("mellomnavn"), given.mid(1).join(u' '));
        if (person->birthDate)
            details.insert(QStringLiteral("foedselsdato"), person->birthDate->toString(Qt::ISODate));
        const QString reason = reasonForStay(patient);
        if (!reason.isEmpty())
            details.insert(QStringLiteral("oppholdsgrunn"), reason);
        members.withoutNumber = details;
    }
    return members;
}

Result<QJsonValue> answerValue(const QJsonObject& answer)
{
    for (auto it = answer.begin(); it != answer.end(); ++it) {
        const QString key = it.key();
        if (!key.startsWith(u"value"))
            continue;
        if (key == u"valueCoding") {
            const QJsonObject coding = it.value().toObject();
            QJsonObject value {{QStringLiteral("system"), coding.value(u"system").toString()},
                {QStringLiteral("kode"), coding.value(u"code").toString()}};
            if (coding.contains(u"display"))
                value.insert(QStringLiteral("visning"), coding.value(u"display").toString());
            return QJsonValue(value);
        }
        if (key == u"valueBoolean" || key == u"valueInteger" || key == u"valueDecimal" || key == u"valueString"
            || key == u"valueDate" || key == u"valueDateTime" || key == u"valueTime" || key == u"valueUri") {
            return QJsonValue(it.value());
        }
        return Error {QStringLiteral("api-render-failed"),
            QCoreApplication::translate("Api", "The answer type %1 cannot be sent to the REST API.").arg(key)};
    }
    return Error {QStringLiteral("api-render-failed"),
        QCoreApplication::translate("Api", "An answer has no value.")};
}

Result<void> flattenItems(const QJsonArray& items, QJsonArray& out)
{
    for (const QJsonValue& itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        const QString linkId = item.value(u"linkId").toString();
        for (const QJsonValue& answerJson : item.value(u"answer").toArray()) {
            const QJsonObject answer = answerJson.toObject();
            const Result<QJsonValue> value = answerValue(answer);
            if (!value)
                return value.error();
            out.append(QJsonObject {{QStringLiteral("linkId"), linkId}, {QStringLiteral("verdi"), value.value()}});
            if (const Result<void> nested = flattenItems(answer.value(u"item").toArray(), out); !nested)
                return nested;
        }
        if (const Result<void> nested = flattenItems(item.value(u"item").toArray(), out); !nested)
            return nested;
    }
    return {};
}

QDateTime parseTime(const QJsonObject& answer)
{
    return QDateTime::fromString(answer.value(u"mottatt").toString(), Qt::ISODateWithMs);
}
} // namespace

QStringList NhnRestTransport::steps(const SubmissionDocument& document) const
{
    if (document.kind == Outbox::ItemKind::DeathPart1)
        return {DeathStep};
    if (document.kind == Outbox::ItemKind::DeathPart2)
        return {CausesStep};
    if (document.kind == Outbox::ItemKind::DeathVoid)
        return {VoidStep};
    return {};
}

QJsonObject NhnRestTransport::reportingPhysician(const QJsonObject& practitionerRole)
{
    QJsonObject physician {
        {QStringLiteral("virksomhet"), practitionerRole.value(u"organization").toObject().value(u"display").toString()}};
    const QString department =
        practitionerRole.value(u"location").toArray().first().toObject().value(u"display").toString();
    if (!department.isEmpty())
        physician.insert(QStringLiteral("avdeling"), department);
    for (const QJsonValue& telecomValue : practitionerRole.value(u"telecom").toArray()) {
        const QJsonObject telecom = telecomValue.toObject();
        const QString system = telecom.value(u"system").toString();
        const QString key = system == u"email" ? QStringLiteral("epost")
            : system == u"phone"               ? QStringLiteral("telefon")
                                               : QString();
        if (!key.isEmpty() && !physician.contains(key))
            physician.insert(key, telecom.value(u"value").toString());
    }
    return physician;
}

Result<QJsonArray> NhnRestTransport::flattenAnswers(const QJsonObject& questionnaireResponse)
{
    QJsonArray answers;
    if (const Result<void> flattened = flattenItems(questionnaireResponse.value(u"item").toArray(), answers);
        !flattened)
        return flattened.error();
    return answers;
}

Result<ApiRequest> NhnRestTransport::render(const QString& step, const RenderContext& context) const
{
    const SubmissionDocument& document = context.document;
    if (!steps(document).contains(step))
        return renderFailed(QCoreApplication::translate("Api", "This submission has no step \"%1\".").arg(step));
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.contentType = QByteArrayLiteral("application/json");
    request.idempotencyKey = stepIdempotencyKey(context.idempotencyKey, step, true);
    QJsonObject body {{QStringLiteral("meldendeLege"), reportingPhysician(document.practitionerRole)}};

    if (step == CausesStep) {
        if (context.parentReceiptId.isEmpty())
            return renderFailed(QCoreApplication::translate("Api", "The causes of death need the registry's id of the death."));
        const Result<QJsonArray> answers = flattenAnswers(document.questionnaireResponse);
        if (!answers)
            return answers.error();
        request.path = QStringLiteral("/dodsarsaker");
        body.insert(QStringLiteral("dodsfallId"), context.parentReceiptId);
        body.insert(QStringLiteral("skjema"),
            QJsonObject {{QStringLiteral("navn"), QString(FormName)}, {QStringLiteral("versjon"), document.formVersion}});
        body.insert(QStringLiteral("svar"), answers.value());
        request.body = compact(body);
        return request;
    }

    const Result<PersonMembers> person = personMembers(document.patient);
    if (!person)
        return person.error();
    body.insert(QStringLiteral("identifikator"), person->identifier);
    if (step == DeathStep) {
        request.path = QStringLiteral("/dodsfall");
        if (!person->withoutNumber.isEmpty())
            body.insert(QStringLiteral("personUtenFoedselsnummer"), person->withoutNumber);
        body.insert(QStringLiteral("doedstidspunkt"), document.patient.value(u"deceasedDateTime").toString());
    } else {
        request.path = QStringLiteral("/dodsfall/annullering");
        if (!context.parentReceiptId.isEmpty())
            body.insert(QStringLiteral("dodsfallId"), context.parentReceiptId);
        body.insert(QStringLiteral("begrunnelse"), document.reason);
    }
    request.body = compact(body);
    return request;
}

Result<StepResult> NhnRestTransport::parse(const QString& step, const QByteArray& body) const
{
    const Result<QJsonObject> answer = parseObject(body);
    if (!answer)
        return answer.error();
    const QString idKey = step == DeathStep ? QStringLiteral("dodsfallId")
        : step == CausesStep                ? QStringLiteral("dodsarsakId")
                                            : QStringLiteral("annulleringId");
    const QString id = answer->value(idKey).toString();
    if (id.isEmpty())
        return unreadable(QCoreApplication::translate("Api", "The registry's answer has no %1.").arg(idKey));
    return StepResult {id, parseTime(answer.value())};
}

ApiRequest NhnRestTransport::lookUpRequest(const QString& identifier) const
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/personoppslag");
    request.contentType = QByteArrayLiteral("application/json");
    request.body = compact(QJsonObject {{QStringLiteral("identifikator"), identifier}});
    return request;
}

Result<QList<RegistryPerson>> NhnRestTransport::parseLookUp(const QByteArray& body) const
{
    const Result<QJsonObject> answer = parseObject(body);
    if (!answer)
        return answer.error();
    if (!answer->value(u"personer").isArray())
        return unreadable(QCoreApplication::translate("Api", "The person lookup answer has no list of persons."));
    QList<RegistryPerson> persons;
    for (const QJsonValue& value : answer->value(u"personer").toArray()) {
        const QJsonObject object = value.toObject();
        RegistryPerson person;
        person.identifier = object.value(u"identifikator").toString();
        if (person.identifier.isEmpty())
            return unreadable(QCoreApplication::translate("Api", "A person in the lookup answer has no identifier."));
        person.givenName = object.value(u"fornavn").toString();
        person.middleName = object.value(u"mellomnavn").toString();
        person.familyName = object.value(u"etternavn").toString();
        person.birthDate = datePart(object.value(u"foedselsdato").toString());
        person.sex = sexFromText(object.value(u"kjoenn").toString());
        person.deceased = object.value(u"doed").toBool();
        person.deathDate = datePart(object.value(u"doedsdato").toString());
        persons.append(person);
    }
    return persons;
}

} // namespace Meldeklient::Api
