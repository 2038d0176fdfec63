// Issue 11 item 3 / issue 12: the birth rules' municipality check answered from an imported SSB Klass 131 list.
// Invented names; the numbers follow the 2020 and 2024 reforms' pattern (0101 → 3001 → 3101).
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/ImportedMunicipalityCheck.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Meldeklient;
using Birth::ImportedMunicipalityCheck;
using Birth::MunicipalityValidity;
using Scenario = Test::BirthNotificationFixture::Scenario;

namespace {
const QByteArray klassCodes = R"({"codes":[
 {"code":"0101","name":"Fiktivby","validFrom":"1977-01-01","validTo":"2020-01-01"},
 {"code":"3001","name":"Fiktivby","validFrom":"2020-01-01","validTo":"2024-01-01"},
 {"code":"3101","name":"Fiktivby","validFrom":"2024-01-01","validTo":null},
 {"code":"5501","name":"Nordby","validFrom":"2024-01-01","validTo":null}]})";
} // namespace

class TestImportedMunicipalityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersFromTheListOnTheDate();
    void withoutAListOnlyTheFormatIsChecked();
    void birthRulesUseTheImportedList();
};

void TestImportedMunicipalityCheck::answersFromTheListOnTheDate()
{
    const Birth::MunicipalityCheck check
        = ImportedMunicipalityCheck::fromList(Codes::MunicipalityList::fromKlassJson(klassCodes).value());
    QVERIFY(check);
    QCOMPARE(check("0101", QDate(2019, 6, 1)), MunicipalityValidity::Valid);
    QCOMPARE(check("0101", QDate(2025, 6, 1)), MunicipalityValidity::NotValidOnDate);
    QCOMPARE(check("3001", QDate(2021, 6, 1)), MunicipalityValidity::Valid);
    QCOMPARE(check("3001", QDate(2025, 6, 1)), MunicipalityValidity::NotValidOnDate);
    QCOMPARE(check("3101", QDate(2025, 6, 1)), MunicipalityValidity::Valid);
    QCOMPARE(check("4444", QDate(2025, 6, 1)), MunicipalityValidity::NotValidOnDate);
    // Before the list begins it says nothing.
    QCOMPARE(check("0101", QDate(1970, 6, 1)), MunicipalityValidity::NoList);
}

void TestImportedMunicipalityCheck::withoutAListOnlyTheFormatIsChecked()
{
    QTemporaryDir dir;
    Error problem;
    QVERIFY(!ImportedMunicipalityCheck::fromStore(Codes::MunicipalityStore(dir.path()), &problem));
    QVERIFY(problem.code.isEmpty()); // nothing imported is no problem
    QVERIFY(Codes::MunicipalityStore(dir.path()).save(klassCodes, {}).isOk());
    const Birth::MunicipalityCheck stored = ImportedMunicipalityCheck::fromStore(Codes::MunicipalityStore(dir.path()));
    QVERIFY(stored);
    QCOMPARE(stored("0101", QDate(2025, 6, 1)), MunicipalityValidity::NotValidOnDate);
}

void TestImportedMunicipalityCheck::birthRulesUseTheImportedList()
{
    const auto form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value();
    const QDateTime now(QDate(2025, 6, 2), QTime(10, 15), QTimeZone(7200));
    Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, QDate(2025, 6, 1));
    response.setAnswer(QStringLiteral("foedested.foedekommunenummer"),
        Questionnaire::AnswerValue::fromString(QStringLiteral("0101")));

    Birth::BirthRules::Options formatOnly;
    formatOnly.allowSyntheticNumbers = true;
    const QList<Questionnaire::ValidationIssue> unchecked
        = Birth::BirthNotificationValidator(form, formatOnly).validate(response, now);
    QVERIFY2(unchecked.isEmpty(), qPrintable(unchecked.isEmpty() ? QString() : unchecked.constFirst().rule));

    Birth::BirthRules::Options withList = formatOnly;
    withList.municipalities
        = ImportedMunicipalityCheck::fromList(Codes::MunicipalityList::fromKlassJson(klassCodes).value());
    const QList<Questionnaire::ValidationIssue> issues
        = Birth::BirthNotificationValidator(form, withList).validate(response, now);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().rule, QStringLiteral("birth-municipality-not-valid"));
    QCOMPARE(issues.constFirst().linkId, QStringLiteral("foedested.foedekommunenummer"));
}

QTEST_GUILESS_MAIN(TestImportedMunicipalityCheck)
#include "TestImportedMunicipalityCheck.moc"
