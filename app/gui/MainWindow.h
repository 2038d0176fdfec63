#pragma once

#include "core/session/Session.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Meldeklient::Codes {
class Icd10Index;
}
namespace Meldeklient::Questionnaire {
class FormRegistry;
}
namespace Meldeklient::Session {
class DeathNotificationService;
class NotificationCheck;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

class BirthNotificationPage;
class CodeListUpdateStatus;
class DoctorHeader;
class DraftsPage;
class EnvironmentBanner;
class NotificationFlow;
class OutboxPage;
class PageStack;
class SettingsPage;
class SignInPage;

// The doctor's window: the environment banner (never in production), who is signed in, the sign-in page until
// someone is, then the pages "New death notification", "New birth notification", "Drafts", "Outbox and sent" and
// "Settings"; network and
// queue status in the status bar. It shows the Session's state and asks it to act; it never waits on the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { NewNotification, NewBirth, Drafts, Outbox, Settings };
    Q_ENUM(Page)

    // While something waits in the outbox and the session is ready, it is sent again this often (the store's
    // back-off decides what is due).
    static constexpr int RetryIntervalMs = 30000;

    explicit MainWindow(Session::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    bool isSignInShown() const;

    SignInPage* signInPage() const { return m_signIn; }
    NotificationFlow* notificationFlow() const { return m_flow; }
    // Built the first time the page is shown (or asked for): its form is most of the window's start-up cost.
    BirthNotificationPage* birthPage();
    // Built the first time the page is shown (or asked for), as the birth page.
    SettingsPage* settingsPage();
    DraftsPage* draftsPage() const { return m_drafts; }
    OutboxPage* outboxPage() const { return m_outbox; }
    PageStack* pageStack() const { return m_pages; }
    DoctorHeader* doctorHeader() const { return m_header; }
    Session::DeathNotificationService& service() const { return *m_service; }
    EnvironmentBanner* environmentBanner() const { return m_banner; }
    // The background ICD-10 check's note in the status bar; main.cpp starts it once the window is shown.
    CodeListUpdateStatus* codeListUpdateStatus() const { return m_codeListUpdate; }
    QString networkStatusText() const;
    QString queueStatusText() const;
    QString noticeText() const;

private:
    void sessionStateChanged(Session::Session::State state);
    void signInFailed(const Error& error, Session::SignInFailure reason);
    void outboxChanged();
    void updateQueueStatus();
    void showNotice(const QString& text);
    void flushWhenReady();
    // After sign-in (or offline start): the draft open when Meldeklient last stopped, on the screen of its kind.
    void reopenLastDraft();
    // Built on first use, or just after the window is shown, whichever comes first (not before it is shown).
    const Codes::Icd10Index* icd10Index();
    // CodeListUpdater installed a newer ICD-10 list: the checks and the completer use it from now on.
    void useNewIcd10List();
    // Runs `then` once no flush runs: at once, or after the running one stopped after its request in flight.
    void afterFlushStops(const std::function<void()>& then);
    void closeEvent(QCloseEvent* event) override;

    Session::Session& m_session;
    // What the forms and the send check share: the forms, the code lists (with ICD-10 when imported), its index.
    std::unique_ptr<Questionnaire::FormRegistry> m_forms;
    std::unique_ptr<Session::NotificationCheck> m_check;
    std::unique_ptr<Codes::Icd10Index> m_icd10;
    bool m_icd10Built = false;
    Session::DeathNotificationService* m_service;
    QTimer m_retry;
    QTimer m_dueRetry; // when the earliest item waiting to retry is due (its back-off), not only every 30 s
    EnvironmentBanner* m_banner;
    DoctorHeader* m_header;
    QLabel* m_notice;
    QPushButton* m_signInAgain;
    QStackedWidget* m_modes;
    SignInPage* m_signIn;
    PageStack* m_pages;
    NotificationFlow* m_flow;
    QWidget* m_birthHolder;
    BirthNotificationPage* m_birth = nullptr;
    DraftsPage* m_drafts;
    OutboxPage* m_outbox;
    QWidget* m_settingsHolder;
    SettingsPage* m_settings = nullptr;
    QLabel* m_networkStatus;
    QLabel* m_queueStatus;
    CodeListUpdateStatus* m_codeListUpdate;
    QWidget* m_signInScroll;
    bool m_notRemembered = false;
    bool m_closeAfterFlush = false;
};

} // namespace Meldeklient::Gui
