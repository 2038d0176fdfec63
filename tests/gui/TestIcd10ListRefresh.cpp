#include "GuiHarness.h"

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/questionnaire/Icd10CompletionModel.h"
#include "gui/CodeListUpdateStatus.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/forms/DeathCauseFormWidget.h"
#include "gui/forms/Icd10CodeEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;
using Codes::CodeListUpdater;

// A newer ICD-10 list installed by the background check (CodeListUpdater through the sandbox's KoTe route) is used by
// the running window at once: the completer offers its new code and the cause checks know it, while what the doctor
// had typed stays where it was.
class TestIcd10ListRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNewListIsUsedWithoutARestart();

private:
    // Runs the check on `status` and returns its outcome (Kept when it never finished).
    static CodeListUpdater::Outcome check(CodeListUpdateStatus& status, const QUrl& url);
    static bool reportsUnknownCode(const QuestionnaireForm& form, const QString& linkId);

    Test::GuiHarness m_harness;
};

void TestIcd10ListRefresh::initTestCase()
{
    qRegisterMetaType<Meldeklient::Codes::CodeListUpdater::Outcome>();
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
}

CodeListUpdater::Outcome TestIcd10ListRefresh::check(CodeListUpdateStatus& status, const QUrl& url)
{
    QSignalSpy finished(&status, &CodeListUpdateStatus::checkFinished);
    status.startNow(url);
    if (!finished.wait(30000))
        return CodeListUpdater::Outcome::Kept;
    return finished.constFirst().at(0).value<CodeListUpdater::Outcome>();
}

bool TestIcd10ListRefresh::reportsUnknownCode(const QuestionnaireForm& form, const QString& linkId)
{
    for (const Questionnaire::ValidationIssue& issue : form.issues()) {
        if (issue.rule == u"icd-unknown-code" && issue.linkId == linkId)
            return true;
    }
    return false;
}

void TestIcd10ListRefresh::aNewListIsUsedWithoutARestart()
{
    const QUrl url(m_harness.sandbox.issuer().toString() + QStringLiteral("/kote/api/code-systems/ICD10/download/JSON"));
    // The list the window starts with: the sandbox's KoTe file as it is.
    {
        CodeListUpdateStatus first;
        QCOMPARE(check(first, url), CodeListUpdater::Outcome::Updated);
    }
    std::unique_ptr<Session::Session> session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DeathCauseFormWidget* causes = window.notificationFlow()->causesForm();
    const QString lineA = QStringLiteral("causeOfDeath_question_A_code");
    const QString lineB = QStringLiteral("causeOfDeath_question_B_code");
    auto* codeA = causes->findChild<Icd10CodeEdit*>(lineA);
    auto* codeB = causes->findChild<Icd10CodeEdit*>(lineB);
    QVERIFY(codeA && codeB);

    // The list in use: J18.9 is offered, U99.9 is unknown.
    QTest::keyClicks(codeA, QStringLiteral("J18"));
    QTRY_VERIFY(codeA->completionModel()->rowCount() > 0);
    codeA->clear();
    QTest::keyClicks(codeB, QStringLiteral("U99.9"));
    causes->validate();
    QVERIFY2(reportsUnknownCode(*causes, lineB), "U99.9 is not in the first list");
    codeA->setFocus();
    QTest::keyClicks(codeA, QStringLiteral("U99"));
    QCOMPARE(codeA->completionModel()->rowCount(), 0);

    // KoTe publishes a list with U99.9; the window's own check installs it while the doctor has "U99" typed.
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("codes/faults"), {{QStringLiteral("kote"), QStringLiteral("changed")}})
                .ok());
    QCOMPARE(check(*window.codeListUpdateStatus(), url), CodeListUpdater::Outcome::Updated);
    QVERIFY2(window.codeListUpdateStatus()->text().contains(QStringLiteral("icd10-no-2027")),
        qPrintable(window.codeListUpdateStatus()->text()));

    // What was typed stays; the completer offers the new code from the same query; the check knows it.
    QCOMPARE(codeA->text(), QStringLiteral("U99"));
    QCOMPARE(codeB->text(), QStringLiteral("U99.9"));
    Questionnaire::Icd10CompletionModel* hits = codeA->completionModel();
    QVERIFY(hits->rowCount() > 0);
    const QString stored = Codes::CodeSystemUrl::normalizedCode(Codes::CodeSystemUrl::icd10.toString(), QStringLiteral("U99.9"));
    QCOMPARE(hits->index(0, 0).data(Questionnaire::Icd10CompletionModel::CodeRole).toString(), stored);
    QVERIFY2(!reportsUnknownCode(*causes, lineB), "the cause check uses the new list");
    QCOMPARE(codeB->codeLabel(), QStringLiteral("Ny kode i samme fil (fiktiv)"));

    // The doctor types on and takes the new code from the list with Enter.
    QSignalSpy chosen(codeA, &Icd10CodeEdit::codeChosen);
    QTest::keyClicks(codeA, QStringLiteral(".9"));
    QTRY_VERIFY(codeA->codeCompleter()->popup()->isVisible());
    QTest::keyClick(codeA->codeCompleter()->popup(), Qt::Key_Return);
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().at(0).toString(), stored);
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("codes/faults"), {{QStringLiteral("kote"), QJsonValue()}}).ok());
}

QTEST_MAIN(TestIcd10ListRefresh)
#include "TestIcd10ListRefresh.moc"
