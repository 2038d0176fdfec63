#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "gui/DeathConfirmation.h"
#include "gui/EnvironmentBanner.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/LanguageSetting.h"
#include "gui/MainWindow.h"
#include "gui/PersonCard.h"
#include "gui/SettingsPage.h"
#include "core/identity/IdentifierValidator.h"


#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

// The window without a network: environment banner, identifier checks as typed, the confirmation tick, the Del 1
// confirmation's default button, settings. The flows against the sandbox are in TestDoctorFlow.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sandboxHasABannerThatCannotBeHidden();
    void productionHasNoBanner();
    void startsOnTheSignInPage();
    void typingAValidNumberShowsWhoItDescribes();
    void typingAWrongDigitExplainsWhy();
    void auxiliaryNumbersAreRefusedWithTheReason();
    void syntheticNumbersAreRefusedInProduction();
    void continuingNeedsTheConfirmationTick();
    void enterOnTheDeathConfirmationCancels();
    void escapeOnTheDeathConfirmationCancels();
    void sendButtonOfTheDeathConfirmationSends();
    void languageChoiceIsSavedForTheNextStart();
    void personCardShowsAgeAndDeathWarning();

private:
    Test::GuiHarness m_harness;
};

void TestMainWindow::initTestCase()
{
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
}

void TestMainWindow::sandboxHasABannerThatCannotBeHidden()
{
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EnvironmentBanner* banner = window.environmentBanner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("SANDKASSE – meldinger går ikke til Folkeregisteret"));
    banner->hide();
    banner->setVisible(false);
    QVERIFY(banner->isVisible());
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" – SANDKASSE")), qPrintable(window.windowTitle()));
}

void TestMainWindow::productionHasNoBanner()
{
    Session::Session session(Config::Environment::helseIdProduction());
    MainWindow window(session);
    window.show();
    QVERIFY(!window.environmentBanner());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("environmentBanner")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Meldeklient"));
    QVERIFY(EnvironmentBanner::titleSuffix(Config::Environment::helseIdTest()).contains(QStringLiteral("TEST")));
}

void TestMainWindow::startsOnTheSignInPage()
{
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QVERIFY(window.isSignInShown());
    auto* button = window.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("&Logg inn med HelseID"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("doctorLabel"))->text().contains(QStringLiteral("Ikke logget inn")));
}

void TestMainWindow::typingAValidNumberShowsWhoItDescribes()
{
    IdentifierField field;
    field.show();
    QSignalSpy acceptable(&field, &IdentifierField::acceptableChanged);
    QSignalSpy number(&field, &IdentifierField::numberChanged);
    QTest::keyClicks(field.lineEdit(), QStringLiteral("240472 30752"));
    QCOMPARE(acceptable.count(), 1);
    QCOMPARE(number.count(), 1);
    QCOMPARE(number.first().first().toString(), QStringLiteral("24047230752"));
    QVERIFY(field.isAcceptable());
    QVERIFY2(field.feedbackLabel()->text().contains(QStringLiteral("24. april 1972")),
        qPrintable(field.feedbackLabel()->text()));
}

void TestMainWindow::typingAWrongDigitExplainsWhy()
{
    IdentifierField field;
    field.show();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("24047230753"));
    QVERIFY(!field.isAcceptable());
    QVERIFY(field.normalized().isEmpty());
    const QString feedback = field.feedbackLabel()->text();
    QVERIFY2(feedback.contains(QStringLiteral("kontrollsiffer")), qPrintable(feedback));
    QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field.lineEdit(), QStringLiteral("2"));
    QVERIFY(field.isAcceptable());
}

void TestMainWindow::auxiliaryNumbersAreRefusedWithTheReason()
{
    // H-nummer: month + 40; FH-nummer: first digit 8 or 9. Both valid numbers, neither usable for a death.
    // Valid numbers of each kind, found by trying check digits.
    const auto numberOf = [](const QString& nineDigits, Identity::IdentifierType type) -> QString {
        for (int digits = 0; digits < 100; ++digits) {
            const QString candidate = nineDigits + QStringLiteral("%1").arg(digits, 2, 10, QLatin1Char('0'));
            const Identity::IdentifierCheck check
                = Identity::IdentifierValidator::check(candidate, Identity::IdentifierKind::Person);
            if (check.isValid() && check.type == type)
                return candidate;
        }
        return {};
    };
    const QString hNumber = numberOf(QStringLiteral("244472307"), Identity::IdentifierType::HNummer);
    const QString fhNumber = numberOf(QStringLiteral("812345678"), Identity::IdentifierType::FellesHjelpenummer);
    QCOMPARE(hNumber.size(), 11);
    QCOMPARE(fhNumber.size(), 11);
    for (const QString& number : {hNumber, fhNumber}) {
        IdentifierField field;
        QTest::keyClicks(field.lineEdit(), number);
        QVERIFY2(!field.isAcceptable(), qPrintable(number));
        const QString feedback = field.feedbackLabel()->text();
        QVERIFY2(feedback.contains(QStringLiteral("hjelpenummer")) && feedback.contains(QStringLiteral("dødsmelding")),
            qPrintable(feedback));
    }
}

void TestMainWindow::syntheticNumbersAreRefusedInProduction()
{
    IdentifierField field;
    QTest::keyClicks(field.lineEdit(), QStringLiteral("17853842044"));
    QVERIFY(field.isAcceptable());
    field.setAllowSynthetic(false);
    QVERIFY(!field.isAcceptable());
    QVERIFY2(field.feedbackLabel()->text().contains(QStringLiteral("testnummer")), qPrintable(field.feedbackLabel()->text()));
}

void TestMainWindow::continuingNeedsTheConfirmationTick()
{
    IdentifyPage page;
    page.show();
    QSignalSpy lookups(&page, &IdentifyPage::lookupRequested);
    QSignalSpy next(&page, &IdentifyPage::nextRequested);
    QTest::keyClicks(page.identifierField()->lineEdit(), QStringLiteral("17853842044"));
    QCOMPARE(lookups.count(), 1);
    QCOMPARE(lookups.first().first().toString(), QStringLiteral("17853842044"));
    QVERIFY(!page.confirmBox()->isEnabled());
    Api::RegistryPerson person;
    person.identifier = QStringLiteral("17853842044");
    person.givenName = QStringLiteral("Astrid");
    person.familyName = QStringLiteral("Prøveland");
    person.birthDate = QDate(1938, 5, 17);
    person.sex = Identity::Sex::Female;
    page.showPerson(person);
    QVERIFY(page.personCard()->isVisible());
    QCOMPARE(page.personCard()->nameText(), QStringLiteral("Astrid Prøveland"));
    QVERIFY(page.confirmBox()->isEnabled());
    QVERIFY(!page.nextButton()->isEnabled());
    // Enter in the number field must not skip the tick.
    QTest::keyClick(page.identifierField()->lineEdit(), Qt::Key_Return);
    QCOMPARE(next.count(), 0);
    QVERIFY(!page.confirmedPerson());
    page.confirmBox()->setChecked(true);
    QVERIFY(page.nextButton()->isEnabled());
    QCOMPARE(page.confirmedPerson()->familyName, QStringLiteral("Prøveland"));
    QTest::keyClick(page.identifierField()->lineEdit(), Qt::Key_Return);
    QCOMPARE(next.count(), 1);
    // Another number is another person: the tick goes.
    QTest::keyClick(page.identifierField()->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!page.confirmBox()->isChecked());
    QVERIFY(!page.nextButton()->isEnabled());
    QVERIFY(!page.personCard()->isVisible());
}

void TestMainWindow::enterOnTheDeathConfirmationCancels()
{
    QWidget parent;
    parent.show();
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        sawDialog = box->objectName() == QLatin1StringView(DeathConfirmation::DialogObjectName);
        QVERIFY2(box->text().contains(QStringLiteral("Astrid Prøveland")), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("BankID")));
        QCOMPARE(box->defaultButton()->objectName(), QLatin1StringView(DeathConfirmation::CancelButtonObjectName));
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(!DeathConfirmation::ask(&parent, QStringLiteral("Astrid Prøveland")));
    QVERIFY(sawDialog);
}

void TestMainWindow::escapeOnTheDeathConfirmationCancels()
{
    QWidget parent;
    parent.show();
    QTimer::singleShot(0, this, [] { QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape); });
    QVERIFY(!DeathConfirmation::ask(&parent, QStringLiteral("Astrid Prøveland")));
}

void TestMainWindow::sendButtonOfTheDeathConfirmationSends()
{
    QWidget parent;
    parent.show();
    QTimer::singleShot(0, this, [] {
        QWidget* box = QApplication::activeModalWidget();
        QVERIFY(box);
        auto* send = box->findChild<QPushButton*>(QLatin1StringView(DeathConfirmation::SendButtonObjectName));
        QVERIFY(send);
        QTest::mouseClick(send, Qt::LeftButton);
    });
    QVERIFY(DeathConfirmation::ask(&parent, QStringLiteral("Astrid Prøveland")));
}

void TestMainWindow::languageChoiceIsSavedForTheNextStart()
{
    qunsetenv("MELDEKLIENT_LANG");
    SettingsPage page;
    page.show();
    QComboBox* box = page.languageBox();
    QCOMPARE(box->count(), 3);
    box->setCurrentIndex(box->findData(QStringLiteral("nn")));
    QCOMPARE(LanguageSetting::saved(), QStringLiteral("nn"));
    QCOMPARE(LanguageSetting::effective(), QStringLiteral("nn"));
    auto* note = page.findChild<QLabel*>(QStringLiteral("languageRestartNote"));
    QVERIFY(note->isVisible());
    // The wheel over an unfocused box scrolls the page; it never changes the choice.
    const int before = box->currentIndex();
    QWheelEvent wheel(QPointF(5, 5), box->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(box, &wheel);
    QCOMPARE(box->currentIndex(), before);
    box->setCurrentIndex(box->findData(QStringLiteral("nb")));
    QCOMPARE(LanguageSetting::saved(), QStringLiteral("nb"));
}

void TestMainWindow::personCardShowsAgeAndDeathWarning()
{
    QCOMPARE(PersonCard::age(QDate(1938, 5, 17), QDate(2026, 5, 16)), 87);
    QCOMPARE(PersonCard::age(QDate(1938, 5, 17), QDate(2026, 5, 17)), 88);
    PersonCard card;
    Api::RegistryPerson person;
    person.givenName = QStringLiteral("Sigrid");
    person.familyName = QStringLiteral("Avdødsen");
    person.birthDate = QDate(1930, 1, 20);
    person.sex = Identity::Sex::Female;
    person.deceased = true;
    person.deathDate = QDate(2026, 10, 1);
    card.showPerson(person, QDate(2026, 12, 6));
    QVERIFY(card.showsDeathWarning());
    QVERIFY2(card.detailsText().contains(QStringLiteral("96 år")), qPrintable(card.detailsText()));
    QVERIFY2(card.detailsText().contains(QStringLiteral("kvinne")), qPrintable(card.detailsText()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
