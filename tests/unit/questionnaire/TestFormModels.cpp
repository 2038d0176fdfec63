// The list models the GUI shows: the validation issues (roles, one reset per update) and the ICD-10 completion
// (top N hits of the core's index, one reset per query, never the whole list), both checked by
// QAbstractItemModelTester.
#include "core/codes/IrisIcd10Importer.h"
#include "core/questionnaire/Icd10CompletionModel.h"
#include "core/questionnaire/ValidationIssueModel.h"
#include "unit/codes/CodesFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;

class TestFormModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueModelRoles();
    void issueModelResetsOncePerChange();
    void completionShowsTopHitsOfTheIndex();
    void completionResetsPerQueryAndClears();
    void completionWithoutIndexIsEmpty();
};

void TestFormModels::issueModelRoles()
{
    ValidationIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ValidationIssue error {ValidationIssue::Severity::Error, QStringLiteral("q-required"),
        QStringLiteral("death_date"), QStringLiteral("This field must be filled in.")};
    const ValidationIssue warning {ValidationIssue::Severity::Warning, QStringLiteral("cause-chain-gap"),
        QStringLiteral("causeOfDeath_question_C_code"), QStringLiteral("Gap")};
    model.setIssues({error, warning});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), error.message);
    QCOMPARE(first.data(ValidationIssueModel::RuleRole).toString(), QStringLiteral("q-required"));
    QCOMPARE(first.data(ValidationIssueModel::LinkIdRole).toString(), QStringLiteral("death_date"));
    QCOMPARE(first.data(ValidationIssueModel::IsErrorRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(ValidationIssueModel::IsErrorRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(ValidationIssueModel::SeverityRole).toInt(),
        static_cast<int>(ValidationIssue::Severity::Warning));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"cause-chain-gap"));
    QVERIFY(model.roleNames().values().contains("linkId"));
}

void TestFormModels::issueModelResetsOncePerChange()
{
    ValidationIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QList<ValidationIssue> issues {
        {ValidationIssue::Severity::Error, QStringLiteral("r"), {}, QStringLiteral("m")}};
    model.setIssues(issues);
    model.setIssues(issues); // unchanged: views are not disturbed
    QCOMPARE(resets.size(), 1);
    model.setIssues({});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestFormModels::completionShowsTopHitsOfTheIndex()
{
    const Result<Codes::CodeList> list
        = Codes::IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent());
    QVERIFY(list);
    const Codes::Icd10Index index(list.value());
    Icd10CompletionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchIndex(&index);
    model.setLimit(2);
    model.setQuery(QStringLiteral("I2"));
    QCOMPARE(model.rowCount(), 2); // I219 and I2190 (limit 2)
    QCOMPARE(model.index(0, 0).data(Icd10CompletionModel::CodeRole).toString(), QStringLiteral("I219"));
    QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("I21.9"));
    QVERIFY(model.index(0, 0).data().toString().startsWith(u"I21.9  Acute heart infarction"));
    model.setLimit(10);
    model.setQuery(QStringLiteral("heart"));
    QCOMPARE(model.rowCount(), index.search(u"heart", 10).size());
    QVERIFY(model.rowCount() >= 3);
    QVERIFY(model.rowCount() < index.list().size());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(Icd10CompletionModel::LabelRole).toString().contains(u"eart"));
}

void TestFormModels::completionResetsPerQueryAndClears()
{
    const Result<Codes::CodeList> list = Codes::IrisIcd10Importer::import(Test::irisValidCodes());
    QVERIFY(list);
    const Codes::Icd10Index index(list.value());
    Icd10CompletionModel model;
    model.setSearchIndex(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QStringLiteral("i"));
    model.setQuery(QStringLiteral("i2"));
    model.setQuery(QStringLiteral("i21"));
    QCOMPARE(resets.size(), 3);
    QCOMPARE(model.hit(0).code, QStringLiteral("I219"));
    model.setQuery(QStringLiteral("   "));
    QCOMPARE(model.rowCount(), 0);
}

void TestFormModels::completionWithoutIndexIsEmpty()
{
    Icd10CompletionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("I21"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFormModels)
#include "TestFormModels.moc"
