#include "core/notification/DeathFactForm.h"

#include "core/identity/PersonNumber.h"
#include "core/notification/DeceasedPerson.h"
#include "core/notification/ReporterContactRules.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/QuestionnaireValidator.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Meldeklient::Notification {

using Questionnaire::QuestionnaireResponse;

namespace {
QString text(const QuestionnaireResponse& response, const QString& linkId)
{
    return response.text(linkId).value_or(QString()).trimmed();
}

// Volven 3101: 1 Mann, 2 Kvinne, 0 Ikke kjent, 9 Ikke spesifisert.
QString fhirGender(const std::optional<Codes::Coding>& sex)
{
    if (!sex)
        return {};
    if (sex->code == u"1")
        return QStringLiteral("male");
    if (sex->code == u"2")
        return QStringLiteral("female");
    return QStringLiteral("unknown");
}

QString deceasedDateTime(const QuestionnaireResponse& response)
{
    const QDate date = response.date(QStringLiteral("death_date"));
    if (!date.isValid())
        return text(response, QStringLiteral("death_date"));
    const QTime time = QTime::fromString(text(response, QStringLiteral("death_time")), Qt::ISODate);
    if (!time.isValid())
        return date.toString(Qt::ISODate);
    // FHIR wants an offset with a time of day; the doctor gives Norwegian local time.
    const QDateTime local(date, time);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}
} // namespace

QJsonObject DeathFactForm::toPatient(const QuestionnaireResponse& response)
{
    QJsonObject patient {{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    const bool resident = response.boolean(QStringLiteral("deceased_has_norwegian_id")).value_or(true);
    if (resident) {
        const QString value = text(response, QStringLiteral("deceased_identifier"));
        const Identity::IdentifierCheck check = Identity::PersonNumber::check(value);
        const bool dNumber = check.type == Identity::IdentifierType::DNummer
            || check.type == Identity::IdentifierType::SyntheticDNummer;
        if (!value.isEmpty()) {
            patient.insert(QStringLiteral("identifier"),
                QJsonArray {QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")},
                    {QStringLiteral("system"), QString(dNumber ? dnrSystem : fnrSystem)},
                    {QStringLiteral("value"), check.isValid() ? check.normalized() : value}}});
        }
    } else {
        QJsonObject identifier {{QStringLiteral("use"), QStringLiteral("usual")},
            {QStringLiteral("value"), text(response, QStringLiteral("foreign_id"))}};
        if (const std::optional<Codes::Coding> type = response.coding(QStringLiteral("foreign_id_type"))) {
            identifier.insert(QStringLiteral("type"),
                QJsonObject {{QStringLiteral("coding"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("system"), type->system}, {QStringLiteral("code"), type->code}}}}});
        }
        patient.insert(QStringLiteral("identifier"), QJsonArray {identifier});
        QJsonArray given;
        for (const QString& name : text(response, QStringLiteral("given_names")).split(u' ', Qt::SkipEmptyParts))
            given.append(name);
        patient.insert(QStringLiteral("name"),
            QJsonArray {QJsonObject {{QStringLiteral("family"), text(response, QStringLiteral("family_name"))},
                {QStringLiteral("given"), given}}});
        const QDate birthDate = response.date(QStringLiteral("birth_date"));
        if (birthDate.isValid())
            patient.insert(QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate));
        const QString gender = fhirGender(response.coding(QStringLiteral("sex")));
        if (!gender.isEmpty())
            patient.insert(QStringLiteral("gender"), gender);
        const QString country = text(response, QStringLiteral("country_of_residence"));
        if (!country.isEmpty())
            patient.insert(QStringLiteral("address"), QJsonArray {QJsonObject {{QStringLiteral("country"), country}}});
    }
    const QString death = deceasedDateTime(response);
    if (!death.isEmpty())
        patient.insert(QStringLiteral("deceasedDateTime"), death);
    return patient;
}

QJsonObject DeathFactForm::toPractitionerRole(const QuestionnaireResponse& response)
{
    QJsonObject role {{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")}};
    const QString organisation = text(response, QStringLiteral("reporter_organisation"));
    if (!organisation.isEmpty())
        role.insert(QStringLiteral("organization"), QJsonObject {{QStringLiteral("display"), organisation}});
    const QString department = text(response, QStringLiteral("reporter_department"));
    if (!department.isEmpty())
        role.insert(QStringLiteral("location"), QJsonArray {QJsonObject {{QStringLiteral("display"), department}}});
    QJsonArray telecom;
    for (const auto& [system, linkId] : {std::pair {u"phone", u"reporter_phone"}, {u"email", u"reporter_email"}}) {
        const QString value = text(response, QString::fromUtf16(linkId));
        if (!value.isEmpty()) {
            telecom.append(
                QJsonObject {{QStringLiteral("system"), QString::fromUtf16(system)}, {QStringLiteral("value"), value}});
        }
    }
    if (!telecom.isEmpty())
        role.insert(QStringLiteral("telecom"), telecom);
    return role;
}

QString DeathFactForm::formLinkId(const QString& ruleLinkId)
{
    static const QHash<QString, QString> map {
        {QStringLiteral("deceasedIdentifier"), QStringLiteral("deceased_identifier")},
        {QStringLiteral("deceasedSex"), QStringLiteral("sex")},
        {QStringLiteral("deceasedBirthDate"), QStringLiteral("birth_date")},
        {QStringLiteral("pufIdentifierType"), QStringLiteral("foreign_id_type")},
        {QStringLiteral("pufIdentifier"), QStringLiteral("foreign_id")},
        {QStringLiteral("pufFamilyName"), QStringLiteral("family_name")},
        {QStringLiteral("pufBirthDate"), QStringLiteral("birth_date")},
        {QStringLiteral("pufSex"), QStringLiteral("sex")},
        {QStringLiteral("pufCountry"), QStringLiteral("country_of_residence")},
        {QStringLiteral("deathDate"), QStringLiteral("death_date")},
    };
    return map.value(ruleLinkId, ruleLinkId);
}

QList<ValidationIssue> DeathFactForm::validate(const Questionnaire::Questionnaire& dodsfall,
    const QuestionnaireResponse& response, const QDateTime& now, const DeceasedPersonRules::Options& options,
    const Codes::ValueSetResolver* resolver)
{
    QList<ValidationIssue> issues = Questionnaire::QuestionnaireValidator(dodsfall, resolver).validate(response);
    QSet<QString> fieldsWithErrors;
    for (const ValidationIssue& issue : issues) {
        if (issue.isError())
            fieldsWithErrors.insert(issue.linkId);
    }

    QList<ValidationIssue> domain;
    const Result<DeceasedPerson> person = DeceasedPerson::fromFhirPatient(toPatient(response));
    if (person)
        domain += DeceasedPersonRules::check(person.value(), now, options);
    domain += ReporterContactRules::check(toPractitionerRole(response));
    for (ValidationIssue issue : domain) {
        issue.linkId = formLinkId(issue.linkId);
        if (issue.isError() && fieldsWithErrors.contains(issue.linkId))
            continue;
        if (issue.isError())
            fieldsWithErrors.insert(issue.linkId);
        issues.append(issue);
    }
    std::stable_sort(issues.begin(), issues.end(),
        [](const ValidationIssue& a, const ValidationIssue& b) { return a.isError() && !b.isError(); });
    return issues;
}

} // namespace Meldeklient::Notification
