// The form widgets offscreen, driven by the keyboard like a doctor would: both forms render every item, enableWhen
// applies while typing, a cause line takes a code or free text, the ICD-10 completer takes the top hit on Enter,
// a sex conflict appears when the field is left, the summary moves focus to the field, drafts round-trip, and every
// input is accessible (name = label, tab order = visual order, wheel ignored unless focused).
#include "AccessibilityWalk.h"
#include "FormsTestSetup.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/common/Translations.h"
#include "core/notification/DeceasedPerson.h"
#include "core/questionnaire/Icd10CompletionModel.h"
#include "core/questionnaire/ValidationIssueModel.h"
#include "gui/forms/DeathCauseFormWidget.h"
#include "gui/forms/DeathFactFormWidget.h"
#include "gui/forms/Icd10CodeEdit.h"
#include "gui/forms/ValidationSummary.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTabWidget>
#include <QWheelEvent>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

namespace {
const QString codeA = QStringLiteral("causeOfDeath_question_A_code");
const QString textA = QStringLiteral("causeOfDeath_question_A_text");

template <typename T>
T* field(QWidget* form, const QString& name)
{
    T* widget = form->findChild<T*>(name);
    if (widget == nullptr)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

bool isInput(QWidget* widget)
{
    return qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QComboBox*>(widget)
        || qobject_cast<QCheckBox*>(widget);
}

// The form in a scroll area at the laptop size the issue names, shown and laid out.
struct Shown
{
    QScrollArea area;
    explicit Shown(QWidget* form)
    {
        area.setWidgetResizable(true);
        area.setWidget(form);
        area.resize(1366, 768);
        area.show();
    }
    ~Shown() { area.takeWidget(); } // the form belongs to the test
    Shown(const Shown&) = delete;
    Shown& operator=(const Shown&) = delete;
};

// The summary's row for an issue at `linkId`, or -1.
int summaryRow(QListView* list, const QString& linkId)
{
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        if (list->model()->index(i, 0).data(Questionnaire::ValidationIssueModel::LinkIdRole).toString() == linkId)
            return i;
    }
    return -1;
}

// Moves focus to `widget` the way Tab would, so focus-out validation runs on the field left behind.
void focusByKeyboard(QWidget* widget)
{
    widget->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
}
} // namespace

class TestQuestionnaireForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersEveryItemOfDodsfall();
    void rendersEveryItemOfDodsaarsak();
    void enableWhenAppliesWhileTyping();
    void causeLineTakesCodeOrTextNotBoth();
    void completerTakesTopHitOnEnterForACode();
    void completerFindsWordsAndTakesTopHit();
    void sexConflictAppearsOnLeavingTheField();
    void unnaturalDeathShowsThePoliceNotice();
    void summaryEntryMovesFocusToTheField();
    void unreadableDateIsReportedAtTheField();
    void identifierIsStoredWithoutSpaces();
    void draftRoundTripsAndRemembersTheField();
    void everyInputIsAccessibleInVisualTabOrder();
    void theBirthFormIsAccessibleOnEveryChildTab();
    void wheelDoesNotChangeAnUnfocusedCombo();

private:
    void checkAccessibility(QuestionnaireForm* form, const char* what);
    Notification::DeceasedPerson malePerson() const;
    std::unique_ptr<Test::FormsTestSetup> m_setup;
};

void TestQuestionnaireForm::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("nb")));
    m_setup = std::make_unique<Test::FormsTestSetup>();
    qInfo("ICD-10 list: %s", qPrintable(m_setup->icd10Source));
}

namespace {
Notification::DeceasedPerson deceasedFromNumber(const QString& number)
{
    Notification::DeceasedPerson person;
    person.identifierSystem = QString(Notification::fnrSystem);
    person.identifierValue = number;
    person.deathDate = QDate::currentDate().addDays(-1);
    return person;
}
} // namespace

Notification::DeceasedPerson TestQuestionnaireForm::malePerson() const
{
    return deceasedFromNumber(QStringLiteral("24047230752")); // born 1972, male
}

void TestQuestionnaireForm::rendersEveryItemOfDodsfall()
{
    DeathFactFormWidget form(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    const auto& items = m_setup->forms->dodsfall().items();
    int inputs = 0;
    for (const auto& item : items) {
        QObject* widget = form.findChild<QObject*>(item.linkId);
        QVERIFY2(widget != nullptr, qPrintable(item.linkId));
        if (item.takesAnswers()) {
            ++inputs;
            QVERIFY2(isInput(qobject_cast<QWidget*>(widget)), qPrintable(item.linkId));
            if (item.required && item.type != Questionnaire::ItemType::Boolean)
                QVERIFY2(form.findChild<QLabel*>(item.linkId + QStringLiteral("_required")), qPrintable(item.linkId));
        }
    }
    QCOMPARE(inputs, 15);
    QVERIFY(qobject_cast<QCheckBox*>(form.input(QStringLiteral("deceased_has_norwegian_id"))));
    QVERIFY(qobject_cast<QComboBox*>(form.input(QStringLiteral("sex")))); // Volven 3101 from the registry
    QCOMPARE(field<QComboBox>(&form, QStringLiteral("foreign_id_type"))->count(), 15); // empty + 14 types
    QVERIFY(qobject_cast<QGroupBox*>(form.findChild<QWidget*>(QStringLiteral("1_deceased_group"))));
    QVERIFY(field<QLabel>(&form, QStringLiteral("reporter_info"))->text().contains(u"HPR"));
}

void TestQuestionnaireForm::rendersEveryItemOfDodsaarsak()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    const auto& items = m_setup->forms->dodsaarsak().items();
    int inputs = 0;
    for (const auto& item : items) {
        QVERIFY2(form.findChild<QObject*>(item.linkId) != nullptr, qPrintable(item.linkId));
        if (item.takesAnswers())
            ++inputs;
    }
    QCOMPARE(inputs, 31);
    for (QChar line : {u'A', u'B', u'C', u'D'}) {
        const QString prefix = QStringLiteral("causeOfDeath_question_%1_").arg(line);
        QVERIFY(qobject_cast<Icd10CodeEdit*>(form.input(prefix + u"code")));
        QVERIFY(qobject_cast<QPlainTextEdit*>(form.input(prefix + u"text")));
        QCOMPARE(field<QComboBox>(&form, prefix + u"time")->count(), 7);
    }
    // Part II repeats: three code fields.
    QVERIFY(form.findChild<Icd10CodeEdit*>(QStringLiteral("causeOfDeath_question_secondary_code_3")));
    QVERIFY(form.findChild<QWidget*>(QStringLiteral("causeChainEditor")));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("causeChainDueTo_B"))->isVisible());
    // The help on terminal diagnoses is shown, not hidden behind a button.
    auto* help = field<QLabel>(&form, QStringLiteral("causeOfDeath_question_help_text"));
    QVERIFY(help->isVisible());
    QVERIFY(help->text().contains(u"hjertestans", Qt::CaseInsensitive));
    QVERIFY(qobject_cast<QLineEdit*>(form.input(QStringLiteral("timeOfDeath"))));
    QVERIFY(field<QLabel>(&form, QStringLiteral("report_info_2"))->text().contains(u"02800"));
}

void TestQuestionnaireForm::enableWhenAppliesWhileTyping()
{
    DeathFactFormWidget del1(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown1(&del1);
    auto* pufGroup = del1.findChild<QWidget*>(QStringLiteral("1b_person_without_norwegian_id_group"));
    QVERIFY(!pufGroup->isVisible());
    QVERIFY(del1.input(QStringLiteral("deceased_identifier"))->isVisible());
    auto* hasId = field<QCheckBox>(&del1, QStringLiteral("deceased_has_norwegian_id"));
    QVERIFY(hasId->isChecked()); // initial value of the form
    focusByKeyboard(hasId);
    QTest::keyClick(hasId, Qt::Key_Space);
    QVERIFY(pufGroup->isVisible());
    QVERIFY(!del1.input(QStringLiteral("deceased_identifier"))->isVisible());
    QCOMPARE(del1.response().boolean(QStringLiteral("deceased_has_norwegian_id")), std::optional(false));

    DeathCauseFormWidget del2(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown2(&del2);
    QWidget* institution = del2.input(QStringLiteral("institution"));
    QVERIFY(!institution->isVisible());
    auto* place = field<QComboBox>(&del2, QStringLiteral("placeOfDeath"));
    focusByKeyboard(place);
    const int nursingHome = place->findText(QStringLiteral("Annen helseinstitusjon"), Qt::MatchStartsWith);
    QVERIFY(nursingHome > 0);
    for (int i = 0; i < nursingHome; ++i)
        QTest::keyClick(place, Qt::Key_Down);
    QCOMPARE(place->currentIndex(), nursingHome);
    QVERIFY(institution->isVisible());
    auto* unknown = field<QCheckBox>(&del2, QStringLiteral("institution_unknown_checkbox"));
    QVERIFY(unknown->isVisible());
    focusByKeyboard(unknown);
    QTest::keyClick(unknown, Qt::Key_Space);
    QVERIFY(!institution->isVisible());
}

void TestQuestionnaireForm::causeLineTakesCodeOrTextNotBoth()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* code = field<QLineEdit>(&form, codeA);
    auto* text = field<QPlainTextEdit>(&form, textA);
    QVERIFY(code->isEnabled() && text->isEnabled());
    focusByKeyboard(code);
    QTest::keyClicks(code, QStringLiteral("R99"));
    QVERIFY2(!text->isEnabled(), "with a code, the free text of the line is greyed out");
    QVERIFY(form.response().coding(codeA).has_value());
    QTest::keyClick(code, Qt::Key_Escape);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(code, Qt::Key_Backspace);
    QVERIFY(text->isEnabled());
    QVERIFY(!form.response().hasAnswer(codeA));
    focusByKeyboard(text);
    QTest::keyClicks(text, QStringLiteral("Kreft i bukspyttkjertelen"));
    QVERIFY2(!code->isEnabled(), "with free text, the code of the line is greyed out");
    QCOMPARE(form.response().text(textA), std::optional(QStringLiteral("Kreft i bukspyttkjertelen")));
    QVERIFY(!form.response().hasAnswer(codeA));
}

void TestQuestionnaireForm::completerTakesTopHitOnEnterForACode()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* code = field<Icd10CodeEdit>(&form, codeA);
    focusByKeyboard(code);
    QSignalSpy updates(code, &Icd10CodeEdit::completionsUpdated);
    QTest::keyClicks(code, QStringLiteral("I21"));
    QCOMPARE(updates.size(), 3); // one update per keystroke
    QVERIFY(code->codeCompleter()->popup()->isVisible());
    const int hits = code->completionModel()->rowCount();
    QVERIFY(hits > 0 && hits <= code->completionModel()->limit());
    const QString top = code->completionModel()->hit(0).code;
    QVERIFY2(top.startsWith(u"I21"), qPrintable(top));
    QTest::keyClick(code->codeCompleter()->popup(), Qt::Key_Return);
    QVERIFY(!code->codeCompleter()->popup()->isVisible());
    QCOMPARE(code->text(), Codes::CodeSystemUrl::displayIcd10Code(top));
    QCOMPARE(form.response().coding(codeA)->code, top);
    QVERIFY(!field<QLabel>(&form, codeA + QStringLiteral("_hint"))->text().isEmpty());
}

void TestQuestionnaireForm::completerFindsWordsAndTakesTopHit()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* code = field<Icd10CodeEdit>(&form, QStringLiteral("causeOfDeath_question_B_code"));
    focusByKeyboard(code);
    // Words from the label, in any order of typing; the fixture and the Iris tables both name heart infarctions.
    const QString words = m_setup->icd10->list().size() > 1000 ? QStringLiteral("acute myocardial inf")
                                                               : QStringLiteral("acute heart inf");
    QTest::keyClicks(code, words);
    QVERIFY(code->completionModel()->rowCount() > 0);
    const Codes::Icd10SearchHit top = code->completionModel()->hit(0);
    QVERIFY2(top.display.contains(u"nfarction", Qt::CaseInsensitive), qPrintable(top.display));
    QTest::keyClick(code->codeCompleter()->popup(), Qt::Key_Enter);
    QCOMPARE(form.response().coding(QStringLiteral("causeOfDeath_question_B_code"))->code, top.code);
    QVERIFY(top.code.startsWith(u"I2"));
}

void TestQuestionnaireForm::sexConflictAppearsOnLeavingTheField()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    form.setDeceased(malePerson());
    Shown shown(&form);
    auto* code = field<Icd10CodeEdit>(&form, codeA);
    auto* issue = field<QLabel>(&form, codeA + QStringLiteral("_issue"));
    focusByKeyboard(code);
    QTest::keyClicks(code, QStringLiteral("C56")); // ovary: female only
    QVERIFY(code->codeCompleter()->popup()->isVisible());
    QVERIFY2(issue->isHidden(), "nothing is shown while the doctor is still typing");
    // Tab with the list open takes the highlighted hit and moves on, like Tab anywhere else.
    QTest::keyClick(code->codeCompleter()->popup(), Qt::Key_Tab);
    QVERIFY(!code->codeCompleter()->popup()->isVisible());
    QVERIFY2(QApplication::focusWidget() != code, "Tab left the field");
    QVERIFY2(form.response().coding(codeA)->code.startsWith(u"C56"), qPrintable(form.response().coding(codeA)->code));
    QVERIFY(issue->isVisible());
    bool found = false;
    for (const auto& shownIssue : form.shownIssues())
        found = found || (shownIssue.rule == u"icd-sex-conflict" && shownIssue.linkId == codeA);
    QVERIFY2(found, "icd-sex-conflict at line A");
    QVERIFY(form.summary()->isVisible());
    QVERIFY(form.summary()->model()->rowCount() >= 1);
}

void TestQuestionnaireForm::unnaturalDeathShowsThePoliceNotice()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* notice = field<QLabel>(&form, QStringLiteral("report_unnatural_notice"));
    QVERIFY(notice->isHidden());
    auto* unnatural = field<QComboBox>(&form, QStringLiteral("report_unnatural"));
    focusByKeyboard(unnatural);
    QTest::keyClick(unnatural, Qt::Key_Down); // Ja
    QCOMPARE(unnatural->currentText(), QStringLiteral("Ja"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"02800"));
    QTest::keyClick(unnatural, Qt::Key_Down); // Nei
    QVERIFY(notice->isHidden());
}

void TestQuestionnaireForm::summaryEntryMovesFocusToTheField()
{
    DeathFactFormWidget form(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    QVERIFY(!form.summary()->isVisible());
    form.showAllIssues();
    QVERIFY(form.summary()->isVisible());
    QListView* list = form.summary()->listView();
    const int row = summaryRow(list, QStringLiteral("death_date"));
    QVERIFY(row >= 0);
    // The summary's entry and the field's message say the same thing.
    QVERIFY(field<QLabel>(&form, QStringLiteral("death_date_issue"))
                ->text()
                .contains(form.summary()->model()->issue(row).message));
    focusByKeyboard(list);
    list->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), form.input(QStringLiteral("death_date")));
    QCOMPARE(form.currentLinkId(), QStringLiteral("death_date"));
    // A click does the same.
    focusByKeyboard(list);
    const int organisationRow = summaryRow(list, QStringLiteral("reporter_organisation"));
    QVERIFY(organisationRow >= 0);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(organisationRow, 0)).center());
    QCOMPARE(QApplication::focusWidget(), form.input(QStringLiteral("reporter_organisation")));
}

void TestQuestionnaireForm::unreadableDateIsReportedAtTheField()
{
    DeathFactFormWidget form(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* date = field<QLineEdit>(&form, QStringLiteral("death_date"));
    focusByKeyboard(date);
    QTest::keyClicks(date, QStringLiteral("32.13.2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    auto* issue = field<QLabel>(&form, QStringLiteral("death_date_issue"));
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(u"dd.mm"), qPrintable(issue->text()));
    QCOMPARE(date->text(), QStringLiteral("32.13.2026")); // what was typed stays
    focusByKeyboard(date);
    date->selectAll();
    QTest::keyClicks(date, QDate::currentDate().addDays(-1).toString(QStringLiteral("dd.MM.yyyy")));
    QVERIFY2(issue->isHidden(), "the message goes as soon as the date can be read");
    QCOMPARE(form.response().date(QStringLiteral("death_date")), QDate::currentDate().addDays(-1));
}

void TestQuestionnaireForm::identifierIsStoredWithoutSpaces()
{
    DeathFactFormWidget form(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* number = field<QLineEdit>(&form, QStringLiteral("deceased_identifier"));
    focusByKeyboard(number);
    QTest::keyClicks(number, QStringLiteral("240472 30752"));
    QCOMPARE(form.response().text(QStringLiteral("deceased_identifier")), std::optional(QStringLiteral("24047230752")));
    QTest::keyClick(number, Qt::Key_Tab);
    QVERIFY(field<QLabel>(&form, QStringLiteral("deceased_identifier_issue"))->isHidden());
    // An H-nummer is refused at the field with the reason.
    focusByKeyboard(number);
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("24447230735"));
    QTest::keyClick(number, Qt::Key_Tab);
    auto* issue = field<QLabel>(&form, QStringLiteral("deceased_identifier_issue"));
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(u"H-nummer"), qPrintable(issue->text()));
}

void TestQuestionnaireForm::draftRoundTripsAndRemembersTheField()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    QSignalSpy changed(&form, &QuestionnaireForm::changed);
    focusByKeyboard(form.input(QStringLiteral("timeOfDeath")));
    QTest::keyClicks(form.input(QStringLiteral("timeOfDeath")), QStringLiteral("14:30"));
    focusByKeyboard(form.input(textA));
    QTest::keyClicks(form.input(textA), QStringLiteral("Lungebetennelse"));
    auto* interval = field<QComboBox>(&form, QStringLiteral("causeOfDeath_question_A_time"));
    focusByKeyboard(interval);
    QTest::keyClick(interval, Qt::Key_Down);
    focusByKeyboard(form.input(QStringLiteral("causeOfDeath_question_B_code")));
    QVERIFY(changed.size() >= 3);
    QCOMPARE(form.currentLinkId(), QStringLiteral("causeOfDeath_question_B_code"));
    const Questionnaire::QuestionnaireResponse draft = form.response();
    QCOMPARE(draft.text(QStringLiteral("timeOfDeath")), std::optional(QStringLiteral("14:30:00")));

    shown.area.hide();
    DeathCauseFormWidget restored(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown2(&restored);
    QApplication::setActiveWindow(&shown2.area);
    QSignalSpy restoredChanged(&restored, &QuestionnaireForm::changed);
    restored.setResponse(draft);
    QCOMPARE(restoredChanged.size(), 0);
    QCOMPARE(restored.response(), draft);
    QCOMPARE(field<QLineEdit>(&restored, QStringLiteral("timeOfDeath"))->text(), QStringLiteral("14:30"));
    QCOMPARE(field<QPlainTextEdit>(&restored, textA)->toPlainText(), QStringLiteral("Lungebetennelse"));
    QCOMPARE(field<QComboBox>(&restored, QStringLiteral("causeOfDeath_question_A_time"))->currentIndex(), 1);
    QVERIFY(!restored.input(codeA)->isEnabled());
    QVERIFY(restored.focusLinkId(form.currentLinkId()));
    QCOMPARE(QApplication::focusWidget(), restored.input(QStringLiteral("causeOfDeath_question_B_code")));
}

void TestQuestionnaireForm::checkAccessibility(QuestionnaireForm* form, const char* whatText)
{
    const QStringList problems = Test::AccessibilityWalk::violations(form, QString::fromUtf8(whatText), 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestQuestionnaireForm::everyInputIsAccessibleInVisualTabOrder()
{
    DeathFactFormWidget del1(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown1(&del1);
    checkAccessibility(&del1, "Del 1 (resident)");
    auto* hasId = field<QCheckBox>(&del1, QStringLiteral("deceased_has_norwegian_id"));
    focusByKeyboard(hasId);
    QTest::keyClick(hasId, Qt::Key_Space);
    checkAccessibility(&del1, "Del 1 (person without a Norwegian number)");

    DeathCauseFormWidget del2(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown2(&del2);
    checkAccessibility(&del2, "Del 2");
    // With the conditional blocks open.
    for (const QString& linkId : {QStringLiteral("additionalInfoAboutDamage_q1"),
             QStringLiteral("operation_impact_on_death"), QStringLiteral("placeOfDeath")}) {
        auto* combo = field<QComboBox>(&del2, linkId);
        const int yes = combo->findText(
            linkId == u"placeOfDeath" ? QStringLiteral("Annen helseinstitusjon") : QStringLiteral("Ja"),
            Qt::MatchStartsWith);
        QVERIFY(yes > 0);
        combo->setCurrentIndex(yes);
    }
    checkAccessibility(&del2, "Del 2 with injury, operation and institution");
}

void TestQuestionnaireForm::theBirthFormIsAccessibleOnEveryChildTab()
{
    const Result<Questionnaire::Questionnaire> birth
        = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath());
    QVERIFY(birth);
    QuestionnaireForm form(birth.value(), {&m_setup->codes, nullptr, {}});
    Shown shown(&form);
    checkAccessibility(&form, "birth, child 1");
    QVERIFY(form.addRepeat(QStringLiteral("barn")));
    QVERIFY(form.addRepeat(QStringLiteral("barn")));
    QCOMPARE(form.repeatTabs(QStringLiteral("barn"))->currentIndex(), 2);
    // The third child's fields are named like their labels too, and reached in the order they are shown.
    QVERIFY(form.input(QStringLiteral("barn.foedselsdato"), 2)->isVisible());
    QVERIFY(!form.input(QStringLiteral("barn.foedselsdato"), 0)->isVisible());
    checkAccessibility(&form, "birth, child 3");
    // The buttons and the tab bar come before the child's fields in the tab order, after the questions above.
    QWidget* add = form.findChild<QWidget*>(QStringLiteral("barn_add"));
    QWidget* tabBar = form.findChild<QWidget*>(QStringLiteral("barn_tabBar"));
    QVERIFY(add && tabBar);
    QWidget* walk = form.input(QStringLiteral("foreldreErGift"));
    QStringList order;
    for (int i = 0; i < 400 && walk != nullptr && order.size() < 4; ++i) {
        walk = walk->nextInFocusChain();
        if (walk->isVisible() && walk->isEnabled() && (walk->focusPolicy() & Qt::TabFocus))
            order.append(walk->objectName());
    }
    QCOMPARE(order.mid(0, 4), (QStringList {QStringLiteral("barn_add"), QStringLiteral("barn_remove"),
                                  QStringLiteral("barn_tabBar"), QStringLiteral("barn.foedselsdato_3")}));
}

void TestQuestionnaireForm::wheelDoesNotChangeAnUnfocusedCombo()
{
    DeathCauseFormWidget form(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    Shown shown(&form);
    auto* interval = field<QComboBox>(&form, QStringLiteral("causeOfDeath_question_A_time"));
    QVERIFY(!interval->hasFocus());
    const auto wheel = [interval] {
        QWheelEvent event(QPointF(5, 5), interval->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(interval, &event);
    };
    wheel();
    QCOMPARE(interval->currentIndex(), 0);
    QCOMPARE(interval->focusPolicy(), Qt::StrongFocus);
    focusByKeyboard(interval);
    wheel();
    QCOMPARE(interval->currentIndex(), 1);
}

QTEST_MAIN(TestQuestionnaireForm)
#include "TestQuestionnaireForm.moc"
