// The birth transport "folkeregisteret-mottak": the request is the frozen foedselsmelding as it is, the 202 receipt
// is read strictly, and Folkeregisteret's error answers go through the one classifier with the register's words.
#include "core/api/ApiErrorParser.h"
#include "core/api/FolkeregisteretMottakTransport.h"
#include "core/api/ResponseClassifier.h"

#include <QTest>

using namespace Meldeklient;
using Meldeklient::Api::FolkeregisteretMottakTransport;
using Kind = Meldeklient::Api::SubmitOutcome::Kind;

namespace {
const QByteArray Message = R"(<?xml version="1.0" encoding="UTF-8"?>
<foedselsmelding xmlns="folkeregisteret:melding:nyfolkeregisterperson:foedselsmelding:v1"><innsending><avsendersMeldingsidentifikator>b7-2</avsendersMeldingsidentifikator><avsendersInnsendingstidspunkt>2026-12-06T10:00:00+01:00</avsendersInnsendingstidspunkt></innsending><forespoersel/></foedselsmelding>)";

QByteArray receipt(const QByteArray& reference, const QByteArray& messageId = "b7-2")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><meldingMottatt><folkeregisterReferanse>" + reference
        + "</folkeregisterReferanse><avsendersMeldingsidentifikator>" + messageId
        + "</avsendersMeldingsidentifikator></meldingMottatt>";
}

QByteArray feilmelding(int status, const QByteArray& code, const QByteArray& text)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><folkeregisterFeilmelding><httpStatus>"
        + QByteArray::number(status) + "</httpStatus><alvorlighetsgrad>FEIL</alvorlighetsgrad><feilkode>" + code
        + "</feilkode><feilmelding>" + text + "</feilmelding></folkeregisterFeilmelding>";
}

Auth::HttpResponse answer(int status, const QByteArray& body)
{
    Auth::HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}
} // namespace

class TestFolkeregisteretMottakTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheFrozenMessageAsItIs();
    void refusesAPayloadThatIsNoFoedselsmelding_data();
    void refusesAPayloadThatIsNoFoedselsmelding();
    void readsTheReceipt();
    void refusesUnusableReceipts_data();
    void refusesUnusableReceipts();
    void feedRequestAsksFromThePosition();
    void errorsAreClassifiedWithTheRegistersWords_data();
    void errorsAreClassifiedWithTheRegistersWords();
};

void TestFolkeregisteretMottakTransport::rendersTheFrozenMessageAsItIs()
{
    const auto first = FolkeregisteretMottakTransport::render(Message);
    QVERIFY(first);
    QCOMPARE(first->method, QByteArray("POST"));
    QCOMPARE(first->path, QStringLiteral("/folkeregisteret/mottak/api/foedsel_v1"));
    QCOMPARE(first->contentType, QByteArray("application/xml; charset=utf-8"));
    QCOMPARE(first->body, Message);                 // byte for byte what was frozen at enqueue
    QCOMPARE(first->idempotencyKey, QStringLiteral("b7-2")); // the register's idempotency key
    QVERIFY(first->query.isEmpty());
    const auto second = FolkeregisteretMottakTransport::render(Message);
    QCOMPARE(second->body, first->body);
    QCOMPARE(FolkeregisteretMottakTransport::messageIdOf(Message), QStringLiteral("b7-2"));
}

void TestFolkeregisteretMottakTransport::refusesAPayloadThatIsNoFoedselsmelding_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("json (a death's submission)") << QByteArray(R"({"format":"meldeklient-submission"})");
    QTest::newRow("another root") << QByteArray("<doedsmelding><avsendersMeldingsidentifikator>x</avsendersMeldingsidentifikator></doedsmelding>");
    QTest::newRow("no message id") << QByteArray("<foedselsmelding><innsending/></foedselsmelding>");
    QTest::newRow("empty message id")
        << QByteArray("<foedselsmelding><innsending><avsendersMeldingsidentifikator> </avsendersMeldingsidentifikator></innsending></foedselsmelding>");
}

void TestFolkeregisteretMottakTransport::refusesAPayloadThatIsNoFoedselsmelding()
{
    QFETCH(QByteArray, payload);
    const auto request = FolkeregisteretMottakTransport::render(payload);
    QVERIFY(!request);
    QCOMPARE(request.error().code, QStringLiteral("api-payload-invalid"));
}

void TestFolkeregisteretMottakTransport::readsTheReceipt()
{
    const auto read = FolkeregisteretMottakTransport::parseReceipt(receipt("0c8e7a52-1111-4d2e-9a44-7e1f0b7c9d31"), "b7-2");
    QVERIFY(read);
    QCOMPARE(read->id, QStringLiteral("0c8e7a52-1111-4d2e-9a44-7e1f0b7c9d31"));
}

void TestFolkeregisteretMottakTransport::refusesUnusableReceipts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("json") << QByteArray(R"({"folkeregisterReferanse":"x"})");
    QTest::newRow("an error body") << feilmelding(400, "ugyldig-melding", "Feil");
    QTest::newRow("no reference") << QByteArray("<meldingMottatt><avsendersMeldingsidentifikator>b7-2</avsendersMeldingsidentifikator></meldingMottatt>");
    QTest::newRow("empty reference") << receipt("");
    QTest::newRow("another message's receipt") << receipt("0c8e7a52", "b7-3");
    QTest::newRow("not well-formed") << QByteArray("<meldingMottatt><folkeregisterReferanse>x</meldingMottatt>");
    QTest::newRow("reference too long") << receipt(QByteArray(201, 'a'));
}

void TestFolkeregisteretMottakTransport::refusesUnusableReceipts()
{
    QFETCH(QByteArray, body);
    const auto read = FolkeregisteretMottakTransport::parseReceipt(body, QStringLiteral("b7-2"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("api-unreadable-answer"));
    // A 2xx the client cannot read is asked again (the idempotent resend returns the receipt), never "accepted".
    QCOMPARE(Api::ResponseClassifier::unreadableAnswer(read.error()).kind, Kind::Transient);
}

void TestFolkeregisteretMottakTransport::feedRequestAsksFromThePosition()
{
    const Api::ApiRequest request = FolkeregisteretMottakTransport::feedRequest({42, "\"7-42\""});
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/folkeregisteret/tilbakemelding/api/v2/hendelser"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("seq")), QStringLiteral("42"));
    QVERIFY(request.body.isEmpty());
}

void TestFolkeregisteretMottakTransport::errorsAreClassifiedWithTheRegistersWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("400 fails the XSD") << 400 << feilmelding(400, "ugyldig-melding", "Følger ikke XSD")
                                       << int(Kind::Rejected) << "ugyldig-melding";
    QTest::newRow("409 message id reused") << 409 << feilmelding(409, "meldingsidentifikator-gjenbrukt", "Brukt")
                                           << int(Kind::Rejected) << "meldingsidentifikator-gjenbrukt";
    QTest::newRow("500") << 500 << feilmelding(500, "midlertidig-feil", "Utilgjengelig") << int(Kind::Transient)
                         << "midlertidig-feil";
    QTest::newRow("429") << 429 << feilmelding(429, "for-mange-kall", "For mange") << int(Kind::Transient)
                         << "for-mange-kall";
}

void TestFolkeregisteretMottakTransport::errorsAreClassifiedWithTheRegistersWords()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const Api::ServerMessage message = Api::ApiErrorParser::parse(status, body);
    QCOMPARE(message.format, Api::ServerMessage::Format::FolkeregisterFeilmelding);
    QVERIFY(message.codes.contains(code));
    const Api::SubmitOutcome outcome = Api::ResponseClassifier::classifyFailure(answer(status, body), QDateTime::currentDateTimeUtc());
    QCOMPARE(int(outcome.kind), kind);
    // The register's own words reach the midwife (stored encrypted as the server message).
    QVERIFY2(QString::fromUtf8(outcome.serverMessage).contains(code), outcome.serverMessage.constData());
}

QTEST_GUILESS_MAIN(TestFolkeregisteretMottakTransport)
#include "TestFolkeregisteretMottakTransport.moc"
