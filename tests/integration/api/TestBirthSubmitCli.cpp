// `meldeklient-cli submit` with a birth file, end to end against the sandbox (provider + Folkeregisteret over mutual
// TLS): one line per child with its state, the receipt's reference and, for a live-born child only, the new number;
// that number never reaches the logs (MELDEKLIENT_LOG=1). `birth-certificate` refuses a wrong password with IT's
// error and keeps nothing.
#include "core/birth/BirthNotificationValidator.h"
#include "core/identity/PersonNumber.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"
#include "support/CliProcess.h"
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
using Meldeklient::Test::BirthNotificationFixture;
using Meldeklient::Test::SandboxProcess;

class TestBirthSubmitCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificatePasswordIsCheckedBeforeItIsKept();
    void tripletsEndWithANumberForEachLiveBornChild();
    void warningsMustBeAccepted();
    void refusedTwinIsCorrectedFromAFile();

private:
    using Run = Test::CliProcess;
    Run run(const QStringList& arguments, const QByteArray& input = {});
    QString birthFile(BirthNotificationFixture::Scenario scenario, const QDate& born);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_clientId;
    QJsonObject m_freg;
};

TestBirthSubmitCli::Run TestBirthSubmitCli::run(const QStringList& arguments, const QByteArray& input)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    variables.insert("MELDEKLIENT_CLIENT_ID", m_clientId);
    variables.insert("MELDEKLIENT_DATA_DIR", m_dir.filePath("data"));
    variables.insert("MELDEKLIENT_LANG", "en");
    variables.insert("MELDEKLIENT_LOG", "1"); // every module's log on stderr: checked for the numbers
    variables.insert("MELDEKLIENT_FOLKEREGISTERET_URL", m_freg.value("url").toString());
    variables.insert("MELDEKLIENT_BIRTH_CERTIFICATE_FILE", m_freg.value("clientP12File").toString());
    variables.insert("MELDEKLIENT_BIRTH_CA_FILE", m_freg.value("caFile").toString());
    return Run::run(variables, arguments, 120000, input);
}

QString TestBirthSubmitCli::birthFile(BirthNotificationFixture::Scenario scenario, const QDate& born)
{
    const auto form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath());
    const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + ".json");
    QFile file(path);
    if (form && file.open(QIODevice::WriteOnly))
        file.write(BirthNotificationFixture::bundleJson(form.value(), BirthNotificationFixture::response(scenario, born)));
    return path;
}

void TestBirthSubmitCli::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MELDEKLIENT_CLI").isEmpty());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under tests/support/with-test-session.sh for the real keychain.");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir("data"));
    QFile::setPermissions(m_dir.filePath("data"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_clientId = "meldeklient-birth-cli-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    m_freg = m_sandbox.folkeregisteret();
    const Run login = run({"login"});
    QVERIFY2(login.status == 0, login.err.constData());
}

void TestBirthSubmitCli::certificatePasswordIsCheckedBeforeItIsKept()
{
    const Run wrong = run({"birth-certificate", "set-password"}, "not the password\n");
    QCOMPARE(wrong.status, 1);
    QCOMPARE(wrong.lines().value(0).value("code").toString(), QString("birth-certificate-password"));
    QVERIFY(!wrong.out.contains("not the password") && !wrong.err.contains("not the password"));
    const Run check = run({"birth-certificate", "check"});
    QCOMPARE(check.status, 1); // nothing was stored
    const Run right = run({"birth-certificate", "set-password"}, m_freg.value("clientP12Password").toString().toUtf8() + '\n');
    QVERIFY2(right.status == 0, right.out.constData());
    const QJsonObject checked = run({"birth-certificate", "check"}).lines().value(0);
    QVERIFY(checked.value("ok").toBool());
    QCOMPARE(checked.value("subject").toString(), QString("SANDKASSE SYKEHUS HF"));
}

void TestBirthSubmitCli::tripletsEndWithANumberForEachLiveBornChild()
{
    const QString file = birthFile(BirthNotificationFixture::Scenario::TripletsOneStillborn, QDate::currentDate().addDays(-1));
    const Run submitted = run({"submit", "--accept-warnings", "--wait-seconds", "30", file});
    QVERIFY2(submitted.status == 0, QByteArray(submitted.out + submitted.err).constData());
    const QList<QJsonObject> children = submitted.lines();
    QCOMPARE(children.size(), 3);
    QStringList numbers;
    for (int i = 0; i < children.size(); ++i) {
        const QJsonObject child = children.at(i);
        QCOMPARE(child.value("child").toInt(), i + 1);
        QCOMPARE(child.value("state").toString(), QString("registered"));
        QCOMPARE(child.value("folkeregisterReferanse").toString().size(), 36);
        QCOMPARE(child.value("birthId").toString(), children.constFirst().value("birthId").toString());
        if (child.value("liveBorn").toBool()) {
            const QString number = child.value("newIdentifier").toString();
            QVERIFY2(Identity::PersonNumber::check(number).isValid(), qPrintable(number));
            numbers.append(number);
        } else {
            QVERIFY(!child.contains("newIdentifier"));
        }
    }
    QCOMPARE(numbers.size(), BirthNotificationFixture::liveBornCount(BirthNotificationFixture::Scenario::TripletsOneStillborn));
    QVERIFY(!submitted.err.isEmpty()); // the log was on
    for (const QString& number : std::as_const(numbers))
        QVERIFY2(!submitted.err.contains(number.toLatin1()), "a new fødselsnummer in the log");

    // outbox list shows the birth's items, registered, with their message ids (metadata only: no number).
    const Run listed = run({"outbox", "list"});
    int births = 0;
    for (const QJsonObject& item : listed.lines()) {
        if (item.value("birthId").toString() == children.constFirst().value("birthId").toString()) {
            ++births;
            QCOMPARE(item.value("kind").toString(), QString("birth"));
            QCOMPARE(item.value("state").toString(), QString("registered"));
            QVERIFY(item.value("messageId").toString().startsWith(item.value("birthId").toString()));
        }
    }
    QCOMPARE(births, 3);
    for (const QString& number : std::as_const(numbers))
        QVERIFY(!listed.out.contains(number.toLatin1()));
}

void TestBirthSubmitCli::warningsMustBeAccepted()
{
    // Born ten days ago: birth-date-late is a warning.
    const QString file = birthFile(BirthNotificationFixture::Scenario::SingleLiveBirth, QDate::currentDate().addDays(-10));
    const Run refused = run({"submit", "--wait-seconds", "0", file});
    QCOMPARE(refused.status, 1);
    const QJsonObject line = refused.lines().value(0);
    QCOMPARE(line.value("queued").toBool(true), false);
    QCOMPARE(line.value("code").toString(), QString("birth-warning-unconfirmed"));
    QVERIFY(refused.out.contains("birth-date-late"));
}

void TestBirthSubmitCli::refusedTwinIsCorrectedFromAFile()
{
    // Twin 2's message is refused (avvist); its correction is decided as usual.
    QVERIFY(m_sandbox.admin("folkeregisteret/faults", QJsonObject {{"fault", "rejected"}, {"child", 2}}).ok());
    const QString file = birthFile(BirthNotificationFixture::Scenario::Twins, QDate::currentDate().addDays(-1));
    const Run sent = run({"submit", "--accept-warnings", "--wait-seconds", "30", file});
    QCOMPARE(sent.status, 1);
    const QList<QJsonObject> twins = sent.lines();
    QCOMPARE(twins.size(), 2);
    QCOMPARE(twins.at(0).value("state").toString(), QString("registered"));
    QCOMPARE(twins.at(1).value("state").toString(), QString("refused"));
    const QString birthId = twins.at(0).value("birthId").toString();

    // Usage errors (exit 2): a malformed child list, two files.
    QCOMPARE(run({"submit", "--corrects", birthId + ":two", file}).status, 2);
    QCOMPARE(run({"submit", "--corrects", birthId, file, file}).status, 2);
    // Twin 1 is registered; without naming children only the refused one is corrected.
    const Run corrected = run({"submit", "--accept-warnings", "--wait-seconds", "30", "--corrects", birthId, file});
    QVERIFY2(corrected.status == 0, QByteArray(corrected.out + corrected.err).constData());
    const QList<QJsonObject> lines = corrected.lines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value("child").toInt(), 2);
    QCOMPARE(lines.at(0).value("state").toString(), QString("registered"));
    QCOMPARE(lines.at(0).value("corrects").toString(), birthId + "-2");
    QVERIFY(lines.at(0).value("birthId").toString() != birthId);
    QVERIFY(Identity::PersonNumber::check(lines.at(0).value("newIdentifier").toString()).isValid());

    // Twin 2 is corrected once: a second correction of the original is refused (correct the correction instead).
    const Run again = run({"submit", "--accept-warnings", "--wait-seconds", "0", "--corrects", birthId + ":2", file});
    QCOMPARE(again.status, 1);
    QCOMPARE(again.lines().value(0).value("code").toString(), QString("birth-correction-already-corrected"));
    const QJsonArray messages
        = m_sandbox.get("/_sandbox/folkeregisteret/records").body.value("messages").toArray();
    int correctionsOfTwin2 = 0;
    for (const QJsonValue& message : messages)
        correctionsOfTwin2 += message.toObject().value("originalMessage").toString() == birthId + "-2" ? 1 : 0;
    QCOMPARE(correctionsOfTwin2, 1);
}

QTEST_GUILESS_MAIN(TestBirthSubmitCli)
#include "TestBirthSubmitCli.moc"
