#include "core/api/ApiErrorParser.h"
#include "core/common/Translations.h"

#include <QTest>

using namespace Meldeklient::Api;

class TestApiErrorParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationOutcomeBecomesReadableLines();
    void nhnsMixedOutcomeIsNotAContentRefusal();
    void contentRefusalNeedsOnlyContentIssues_data();
    void contentRefusalNeedsOnlyContentIssues();
    void problemJsonBecomesReadableLines();
    void anythingElseGivesTheStatusLineOnly_data();
    void anythingElseGivesTheStatusLineOnly();
    void statusLineIsInTheUsersLanguage();
};

void TestApiErrorParser::operationOutcomeBecomesReadableLines()
{
    const ServerMessage message = ApiErrorParser::parse(422, R"({"resourceType":"OperationOutcome","issue":[
        {"severity":"error","code":"business-rule","details":{"coding":[{"system":"https://github.com/HL7Norway/ElektroniskDodsmelding","code":"0004"}]},
         "diagnostics":"Ugyldig kode for «Blir politiet varslet om unaturlig dødsfall»","expression":["report_unnatural"]},
        {"severity":"error","code":"required","details":{"text":"Dødstidspunkt mangler"}}]})");
    QCOMPARE(message.format, ServerMessage::Format::OperationOutcome);
    QCOMPARE(message.text,
        QStringLiteral("The registry answered HTTP 422 (Unprocessable Content).\n"
                       "- Ugyldig kode for «Blir politiet varslet om unaturlig dødsfall» (report_unnatural) [0004]\n"
                       "- Dødstidspunkt mangler [required]"));
    QCOMPARE(message.codes, (QStringList {"business-rule", "0004", "required"}));
    QVERIFY(message.contentRefused);
}

void TestApiErrorParser::nhnsMixedOutcomeIsNotAContentRefusal()
{
    // UseCases.md: NHN answered 500 with a business-rule issue plus an internal exception.
    const ServerMessage message = ApiErrorParser::parse(500, R"({"resourceType":"OperationOutcome","issue":[
        {"severity":"error","code":"business-rule","details":{"coding":[{"code":"0004"}]},"diagnostics":"Ugyldig kode"},
        {"severity":"error","code":"exception","details":{"coding":[{"code":"5010"}],"text":"Internal processing error."}}]})");
    QVERIFY(!message.contentRefused);
    QVERIFY(message.text.contains("Internal processing error. [5010]"));
    QVERIFY(message.codes.contains("exception"));
}

void TestApiErrorParser::contentRefusalNeedsOnlyContentIssues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("refused");
    QTest::newRow("invalid and value") << QByteArray(R"({"resourceType":"OperationOutcome","issue":[{"code":"invalid"},{"code":"value"}]})") << true;
    QTest::newRow("no issues") << QByteArray(R"({"resourceType":"OperationOutcome","issue":[]})") << false;
    QTest::newRow("throttled") << QByteArray(R"({"resourceType":"OperationOutcome","issue":[{"code":"throttled"}]})") << false;
    QTest::newRow("timeout") << QByteArray(R"({"resourceType":"OperationOutcome","issue":[{"code":"timeout"}]})") << false;
    QTest::newRow("issue without code") << QByteArray(R"({"resourceType":"OperationOutcome","issue":[{"diagnostics":"x"}]})") << false;
    QTest::newRow("problem json") << QByteArray(R"({"title":"Ugyldig","status":500})") << false;
}

void TestApiErrorParser::contentRefusalNeedsOnlyContentIssues()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, refused);
    QCOMPARE(ApiErrorParser::parse(500, body).contentRefused, refused);
}

void TestApiErrorParser::problemJsonBecomesReadableLines()
{
    const ServerMessage message = ApiErrorParser::parse(422, R"({"type":"https://nhn.no/problem/validering","title":"Valideringsfeil",
        "status":422,"detail":"Meldingen har 2 feil.","feil":[
        {"felt":"doedstidspunkt","kode":"fremtidig-tidspunkt","melding":"Dødstidspunktet kan ikke være fram i tid."},
        {"linkId":"causeOfDeath_question_A_code","kode":"ugyldig-kode","melding":"Ukjent ICD-10-kode."}]})");
    QCOMPARE(message.format, ServerMessage::Format::Problem);
    QCOMPARE(message.text,
        QStringLiteral("The registry answered HTTP 422 (Unprocessable Content).\nValideringsfeil\nMeldingen har 2 feil.\n"
                       "- Dødstidspunktet kan ikke være fram i tid. (doedstidspunkt) [fremtidig-tidspunkt]\n"
                       "- Ukjent ICD-10-kode. (causeOfDeath_question_A_code) [ugyldig-kode]"));
    QCOMPARE(message.codes, (QStringList {"https://nhn.no/problem/validering", "fremtidig-tidspunkt", "ugyldig-kode"}));
    QVERIFY(!message.contentRefused);
}

void TestApiErrorParser::anythingElseGivesTheStatusLineOnly_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty 503") << 503 << QByteArray() << "The registry answered HTTP 503 (Service Unavailable).";
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << "The registry answered HTTP 502 (Bad Gateway).";
    QTest::newRow("truncated JSON") << 400 << QByteArray(R"({"resourceType":"OperationOutc)") << "The registry answered HTTP 400 (Bad Request).";
    QTest::newRow("JSON array") << 409 << QByteArray("[1,2]") << "The registry answered HTTP 409 (Conflict).";
    QTest::newRow("unrelated object") << 418 << QByteArray(R"({"teapot":true})") << "The registry answered HTTP 418.";
    QTest::newRow("issues not a list") << 422 << QByteArray(R"({"resourceType":"OperationOutcome","issue":{"code":"invalid"}})")
                                       << "The registry answered HTTP 422 (Unprocessable Content).";
    QTest::newRow("wrong member types") << 422 << QByteArray(R"({"resourceType":"OperationOutcome","issue":[{"code":7,"diagnostics":[1],"expression":"x"}]})")
                                        << "The registry answered HTTP 422 (Unprocessable Content).\n- (no description)";
}

void TestApiErrorParser::anythingElseGivesTheStatusLineOnly()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    const ServerMessage message = ApiErrorParser::parse(status, body);
    QCOMPARE(message.text, text);
    QVERIFY(!message.contentRefused);
}

// Issue 9 item 16: no English reason phrase inside a Bokmål or Nynorsk message.
void TestApiErrorParser::statusLineIsInTheUsersLanguage()
{
    const QList<int> statuses {400, 401, 403, 404, 408, 409, 410, 413, 422, 425, 429, 500, 502, 503, 504};
    QVERIFY(Meldeklient::Translations::install(QStringLiteral("en")));
    QStringList english;
    for (int status : statuses)
        english.append(ApiErrorParser::statusLine(status));
    for (const QString& language : {QStringLiteral("nb"), QStringLiteral("nn")}) {
        QVERIFY(Meldeklient::Translations::install(language));
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            const QString line = ApiErrorParser::statusLine(statuses.at(i));
            QVERIFY2(line != english.at(i), qPrintable(language + u' ' + line));
            QVERIFY(line.startsWith(QStringLiteral("HTTP %1 (").arg(statuses.at(i))));
        }
    }
    QVERIFY(Meldeklient::Translations::install(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestApiErrorParser)
#include "TestApiErrorParser.moc"
