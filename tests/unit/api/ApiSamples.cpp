#include "ApiSamples.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ApiSamples {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject practitionerRole()
{
    return object(R"({"resourceType":"PractitionerRole","id":"local-1",
        "organization":{"display":"Test Sykehuset"},"location":[{"display":"Avdeling ABC"}],
        "telecom":[{"system":"email","value":"lege@test.no"},{"system":"phone","value":"007007"}]})");
}

QJsonObject residentPatient()
{
    return object(R"({"resourceType":"Patient","id":"local-2","meta":{"versionId":"3"},
        "identifier":[{"use":"usual","system":"urn:oid:2.16.578.1.12.4.1.4.1","value":"24047230752"}],
        "name":[{"family":"Ikkesendes","given":["Skal"]}],
        "deceasedDateTime":"2021-11-06T10:11:00+01:00"})");
}

QJsonObject foreignPatient()
{
    return object(R"({"resourceType":"Patient",
        "identifier":[{"use":"usual","system":" ","type":{"coding":[{"system":"https://api.helsepunkt.no/api/koder/8116","code":"DUF"}]},"value":"11111Asc"}],
        "deceasedDateTime":"2021-10-02","birthDate":"2001-10-01","gender":"male",
        "name":[{"family":"Etternavn","given":["Fornavn","Mellomnavn"]}],"address":[{"country":"DK"}],
        "extension":[{"url":"http://nhn.no/dodsmelding/fhir/StructureDefinition/ReasonForStay",
            "valueCodeableConcept":{"coding":[{"system":"https://api.helsepunkt.no/api/koder/99012","code":"3"}]}}]})");
}

QJsonObject questionnaireResponse()
{
    return object(R"({"resourceType":"QuestionnaireResponse",
        "questionnaire":"https://example.invalid/meldeklient/fhir/Questionnaire/dodsaarsak|1.0.0","status":"completed",
        "item":[
          {"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"10:00:00"}]}]},
          {"linkId":"2_placeOfDeath_group","item":[
             {"linkId":"placeOfDeath","answer":[{"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99003","code":"5"}}]},
             {"linkId":"municipality_unknown_checkbox","answer":[{"valueBoolean":true}]}]},
          {"linkId":"3_causeOfDeath_group","item":[
             {"linkId":"causeOfDeath_question_A_code","answer":[{"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.7110","code":"J189","display":"Pneumoni"}}]},
             {"linkId":"causeOfDeath_question_A_time","answer":[{"valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.99004","code":"1"}}]}]}]})");
}

QByteArray bundle(const QJsonObject& patient, bool withRole)
{
    QJsonArray entries {QJsonObject {{"resource", patient}}, QJsonObject {{"resource", questionnaireResponse()}}};
    if (withRole)
        entries.append(QJsonObject {{"resource", practitionerRole()}});
    return QJsonDocument(QJsonObject {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

} // namespace ApiSamples
