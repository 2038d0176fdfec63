// The application's forms load from the embedded resources, and dodsfall.json's identifier-rule extension is applied
// by the Questionnaire validator (q-identifier) and refused at load when its code is unknown.
#include "core/questionnaire/FormRegistry.h"
#include "core/questionnaire/IdentifierRule.h"
#include "core/questionnaire/QuestionnaireValidator.h"
#include "unit/questionnaire/QuestionnaireTestData.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;

namespace {
QList<ValidationIssue> identifierIssues(const FormRegistry& forms, const QString& number)
{
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(forms.dodsfall());
    response.setAnswer(QStringLiteral("deceased_identifier"), AnswerValue::fromString(number));
    QList<ValidationIssue> result;
    for (const ValidationIssue& issue : QuestionnaireValidator(forms.dodsfall()).validate(response)) {
        if (issue.linkId == u"deceased_identifier")
            result.append(issue);
    }
    return result;
}
} // namespace

class TestFormRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsBothFormsFromTheResources();
    void identifierRuleIsCarriedByDodsfall();
    void identifierRuleAcceptsFnrAndDnr_data();
    void identifierRuleAcceptsFnrAndDnr();
    void identifierRuleRefusesAuxiliaryAndInvalidNumbers_data();
    void identifierRuleRefusesAuxiliaryAndInvalidNumbers();
    void identifierRuleDoesNotApplyToHiddenItem();
    void unknownIdentifierRuleCodeIsRefusedAtLoad();
};

void TestFormRegistry::loadsBothFormsFromTheResources()
{
    const Result<FormRegistry> forms = FormRegistry::load();
    QVERIFY2(forms, forms ? "" : qPrintable(forms.error().message));
    QCOMPARE(forms->dodsfall().name(), QStringLiteral("dodsfall"));
    QVERIFY(forms->dodsfall().item(QStringLiteral("deceased_identifier")) != nullptr);
    QVERIFY(forms->dodsaarsak().item(QStringLiteral("causeOfDeath_question_A_code")) != nullptr);
    QCOMPARE(FormRegistry::resourcePath(FormRegistry::Form::Dodsaarsak), QStringLiteral(":/forms/dodsaarsak.json"));
    // A copy shares the loaded forms, so validators holding references stay valid.
    const FormRegistry copy = forms.value();
    QCOMPARE(&copy.dodsfall(), &forms->dodsfall());
}

void TestFormRegistry::identifierRuleIsCarriedByDodsfall()
{
    const Result<FormRegistry> forms = FormRegistry::load();
    QVERIFY(forms);
    const QuestionnaireItem* item = forms->dodsfall().item(QStringLiteral("deceased_identifier"));
    QVERIFY(item != nullptr);
    QCOMPARE(identifierRuleOf(*item), std::optional(IdentifierRule::FnrOrDnr));
    QCOMPARE(identifierRuleOf(*forms->dodsfall().item(QStringLiteral("foreign_id"))), std::nullopt);
}

void TestFormRegistry::identifierRuleAcceptsFnrAndDnr_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("fødselsnummer") << QStringLiteral("24047230752");
    QTest::newRow("D-nummer") << QStringLiteral("64047230746");
    QTest::newRow("synthetic (the environment decides)") << QStringLiteral("24847230718");
}

void TestFormRegistry::identifierRuleAcceptsFnrAndDnr()
{
    QFETCH(QString, number);
    const Result<FormRegistry> forms = FormRegistry::load();
    QVERIFY(forms);
    QCOMPARE(identifierIssues(forms.value(), number).size(), 0);
}

void TestFormRegistry::identifierRuleRefusesAuxiliaryAndInvalidNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("H-nummer") << QStringLiteral("24447230735") << QStringLiteral("auxiliary");
    QTest::newRow("FH-nummer") << QStringLiteral("81234567802") << QStringLiteral("auxiliary");
    QTest::newRow("check digit") << QStringLiteral("24047230753") << QStringLiteral("not valid");
    QTest::newRow("too short") << QStringLiteral("2404723075") << QStringLiteral("not valid");
}

void TestFormRegistry::identifierRuleRefusesAuxiliaryAndInvalidNumbers()
{
    QFETCH(QString, number);
    QFETCH(QString, expectedWord);
    const Result<FormRegistry> forms = FormRegistry::load();
    QVERIFY(forms);
    const QList<ValidationIssue> issues = identifierIssues(forms.value(), number);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().rule, QStringLiteral("q-identifier"));
    QVERIFY(issues.first().isError());
    QVERIFY2(issues.first().message.contains(expectedWord), qPrintable(issues.first().message));
    QVERIFY2(!issues.first().message.contains(number.left(6)), "the message must not quote the number");
}

void TestFormRegistry::identifierRuleDoesNotApplyToHiddenItem()
{
    const Result<FormRegistry> forms = FormRegistry::load();
    QVERIFY(forms);
    QuestionnaireResponse response = QuestionnaireResponse::withInitialValues(forms->dodsfall());
    response.setAnswer(QStringLiteral("deceased_has_norwegian_id"), AnswerValue::fromBoolean(false));
    response.setAnswer(QStringLiteral("deceased_identifier"), AnswerValue::fromString(QStringLiteral("24447230735")));
    for (const ValidationIssue& issue : QuestionnaireValidator(forms->dodsfall()).validate(response))
        QVERIFY2(issue.rule != u"q-identifier", "a hidden identifier is not checked");
}

void TestFormRegistry::unknownIdentifierRuleCodeIsRefusedAtLoad()
{
    const QByteArray items = "[{\"linkId\":\"id\",\"type\":\"string\",\"extension\":[{\"url\":\""
        + QByteArray(identifierRuleUrl.data(), identifierRuleUrl.size()) + "\",\"valueCode\":\"passport\"}]}]";
    const Result<Meldeklient::Questionnaire::Questionnaire> loaded
        = Meldeklient::Questionnaire::Questionnaire::fromJson(Test::questionnaireJson(items));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("questionnaire-bad-extension"));
    QVERIFY(loaded.error().message.contains(u"identifier-rule"));
}

QTEST_GUILESS_MAIN(TestFormRegistry)
#include "TestFormRegistry.moc"
