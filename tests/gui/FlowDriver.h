#pragma once

#include <QDate>
#include <QString>

#include <functional>

class QComboBox;
class QObject;
class QWidget;

namespace Meldeklient::Gui {
class MainWindow;
}

namespace Meldeklient::Test {

// Drives the doctor's window as a person does, for the flow tests: by keyboard alone (Tab to a field, type, Space on
// buttons and check boxes, arrow keys in lists) or with the mouse for buttons. Widgets are found by objectName.
class FlowDriver
{
public:
    FlowDriver(Gui::MainWindow& window, bool keyboardOnly);

    template <typename T>
    T* find(const QString& objectName) const;
    QWidget* widget(const QString& objectName) const;

    // Moves focus to `target` with Tab only; false when 400 presses did not get there.
    static bool tabTo(QWidget* target);
    // Keyboard: Tab there and type. The field is emptied first (Ctrl+A, Delete) when `replace`.
    bool type(const QString& objectName, const QString& text, bool replace = false);
    // Keyboard: Tab to the combo box and press Down until its text starts with `prefix`.
    bool choose(const QString& objectName, const QString& prefix);
    // A button or check box: Tab + Space, or a mouse click.
    bool press(const QString& objectName);
    // Types an ICD-10 code into a cause line's code field and takes the completer's top hit with Enter.
    bool chooseIcd10(const QString& objectName, const QString& code);
    // Fills Del 1 (date and time of death yesterday 14:30, organisation, phone) on the Del 1 step.
    bool fillDeathFacts();
    // Fills the rest of Del 2 (time, place, municipality unknown, no injury or operation, natural death, no
    // autopsy, no later revision, not unnatural).
    bool fillRestOfCauses();
    // Birth notification ("Ny fødselsmelding" shown): the mother's number, her lookup, "Dette er riktig person".
    bool confirmMother(const QString& number);
    // Child `repeat` (0-based tab, shown): birth date, live-born, sex, birth weight in grams.
    bool fillBirthChild(
        int repeat, const QDate& born, const QString& sex, const QString& grams = QStringLiteral("2950"));
    // The parents live together (not married) and the birth took place at Testsykehuset in Oslo (0301).
    bool fillBirthPlaceAndParents();
    // Types `number`, waits for the registry's person, ticks "this is the right person" and goes on to Del 1.
    bool confirmPerson(const QString& number);
    // From the identify step to the review: the person, Del 1, cause line A as `codeA` (0–7 days) and the rest.
    bool reachReview(const QString& number, const QString& codeA);
    // Ticks every warning's confirmation on the review; the number ticked, or -1.
    int confirmWarnings();
    // Presses Send… and answers the Del 1 confirmation with its Send button.
    bool sendConfirmed();

    // KeePassXC's TEST_MODAL: runs `answer` inside the event loop of the next modal dialog named `objectName`,
    // once it is up (it polls, since a keyboard driver may spin the event loop before the dialog opens).
    static void answerModal(QObject* context, const QString& objectName, std::function<void(QWidget*)> answer,
        int triesLeft = 500);
    // Waits up to `timeoutMs` for `condition`, running the event loop.
    static bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000);

    QString failure() const { return m_failure; }

private:
    bool fail(const QString& why);

    Gui::MainWindow& m_window;
    bool m_keyboardOnly;
    QString m_failure;
};

template <typename T>
T* FlowDriver::find(const QString& objectName) const
{
    return qobject_cast<T*>(widget(objectName));
}

} // namespace Meldeklient::Test
