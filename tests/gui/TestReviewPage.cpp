// The review page: the answers in the legeerklæring's sections with "Endre" back to each, errors listed as
// blocking, and each warning with its own confirmation, readable for the submission record.
#include "FormsTestSetup.h"
#include "core/common/Translations.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "gui/forms/ReviewPage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;
using Questionnaire::AnswerValue;
using Questionnaire::ValidationIssue;

namespace {
ValidationIssue issue(ValidationIssue::Severity severity, const char* rule, const char* linkId, const char* message)
{
    return ValidationIssue {
        severity, QString::fromLatin1(rule), QString::fromLatin1(linkId), QString::fromUtf8(message)};
}
const ValidationIssue sexConflict = issue(ValidationIssue::Severity::Warning, "icd-sex-conflict",
    "causeOfDeath_question_A_code", "C56 is a code for women only.");
const ValidationIssue chainGap = issue(ValidationIssue::Severity::Warning, "cause-chain-gap",
    "causeOfDeath_question_C_code", "Line C is filled in but B is empty.");
const ValidationIssue police = issue(
    ValidationIssue::Severity::Warning, "unnatural-notify-police", "report_unnatural", "Notify the police (02800).");
const ValidationIssue missingDate
    = issue(ValidationIssue::Severity::Error, "q-required", "death_date", "This field must be filled in.");
} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachWarningHasItsOwnConfirmation();
    void errorsBlockSendingEvenWithEveryWarningConfirmed();
    void confirmationsSurviveARecheck();
    void showsAnswersWithEndreLinks();

private:
    std::unique_ptr<Test::FormsTestSetup> m_setup;
};

void TestReviewPage::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("nb")));
    m_setup = std::make_unique<Test::FormsTestSetup>();
}

void TestReviewPage::eachWarningHasItsOwnConfirmation()
{
    ReviewPage page;
    page.show();
    QSignalSpy canSend(&page, &ReviewPage::canSendChanged);
    page.setIssues({sexConflict, chainGap, police});
    QVERIFY(!page.canSend());
    QVERIFY(page.findChild<QGroupBox*>(QStringLiteral("reviewWarnings"))->isVisible());
    QVERIFY(!page.findChild<QGroupBox*>(QStringLiteral("reviewErrors"))->isVisible());
    QList<QCheckBox*> boxes;
    for (int i = 0; i < 3; ++i) {
        auto* box = page.findChild<QCheckBox*>(QStringLiteral("warningConfirm_%1").arg(i));
        QVERIFY(box != nullptr);
        QVERIFY(!box->isChecked());
        boxes.append(box);
    }
    QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("warningConfirm_3")) == nullptr);
    QVERIFY(boxes.at(0)->accessibleDescription().contains(sexConflict.message));
    // Confirming one does not confirm the others.
    boxes.at(0)->setFocus();
    QTest::keyClick(boxes.at(0), Qt::Key_Space);
    QCOMPARE(page.confirmedWarnings(), QList<ValidationIssue> {sexConflict});
    QVERIFY(!page.canSend());
    QTest::keyClick(boxes.at(2), Qt::Key_Space);
    QCOMPARE(page.confirmedWarnings(), (QList<ValidationIssue> {sexConflict, police}));
    QVERIFY(!page.allWarningsConfirmed());
    QCOMPARE(canSend.size(), 0);
    QTest::keyClick(boxes.at(1), Qt::Key_Space);
    QVERIFY(page.canSend());
    QCOMPARE(canSend.size(), 1);
    QCOMPARE(page.confirmedWarnings().size(), 3);
    QTest::keyClick(boxes.at(1), Qt::Key_Space);
    QVERIFY(!page.canSend());
    QCOMPARE(canSend.size(), 2);
}

void TestReviewPage::errorsBlockSendingEvenWithEveryWarningConfirmed()
{
    ReviewPage page;
    page.show();
    page.setIssues({missingDate, sexConflict});
    QVERIFY(page.findChild<QGroupBox*>(QStringLiteral("reviewErrors"))->isVisible());
    QCOMPARE(page.errors(), QList<ValidationIssue> {missingDate});
    page.findChild<QCheckBox*>(QStringLiteral("warningConfirm_0"))->setChecked(true);
    QVERIFY(page.allWarningsConfirmed());
    QVERIFY(!page.canSend());
    // An error has no confirmation to tick, only a way back to its field.
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reviewErrorEdit_0")) != nullptr);
    QCOMPARE(page.findChildren<QCheckBox*>().size(), 1);
}

void TestReviewPage::confirmationsSurviveARecheck()
{
    ReviewPage page;
    page.setIssues({sexConflict, chainGap});
    page.findChild<QCheckBox*>(QStringLiteral("warningConfirm_1"))->setChecked(true);
    // The doctor went back and fixed the sex conflict; the gap is still there and still confirmed.
    page.setIssues({chainGap});
    QCOMPARE(page.confirmedWarnings(), QList<ValidationIssue> {chainGap});
    QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("warningConfirm_0"))->isChecked());
    QVERIFY(page.canSend());
    // A warning that comes back later must be confirmed again.
    page.setIssues({sexConflict, chainGap});
    QCOMPARE(page.confirmedWarnings(), QList<ValidationIssue> {chainGap});
}

void TestReviewPage::showsAnswersWithEndreLinks()
{
    const auto& del2 = m_setup->forms->dodsaarsak();
    Questionnaire::QuestionnaireResponse response = Questionnaire::QuestionnaireResponse::withInitialValues(del2);
    response.setAnswer(QStringLiteral("causeOfDeath_question_A_code"),
        AnswerValue::fromCoding({QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.7110"), QStringLiteral("I219"),
            QStringLiteral("Acute heart infarction"), {}}));
    response.setAnswer(QStringLiteral("causeOfDeath_question_A_time"),
        AnswerValue::fromCoding({QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.99004"), QStringLiteral("1"), {}, {}}));
    response.setAnswer(QStringLiteral("timeOfDeath"),
        AnswerValue::fromTemporal(Questionnaire::ValueType::Time, QStringLiteral("14:30:00")).value());
    ReviewPage page;
    page.show();
    QSignalSpy edits(&page, &ReviewPage::editRequested);
    page.addPart(QStringLiteral("del2"), QStringLiteral("Del 2"), del2, response);
    page.setIssues({sexConflict});
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("reviewValue_causeOfDeath_question_A_code"))->text(),
        QStringLiteral("I21.9  Acute heart infarction"));
    QVERIFY(
        page.findChild<QLabel*>(QStringLiteral("reviewValue_causeOfDeath_question_A_time"))->text().contains(u"dager"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("reviewValue_timeOfDeath"))->text(), QStringLiteral("14:30"));
    // A required question left open is shown as such, not skipped.
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("reviewValue_placeOfDeath"))->text().contains(u"besvart"));
    // The text of a hidden question (institution, place not 4) is not shown.
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("reviewValue_institution")) == nullptr);

    auto* endre = page.findChild<QPushButton*>(QStringLiteral("edit_3_causeOfDeath_group"));
    QVERIFY(endre != nullptr);
    QCOMPARE(endre->text(), QStringLiteral("Endre"));
    endre->setFocus();
    QTest::keyClick(endre, Qt::Key_Space);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.at(0).at(0).toString(), QStringLiteral("del2"));
    QCOMPARE(edits.at(0).at(1).toString(), QStringLiteral("causeOfDeath_question_A_code"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("reviewWarningEdit_0")), Qt::LeftButton);
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits.at(1).at(1).toString(), sexConflict.linkId);
}

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
