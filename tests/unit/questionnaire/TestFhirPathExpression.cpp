#include "core/questionnaire/FhirPathExpression.h"

#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;

namespace {

const QString nhnConstraint
    = "%resource.repeat(item).where(linkId='3_causeOfDeath_group').item.where(answer.hasValue()).count() > 0";

QJsonObject response(const QByteArray& causeItems)
{
    return QJsonDocument::fromJson(R"({"resourceType":"QuestionnaireResponse","status":"completed","item":[
        {"linkId":"1_timeOfDeath_group","item":[{"linkId":"timeOfDeath","answer":[{"valueTime":"10:00:00"}]}]},
        {"linkId":"3_causeOfDeath_group","item":)"
        + causeItems + "}]}")
        .object();
}

FhirPathExpression parse(const QString& text)
{
    Result<FhirPathExpression> parsed = FhirPathExpression::parse(text);
    if (!parsed)
        qFatal("%s does not parse: %s", qPrintable(text), qPrintable(parsed.error().message));
    return std::move(parsed).value();
}

} // namespace

class TestFhirPathExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nhnConstraintHolds();
    void nhnConstraintFails_data();
    void nhnConstraintFails();
    void evaluates_data();
    void evaluates();
    void rejects_data();
    void rejects();
    void emptyExpressionIsNeverTrue();
};

void TestFhirPathExpression::nhnConstraintHolds()
{
    const FhirPathExpression expression = parse(nhnConstraint);
    QCOMPARE(expression.text(), nhnConstraint);
    QVERIFY(expression.isTrue(
        response(R"([{"linkId":"causeOfDeath_question_A_text","answer":[{"valueString":"Sepsis"}]}])")));
    QVERIFY(expression.isTrue(response(R"([{"linkId":"causeOfDeath_question_secondary_code","answer":[
        {"valueCoding":{"code":"I10"}},{"valueCoding":{"code":"E119"}}]}])")));
    QCOMPARE(expression.evaluate(response(
                 R"([{"linkId":"a","answer":[{"valueString":"x"}]},{"linkId":"b","answer":[{"valueString":"y"}]}])")),
        QJsonArray {true});
}

void TestFhirPathExpression::nhnConstraintFails_data()
{
    QTest::addColumn<QByteArray>("causeItems");
    QTest::newRow("no cause items") << QByteArray("[]");
    QTest::newRow("answer without value")
        << QByteArray(R"([{"linkId":"causeOfDeath_question_A_text","answer":[{"id":"1"}]}])");
    QTest::newRow("item without answer") << QByteArray(R"([{"linkId":"causeOfDeath_question_A_text"}])");
}

void TestFhirPathExpression::nhnConstraintFails()
{
    QFETCH(QByteArray, causeItems);
    QVERIFY(!parse(nhnConstraint).isTrue(response(causeItems)));
    // Without the cause group at all.
    QVERIFY(!parse(nhnConstraint).isTrue(QJsonObject {{"resourceType", "QuestionnaireResponse"}}));
}

void TestFhirPathExpression::evaluates_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("expected"); // JSON array
    const QByteArray cause = R"([{"linkId":"causeOfDeath_question_A_text","answer":[{"valueString":"Sepsis"}]}])";
    QTest::newRow("repeat finds nested items") << "%resource.repeat(item).count()" << QByteArray("[4]");
    QTest::newRow("item is one level") << "%resource.item.count()" << QByteArray("[2]");
    QTest::newRow("linkIds") << "%resource.item.linkId"
                             << QByteArray(R"(["1_timeOfDeath_group","3_causeOfDeath_group"])");
    QTest::newRow("where on linkId") << "%resource.repeat(item).where(linkId='timeOfDeath').answer.count()"
                                     << QByteArray("[1]");
    QTest::newRow("exists") << "%resource.repeat(item).where(linkId='timeOfDeath').exists()" << QByteArray("[true]");
    QTest::newRow("empty") << "%resource.repeat(item).where(linkId='none').empty()" << QByteArray("[true]");
    QTest::newRow("not") << "%resource.repeat(item).where(linkId='none').exists().not()" << QByteArray("[true]");
    QTest::newRow("not of empty is empty")
        << "%resource.repeat(item).where(linkId='none').linkId.not()" << QByteArray("[]");
    QTest::newRow("and") << "%resource.item.exists() and %resource.item.count() = 2" << QByteArray("[true]");
    QTest::newRow("and false") << "%resource.item.exists() and %resource.item.count() = 3" << QByteArray("[false]");
    QTest::newRow("or") << "%resource.item.count() = 3 or %resource.item.count() >= 2" << QByteArray("[true]");
    QTest::newRow("or with empty") << "%resource.text = 'x' or false" << QByteArray("[]");
    QTest::newRow("and with empty is false") << "%resource.text = 'x' and false" << QByteArray("[false]");
    QTest::newRow("comparisons") << "(1 < 2) and (2 <= 2) and (3 > 2) and (3 >= 3) and (1 != 2) and ('a' < 'b')"
                                 << QByteArray("[true]");
    QTest::newRow("decimal literal") << "%resource.item.count() > 1.5" << QByteArray("[true]");
    QTest::newRow("comparison with empty") << "%resource.text > 1" << QByteArray("[]");
    QTest::newRow("string escape") << "'it\\'s' = 'it\\'s'" << QByteArray("[true]");
    QTest::newRow("where with or")
        << "%resource.repeat(item).where(linkId='timeOfDeath' or linkId='causeOfDeath_question_A_text').count()"
        << QByteArray("[2]");
    QTest::newRow("hasValue on primitive") << "%resource.item.linkId.hasValue()" << QByteArray("[true]");
    QTest::newRow("hasValue on nothing") << "%resource.text.hasValue()" << QByteArray("[false]");
}

void TestFhirPathExpression::evaluates()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, expected);
    const QJsonObject resource
        = response(R"([{"linkId":"causeOfDeath_question_A_text","answer":[{"valueString":"Sepsis"}]}])");
    QCOMPARE(parse(expression).evaluate(resource), QJsonDocument::fromJson(expected).array());
}

void TestFhirPathExpression::rejects_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("code");
    QTest::newRow("unsupported function") << "%resource.item.first()"
                                          << "fhirpath-unsupported";
    QTest::newRow("descendants") << "%resource.descendants().count() > 0"
                                 << "fhirpath-unsupported";
    QTest::newRow("unknown element") << "%resource.subject.exists()"
                                     << "fhirpath-unsupported";
    QTest::newRow("other variable") << "%context.item.exists()"
                                    << "fhirpath-unsupported";
    QTest::newRow("arithmetic") << "%resource.item.count() + 1 > 0"
                                << "fhirpath-unsupported";
    QTest::newRow("xor") << "true xor false"
                         << "fhirpath-unsupported";
    QTest::newRow("implies") << "true implies false"
                             << "fhirpath-unsupported";
    QTest::newRow("indexer") << "%resource.item[0].exists()"
                             << "fhirpath-unsupported";
    QTest::newRow("double-quoted string") << "%resource.item.where(linkId=\"a\")"
                                          << "fhirpath-unsupported";
    QTest::newRow("exists with criteria") << "%resource.item.exists(linkId='a')"
                                          << "fhirpath-unsupported";
    QTest::newRow("where without argument") << "%resource.item.where()"
                                            << "fhirpath-unsupported";
    QTest::newRow("chained comparison") << "1 < 2 < 3"
                                        << "fhirpath-unsupported";
    QTest::newRow("unicode escape") << "'\\u0041' = 'A'"
                                    << "fhirpath-unsupported";
    QTest::newRow("deep nesting") << QString(100, u'(') + "true" + QString(100, u')') << "fhirpath-unsupported";
    QTest::newRow("unterminated string") << "linkId = 'abc"
                                         << "fhirpath-syntax";
    QTest::newRow("missing parenthesis") << "%resource.item.where(linkId='a'"
                                         << "fhirpath-syntax";
    QTest::newRow("dangling dot") << "%resource."
                                  << "fhirpath-syntax";
    QTest::newRow("trailing token") << "true true"
                                    << "fhirpath-syntax";
    QTest::newRow("empty") << ""
                           << "fhirpath-syntax";
}

void TestFhirPathExpression::rejects()
{
    QFETCH(QString, expression);
    QFETCH(QString, code);
    const Result<FhirPathExpression> parsed = FhirPathExpression::parse(expression);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestFhirPathExpression::emptyExpressionIsNeverTrue()
{
    QVERIFY(!FhirPathExpression().isTrue(QJsonObject {{"resourceType", "QuestionnaireResponse"}}));
}

QTEST_GUILESS_MAIN(TestFhirPathExpression)
#include "TestFhirPathExpression.moc"
