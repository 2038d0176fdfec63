// A negative test for every birth rule: a valid single live birth, changed in one place, gives exactly the rule's
// issue (id, item, child and severity), and stays free of other issues.
#include "core/birth/BirthAnswers.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/BirthRules.h"
#include "core/birth/CountryCodes.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"
#include "support/SyntheticPersons.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Meldeklient;
using Questionnaire::AnswerValue;
using Questionnaire::QuestionnaireResponse;
using Scenario = Test::BirthNotificationFixture::Scenario;

namespace {

const QDateTime now(QDate(2026, 3, 2), QTime(10, 15), QTimeZone(3600));

AnswerValue text(const QString& value)
{
    return AnswerValue::fromString(value);
}

void setChild(QuestionnaireResponse& response, int index, const QString& linkId, const AnswerValue& value)
{
    QList<QuestionnaireResponse> children = response.repeats(QStringLiteral("barn"));
    children[index].setAnswer(linkId, value);
    response.setRepeats(QStringLiteral("barn"), children);
}

struct Case
{
    const char* name;
    std::function<void(QuestionnaireResponse&)> change;
    QString rule;
    QString linkId;
    bool error;
    int repeat = -1;
};

QList<Case> cases()
{
    const auto fnr = [](const QString& linkId, const QString& value) {
        return [=](QuestionnaireResponse& r) { r.setAnswer(linkId, text(value)); };
    };
    const QDate born = now.date().addDays(-1);
    return {
        {"too many children",
            [=](QuestionnaireResponse& r) {
                for (int i = 0; i < 7; ++i)
                    r.appendRepeat(
                        QStringLiteral("barn"), Test::BirthNotificationFixture::child(born, true, QStringLiteral("1")));
            },
            QStringLiteral("birth-too-many-children"), QStringLiteral("barn"), true},
        {"date in the future",
            [=](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.foedselsdato"),
                    AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("2026-03-03")).value());
            },
            QStringLiteral("birth-date-future"), QStringLiteral("barn.foedselsdato"), true, 0},
        {"more than a week ago",
            [=](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.foedselsdato"),
                    AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("2026-02-21")).value());
            },
            QStringLiteral("birth-date-late"), QStringLiteral("barn.foedselsdato"), false, 0},
        {"sex missing",
            [](QuestionnaireResponse& r) {
                QList<QuestionnaireResponse> children = r.repeats(QStringLiteral("barn"));
                children[0].clearAnswer(QStringLiteral("barn.kjoenn"));
                r.setRepeats(QStringLiteral("barn"), children);
            },
            QStringLiteral("birth-sex-missing"), QStringLiteral("barn.kjoenn"), true, 0},
        {"stillborn before 28 weeks",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.erLevendefoedt"), AnswerValue::fromBoolean(false));
                r.setAnswer(QStringLiteral("klinisk.svangerskapsuker"), AnswerValue::fromInteger(27));
                r.setAnswer(QStringLiteral("klinisk.svangerskapsdager"), AnswerValue::fromInteger(6));
            },
            QStringLiteral("birth-stillborn-before-28-weeks"), QStringLiteral("barn.erLevendefoedt"), false, 0},
        {"stillborn without gestational age",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.erLevendefoedt"), AnswerValue::fromBoolean(false));
                r.clearAnswer(QStringLiteral("klinisk.svangerskapsuker"));
                r.clearAnswer(QStringLiteral("klinisk.svangerskapsdager"));
            },
            QStringLiteral("birth-stillborn-gestation-missing"), QStringLiteral("klinisk.svangerskapsuker"), false, 0},
        {"mother's number invalid", fnr(QStringLiteral("mor.foedselsEllerDNummer"), QStringLiteral("52839145668")),
            QStringLiteral("birth-id-invalid"), QStringLiteral("mor.foedselsEllerDNummer"), true},
        {"mother's H-nummer",
            fnr(QStringLiteral("mor.foedselsEllerDNummer"), Test::BirthNotificationFixture::hNumber()),
            QStringLiteral("birth-id-type-refused"), QStringLiteral("mor.foedselsEllerDNummer"), true},
        {"father's FH-nummer",
            fnr(QStringLiteral("farEllerMedmor.foedselsEllerDNummer"),
                Test::SyntheticPersons::withCheckDigits(QStringLiteral("812345678"))),
            QStringLiteral("birth-id-type-refused"), QStringLiteral("farEllerMedmor.foedselsEllerDNummer"), true},
        {"same number for both parents",
            fnr(QStringLiteral("farEllerMedmor.foedselsEllerDNummer"), Test::BirthNotificationFixture::motherNumber()),
            QStringLiteral("birth-parents-same-id"), QStringLiteral("farEllerMedmor.foedselsEllerDNummer"), true},
        {"father without number and birth date",
            [](QuestionnaireResponse& r) {
                r.clearAnswer(QStringLiteral("farEllerMedmor.foedselsEllerDNummer"));
                r.setAnswer(QStringLiteral("farEllerMedmor.navn.fornavn"), text(QStringLiteral("Ola")));
                r.setAnswer(QStringLiteral("farEllerMedmor.navn.etternavn"), text(QStringLiteral("Nordmann")));
            },
            QStringLiteral("birth-parent-incomplete"), QStringLiteral("farEllerMedmor.foedselsEllerDNummer"), true},
        {"witness without last name",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("foedselsvitne.navn.fornavn"), text(QStringLiteral("Ola")));
            },
            QStringLiteral("birth-person-name-missing"), QStringLiteral("foedselsvitne.navn.fornavn"), true},
        {"citizenship unknown and given",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("mor.statsborgerskapErUkjent"), AnswerValue::fromBoolean(true));
                r.setAnswer(QStringLiteral("mor.statsborgerskap"), text(QStringLiteral("NOR")));
            },
            QStringLiteral("birth-citizenship-conflict"), QStringLiteral("mor.statsborgerskap"), true},
        {"capital Đ in a name",
            [](QuestionnaireResponse& r) {
                r.clearAnswer(QStringLiteral("farEllerMedmor.foedselsEllerDNummer"));
                r.setAnswer(QStringLiteral("farEllerMedmor.navn.fornavn"), text(QStringLiteral(u"Đuommá")));
                r.setAnswer(QStringLiteral("farEllerMedmor.navn.etternavn"), text(QStringLiteral("Sara")));
                r.setAnswer(QStringLiteral("farEllerMedmor.foedselsdato"),
                    AnswerValue::fromTemporal(Questionnaire::ValueType::Date, QStringLiteral("1990-01-02")).value());
            },
            QStringLiteral("birth-name-character"), QStringLiteral("farEllerMedmor.navn.fornavn"), true},
        {"street name with a character outside the register's set",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenErAvvikendeFraFolkeregisteret"),
                    AnswerValue::fromBoolean(true));
                r.setAnswer(
                    QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenavn"), text(QStringLiteral(u"Storgata ✓")));
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.postnummer"),
                    text(QStringLiteral("9008")));
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.poststedsnavn"),
                    text(QStringLiteral("Tromsø")));
            },
            QStringLiteral("birth-address-character"), QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenavn"),
            true},
        {"address without postcode",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenErAvvikendeFraFolkeregisteret"),
                    AnswerValue::fromBoolean(true));
                r.setAnswer(
                    QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenavn"), text(QStringLiteral("Storgata")));
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.poststedsnavn"),
                    text(QStringLiteral("Tromsø")));
            },
            QStringLiteral("birth-address-incomplete"),
            QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.postnummer"), true},
        {"postcode of three digits",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenErAvvikendeFraFolkeregisteret"),
                    AnswerValue::fromBoolean(true));
                r.setAnswer(
                    QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenavn"), text(QStringLiteral("Storgata")));
                r.setAnswer(
                    QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.postnummer"), text(QStringLiteral("908")));
                r.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.poststedsnavn"),
                    text(QStringLiteral("Tromsø")));
            },
            QStringLiteral("birth-address-format"),
            QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.postnummer"), true},
        {"unknown country code",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("mor.statsborgerskap"), text(QStringLiteral("XYZ")));
            },
            QStringLiteral("birth-country-unknown"), QStringLiteral("mor.statsborgerskap"), true},
        {"alpha-2 country code",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("mor.statsborgerskap"), text(QStringLiteral("NO")));
            },
            QStringLiteral("birth-country-unknown"), QStringLiteral("mor.statsborgerskap"), true},
        {"country of birth without the place",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("foedestedIUtlandet.foedeland"), text(QStringLiteral("SWE")));
            },
            QStringLiteral("birth-place-abroad-incomplete"), QStringLiteral("foedestedIUtlandet.foedestedIUtlandet"),
            true},
        {"municipality number of three digits",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("foedested.foedekommunenummer"), text(QStringLiteral("301")));
            },
            QStringLiteral("birth-municipality-format"), QStringLiteral("foedested.foedekommunenummer"), true},
        {"municipality number no longer valid",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("foedested.foedekommunenummer"), text(QStringLiteral("1902")));
            },
            QStringLiteral("birth-municipality-not-valid"), QStringLiteral("foedested.foedekommunenummer"), true},
        {"weight in kilograms",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.klinisk.foedselsvekt"), AnswerValue::fromInteger(3));
            },
            QStringLiteral("birth-weight-implausible"), QStringLiteral("barn.klinisk.foedselsvekt"), true, 0},
        {"weight above 5500 g",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.klinisk.foedselsvekt"), AnswerValue::fromInteger(5800));
            },
            QStringLiteral("birth-weight-unusual"), QStringLiteral("barn.klinisk.foedselsvekt"), false, 0},
        {"length 70 cm",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.klinisk.lengde"), AnswerValue::fromDecimal(70));
            },
            QStringLiteral("birth-length-unusual"), QStringLiteral("barn.klinisk.lengde"), false, 0},
        {"head circumference 25 cm",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.klinisk.hodeomkrets"), AnswerValue::fromDecimal(25));
            },
            QStringLiteral("birth-head-circumference-unusual"), QStringLiteral("barn.klinisk.hodeomkrets"), false, 0},
        {"gestational age 45 weeks",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("klinisk.svangerskapsuker"), AnswerValue::fromInteger(45));
            },
            QStringLiteral("birth-gestational-age-unusual"), QStringLiteral("klinisk.svangerskapsuker"), false},
        {"seven days beyond whole weeks",
            [](QuestionnaireResponse& r) {
                r.setAnswer(QStringLiteral("klinisk.svangerskapsdager"), AnswerValue::fromInteger(7));
            },
            QStringLiteral("birth-gestational-days-range"), QStringLiteral("klinisk.svangerskapsdager"), true},
        {"Apgar 11",
            [](QuestionnaireResponse& r) {
                setChild(r, 0, QStringLiteral("barn.klinisk.apgar5"), AnswerValue::fromInteger(11));
            },
            QStringLiteral("birth-apgar-range"), QStringLiteral("barn.klinisk.apgar5"), true, 0},
    };
}

} // namespace

class TestBirthRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rule_data();
    void rule();
    void syntheticNumbersOnlyInTestEnvironments();
    void countryListMissingIsAWarning();
    void formRulesApplyPerChild();
    void stillbirthFrom28WeeksHasNoWarning();

private:
    QList<Questionnaire::ValidationIssue> validate(
        const QuestionnaireResponse& response, bool synthetic = true, bool countries = true) const;

    std::optional<Questionnaire::Questionnaire> m_form;
    std::optional<Birth::CountryCodes> m_countries;
    QList<Case> m_cases;
};

void TestBirthRules::initTestCase()
{
    m_form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value();
    m_countries = Birth::CountryCodes::load().value();
    m_cases = cases();
}

QList<Questionnaire::ValidationIssue> TestBirthRules::validate(
    const QuestionnaireResponse& response, bool synthetic, bool countries) const
{
    Birth::BirthRules::Options options;
    options.allowSyntheticNumbers = synthetic;
    options.countries = countries ? &*m_countries : nullptr;
    // 1902 (Tromsø before 2020) is not a municipality on the birth date; everything else is.
    options.municipalities = [](const QString& number, const QDate&) {
        return number == u"1902" ? Birth::MunicipalityValidity::NotValidOnDate : Birth::MunicipalityValidity::Valid;
    };
    return Birth::BirthNotificationValidator(*m_form, options).validate(response, now);
}

void TestBirthRules::rule_data()
{
    QTest::addColumn<int>("index");
    QCOMPARE(m_cases.size(), 29);
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(m_cases.at(i).name) << i;
}

void TestBirthRules::rule()
{
    QFETCH(int, index);
    const Case& c = m_cases.at(index);
    QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, now.date().addDays(-1));
    QVERIFY(validate(response).isEmpty());
    c.change(response);
    const QList<Questionnaire::ValidationIssue> issues = validate(response);
    QStringList found;
    for (const Questionnaire::ValidationIssue& issue : issues)
        found.append(issue.rule + u'@' + issue.linkId + u'#' + QString::number(issue.repeat));
    QCOMPARE(found.join(u", "), c.rule + u'@' + c.linkId + u'#' + QString::number(c.repeat));
    QCOMPARE(issues.constFirst().isError(), c.error);
    QVERIFY(!issues.constFirst().message.isEmpty());
    if (c.rule == u"birth-name-character")
        QVERIFY2(issues.constFirst().message.contains(QStringLiteral(u"“Đ” (U+0110)")),
            qPrintable(issues.constFirst().message));
}

void TestBirthRules::syntheticNumbersOnlyInTestEnvironments()
{
    const QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, now.date().addDays(-1));
    QStringList rules;
    for (const Questionnaire::ValidationIssue& issue : validate(response, false))
        rules.append(issue.rule + u'@' + issue.linkId);
    QCOMPARE(rules,
        (QStringList {QStringLiteral("birth-id-synthetic@mor.foedselsEllerDNummer"),
            QStringLiteral("birth-id-synthetic@farEllerMedmor.foedselsEllerDNummer")}));
}

void TestBirthRules::countryListMissingIsAWarning()
{
    QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::BirthAbroad, now.date().addDays(-1));
    const QList<Questionnaire::ValidationIssue> issues = validate(response, true, false);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().rule, QStringLiteral("birth-country-list-missing"));
    QVERIFY(!issues.constFirst().isError());
    // Folkeregisteret's own codes are in the list.
    for (const QString& code : {QStringLiteral("XUK"), QStringLiteral("XXX"), QStringLiteral("XXK")}) {
        response.setAnswer(QStringLiteral("mor.statsborgerskap"), text(code));
        QVERIFY2(validate(response).isEmpty(), qPrintable(code));
    }
}

void TestBirthRules::formRulesApplyPerChild()
{
    QuestionnaireResponse response = Test::BirthNotificationFixture::response(Scenario::Twins, now.date().addDays(-1));
    QList<QuestionnaireResponse> children = response.repeats(QStringLiteral("barn"));
    QCOMPARE(children.size(), 2);
    children[1].clearAnswer(QStringLiteral("barn.erLevendefoedt"));
    response.setRepeats(QStringLiteral("barn"), children);
    const QList<Questionnaire::ValidationIssue> issues = validate(response);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().rule, QStringLiteral("q-required"));
    QCOMPARE(issues.constFirst().linkId, QStringLiteral("barn.erLevendefoedt"));
    QCOMPARE(issues.constFirst().repeat, 1);

    response.setRepeats(QStringLiteral("barn"), {});
    QStringList rules;
    for (const Questionnaire::ValidationIssue& issue : validate(response))
        rules.append(issue.rule + u'@' + issue.linkId);
    QCOMPARE(rules, QStringList {QStringLiteral("q-required@barn")});
}

void TestBirthRules::stillbirthFrom28WeeksHasNoWarning()
{
    QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, now.date().addDays(-1));
    setChild(response, 0, QStringLiteral("barn.erLevendefoedt"), AnswerValue::fromBoolean(false));
    response.setAnswer(QStringLiteral("klinisk.svangerskapsuker"), AnswerValue::fromInteger(28));
    response.setAnswer(QStringLiteral("klinisk.svangerskapsdager"), AnswerValue::fromInteger(0));
    QVERIFY(validate(response).isEmpty());
}

QTEST_GUILESS_MAIN(TestBirthRules)
#include "TestBirthRules.moc"
