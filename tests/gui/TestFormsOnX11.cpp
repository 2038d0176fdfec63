// The cause-of-death chain with a warning showing, and the review page, on a real X server at 1366×768: saved as
// PNGs (MELDEKLIENT_SCREENSHOT_DIR, the build folder's screenshots/) for people to look at.
#include "FormsTestSetup.h"
#include "core/common/Translations.h"
#include "core/notification/DeceasedPerson.h"
#include "gui/forms/DeathCauseFormWidget.h"
#include "gui/forms/DeathFactFormWidget.h"
#include "gui/forms/Icd10CodeEdit.h"
#include "gui/forms/ReviewPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

class TestFormsOnX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void causeChainWithWarning();
    void reviewPage();
    void deathFactForm();

private:
    void save(QWidget* widget, const QString& name);
    void fillChain(DeathCauseFormWidget& form);
    std::unique_ptr<Test::FormsTestSetup> m_setup;
};

void TestFormsOnX11::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs an X server: run under xvfb-run (tests/support/with-test-session.sh gives one)");
    QVERIFY(Translations::install(QStringLiteral("nb")));
    m_setup = std::make_unique<Test::FormsTestSetup>();
    qInfo("ICD-10 list: %s", qPrintable(m_setup->icd10Source));
}

void TestFormsOnX11::save(QWidget* widget, const QString& name)
{
    QTest::qWait(150);
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("MELDEKLIENT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(folder);
    const QString file = folder + u'/' + name;
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestFormsOnX11::fillChain(DeathCauseFormWidget& form)
{
    Notification::DeceasedPerson person;
    person.identifierSystem = QString(Notification::fnrSystem);
    person.identifierValue = QStringLiteral("24047230752"); // male, born 1972
    person.deathDate = QDate::currentDate().addDays(-1);
    form.setDeceased(person);
    auto* codeA = form.findChild<Icd10CodeEdit*>(QStringLiteral("causeOfDeath_question_A_code"));
    codeA->setFocus();
    QTest::keyClicks(codeA, QStringLiteral("C56"));
    QTest::keyClick(codeA->codeCompleter()->popup(), Qt::Key_Return);
    auto* intervalA = form.findChild<QComboBox*>(QStringLiteral("causeOfDeath_question_A_time"));
    intervalA->setFocus();
    QTest::keyClick(intervalA, Qt::Key_Down);
    QTest::keyClick(intervalA, Qt::Key_Down);
    auto* textB = form.findChild<QPlainTextEdit*>(QStringLiteral("causeOfDeath_question_B_text"));
    textB->setFocus();
    QTest::keyClicks(textB, QStringLiteral("Kreftsykdom med spredning"));
    auto* intervalB = form.findChild<QComboBox*>(QStringLiteral("causeOfDeath_question_B_time"));
    intervalB->setFocus();
    QTest::keyClick(intervalB, Qt::Key_Down);
    auto* codeC = form.findChild<Icd10CodeEdit*>(QStringLiteral("causeOfDeath_question_C_code"));
    codeC->setFocus();
    QTest::qWait(50); // the warning from leaving line B settles the layout before the popup opens
    QTest::keyClicks(codeC, QStringLiteral("I21"));
}

void TestFormsOnX11::causeChainWithWarning()
{
    QScrollArea area;
    area.setWidgetResizable(true);
    auto* form
        = new DeathCauseFormWidget(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    area.setWidget(form);
    area.resize(1366, 768);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    // Scrolled to the chain first, as after the summary's "go to field", so the popup opens under its field.
    area.verticalScrollBar()->setValue(form->findChild<QWidget*>(QStringLiteral("3_causeOfDeath_group"))->y() - 8);
    fillChain(*form);
    QVERIFY(form->findChild<QLabel*>(QStringLiteral("causeOfDeath_question_A_code_issue"))->isVisible());
    QVERIFY(form->findChild<Icd10CodeEdit*>(QStringLiteral("causeOfDeath_question_C_code"))
                ->codeCompleter()
                ->popup()
                ->isVisible());
    QTest::qWait(100);
    // The completer popup is its own window: grab the screen region of the window to include it.
    QScreen* screen = area.screen();
    const QPixmap shot = screen->grabWindow(
        0, area.mapToGlobal(QPoint(0, 0)).x(), area.mapToGlobal(QPoint(0, 0)).y(), area.width(), area.height());
    const QString folder = qEnvironmentVariable("MELDEKLIENT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(folder);
    QVERIFY(shot.save(folder + QStringLiteral("/cause-chain-with-warning.png")));
    qInfo("screenshot: %s/cause-chain-with-warning.png", qPrintable(folder));
}

void TestFormsOnX11::reviewPage()
{
    auto* form
        = new DeathCauseFormWidget(m_setup->forms->dodsaarsak(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    QScrollArea formArea;
    formArea.setWidgetResizable(true);
    formArea.setWidget(form);
    formArea.resize(1366, 768);
    formArea.show();
    QVERIFY(QTest::qWaitForWindowExposed(&formArea));
    fillChain(*form);
    form->showAllIssues();

    QScrollArea area;
    area.setWidgetResizable(true);
    auto* page = new ReviewPage;
    page->addPart(
        QStringLiteral("del2"), QStringLiteral("Del 2 – Dødsårsak"), m_setup->forms->dodsaarsak(), form->response());
    page->setIssues(form->issues());
    area.setWidget(page);
    area.resize(1366, 768);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(!page->canSend());
    save(&area, QStringLiteral("review-page.png"));
}

void TestFormsOnX11::deathFactForm()
{
    QScrollArea area;
    area.setWidgetResizable(true);
    auto* form
        = new DeathFactFormWidget(m_setup->forms->dodsfall(), {&m_setup->codes, m_setup->icd10.get(), {}}, {true});
    area.setWidget(form);
    area.resize(1366, 768);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    // Without a window manager the window is not activated by itself, and an inactive window gets no focus events.
    area.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&area));
    auto* number = form->findChild<QLineEdit*>(QStringLiteral("deceased_identifier"));
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("244472 30735")); // an H-nummer: refused at the field
    QTest::keyClick(number, Qt::Key_Tab);
    auto* date = form->findChild<QLineEdit*>(QStringLiteral("death_date"));
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("31.02.2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    QVERIFY(form->findChild<QLabel*>(QStringLiteral("deceased_identifier_issue"))->isVisible());
    save(&area, QStringLiteral("del1-form.png"));
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestFormsOnX11 test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestFormsOnX11.moc"
