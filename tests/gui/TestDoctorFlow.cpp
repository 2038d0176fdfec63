#include "GuiHarness.h"
#include "core/common/Translations.h"
#include "gui/DoctorHeader.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "gui/PersonCard.h"
#include "gui/SignInPage.h"
#include "core/auth/StoredSession.h"
#include "core/common/KeychainSecretStore.h"
#include "support/SyntheticPersons.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

namespace {
// The real keychain of the test session, except that it refuses to store the sign-in: a fault the real keychain
// cannot be made to produce on demand (a locked or broken collection).
class KeychainRefusingTheLogin : public SecretStore
{
public:
    explicit KeychainRefusingTheLogin(const QString& service)
        : m_keychain(service)
    {
    }
    Result<void> write(const QString& key, const QByteArray& secret) override
    {
        if (key == Auth::StoredSession::secretKey())
            return Error {QStringLiteral("keychain-unavailable"), QStringLiteral("the collection is locked")};
        return m_keychain.write(key, secret);
    }
    Result<QByteArray> read(const QString& key) override { return m_keychain.read(key); }
    Result<void> remove(const QString& key) override { return m_keychain.remove(key); }

private:
    KeychainSecretStore m_keychain;
};
} // namespace

// The doctor's window against the real sandbox (HelseID-like provider and national API) and the real keychain:
// sign-in and its plain-language errors, the session restored at start, sign-out, and identifying the deceased.
class TestDoctorFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signingInShowsTheDoctor();
    void theSessionIsRestoredAtStart();
    void lookupShowsThePersonInLargeType();
    void aPersonAlreadyDeadIsWarnedAbout();
    void anUnknownNumberIsSaidPlainly();
    void aLoginBelowLevel3IsExplained();
    void signingOutClearsThePersonFromTheScreen();
    void aKeychainThatCannotStoreTheLoginIsSaid();

private:
    static QString doctorText(const MainWindow& window);
    static IdentifyPage* identify(const MainWindow& window);

    Test::GuiHarness m_harness;
};

void TestDoctorFlow::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_harness.sandbox);
    m_harness.useHome();
    QVERIFY(Translations::install(QStringLiteral("nb")));
}

void TestDoctorFlow::init()
{
    m_harness.sandbox.admin(QStringLiteral("reset"));
}

QString TestDoctorFlow::doctorText(const MainWindow& window)
{
    return window.doctorHeader()->text();
}

IdentifyPage* TestDoctorFlow::identify(const MainWindow& window)
{
    return window.findChild<IdentifyPage*>(QStringLiteral("identifyStep"));
}

void TestDoctorFlow::signingInShowsTheDoctor()
{
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isSignInShown());
    QString why;
    QVERIFY2(Test::GuiHarness::signIn(window, &why), qPrintable(why));
    const QString doctor = doctorText(window);
    QVERIFY2(doctor.contains(QStringLiteral("Vilde Testlege Sandkasse")), qPrintable(doctor));
    QVERIFY2(doctor.contains(QStringLiteral("HPR 565505933")), qPrintable(doctor));
    QVERIFY2(doctor.contains(QStringLiteral("sikkerhetsnivå 4")), qPrintable(doctor));
    QCOMPARE(window.networkStatusText(), QStringLiteral("Tilkoblet"));
    QCOMPARE(window.currentPage(), MainWindow::Page::NewNotification);
    QVERIFY(window.noticeText().isEmpty());
}

void TestDoctorFlow::theSessionIsRestoredAtStart()
{
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QVERIFY(window.isSignInShown());
    session->restore();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isSignInShown(), 20000);
    QVERIFY2(doctorText(window).contains(QStringLiteral("HPR 565505933")), qPrintable(doctorText(window)));
}

void TestDoctorFlow::lookupShowsThePersonInLargeType()
{
    auto session = m_harness.session();
    QString why;
    const std::unique_ptr<MainWindow> opened = Test::GuiHarness::openSignedIn(*session, &why);
    QVERIFY2(opened, qPrintable(why));
    MainWindow& window = *opened;
    IdentifyPage* page = identify(window);
    QVERIFY(page);
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("identifierEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("178538 42044"));
    QTRY_VERIFY_WITH_TIMEOUT(page->personCard()->isVisible(), 20000);
    QCOMPARE(page->personCard()->nameText(), QStringLiteral("Astrid Prøveland"));
    const QString details = page->personCard()->detailsText();
    QVERIFY2(details.contains(QStringLiteral("17. mai 1938")) && details.contains(QStringLiteral("kvinne"))
            && details.contains(QStringLiteral(" år")),
        qPrintable(details));
    QVERIFY(!page->personCard()->showsDeathWarning());
    // Larger than the body text.
    auto* name = window.findChild<QLabel*>(QStringLiteral("personName"));
    QVERIFY(name->font().pointSizeF() > window.font().pointSizeF() * 1.5);
    QVERIFY(!page->nextButton()->isEnabled());
    auto* tick = window.findChild<QCheckBox*>(QStringLiteral("confirmPersonBox"));
    tick->setFocus();
    QTest::keyClick(tick, Qt::Key_Space);
    QVERIFY(page->nextButton()->isEnabled());
}

void TestDoctorFlow::aPersonAlreadyDeadIsWarnedAbout()
{
    auto session = m_harness.session();
    QString why;
    const std::unique_ptr<MainWindow> opened = Test::GuiHarness::openSignedIn(*session, &why);
    QVERIFY2(opened, qPrintable(why));
    MainWindow& window = *opened;
    IdentifyPage* page = identify(window);
    QTest::keyClicks(page->identifierField()->lineEdit(), QStringLiteral("20813042054"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("lookupStatus"));
    QTRY_VERIFY2_WITH_TIMEOUT(page->personCard()->isVisible(), qPrintable(status->text()), 20000);
    QVERIFY(page->personCard()->showsDeathWarning());
    const QString warning = window.findChild<QLabel*>(QStringLiteral("personDeathWarning"))->text();
    QVERIFY2(warning.contains(QStringLiteral("allerede")) && warning.contains(QStringLiteral("1. oktober 2026")),
        qPrintable(warning));
}

void TestDoctorFlow::anUnknownNumberIsSaidPlainly()
{
    auto session = m_harness.session();
    QString why;
    const std::unique_ptr<MainWindow> opened = Test::GuiHarness::openSignedIn(*session, &why);
    QVERIFY2(opened, qPrintable(why));
    MainWindow& window = *opened;
    IdentifyPage* page = identify(window);
    const QString unknown = Test::SyntheticPersons::personNumbers(1, 4711).constFirst();
    QTest::keyClicks(page->identifierField()->lineEdit(), unknown);
    auto* status = window.findChild<QLabel*>(QStringLiteral("lookupStatus"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("ingen person")), qPrintable(status->text()), 20000);
    QVERIFY(!page->personCard()->isVisible());
    QVERIFY(!page->confirmBox()->isEnabled());
}

void TestDoctorFlow::aLoginBelowLevel3IsExplained()
{
    {
        auto session = m_harness.session();
        session->signOut();
    }
    QVERIFY(m_harness.sandbox.admin(QStringLiteral("login"), {{QStringLiteral("security_level"), QStringLiteral("2")}})
                .ok());
    auto session = m_harness.session();
    MainWindow window(*session);
    window.show();
    QVERIFY(!Test::GuiHarness::signIn(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.signInPage()->errorText().isEmpty(), 20000);
    const QString error = window.signInPage()->errorText();
    QVERIFY2(error.contains(QStringLiteral("sikkerhetsnivå")) && error.contains(QStringLiteral("BankID")),
        qPrintable(error));
    QVERIFY(window.isSignInShown());
    m_harness.sandbox.admin(QStringLiteral("reset"));
    QString why;
    QVERIFY2(Test::GuiHarness::signIn(window, &why), qPrintable(why));
    QVERIFY(window.signInPage()->errorText().isEmpty() || window.signInPage()->isHidden());
}

void TestDoctorFlow::signingOutClearsThePersonFromTheScreen()
{
    auto session = m_harness.session();
    QString why;
    const std::unique_ptr<MainWindow> opened = Test::GuiHarness::openSignedIn(*session, &why);
    QVERIFY2(opened, qPrintable(why));
    MainWindow& window = *opened;
    IdentifyPage* page = identify(window);
    QTest::keyClicks(page->identifierField()->lineEdit(), QStringLiteral("17853842044"));
    QTRY_VERIFY_WITH_TIMEOUT(page->personCard()->isVisible(), 20000);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.isSignInShown(), 20000);
    QVERIFY2(doctorText(window).contains(QStringLiteral("Ikke logget inn")), qPrintable(doctorText(window)));
    QVERIFY(page->identifierField()->lineEdit()->text().isEmpty());
    QVERIFY(page->personCard()->nameText().isEmpty());
    // The stored session is gone: a new start asks for a login.
    auto next = m_harness.session();
    MainWindow again(*next);
    next->restore();
    QTest::qWait(500);
    QVERIFY(again.isSignInShown());
}

void TestDoctorFlow::aKeychainThatCannotStoreTheLoginIsSaid()
{
    {
        auto previous = m_harness.session();
        previous->signOut();
    }
    Session::Session::Options options;
    options.requestTimeoutMs = 15000;
    options.secrets = [](const QString& service) { return std::make_unique<KeychainRefusingTheLogin>(service); };
    Session::Session session(m_harness.environment(), options);
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.noticeText().isEmpty());
    QString why;
    QVERIFY2(Test::GuiHarness::signIn(window, &why), qPrintable(why));
    // Signed in for now, and told plainly that the next start asks again.
    QVERIFY2(doctorText(window).contains(QStringLiteral("HPR 565505933")), qPrintable(doctorText(window)));
    QTRY_VERIFY2(window.noticeText().contains(QStringLiteral("Nøkkelringen")), qPrintable(window.noticeText()));
    QVERIFY2(window.noticeText().contains(QStringLiteral("logge inn på nytt")), qPrintable(window.noticeText()));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("sessionNotice"))->isVisible());
    // ... and it is so: a new start finds no login to restore.
    auto next = m_harness.session();
    MainWindow again(*next);
    next->restore();
    QTest::qWait(500);
    QVERIFY(again.isSignInShown());
}

QTEST_MAIN(TestDoctorFlow)
#include "TestDoctorFlow.moc"
