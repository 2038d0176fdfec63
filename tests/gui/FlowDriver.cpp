#include "FlowDriver.h"

#include "gui/DeathConfirmation.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/PersonCard.h"
#include "gui/forms/Icd10CodeEdit.h"
#include "gui/forms/QuestionnaireForm.h"
#include "gui/forms/ReviewPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace Meldeklient::Test {

FlowDriver::FlowDriver(Gui::MainWindow& window, bool keyboardOnly)
    : m_window(window)
    , m_keyboardOnly(keyboardOnly)
{
}

QWidget* FlowDriver::widget(const QString& objectName) const
{
    // Visible ones first: the Del 1 and Del 2 forms both have fields, and a name may occur on a hidden page too.
    const QList<QWidget*> all = m_window.findChildren<QWidget*>(objectName);
    for (QWidget* candidate : all) {
        if (candidate->isVisible())
            return candidate;
    }
    return all.value(0);
}

bool FlowDriver::fail(const QString& why)
{
    if (m_failure.isEmpty())
        m_failure = why;
    return false;
}

bool FlowDriver::tabTo(QWidget* target)
{
    if (!target)
        return false;
    // After a modal dialog the window manager gives focus back to the window (not a keystroke of the doctor's).
    if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != target->window()
        || QApplication::activeWindow() != target->window()) {
        QApplication::setActiveWindow(target->window());
        QTest::qWait(20);
    }
    for (int i = 0; i < 400; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus == target)
            return true;
        QTest::keyClick(focus ? focus : target->window(), Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

bool FlowDriver::type(const QString& objectName, const QString& text, bool replace)
{
    QWidget* field = widget(objectName);
    if (!field)
        return fail(QStringLiteral("no field ") + objectName);
    if (!tabTo(field))
        return fail(QStringLiteral("Tab does not reach ") + objectName);
    if (replace) {
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
    }
    QTest::keyClicks(field, text);
    return true;
}

bool FlowDriver::choose(const QString& objectName, const QString& prefix)
{
    auto* combo = find<QComboBox>(objectName);
    if (!combo)
        return fail(QStringLiteral("no combo box ") + objectName);
    if (!tabTo(combo))
        return fail(QStringLiteral("Tab does not reach ") + objectName);
    for (int i = 0; i <= combo->count() && !combo->currentText().startsWith(prefix); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    if (!combo->currentText().startsWith(prefix))
        return fail(QStringLiteral("%1 has no entry starting with %2").arg(objectName, prefix));
    return true;
}

bool FlowDriver::press(const QString& objectName)
{
    QWidget* button = widget(objectName);
    if (!button || !button->isEnabled())
        return fail(QStringLiteral("no enabled button ") + objectName);
    if (!m_keyboardOnly) {
        // A check box reacts on its box and text only, not on the empty rest of a wide row.
        const QPoint where
            = qobject_cast<QCheckBox*>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
        QTest::mouseClick(button, Qt::LeftButton, {}, where);
        return true;
    }
    if (!tabTo(button))
        return fail(QStringLiteral("Tab does not reach ") + objectName);
    QTest::keyClick(button, Qt::Key_Space);
    return true;
}

bool FlowDriver::chooseIcd10(const QString& objectName, const QString& code)
{
    auto* edit = find<Gui::Icd10CodeEdit>(objectName);
    if (!edit)
        return fail(QStringLiteral("no ICD-10 field ") + objectName);
    if (!type(objectName, code, true))
        return false;
    QAbstractItemView* popup = edit->codeCompleter()->popup();
    for (int i = 0; i < 100 && !popup->isVisible(); ++i)
        QTest::qWait(20);
    if (!popup->isVisible())
        return fail(QStringLiteral("no completion list for ") + code);
    QTest::keyClick(popup, Qt::Key_Return);
    if (!edit->coding())
        return fail(QStringLiteral("no code taken for ") + code);
    return true;
}

bool FlowDriver::fillDeathFacts()
{
    const QString yesterday = QDate::currentDate().addDays(-1).toString(QStringLiteral("dd.MM.yyyy"));
    return type(QStringLiteral("death_date"), yesterday) && type(QStringLiteral("death_time"), QStringLiteral("14:30"))
        && type(QStringLiteral("reporter_organisation"), QStringLiteral("Test Sykehuset"))
        && type(QStringLiteral("reporter_phone"), QStringLiteral("22000000"));
}

bool FlowDriver::fillRestOfCauses()
{
    return type(QStringLiteral("timeOfDeath"), QStringLiteral("14:30"))
        && choose(QStringLiteral("placeOfDeath"), QStringLiteral("Sykehus"))
        && press(QStringLiteral("municipality_unknown_checkbox"))
        && choose(QStringLiteral("additionalInfoAboutDamage_q1"), QStringLiteral("Nei"))
        && choose(QStringLiteral("operation_impact_on_death"), QStringLiteral("Nei"))
        && choose(QStringLiteral("classification_death"), QStringLiteral("Naturlig"))
        && choose(QStringLiteral("classification_autopsy"), QStringLiteral("Nei"))
        && choose(QStringLiteral("classification_reevaluate"), QStringLiteral("Nei"))
        && choose(QStringLiteral("report_unnatural"), QStringLiteral("Nei"));
}

bool FlowDriver::confirmMother(const QString& number)
{
    if (!type(QStringLiteral("mother_identifierEdit"), number))
        return false;
    auto* card = m_window.findChild<Gui::PersonCard*>(QStringLiteral("mother_personCard"));
    if (!card || !QTest::qWaitFor([card] { return card->isVisible(); }, 20000))
        return fail(QStringLiteral("Folkeregisteret did not show the mother"));
    return press(QStringLiteral("mother_confirmPersonBox"));
}

bool FlowDriver::fillBirthChild(int repeat, const QDate& born, const QString& sex, const QString& grams)
{
    const auto name = [repeat](const QString& linkId) { return Gui::QuestionnaireForm::objectNameFor(linkId, repeat); };
    return type(name(QStringLiteral("barn.foedselsdato")), born.toString(QStringLiteral("dd.MM.yyyy")))
        && press(name(QStringLiteral("barn.erLevendefoedt"))) && choose(name(QStringLiteral("barn.kjoenn")), sex)
        && type(name(QStringLiteral("barn.klinisk.foedselsvekt")), grams);
}

bool FlowDriver::fillBirthPlaceAndParents()
{
    return press(QStringLiteral("foreldreBorSammen"))
        && type(QStringLiteral("foedested.foedselsinstitusjonsnavn"), QStringLiteral("Testsykehuset"))
        && type(QStringLiteral("foedested.foedekommunenummer"), QStringLiteral("0301"))
        && type(QStringLiteral("foedested.foedekommunenavn"), QStringLiteral("Oslo"));
}

bool FlowDriver::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs && !condition(); waited += 20)
        QTest::qWait(20);
    return condition();
}

void FlowDriver::answerModal(
    QObject* context, const QString& objectName, std::function<void(QWidget*)> answer, int triesLeft)
{
    QTimer::singleShot(20, context, [context, objectName, answer, triesLeft] {
        QWidget* box = QApplication::activeModalWidget();
        if (box && box->objectName() == objectName) {
            answer(box);
            return;
        }
        if (triesLeft > 0)
            answerModal(context, objectName, answer, triesLeft - 1);
    });
}

bool FlowDriver::confirmPerson(const QString& number)
{
    if (!type(QStringLiteral("identifierEdit"), number))
        return false;
    Gui::IdentifyPage* identify = m_window.notificationFlow()->identifyPage();
    if (!waitFor([identify] { return identify->personCard()->isVisible(); }))
        return fail(QStringLiteral("the registry's person for %1 did not show").arg(number));
    return press(QStringLiteral("confirmPersonBox")) && press(QStringLiteral("flowNextButton"));
}

bool FlowDriver::reachReview(const QString& number, const QString& codeA)
{
    return confirmPerson(number) && fillDeathFacts() && press(QStringLiteral("flowNextButton"))
        && chooseIcd10(QStringLiteral("causeOfDeath_question_A_code"), codeA)
        && choose(QStringLiteral("causeOfDeath_question_A_time"), QStringLiteral("0–7")) && fillRestOfCauses()
        && press(QStringLiteral("flowNextButton"));
}

int FlowDriver::confirmWarnings()
{
    const qsizetype warnings = m_window.notificationFlow()->reviewPage()->warnings().size();
    for (qsizetype i = 0; i < warnings; ++i) {
        if (!press(QStringLiteral("warningConfirm_%1").arg(i)))
            return -1;
    }
    return static_cast<int>(warnings);
}

bool FlowDriver::sendConfirmed()
{
    answerModal(&m_window, QString::fromLatin1(Gui::DeathConfirmation::DialogObjectName), [](QWidget* box) {
        QTest::mouseClick(box->findChild<QPushButton*>(QLatin1StringView(Gui::DeathConfirmation::SendButtonObjectName)),
            Qt::LeftButton);
    });
    return press(QStringLiteral("flowNextButton"));
}

} // namespace Meldeklient::Test
