// `validate` and `export --format folkeregisteret-xml` with a birth notification Bundle: the commands recognise the
// fodselsmelding QuestionnaireResponse, report the birth rules per child and print one message per child,
// byte-identical for the same --message-id and --now.
#include "cli/ExportCommand.h"
#include "cli/ValidateCommand.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/codes/MunicipalityStore.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"
#include "unit/cli/CliTestRun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using Scenario = Test::BirthNotificationFixture::Scenario;

class TestBirthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validTripletsValidate();
    void ruleErrorsCarryTheChild();
    void syntheticNumbersRefusedInProduction();
    void exportPrintsOneMessagePerChildReproducibly();
    void exportRefusesAnInvalidNotification();
    void exportNeedsAValidTime();
    void unreadableBirthFileExitsTwo();
    void importedMunicipalityListChecksTheNumber();

private:
    QString write(const QString& name, const Questionnaire::QuestionnaireResponse& response);

    QTemporaryDir m_dir;
    std::optional<Questionnaire::Questionnaire> m_form;
};

void TestBirthCli::initTestCase()
{
    qputenv("MELDEKLIENT_DATA_DIR", m_dir.filePath("data").toUtf8());
    m_form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value();
}

QString TestBirthCli::write(const QString& name, const Questionnaire::QuestionnaireResponse& response)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(Test::BirthNotificationFixture::bundleJson(*m_form, response));
    return path;
}

void TestBirthCli::validTripletsValidate()
{
    const QString path = write("triplets.json",
        Test::BirthNotificationFixture::response(Scenario::TripletsOneStillborn, QDate::currentDate().addDays(-1)));
    const Test::CliRun run = Test::runCli<Cli::ValidateCommand>({"--lang", "en", "validate", path});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.lines.size(), 1);
    const QJsonObject result = run.lines.constFirst();
    QCOMPARE(result.value("valid").toBool(), true);
    QCOMPARE(result.value("issues").toArray().size(), 0);
    QVERIFY(result.value("validatedAgainst")
                .toObject()
                .value("questionnaire")
                .toString()
                .startsWith(Birth::BirthNotificationValidator::formUrl()));
    QVERIFY(result.value("validatedAgainst").toObject().value("countryCodes").toString().endsWith("iso_3166-1.json"));
}

void TestBirthCli::ruleErrorsCarryTheChild()
{
    Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::Twins, QDate::currentDate().addDays(-1));
    QList<Questionnaire::QuestionnaireResponse> children = response.repeats("barn");
    children[1].clearAnswer("barn.kjoenn");
    response.setRepeats("barn", children);
    const Test::CliRun run
        = Test::runCli<Cli::ValidateCommand>({"--lang", "nb", "validate", write("twins.json", response)});
    QCOMPARE(run.status, 1);
    const QJsonArray issues = run.lines.value(0).value("issues").toArray();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.at(0).toObject();
    QCOMPARE(issue.value("rule").toString(), "birth-sex-missing");
    QCOMPARE(issue.value("linkId").toString(), "barn.kjoenn");
    QCOMPARE(issue.value("repeat").toInt(-1), 1);
    QVERIFY2(issue.value("message").toString().contains("kjønn"), qPrintable(issue.value("message").toString()));
}

void TestBirthCli::syntheticNumbersRefusedInProduction()
{
    const QString path = write("single.json",
        Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, QDate::currentDate().addDays(-1)));
    const Test::CliRun run
        = Test::runCli<Cli::ValidateCommand>({"--lang", "en", "validate", "--environment", "production", path});
    QCOMPARE(run.status, 1);
    QCOMPARE(
        run.lines.value(0).value("issues").toArray().at(0).toObject().value("rule").toString(), "birth-id-synthetic");
}

void TestBirthCli::exportPrintsOneMessagePerChildReproducibly()
{
    const QString path = write(
        "export.json", Test::BirthNotificationFixture::response(Scenario::TripletsOneStillborn, QDate(2026, 3, 1)));
    const QStringList arguments = {"--lang", "en", "export", "--format", "folkeregisteret-xml", "--message-id", "abc",
        "--now", "2026-03-02T10:15:00+01:00", path};
    const Test::CliRun first = Test::runCli<Cli::ExportCommand>(arguments);
    QCOMPARE(first.status, 0);
    QCOMPARE(first.out.count("<?xml"), 3);
    for (int child = 1; child <= 3; ++child) {
        QVERIFY(first.out.contains(QStringLiteral("### foedselsmelding %1/3 abc-%1\n").arg(child)));
        QVERIFY(first.out.contains(QStringLiteral("<avsendersMeldingsidentifikator>abc-%1<").arg(child)));
        QVERIFY(first.out.contains(QStringLiteral("<rekkefoelgenummerVedFlerfoedsel>3%1<").arg(child)));
    }
    QVERIFY(first.out.contains("<avsendersInnsendingstidspunkt>2026-03-02T10:15:00+01:00<"));
    QCOMPARE(first.out.count("<erLevendefoedt>false<"), 1);
    const Test::CliRun second = Test::runCli<Cli::ExportCommand>(arguments);
    QCOMPARE(second.out, first.out);
}

void TestBirthCli::exportRefusesAnInvalidNotification()
{
    Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, QDate(2026, 3, 1));
    response.setAnswer(
        "mor.foedselsEllerDNummer", Questionnaire::AnswerValue::fromString(Test::BirthNotificationFixture::hNumber()));
    const Test::CliRun run = Test::runCli<Cli::ExportCommand>({"--lang", "en", "export", "--format",
        "folkeregisteret-xml", "--now", "2026-03-02T10:15:00+01:00", write("hnr.json", response)});
    QCOMPARE(run.status, 1);
    QVERIFY(!run.out.contains("<?xml"));
    QCOMPARE(run.lines.value(0).value("issues").toArray().at(0).toObject().value("rule").toString(),
        "birth-id-type-refused");
}

void TestBirthCli::exportNeedsAValidTime()
{
    const QString path
        = write("time.json", Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, QDate(2026, 3, 1)));
    const Test::CliRun run = Test::runCli<Cli::ExportCommand>(
        {"--lang", "en", "export", "--format", "folkeregisteret-xml", "--now", "yesterday", path});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains("--now"));
}

void TestBirthCli::unreadableBirthFileExitsTwo()
{
    // A birth response with an item the form does not have.
    const QString path = m_dir.filePath("bad.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"resourceType":"QuestionnaireResponse","status":"completed",)"
               R"("questionnaire":"https://example.invalid/meldeklient/fhir/Questionnaire/fodselsmelding|1.0.0",)"
               R"("item":[{"linkId":"barn.kjoenn","answer":[{"valueString":"x"}]}]})");
    file.close();
    const Test::CliRun run = Test::runCli<Cli::ValidateCommand>({"--lang", "en", "validate", path});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains("not nested as in the form"), qPrintable(run.err));
}

// Without a list the number is only format-checked; with the imported Klass list, a number that ceased in 2020 is
// refused for a birth now (`validate` and `export` share the check).
void TestBirthCli::importedMunicipalityListChecksTheNumber()
{
    Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SingleLiveBirth, QDate::currentDate().addDays(-1));
    response.setAnswer("foedested.foedekommunenummer", Questionnaire::AnswerValue::fromString("0101"));
    const QString path = write("old-municipality.json", response);
    QVERIFY(!Codes::MunicipalityStore().info());
    const Test::CliRun formatOnly = Test::runCli<Cli::ValidateCommand>({"--lang", "en", "validate", path});
    QCOMPARE(formatOnly.status, 0);

    QVERIFY(Codes::MunicipalityStore()
                .save(R"({"codes":[{"code":"0101","name":"Fiktivby","validFrom":"1977-01-01","validTo":"2020-01-01"},
                     {"code":"5501","name":"Nordby","validFrom":"2024-01-01","validTo":null}]})",
                    {})
                .isOk());
    const Test::CliRun checked = Test::runCli<Cli::ValidateCommand>({"--lang", "en", "validate", path});
    QVERIFY(Codes::MunicipalityStore().remove()); // the other tests run without a list
    QCOMPARE(checked.status, 1);
    const QJsonArray issues = checked.lines.constFirst().value("issues").toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).toObject().value("rule").toString(), "birth-municipality-not-valid");
}

QTEST_GUILESS_MAIN(TestBirthCli)
#include "TestBirthCli.moc"
