#include "core/api/ResponseClassifier.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Api;
using Kind = Meldeklient::Api::SubmitOutcome::Kind;

namespace {
const QByteArray BusinessRule =
    R"({"resourceType":"OperationOutcome","issue":[{"code":"business-rule","diagnostics":"Ugyldig kode"}]})";
const QByteArray Exception =
    R"({"resourceType":"OperationOutcome","issue":[{"code":"exception","diagnostics":"Intern feil"}]})";
const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

Auth::HttpResponse answer(int status, const QByteArray& body = {}, const QByteArray& retryAfter = {},
    const QByteArray& challenge = {})
{
    Auth::HttpResponse response;
    response.status = status;
    response.body = body;
    if (!retryAfter.isEmpty())
        response.headers.append({"Retry-After", retryAfter});
    if (!challenge.isEmpty())
        response.headers.append({"WWW-Authenticate", challenge});
    return response;
}
} // namespace

class TestResponseClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTwoHundredsSucceed();
    void statusesAreClassified_data();
    void statusesAreClassified();
    void transportErrorsAreTransientUnlessSignInIsNeeded_data();
    void transportErrorsAreTransientUnlessSignInIsNeeded();
    void unreadableTwoHundredIsTransient();
    void refusedProofIsTransientRefusedTokenMeansSignIn();
};

void TestResponseClassifier::onlyTwoHundredsSucceed()
{
    QVERIFY(ResponseClassifier::isSuccess(answer(200)));
    QVERIFY(ResponseClassifier::isSuccess(answer(201)));
    QVERIFY(!ResponseClassifier::isSuccess(answer(0)));
    QVERIFY(!ResponseClassifier::isSuccess(answer(199)));
    QVERIFY(!ResponseClassifier::isSuccess(answer(300)));
}

void TestResponseClassifier::statusesAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    for (int status : {400, 404, 409, 410, 422, 405})
        QTest::addRow("%d", status) << status << BusinessRule << QByteArray() << Kind::Rejected << "api-rejected" << qint64(-1);
    QTest::newRow("413") << 413 << QByteArray() << QByteArray() << Kind::Rejected << "api-too-large" << qint64(-1);
    QTest::newRow("401") << 401 << QByteArray() << QByteArray() << Kind::SignInRequired << "api-unauthorized" << qint64(-1);
    QTest::newRow("403") << 403 << QByteArray() << QByteArray() << Kind::SignInRequired << "api-forbidden" << qint64(-1);
    QTest::newRow("408") << 408 << QByteArray() << QByteArray() << Kind::Transient << "api-unavailable" << qint64(-1);
    QTest::newRow("425") << 425 << QByteArray() << QByteArray() << Kind::Transient << "api-unavailable" << qint64(-1);
    QTest::newRow("429 with Retry-After") << 429 << QByteArray() << QByteArray("7") << Kind::Transient << "api-unavailable" << qint64(7000);
    QTest::newRow("503 with date") << 503 << QByteArray() << QByteArray("Sun, 22 Nov 2026 12:01:00 GMT") << Kind::Transient
                                   << "api-unavailable" << qint64(60000);
    QTest::newRow("500 exception") << 500 << Exception << QByteArray() << Kind::Transient << "api-unavailable" << qint64(-1);
    QTest::newRow("500 html") << 500 << QByteArray("<html/>") << QByteArray() << Kind::Transient << "api-unavailable" << qint64(-1);
    // NHN's FHIR API refused content with 500 + business-rule issues (UseCases.md).
    QTest::newRow("500 business rule") << 500 << BusinessRule << QByteArray("5") << Kind::Rejected << "api-rejected" << qint64(-1);
    QTest::newRow("302") << 302 << QByteArray() << QByteArray() << Kind::Transient << "api-unexpected-status" << qint64(-1);
}

void TestResponseClassifier::statusesAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(qint64, retryAfterMs);
    const SubmitOutcome outcome = ResponseClassifier::classifyFailure(answer(status, body, retryAfter), Now);
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.error.code, code);
    QVERIFY(!outcome.error.message.isEmpty());
    QCOMPARE(outcome.retryAfterMs, retryAfterMs < 0 ? std::nullopt : std::optional<qint64>(retryAfterMs));
    // The server's text travels with the outcome (stored encrypted), never in our own message.
    QVERIFY(outcome.serverMessage.startsWith(QByteArray("The registry answered HTTP ").append(QByteArray::number(status))));
    if (body == BusinessRule) {
        QVERIFY(outcome.serverMessage.contains("Ugyldig kode"));
        QVERIFY(!outcome.error.message.contains("Ugyldig kode"));
    }
}

void TestResponseClassifier::transportErrorsAreTransientUnlessSignInIsNeeded_data()
{
    QTest::addColumn<QString>("transportCode");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("network") << "network-error" << Kind::Transient << "api-unreachable";
    QTest::newRow("refresh failed on the network") << "token-network-error" << Kind::Transient << "api-unreachable";
    QTest::newRow("session gone") << "sign-in-required" << Kind::SignInRequired << "api-sign-in-required";
    QTest::newRow("never signed in") << "not-signed-in" << Kind::SignInRequired << "api-sign-in-required";
}

void TestResponseClassifier::transportErrorsAreTransientUnlessSignInIsNeeded()
{
    QFETCH(QString, transportCode);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    Auth::HttpResponse response;
    response.transportError = Error {transportCode, "Operation canceled"};
    const SubmitOutcome outcome = ResponseClassifier::classifyFailure(response, Now);
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.error.code, code);
    QVERIFY(!outcome.retryAfterMs.has_value());
}

void TestResponseClassifier::unreadableTwoHundredIsTransient()
{
    const SubmitOutcome outcome = ResponseClassifier::unreadableAnswer(Error {"api-unreadable-answer", "no id"});
    QCOMPARE(outcome.kind, Kind::Transient);
    QCOMPARE(outcome.error.code, QStringLiteral("api-unreadable-answer"));
}

void TestResponseClassifier::refusedProofIsTransientRefusedTokenMeansSignIn()
{
    const SubmitOutcome proof = ResponseClassifier::classifyFailure(
        answer(401, {}, {}, R"(DPoP error="invalid_dpop_proof", error_description="DPoP proof jti was already used")"), Now);
    QCOMPARE(proof.kind, Kind::Transient);
    QCOMPARE(proof.error.code, QStringLiteral("api-proof-refused"));
    const SubmitOutcome token = ResponseClassifier::classifyFailure(
        answer(401, {}, {}, R"(DPoP error="invalid_token", error_description="token expired")"), Now);
    QCOMPARE(token.kind, Kind::SignInRequired);
    QCOMPARE(token.error.code, QStringLiteral("api-unauthorized"));
    // Issue 9 item 16: hints that lead somewhere. A refused proof is about this computer's clock, not the sign-in;
    // a refused sign-in says what to do and who can help when signing in again does not.
    QVERIFY2(proof.error.message.contains(QStringLiteral("date and time")), qPrintable(proof.error.message));
    QVERIFY(proof.error.message.contains(QStringLiteral("stays in the outbox")));
    QVERIFY2(token.error.message.contains(QStringLiteral("meldeklient-cli login")), qPrintable(token.error.message));
    QVERIFY(token.error.message.contains(QStringLiteral("IT")));
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "TestResponseClassifier.moc"
