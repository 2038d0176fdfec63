#include "core/questionnaire/Questionnaire.h"
#include "support/DeathNotificationFixture.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Meldeklient;
using Meldeklient::Test::DeathNotificationFixture;
using Meldeklient::Test::SandboxProcess;

// A physician's whole round with meldeklient-cli against the sandbox (provider + national API) and the real keychain:
// look the person up, submit, export, flush, withdraw; a refusal by the registry ends in "needs correction" with the
// registry's words; without a sign-in nothing is sent and nothing is lost.
class TestSubmitCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lookupShowsTheRegistrysPerson();
    void submitRefusesErrorsAndUnacceptedWarnings();
    void exportPrintsTheExactRequests();
    void submitFlushAndWithdraw_data();
    void submitFlushAndWithdraw();
    void registryRefusalNeedsCorrectionWithItsMessage();
    void withoutSignInNothingIsSentOrLost();
    void duplicatesNeedConfirmation();
    void withdrawalAfterALostAnswerAndOnlyOnce();

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
        QByteArray all() const { return out + err; }
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> objects;
            for (const QByteArray& line : out.split('\n')) {
                const QJsonDocument document = QJsonDocument::fromJson(line);
                if (document.isObject())
                    objects.append(document.object());
            }
            return objects;
        }
    };
    Run run(const QStringList& arguments, const QString& transport = "nhn-rest");
    QString notificationFile(const QString& fnr, const QString& name);

    SandboxProcess m_sandbox;
    QTemporaryDir m_files;
    QString m_dataDir;
    QString m_clientId;
    std::optional<Questionnaire::Questionnaire> m_form;
    int m_dataDirs = 0;
};

TestSubmitCli::Run TestSubmitCli::run(const QStringList& arguments, const QString& transport)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_DATA_DIR", m_dataDir);
    variables.insert("MELDEKLIENT_API_TRANSPORT", transport);
    variables.insert("MELDEKLIENT_LANG", "en");
    process.setProcessEnvironment(variables);
    process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestSubmitCli::notificationFile(const QString& fnr, const QString& name)
{
    const QJsonObject bundle = DeathNotificationFixture::natural(*m_form).bundle(
        DeathNotificationFixture::residentPatient(fnr, "2026-11-20T03:10:00+01:00"));
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(bundle).toJson());
    return path;
}

void TestSubmitCli::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_files.isValid());
    m_clientId = "meldeklient-submit-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form);
    m_form = form.value();
    MELDEKLIENT_START_SANDBOX(m_sandbox);
}

void TestSubmitCli::init()
{
    // A fresh data folder (and so a fresh outbox) per test, and a clean registry.
    m_dataDir = m_files.filePath(QString("data-%1").arg(++m_dataDirs));
    QCOMPARE(m_sandbox.admin("api/reset").status, 200);
    const Run login = run({"login"});
    QVERIFY2(login.status == 0, login.all().constData());
}

void TestSubmitCli::lookupShowsTheRegistrysPerson()
{
    for (const QString& transport : QStringList {"nhn-rest", "nhn-fhir"}) {
        const Run found = run({"lookup", "178538 42044"}, transport);
        QVERIFY2(found.status == 0, found.all().constData());
        const QJsonObject person = found.lines().value(0);
        QCOMPARE(person.value("familyName").toString(), QString("Prøveland"));
        QCOMPARE(person.value("givenName").toString(), QString("Astrid"));
        QCOMPARE(person.value("birthDate").toString(), QString("1938-05-17"));
        QCOMPARE(person.value("sex").toString(), QString("female"));
        QCOMPARE(person.value("deceased").toBool(), false);

        const Run dead = run({"lookup", "20813042054"}, transport);
        QCOMPARE(dead.lines().value(0).value("deceased").toBool(), true);

        const Run unknown = run({"lookup", "17853842125"}, transport);
        QCOMPARE(unknown.status, 1);
        QCOMPARE(unknown.lines().value(0).value("found").toBool(), false);
    }
    QCOMPARE(run({"lookup", "12345678901"}).status, 2); // not a valid number: refused before any request
}

void TestSubmitCli::submitRefusesErrorsAndUnacceptedWarnings()
{
    // Without an imported ICD-10 list the codes cannot be verified: a warning the physician must accept.
    const QString file = notificationFile("17853842044", "warnings.json");
    const Run unaccepted = run({"submit", file});
    QCOMPARE(unaccepted.status, 1);
    QCOMPARE(unaccepted.lines().value(0).value("code").toString(), QString("warnings-not-accepted"));

    QJsonObject noContact = DeathNotificationFixture::natural(*m_form).bundle(
        DeathNotificationFixture::residentPatient("17853842044", "2026-11-20T03:10:00+01:00"), QJsonObject());
    const QString noContactPath = m_files.filePath("no-contact.json");
    QFile out(noContactPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(noContact).toJson());
    out.close();
    const Run invalid = run({"submit", "--accept-warnings", noContactPath});
    QCOMPARE(invalid.status, 1);
    QCOMPARE(invalid.lines().value(0).value("code").toString(), QString("notification-invalid"));
    QVERIFY(invalid.out.contains("reporter-missing"));

    const Run listed = run({"outbox", "list"});
    QCOMPARE(listed.status, 0);
    QVERIFY2(listed.lines().isEmpty(), listed.out.constData()); // nothing was queued
}

void TestSubmitCli::exportPrintsTheExactRequests()
{
    const QString file = notificationFile("17853842044", "export.json");
    const Run rest = run({"export", "--format", "nhn-rest", "--death-id", "D-1", file});
    QVERIFY2(rest.status == 0, rest.err.constData());
    QVERIFY(rest.out.contains(QByteArray("POST " + m_sandbox.issuer().toString().toUtf8() + "/dodsmelding/api/dodsfall\n")));
    QVERIFY(rest.out.contains("/dodsmelding/api/dodsarsaker\n"));
    QVERIFY(rest.out.contains("\"dodsfallId\":\"D-1\""));
    QVERIFY(rest.out.contains("17853842044"));
    QVERIFY(rest.out.contains("Idempotency-Key: "));

    const Run fhir = run({"export", "--format", "nhn-fhir", file});
    QVERIFY2(fhir.status == 0, fhir.err.constData());
    QVERIFY(fhir.out.contains("/dodsmelding/fhir/PractitionerRole\n"));
    QVERIFY(fhir.out.contains("/dodsmelding/fhir/Patient\n"));
    QVERIFY(fhir.out.contains("/dodsmelding/fhir/QuestionnaireResponse\n"));
    QVERIFY(fhir.out.contains("\"resourceType\":\"QuestionnaireResponse\""));

    QCOMPARE(run({"export", "--format", "hl7v2", file}).status, 2);
}

void TestSubmitCli::submitFlushAndWithdraw_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("nhn-rest") << "nhn-rest";
    QTest::newRow("nhn-fhir") << "nhn-fhir";
}

void TestSubmitCli::submitFlushAndWithdraw()
{
    QFETCH(QString, transport);
    const QString file = notificationFile("17853842044", "notification-" + transport + ".json");
    const Run submitted = run({"submit", "--accept-warnings", file}, transport);
    QVERIFY2(submitted.status == 0, submitted.all().constData());
    const QJsonObject queued = submitted.lines().value(0);
    QVERIFY(queued.value("queued").toBool());
    const qint64 part1 = queued.value("part1").toInteger();
    const qint64 part2 = queued.value("part2").toInteger();

    const Run flushed = run({"outbox", "flush"}, transport);
    QVERIFY2(flushed.status == 0, flushed.all().constData());
    QCOMPARE(flushed.lines().constLast().value("accepted").toInt(), 2);
    for (qint64 id : {part1, part2}) {
        const Run shown = run({"outbox", "show", QString::number(id)}, transport);
        QCOMPARE(shown.lines().value(0).value("state").toString(), QString("accepted"));
    }

    SandboxProcess::Reply records = m_sandbox.get("/_sandbox/api/records");
    QCOMPARE(records.body.value("deaths").toArray().size(), 1);
    QCOMPARE(records.body.value("causes").toArray().size(), 1);
    QCOMPARE(records.body.value("deaths").toArray().at(0).toObject().value("transport").toString(), transport);

    // Withdraw it (annuller dødsfall): its own submission, carrying Del 1's death id.
    const Run voided = run({"annuller", QString::number(part1), "--reason", "Feil person"}, transport);
    QVERIFY2(voided.status == 0, voided.all().constData());
    QVERIFY(voided.out.contains("73 56 59 99"));
    const Run flushedVoid = run({"outbox", "flush"}, transport);
    QVERIFY2(flushedVoid.status == 0, flushedVoid.all().constData());
    records = m_sandbox.get("/_sandbox/api/records");
    QCOMPARE(records.body.value("voids").toArray().size(), 1);

    // A flush with nothing due sends nothing.
    const Run idle = run({"outbox", "flush"}, transport);
    QCOMPARE(idle.status, 0);
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("deaths").toArray().size(), 1);
}

void TestSubmitCli::registryRefusalNeedsCorrectionWithItsMessage()
{
    const QString file = notificationFile("02914542122", "refused.json");
    const Run submitted = run({"submit", "--accept-warnings", file});
    QVERIFY2(submitted.status == 0, submitted.all().constData());
    const qint64 part1 = submitted.lines().value(0).value("part1").toInteger();
    QCOMPARE(m_sandbox.admin("api/faults", {{"fault", "reject"}, {"path", "/dodsfall"}}).status, 200);

    const Run flushed = run({"outbox", "flush"});
    QCOMPARE(flushed.status, 1);
    const Run shown = run({"outbox", "show", QString::number(part1)});
    QCOMPARE(shown.lines().value(0).value("state").toString(), QString("needs-correction"));
    QVERIFY2(!shown.lines().value(1).value("serverMessage").toString().isEmpty(), shown.out.constData());
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("deaths").toArray().size(), 0);

    // Resubmitted unchanged once the registry accepts it again: sent exactly once, Del 2 follows.
    const Run retried = run({"outbox", "retry", QString::number(part1)});
    QVERIFY2(retried.status == 0, retried.all().constData());
    const SandboxProcess::Reply records = m_sandbox.get("/_sandbox/api/records");
    QCOMPARE(records.body.value("deaths").toArray().size(), 1);
    QCOMPARE(records.body.value("causes").toArray().size(), 1);
}

void TestSubmitCli::withoutSignInNothingIsSentOrLost()
{
    const QString file = notificationFile("09836242030", "offline.json");
    const Run submitted = run({"submit", "--accept-warnings", file});
    QVERIFY2(submitted.status == 0, submitted.all().constData());

    // The registry says the token has expired (twice: the client refreshes once and tries again).
    QCOMPARE(m_sandbox.admin("api/faults", {{"fault", "expired-token"}, {"count", 2}}).status, 200);
    const Run refused = run({"outbox", "flush"});
    QCOMPARE(refused.status, 1);
    QCOMPARE(refused.lines().constLast().value("signInRequired").toBool(), true);
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("deaths").toArray().size(), 0);

    // Still queued after a sign-out: the outbox needs a sign-in to open, and nothing is gone afterwards.
    QCOMPARE(run({"logout"}).status, 0);
    const Run locked = run({"outbox", "list"});
    QCOMPARE(locked.status, 1);
    QVERIFY(locked.err.contains("not-signed-in"));
    QCOMPARE(run({"login"}).status, 0);
    const Run flushed = run({"outbox", "flush"});
    QVERIFY2(flushed.status == 0, flushed.all().constData());
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("deaths").toArray().size(), 1);
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("causes").toArray().size(), 1);
}

// Issue 9 item 6: the same person twice (the same file named twice) needs --allow-duplicate.
void TestSubmitCli::duplicatesNeedConfirmation()
{
    const QString file = notificationFile("17853842044", "twice.json");
    const Run twice = run({"submit", "--accept-warnings", file, file});
    QCOMPARE(twice.status, 1);
    QCOMPARE(twice.lines().size(), 2);
    QCOMPARE(twice.lines().at(0).value("queued").toBool(), true);
    QCOMPARE(twice.lines().at(1).value("queued").toBool(), false);
    QCOMPARE(twice.lines().at(1).value("code").toString(), QString("duplicate-notification"));
    QVERIFY(twice.lines().at(1).value("message").toString().contains("--allow-duplicate"));

    const Run again = run({"submit", "--accept-warnings", file});
    QCOMPARE(again.status, 1);
    QCOMPARE(again.lines().value(0).value("code").toString(), QString("duplicate-notification"));
    const Run confirmed = run({"submit", "--accept-warnings", "--allow-duplicate", file});
    QVERIFY2(confirmed.status == 0, confirmed.all().constData());
    QCOMPARE(run({"outbox", "list"}).lines().size(), 4);
}

// Issue 9 items 2 and 18: a Del 1 whose answer was lost is asked again with the same key and then withdrawn (never
// "cancelled and never sent"); a second annuller queues nothing; the reason has a limit.
void TestSubmitCli::withdrawalAfterALostAnswerAndOnlyOnce()
{
    const QString file = notificationFile("17853842044", "lost.json");
    const Run submitted = run({"submit", "--accept-warnings", file});
    QVERIFY2(submitted.status == 0, submitted.all().constData());
    const qint64 part1 = submitted.lines().value(0).value("part1").toInteger();
    // Twice: Qt itself resends once when a reused connection closes without an answer.
    QVERIFY(m_sandbox.admin("api/faults", {{"fault", "drop-after-commit"}, {"path", "/dodsfall"}, {"count", 2}}).ok());
    const Run lost = run({"outbox", "flush", "--timeout", "5"});
    QCOMPARE(lost.status, 1);
    QCOMPARE(run({"outbox", "show", QString::number(part1)}).lines().value(0).value("state").toString(),
        QString("waiting-to-retry"));
    QVERIFY(m_sandbox.adminDelete("api/faults").ok());
    QCOMPARE(m_sandbox.get("/_sandbox/api/records").body.value("deaths").toArray().size(), 1);

    const Run tooLong = run({"annuller", QString::number(part1), "--reason", QString(501, u'x')});
    QCOMPARE(tooLong.status, 2);

    const Run voided = run({"annuller", QString::number(part1), "--reason", "Feil person"});
    QVERIFY2(voided.status == 0, voided.all().constData());
    QCOMPARE(voided.lines().value(0).value("queued").toBool(), true);
    QCOMPARE(voided.lines().value(0).value("wasAttempted").toBool(), true);
    QVERIFY(!voided.out.contains("never"));
    QCOMPARE(run({"outbox", "show", QString::number(part1)}).lines().value(0).value("state").toString(),
        QString("accepted"));

    const Run again = run({"annuller", QString::number(part1), "--reason", "Feil person"});
    QCOMPARE(again.status, 0);
    QCOMPARE(again.lines().value(0).value("alreadyWithdrawn").toBool(), true);
    QCOMPARE(again.lines().value(0).value("queued").toBool(), false);
    QVERIFY2(run({"outbox", "flush"}).status == 0, "the withdrawal and Del 2 go out");
    const SandboxProcess::Reply records = m_sandbox.get("/_sandbox/api/records");
    QCOMPARE(records.body.value("deaths").toArray().size(), 1);
    QCOMPARE(records.body.value("voids").toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSubmitCli)
#include "TestSubmitCli.moc"
