// forms/dodsaarsak.json against NHN's published Questionnaire dodsaarsak_1 and sample QuestionnaireResponse, read
// from MELDEKLIENT_REFERENCE_DIR (never copied into the repository).
#include "FormsCodeSystemResolver.h"
#include "core/questionnaire/CodeSystemUrl.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/questionnaire/QuestionnaireValidator.h"
#include "support/ReferenceData.h"

#include <QFile>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {

// NHN publishes each resource as a markdown page with the request in the first ```json block.
QByteArray firstJsonBlock(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const qsizetype start = text.indexOf("```json");
    if (start < 0)
        return {};
    const qsizetype bodyStart = text.indexOf('\n', start) + 1;
    const qsizetype end = text.indexOf("```", bodyStart);
    return end < 0 ? QByteArray() : text.mid(bodyStart, end - bodyStart);
}

QString describe(const AnswerValue& value)
{
    if (value.type() == ValueType::Coding)
        return CodeSystemUrl::canonical(value.toCoding().system) + "#" + value.toCoding().code;
    return QString(valueTypeSuffix(value.type())) + ":" + value.toText()
        + (value.type() == ValueType::Boolean ? (value.toBoolean() ? "true" : "false") : "");
}

QStringList describeConditions(const QuestionnaireItem& item)
{
    QStringList out;
    for (const EnableWhen& condition : item.enableWhen)
        out << condition.question + " " + EnableWhen::operatorSymbol(condition.op) + " " + describe(condition.answer);
    if (item.enableWhen.size() > 1)
        out << (item.enableBehavior == EnableBehavior::All ? "all" : "any");
    return out;
}

} // namespace

class TestNhnDodsaarsakConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameItemsAsNhn();
    void sameConstraintAsNhn();
    void nhnSampleResponseValidates();

private:
    std::optional<Form> m_ours;
    std::optional<Form> m_nhn;
    Test::FormsCodeSystemResolver m_resolver;
};

void TestNhnDodsaarsakConformance::initTestCase()
{
    Result<Form> ours = Form::fromFile(":/forms/dodsaarsak.json");
    QVERIFY2(ours.isOk(), qPrintable(ours.isOk() ? QString() : ours.error().message));
    m_ours = *ours;
    QVERIFY(m_resolver.load(Test::sourceFile("forms/codesystems")));
    const QString path = Test::referenceFile("nhn-dodsmelding-fhir/sample-QuestionnaireSample.md");
    if (path.isEmpty())
        return; // each test skips with the reason
    // Our engine reads NHN's published form as it is (a conformance check of the loader as well).
    Result<Form> nhn = Form::fromJson(firstJsonBlock(path));
    QVERIFY2(nhn.isOk(), qPrintable(nhn.isOk() ? QString() : nhn.error().message));
    m_nhn = *nhn;
}

void TestNhnDodsaarsakConformance::sameItemsAsNhn()
{
    MELDEKLIENT_REQUIRE_REFERENCE(path, "nhn-dodsmelding-fhir/sample-QuestionnaireSample.md");
    const QList<QuestionnaireItem>& ours = m_ours->items();
    const QList<QuestionnaireItem>& nhn = m_nhn->items();
    QCOMPARE(ours.size(), nhn.size());
    QVERIFY(nhn.size() > 40);
    for (qsizetype i = 0; i < nhn.size(); ++i) {
        const QuestionnaireItem& mine = ours.at(i);
        const QuestionnaireItem& theirs = nhn.at(i);
        const QByteArray where = theirs.linkId.toUtf8();
        QCOMPARE(mine.linkId, theirs.linkId);
        QVERIFY2(mine.type == theirs.type, where.constData());
        QVERIFY2(mine.required == theirs.required, where.constData());
        QVERIFY2(mine.repeats == theirs.repeats, where.constData());
        QVERIFY2(mine.maxLength == theirs.maxLength, where.constData());
        QVERIFY2(mine.readOnly == theirs.readOnly, where.constData());
        const QString parentMine = mine.parent < 0 ? QString() : ours.at(mine.parent).linkId;
        const QString parentTheirs = theirs.parent < 0 ? QString() : nhn.at(theirs.parent).linkId;
        QVERIFY2(parentMine == parentTheirs, where.constData());
        QCOMPARE(mine.answerValueSet, theirs.answerValueSet); // both canonical Volven OID URNs
        QStringList optionsMine;
        QStringList optionsTheirs;
        for (const AnswerOption& option : mine.answerOptions)
            optionsMine << describe(option.value);
        for (const AnswerOption& option : theirs.answerOptions)
            optionsTheirs << describe(option.value);
        QCOMPARE(optionsMine, optionsTheirs);
        QCOMPARE(describeConditions(mine), describeConditions(theirs));
        QCOMPARE(mine.initial, theirs.initial);
    }
}

void TestNhnDodsaarsakConformance::sameConstraintAsNhn()
{
    MELDEKLIENT_REQUIRE_REFERENCE(path, "nhn-dodsmelding-fhir/sample-QuestionnaireSample.md");
    QCOMPARE(m_ours->constraints().size(), m_nhn->constraints().size());
    QCOMPARE(m_nhn->constraints().size(), 1);
    const QuestionnaireConstraint& mine = m_ours->constraints().constFirst();
    const QuestionnaireConstraint& theirs = m_nhn->constraints().constFirst();
    QCOMPARE(mine.key, theirs.key);
    QCOMPARE(mine.severity, theirs.severity);
    QCOMPARE(mine.human, theirs.human);
    QCOMPARE(mine.expression.text(), theirs.expression.text());
}

void TestNhnDodsaarsakConformance::nhnSampleResponseValidates()
{
    MELDEKLIENT_REQUIRE_REFERENCE(path, "nhn-dodsmelding-fhir/sample-QuestionnaireResponseSample.md");
    const QByteArray json = firstJsonBlock(path);
    QVERIFY(!json.isEmpty());
    const Result<QuestionnaireResponse> read = QuestionnaireResponseJson::read(*m_ours, json);
    QVERIFY2(read.isOk(), qPrintable(read.isOk() ? QString() : read.error().message));
    const QuestionnaireResponse& response = *read;
    QCOMPARE(response.status(), QuestionnaireResponse::Status::Completed);
    QCOMPARE(response.text("timeOfDeath").value_or(QString()), "10:00:00");
    QCOMPARE(response.coding("causeOfDeath_question_A_code")->code, "A010");
    QCOMPARE(response.coding("municipality")->code, "0301");

    const QList<ValidationIssue> issues = QuestionnaireValidator(*m_ours, &m_resolver).validate(response);
    for (const ValidationIssue& issue : issues) {
        qInfo() << ValidationIssue::severityName(issue.severity) << issue.rule << issue.linkId;
        QVERIFY2(!issue.isError(), qPrintable(issue.rule + " " + issue.linkId));
    }
    // ICD-10 and municipalities are not loaded here: those two codes can only be flagged as not verified.
    QCOMPARE(issues.size(), 2);
    // The same response against NHN's own form is just as clean.
    const Result<QuestionnaireResponse> againstNhn = QuestionnaireResponseJson::read(*m_nhn, json);
    QVERIFY(againstNhn.isOk());
    for (const ValidationIssue& issue : QuestionnaireValidator(*m_nhn, &m_resolver).validate(*againstNhn))
        QVERIFY2(!issue.isError(), qPrintable(issue.rule + " " + issue.linkId));

    // Writing it back keeps every answer (none is hidden) and reads back the same.
    const QByteArray written = QuestionnaireResponseJson::writeJson(*m_ours, response);
    const Result<QuestionnaireResponse> reread = QuestionnaireResponseJson::read(*m_ours, written);
    QVERIFY(reread.isOk());
    QCOMPARE(*reread, response);
    QCOMPARE(reread->answeredLinkIds().size(), 11);
}

QTEST_GUILESS_MAIN(TestNhnDodsaarsakConformance)
#include "TestNhnDodsaarsakConformance.moc"
