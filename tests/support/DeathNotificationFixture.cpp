#include "support/DeathNotificationFixture.h"

#include "core/questionnaire/AnswerValue.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"

#include <QJsonArray>

namespace Meldeklient::Test {

using Questionnaire::AnswerValue;

namespace {
const QString icd10System = QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.7110");
QString volven(const QString& number)
{
    return QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.") + number;
}
QString lineId(QChar line, const char* field)
{
    return QStringLiteral("causeOfDeath_question_") + line + u'_' + QString::fromLatin1(field);
}
} // namespace

DeathNotificationFixture::DeathNotificationFixture(const Questionnaire::Questionnaire& form)
    : m_form(form)
    , m_response(Questionnaire::QuestionnaireResponse::withInitialValues(form))
{
    m_response.setQuestionnaire(form.canonical());
}

DeathNotificationFixture DeathNotificationFixture::natural(const Questionnaire::Questionnaire& form)
{
    DeathNotificationFixture fixture(form);
    fixture.m_response.setAnswer(QStringLiteral("timeOfDeath"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Time, QStringLiteral("03:15:00")).value());
    fixture.coded(QStringLiteral("placeOfDeath"), volven(QStringLiteral("99003")), QStringLiteral("5"))
        .code(u'A', QStringLiteral("J189"))
        .interval(u'A', QStringLiteral("1"))
        .code(u'B', QStringLiteral("J449"))
        .interval(u'B', QStringLiteral("4"))
        .coded(QStringLiteral("additionalInfoAboutDamage_q1"), volven(QStringLiteral("1102")), QStringLiteral("2"))
        .coded(QStringLiteral("operation_impact_on_death"), volven(QStringLiteral("1102")), QStringLiteral("2"))
        .coded(QStringLiteral("classification_death"), volven(QStringLiteral("99000")), QStringLiteral("1"))
        .coded(QStringLiteral("classification_autopsy"), volven(QStringLiteral("1102")), QStringLiteral("2"))
        .coded(QStringLiteral("classification_reevaluate"), volven(QStringLiteral("1102")), QStringLiteral("2"))
        .coded(QStringLiteral("report_unnatural"), volven(QStringLiteral("1102")), QStringLiteral("2"));
    fixture.m_response.setAnswer(QStringLiteral("municipality_unknown_checkbox"), AnswerValue::fromBoolean(true));
    return fixture;
}

DeathNotificationFixture& DeathNotificationFixture::code(QChar line, const QString& icd10)
{
    m_response.setAnswer(lineId(line, "code"), AnswerValue::fromCoding({icd10System, icd10, {}, {}}));
    return *this;
}

DeathNotificationFixture& DeathNotificationFixture::text(QChar line, const QString& value)
{
    m_response.setAnswer(lineId(line, "text"), AnswerValue::fromString(value));
    return *this;
}

DeathNotificationFixture& DeathNotificationFixture::interval(QChar line, const QString& volven99004)
{
    m_response.setAnswer(lineId(line, "time"), AnswerValue::fromCoding({volven(QStringLiteral("99004")), volven99004, {}, {}}));
    return *this;
}

DeathNotificationFixture& DeathNotificationFixture::clearLine(QChar line)
{
    m_response.clearAnswer(lineId(line, "code"));
    m_response.clearAnswer(lineId(line, "text"));
    m_response.clearAnswer(lineId(line, "time"));
    return *this;
}

DeathNotificationFixture& DeathNotificationFixture::coded(const QString& linkId, const QString& system, const QString& code)
{
    m_response.setAnswer(linkId, AnswerValue::fromCoding({system, code, {}, {}}));
    return *this;
}

DeathNotificationFixture& DeathNotificationFixture::date(const QString& linkId, const QString& isoDate)
{
    m_response.setAnswer(linkId, AnswerValue::fromTemporal(Questionnaire::ValueType::Date, isoDate).value());
    return *this;
}

DeathNotificationFixture& DeathNotificationFixture::string(const QString& linkId, const QString& value)
{
    if (value.isEmpty())
        m_response.clearAnswer(linkId);
    else
        m_response.setAnswer(linkId, AnswerValue::fromString(value));
    return *this;
}

QJsonObject DeathNotificationFixture::responseJson() const
{
    return Questionnaire::QuestionnaireResponseJson::write(m_form, m_response);
}

QJsonObject DeathNotificationFixture::residentPatient(const QString& fnr, const QString& deceasedDateTime)
{
    return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("identifier"),
            QJsonArray {QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")},
                {QStringLiteral("system"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.1")},
                {QStringLiteral("value"), fnr}}}},
        {QStringLiteral("deceasedDateTime"), deceasedDateTime}};
}

QJsonObject DeathNotificationFixture::reporterContact()
{
    return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")},
        {QStringLiteral("organization"), QJsonObject {{QStringLiteral("display"), QStringLiteral("Testheim sykehjem")}}},
        {QStringLiteral("location"), QJsonArray {QJsonObject {{QStringLiteral("display"), QStringLiteral("Avdeling 2")}}}},
        {QStringLiteral("telecom"),
            QJsonArray {QJsonObject {{QStringLiteral("system"), QStringLiteral("phone")},
                            {QStringLiteral("value"), QStringLiteral("+47 22 00 00 00")}},
                QJsonObject {{QStringLiteral("system"), QStringLiteral("email")},
                    {QStringLiteral("value"), QStringLiteral("lege@testheim.example")}}}}};
}

QJsonObject DeathNotificationFixture::bundle(const QJsonObject& patient, const QJsonObject& practitionerRole) const
{
    QJsonArray entries {QJsonObject {{QStringLiteral("resource"), patient}},
        QJsonObject {{QStringLiteral("resource"), responseJson()}}};
    if (!practitionerRole.isEmpty())
        entries.append(QJsonObject {{QStringLiteral("resource"), practitionerRole}});
    return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")}, {QStringLiteral("entry"), entries}};
}

} // namespace Meldeklient::Test
