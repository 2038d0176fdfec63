#include "cli/ValidateCommand.h"
#include "support/DeathNotificationFixture.h"
#include "support/ReferenceData.h"
#include "unit/cli/CliTestRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>

#include <sys/stat.h>

using namespace Meldeklient;
using namespace Meldeklient::Cli;
using Meldeklient::Test::DeathNotificationFixture;

class TestValidateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validNotificationExitsZero();
    void errorsExitOneWithRuleIds();
    void syntheticNumbersDependOnTheEnvironment();
    void unreadableInputExitsTwo_data();
    void unreadableInputExitsTwo();
    void nhnSampleValidates();
    void specialFilesExitTwoWithoutBlocking();
    void controlCharactersAndLengthsAreRefusedNamingTheField_data();
    void controlCharactersAndLengthsAreRefusedNamingTheField();
    void lineBreaksAreAllowedInMultiLineText();

private:
    struct Run {
        int status = -1;
        QJsonObject result;
        QString err;
    };
    Run run(const QStringList& arguments);
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    std::optional<Questionnaire::Questionnaire> m_form;
};

void TestValidateCommand::initTestCase()
{
    // An empty data folder: no imported code lists from a developer's machine leak into the test.
    qputenv("MELDEKLIENT_DATA_DIR", m_dir.filePath("data").toUtf8());
    auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form.isOk());
    m_form = form.value();
}

TestValidateCommand::Run TestValidateCommand::run(const QStringList& arguments)
{
    const Test::CliRun cli = Test::runCli<ValidateCommand>(QStringList {"--lang", "en"} + arguments);
    return Run {cli.status, cli.lines.value(0), cli.err};
}

QString TestValidateCommand::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

void TestValidateCommand::validNotificationExitsZero()
{
    const auto fixture = DeathNotificationFixture::natural(*m_form);
    const QJsonObject patient = DeathNotificationFixture::residentPatient("24047230752", "2026-11-20T03:15:00+01:00");
    const QString path = writeFile("valid.json", QJsonDocument(fixture.bundle(patient)).toJson());
    const Run result = run({"validate", path});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.result.value("valid").toBool(), true);
    QVERIFY(result.result.value("issues").isArray());
    QVERIFY(result.result.value("validatedAgainst").toObject().value("questionnaire").toString().contains("dodsaarsak"));
    QVERIFY(result.result.value("validatedAgainst").toObject().value("codeLists").toArray().size() >= 8);
}

void TestValidateCommand::errorsExitOneWithRuleIds()
{
    auto fixture = DeathNotificationFixture::natural(*m_form);
    fixture.clearLine(u'A');
    const QJsonObject patient = DeathNotificationFixture::residentPatient("24047230752", "2026-11-20T03:15:00+01:00");
    const Run result = run({"validate", writeFile("errors.json", QJsonDocument(fixture.bundle(patient)).toJson())});
    QCOMPARE(result.status, 1);
    QCOMPARE(result.result.value("valid").toBool(), false);
    const QJsonArray issues = result.result.value("issues").toArray();
    QVERIFY(!issues.isEmpty());
    const QJsonObject first = issues.first().toObject();
    QCOMPARE(first.value("severity").toString(), "error");
    QVERIFY(!first.value("rule").toString().isEmpty());
    QVERIFY(!first.value("message").toString().isEmpty());
    QStringList ruleIds;
    for (const QJsonValue& issue : issues)
        ruleIds.append(issue.toObject().value("rule").toString());
    QVERIFY2(ruleIds.contains("cause-line-a-missing"), qPrintable(ruleIds.join(u',')));
}

void TestValidateCommand::syntheticNumbersDependOnTheEnvironment()
{
    const auto fixture = DeathNotificationFixture::natural(*m_form);
    const QJsonObject patient = DeathNotificationFixture::residentPatient("01914796756", "2026-11-20");
    const QString path = writeFile("synthetic.json", QJsonDocument(fixture.bundle(patient)).toJson());
    QCOMPARE(run({"validate", path}).status, 0);
    const Run production = run({"validate", "--environment", "production", path});
    QCOMPARE(production.status, 1);
    QCOMPARE(production.result.value("issues").toArray().first().toObject().value("rule").toString(),
        "deceased-id-synthetic");
    QCOMPARE(run({"validate", "--environment", "moon", path}).status, 2);
}

void TestValidateCommand::unreadableInputExitsTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"resourceType\": ") << "not valid JSON";
    QTest::newRow("not a Bundle") << QByteArray(R"({"resourceType":"Patient"})") << "not a FHIR Bundle";
    QTest::newRow("wrong type") << QByteArray(R"({"resourceType":"Bundle","type":"transaction","entry":[]})")
                                << "collection";
    QTest::newRow("no response") << QByteArray(
        R"({"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient"}}]})")
                                 << "QuestionnaireResponse";
    QTest::newRow("unknown linkId") << QByteArray(R"({"resourceType":"Bundle","type":"collection","entry":[
        {"resource":{"resourceType":"Patient"}},
        {"resource":{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"nope"}]}}]})")
                                    << "nope";
}

void TestValidateCommand::unreadableInputExitsTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const Run result = run({"validate", writeFile("bad.json", content)});
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QCOMPARE(run({"validate", m_dir.filePath("does-not-exist.json")}).status, 2);
    QCOMPARE(run({"validate"}).status, 2);
}

// NHN's published sample request (Patient + QuestionnaireResponse) validates without errors.
void TestValidateCommand::nhnSampleValidates()
{
    MELDEKLIENT_REQUIRE_REFERENCE(patientPath, "nhn-dodsmelding-fhir/sample-Patient.md");
    MELDEKLIENT_REQUIRE_REFERENCE(responsePath, "nhn-dodsmelding-fhir/sample-QuestionnaireResponseSample.md");
    MELDEKLIENT_REQUIRE_REFERENCE(rolePath, "nhn-dodsmelding-fhir/sample-PractitionerRole.md");
    auto firstJson = [](const QString& path) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const QRegularExpression block("```json\\s*(\\{.*?\\})\\s*```", QRegularExpression::DotMatchesEverythingOption);
        return QJsonDocument::fromJson(block.match(QString::fromUtf8(file.readAll())).captured(1).toUtf8()).object();
    };
    const QJsonObject bundle {{"resourceType", "Bundle"}, {"type", "collection"},
        {"entry", QJsonArray {QJsonObject {{"resource", firstJson(patientPath)}},
                      QJsonObject {{"resource", firstJson(responsePath)}},
                      QJsonObject {{"resource", firstJson(rolePath)}}}}};
    const Run result = run({"validate", writeFile("nhn.json", QJsonDocument(bundle).toJson())});
    QVERIFY2(result.status == 0, qPrintable(QJsonDocument(result.result).toJson() + result.err));

    // Without the reporting physician's contact details (NHN's PractitionerRole) it cannot be sent.
    QJsonObject withoutContact = bundle;
    QJsonArray entries = bundle.value("entry").toArray();
    entries.removeLast();
    withoutContact.insert("entry", entries);
    const Run missing = run({"validate", writeFile("nhn-no-contact.json", QJsonDocument(withoutContact).toJson())});
    QCOMPARE(missing.status, 1);
    QVERIFY(QJsonDocument(missing.result).toJson().contains("reporter-missing"));
}

// Issue 9 item 10: a FIFO, a device or a folder is refused at once (exit 2, a message naming it), never read.
void TestValidateCommand::specialFilesExitTwoWithoutBlocking()
{
    const QString fifo = m_dir.filePath("notification.fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& path : {fifo, QStringLiteral("/dev/zero"), m_dir.path()}) {
        QElapsedTimer timer;
        timer.start();
        const Run result = run({"validate", path});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains("not a regular file"), qPrintable(result.err));
        QVERIFY(timer.elapsed() < 5000);
    }
    const QString big = m_dir.filePath("big.json");
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(3 * 1024 * 1024));
    file.close();
    const Run tooLarge = run({"validate", big});
    QCOMPARE(tooLarge.status, 2);
    QVERIFY2(tooLarge.err.contains("larger than"), qPrintable(tooLarge.err));
}

// Issue 9 items 5 and 7: control and bidi characters, line breaks in one-line fields and over-long text are refused
// with an error that names the field, in Del 2 answers and in the reporter's contact details alike.
void TestValidateCommand::controlCharactersAndLengthsAreRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("where"); // "causeA", "injury", "organisation", "email", "phone"
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    const QString rlo = QString(QChar(0x202E));
    QTest::newRow("RLO in cause A") << "causeA" << (QStringLiteral("Lungebetennelse ") + rlo + "gdk")
                                    << "q-control-character" << "Umiddelbar dødsårsak A";
    QTest::newRow("NUL in cause A") << "causeA" << QStringLiteral("Lunge%1betennelse").arg(QChar(0))
                                    << "q-control-character" << "Umiddelbar dødsårsak A";
    QTest::newRow("ESC in cause A") << "causeA" << QStringLiteral("\x1b[31mrød") << "q-control-character"
                                    << "Umiddelbar dødsårsak A";
    QTest::newRow("cause A too long") << "causeA" << QString(4001, u'x') << "q-max-length"
                                      << "Umiddelbar dødsårsak A";
    QTest::newRow("50 000 characters") << "causeA" << QString(50000, u'y') << "q-max-length"
                                       << "Umiddelbar dødsårsak A";
    QTest::newRow("organisation LF") << "organisation" << QStringLiteral("Testheim\r\nsykehjem") << "text-line-break"
                                     << "Workplace";
    QTest::newRow("organisation 201") << "organisation" << QString(201, u'o') << "text-too-long" << "Workplace";
    QTest::newRow("email trailing LF") << "email" << QStringLiteral("lege@testheim.example\n") << "text-line-break"
                                       << "E-mail";
    QTest::newRow("phone RLO") << "phone" << (QStringLiteral("22 00") + QChar(0x202E) + "00 00") << "text-control-character"
                               << "Phone";
    QTest::newRow("phone LRI") << "phone" << (QString(QChar(0x2066)) + "22 00 00 00") << "text-control-character"
                               << "Phone";
}

void TestValidateCommand::controlCharactersAndLengthsAreRefusedNamingTheField()
{
    QFETCH(QString, where);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    auto fixture = DeathNotificationFixture::natural(*m_form);
    QJsonObject role = DeathNotificationFixture::reporterContact();
    if (where == u"causeA") {
        fixture.clearLine(u'A').text(u'A', value).interval(u'A', QStringLiteral("1"));
    } else if (where == u"organisation") {
        role.insert("organization", QJsonObject {{"display", value}});
    } else {
        QJsonArray telecom;
        for (const QJsonValue& point : role.value("telecom").toArray()) {
            QJsonObject entry = point.toObject();
            if (entry.value("system").toString() == where)
                entry.insert("value", value);
            telecom.append(entry);
        }
        role.insert("telecom", telecom);
    }
    const QJsonObject patient = DeathNotificationFixture::residentPatient("24047230752", "2026-11-20T03:15:00+01:00");
    const Run result = run({"validate", writeFile("text.json", QJsonDocument(fixture.bundle(patient, role)).toJson())});
    QCOMPARE(result.status, 1);
    const QJsonArray issues = result.result.value("issues").toArray();
    QVERIFY(!issues.isEmpty());
    QJsonObject found;
    for (const QJsonValue& issue : issues) {
        if (issue.toObject().value("rule").toString() == rule)
            found = issue.toObject();
    }
    QVERIFY2(!found.isEmpty(), QJsonDocument(result.result).toJson().constData());
    QCOMPARE(found.value("severity").toString(), "error");
    QVERIFY2(found.value("message").toString().contains(field), qPrintable(found.value("message").toString()));
    // The message names the field, never quotes the text.
    QVERIFY(!found.value("message").toString().contains(value.left(12)) || value.startsWith(u'x')
        || value.startsWith(u'y') || value.startsWith(u'o'));
}

void TestValidateCommand::lineBreaksAreAllowedInMultiLineText()
{
    auto fixture = DeathNotificationFixture::natural(*m_form);
    fixture.clearLine(u'A').text(u'A', QStringLiteral("Lungebetennelse\nmed sepsis")).interval(u'A', QStringLiteral("1"));
    const QJsonObject patient = DeathNotificationFixture::residentPatient("24047230752", "2026-11-20T03:15:00+01:00");
    const Run result = run({"validate", writeFile("multi.json", QJsonDocument(fixture.bundle(patient)).toJson())});
    const QByteArray json = QJsonDocument(result.result).toJson();
    QVERIFY2(!json.contains("q-line-break") && !json.contains("q-control-character"), json.constData());
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "TestValidateCommand.moc"
