// Del 1 answers (forms/dodsfall.json) become the Patient and PractitionerRole that DeceasedPerson and the Del 1 rules
// take, and the Del 1 findings come back at the form's linkIds, without the identifier reported twice.
#include "core/notification/DeathFactForm.h"
#include "core/notification/DeceasedPerson.h"
#include "core/questionnaire/FormRegistry.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QJsonArray>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Notification;
using Questionnaire::AnswerValue;
using Questionnaire::QuestionnaireResponse;

namespace {
const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));

QuestionnaireResponse resident(const Questionnaire::Questionnaire& form, const QString& number)
{
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(form);
    response.setAnswer(QStringLiteral("deceased_identifier"), AnswerValue::fromString(number));
    response.setAnswer(QStringLiteral("death_date"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("2026-11-20")).value());
    response.setAnswer(QStringLiteral("reporter_organisation"), AnswerValue::fromString(QStringLiteral("Testheim")));
    response.setAnswer(QStringLiteral("reporter_phone"), AnswerValue::fromString(QStringLiteral("+47 22 00 00 00")));
    return response;
}

QStringList rulesAt(const QList<ValidationIssue>& issues, const QString& linkId)
{
    QStringList result;
    for (const ValidationIssue& issue : issues) {
        if (issue.linkId == linkId)
            result.append(issue.rule);
    }
    return result;
}
} // namespace

class TestDeathFactForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void residentBecomesPatient();
    void dNummerGetsTheDnrSystem();
    void timeOfDeathCarriesAnOffset();
    void personWithoutNorwegianNumberBecomesPatient();
    void contactDetailsBecomePractitionerRole();
    void completeResidentHasNoIssues();
    void identifierErrorsAreReportedOnceAtTheField();
    void domainRulesAreMappedToFormLinkIds();

private:
    std::optional<Questionnaire::FormRegistry> m_forms;
};

void TestDeathFactForm::initTestCase()
{
    Result<Questionnaire::FormRegistry> forms = Questionnaire::FormRegistry::load();
    QVERIFY(forms);
    m_forms = forms.value();
}

void TestDeathFactForm::residentBecomesPatient()
{
    const QJsonObject patient = DeathFactForm::toPatient(resident(m_forms->dodsfall(), QStringLiteral("240472 30752")));
    const QJsonObject identifier = patient.value(u"identifier").toArray().first().toObject();
    QCOMPARE(identifier.value(u"system").toString(), QString(fnrSystem));
    QCOMPARE(identifier.value(u"value").toString(), QStringLiteral("24047230752"));
    QCOMPARE(patient.value(u"deceasedDateTime").toString(), QStringLiteral("2026-11-20"));
    const Result<DeceasedPerson> person = DeceasedPerson::fromFhirPatient(patient);
    QVERIFY(person);
    QVERIFY(!person->isPuf());
    QCOMPARE(person->deathDate, std::optional(QDate(2026, 11, 20)));
}

void TestDeathFactForm::dNummerGetsTheDnrSystem()
{
    const QJsonObject patient = DeathFactForm::toPatient(resident(m_forms->dodsfall(), QStringLiteral("64047230746")));
    QCOMPARE(patient.value(u"identifier").toArray().first().toObject().value(u"system").toString(), QString(dnrSystem));
    const QList<ValidationIssue> issues = DeathFactForm::validate(
        m_forms->dodsfall(), resident(m_forms->dodsfall(), QStringLiteral("64047230746")), now, {});
    QVERIFY2(!rulesAt(issues, QStringLiteral("deceased_identifier")).contains(u"deceased-id-system-mismatch"),
        "the mapping chooses the system from the number");
}

void TestDeathFactForm::timeOfDeathCarriesAnOffset()
{
    QuestionnaireResponse response = resident(m_forms->dodsfall(), QStringLiteral("24047230752"));
    response.setAnswer(QStringLiteral("death_time"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Time, QStringLiteral("03:15:00")).value());
    const QString deceased = DeathFactForm::toPatient(response).value(u"deceasedDateTime").toString();
    QVERIFY2(deceased.startsWith(u"2026-11-20T03:15:00"), qPrintable(deceased));
    QVERIFY2(deceased.size() > 19, "a dateTime with a time of day needs an offset");
    const Result<DeceasedPerson> person = DeceasedPerson::fromFhirPatient(DeathFactForm::toPatient(response));
    QVERIFY(person);
    QCOMPARE(person->deathTime, std::optional(QTime(3, 15)));
}

void TestDeathFactForm::personWithoutNorwegianNumberBecomesPatient()
{
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(m_forms->dodsfall());
    response.setAnswer(QStringLiteral("deceased_has_norwegian_id"), AnswerValue::fromBoolean(false));
    response.setAnswer(QStringLiteral("foreign_id_type"),
        AnswerValue::fromCoding({QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.8116"), QStringLiteral("PNR"), {}, {}}));
    response.setAnswer(QStringLiteral("foreign_id"), AnswerValue::fromString(QStringLiteral("X1234567")));
    response.setAnswer(QStringLiteral("family_name"), AnswerValue::fromString(QStringLiteral("Testesen")));
    response.setAnswer(QStringLiteral("given_names"), AnswerValue::fromString(QStringLiteral("Anna  Maria")));
    response.setAnswer(QStringLiteral("birth_date"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("1950-03-01")).value());
    response.setAnswer(QStringLiteral("sex"),
        AnswerValue::fromCoding({QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.3101"), QStringLiteral("2"), {}, {}}));
    response.setAnswer(QStringLiteral("country_of_residence"), AnswerValue::fromString(QStringLiteral("DK")));
    response.setAnswer(QStringLiteral("death_date"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("2026-11-20")).value());
    const Result<DeceasedPerson> person = DeceasedPerson::fromFhirPatient(DeathFactForm::toPatient(response));
    QVERIFY(person);
    QVERIFY(person->isPuf());
    QCOMPARE(person->identifierTypeCode, QStringLiteral("PNR"));
    QCOMPARE(person->identifierValue, QStringLiteral("X1234567"));
    QCOMPARE(person->familyName, QStringLiteral("Testesen"));
    QCOMPARE(person->givenNames, QStringList({QStringLiteral("Anna"), QStringLiteral("Maria")}));
    QCOMPARE(person->birthDate, std::optional(QDate(1950, 3, 1)));
    QCOMPARE(person->sex, Identity::Sex::Female);
    QCOMPARE(person->country, QStringLiteral("DK"));
    const QList<ValidationIssue> issues = DeceasedPersonRules::check(person.value(), now, {});
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().rule));
}

void TestDeathFactForm::contactDetailsBecomePractitionerRole()
{
    QuestionnaireResponse response = resident(m_forms->dodsfall(), QStringLiteral("24047230752"));
    response.setAnswer(QStringLiteral("reporter_department"), AnswerValue::fromString(QStringLiteral("Avd. 2")));
    response.setAnswer(QStringLiteral("reporter_email"), AnswerValue::fromString(QStringLiteral("lege@example.no")));
    const QJsonObject role = DeathFactForm::toPractitionerRole(response);
    QCOMPARE(role.value(u"resourceType").toString(), QStringLiteral("PractitionerRole"));
    QCOMPARE(role.value(u"organization").toObject().value(u"display").toString(), QStringLiteral("Testheim"));
    QCOMPARE(
        role.value(u"location").toArray().first().toObject().value(u"display").toString(), QStringLiteral("Avd. 2"));
    QCOMPARE(role.value(u"telecom").toArray().size(), 2);
}

void TestDeathFactForm::completeResidentHasNoIssues()
{
    const QList<ValidationIssue> issues = DeathFactForm::validate(
        m_forms->dodsfall(), resident(m_forms->dodsfall(), QStringLiteral("24047230752")), now, {});
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().rule + u' ' + issues.first().linkId));
}

void TestDeathFactForm::identifierErrorsAreReportedOnceAtTheField()
{
    for (const QString& number :
        {QStringLiteral("24447230735"), QStringLiteral("81234567802"), QStringLiteral("24047230753")}) {
        const QList<ValidationIssue> issues
            = DeathFactForm::validate(m_forms->dodsfall(), resident(m_forms->dodsfall(), number), now, {});
        const QStringList here = rulesAt(issues, QStringLiteral("deceased_identifier"));
        QCOMPARE(here.size(), 1);
        QCOMPARE(here.first(), QStringLiteral("q-identifier"));
        QVERIFY(rulesAt(issues, QStringLiteral("deceasedIdentifier")).isEmpty());
    }
}

void TestDeathFactForm::domainRulesAreMappedToFormLinkIds()
{
    QuestionnaireResponse response = resident(m_forms->dodsfall(), QStringLiteral("24047230752"));
    response.setAnswer(QStringLiteral("death_date"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("2027-01-01")).value());
    response.clearAnswer(QStringLiteral("reporter_phone"));
    const QList<ValidationIssue> issues = DeathFactForm::validate(m_forms->dodsfall(), response, now, {});
    QCOMPARE(rulesAt(issues, QStringLiteral("death_date")), QStringList {QStringLiteral("death-in-future")});
    QVERIFY(rulesAt(issues, QStringLiteral("reporter_phone")).contains(u"reporter-contact-missing"));
    QCOMPARE(DeathFactForm::formLinkId(QStringLiteral("pufCountry")), QStringLiteral("country_of_residence"));
    QCOMPARE(DeathFactForm::formLinkId(QStringLiteral("other")), QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestDeathFactForm)
#include "TestDeathFactForm.moc"
