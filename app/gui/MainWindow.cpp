#include "gui/MainWindow.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/Icd10Index.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/FormRegistry.h"
#include "core/session/DeathNotificationService.h"
#include "core/session/Drafts.h"
#include "core/session/NotificationCheck.h"
#include "core/session/OutboxFlush.h"
#include "core/session/OutboxWatcher.h"
#include "gui/CodeListUpdateStatus.h"
#include "gui/DoctorHeader.h"
#include "gui/DraftAutosave.h"
#include "gui/birth/BirthNotificationPage.h"
#include "gui/DraftsPage.h"
#include "gui/EnvironmentBanner.h"
#include "gui/NotificationFlow.h"
#include "gui/OutboxPage.h"
#include "gui/PageStack.h"
#include "gui/SettingsPage.h"
#include "gui/SignInFailureText.h"
#include "gui/SignInPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace Meldeklient::Gui {

using State = Session::Session::State;

MainWindow::MainWindow(Session::Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_forms(std::make_unique<Questionnaire::FormRegistry>(Questionnaire::FormRegistry::load().value()))
    , m_check(Session::NotificationCheck::create(session.environment(), m_forms->dodsaarsak()))
    , m_service(new Session::DeathNotificationService(session, m_check.get(), this))
    , m_banner(EnvironmentBanner::create(session.environment()))
    , m_header(new DoctorHeader)
    , m_notice(new QLabel)
    , m_signInAgain(new QPushButton(tr("&Log in again")))
    , m_modes(new QStackedWidget)
    , m_signIn(new SignInPage)
    , m_pages(new PageStack)
    , m_flow(new NotificationFlow(session, *m_forms, *m_check, *m_service, [this] { return icd10Index(); }))
    , m_birthHolder(new QWidget)
    , m_drafts(new DraftsPage(session))
    , m_outbox(new OutboxPage(session))
    , m_settingsHolder(new QWidget)
    , m_networkStatus(new QLabel)
    , m_queueStatus(new QLabel)
    , m_codeListUpdate(new CodeListUpdateStatus)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Meldeklient") + EnvironmentBanner::titleSuffix(session.environment()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/meldeklient.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_banner)
        layout->addWidget(m_banner);
    layout->addWidget(m_header);
    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #4e2600; padding: 6px; }"));
    m_notice->setVisible(false);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->setVisible(false);
    auto* noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(0, 0, 8, 0);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_signInAgain);
    layout->addLayout(noticeRow);
    layout->addWidget(m_modes, 1);

    auto* signInScroll = new QScrollArea;
    signInScroll->setObjectName(QStringLiteral("signInScroll"));
    signInScroll->setWidgetResizable(true);
    signInScroll->setFrameShape(QFrame::NoFrame);
    signInScroll->setWidget(m_signIn);
    m_signIn->setObjectName(QStringLiteral("signInPage"));
    m_signInScroll = signInScroll;
    m_modes->addWidget(signInScroll);
    m_modes->addWidget(m_pages);
    m_pages->addPage(tr("New death notification"), m_flow, QStringLiteral("newNotificationPage"),
        PageStack::Scrolling::OwnScrollArea);
    m_pages->addPage(
        tr("New birth notification"), m_birthHolder, QStringLiteral("newBirthPage"), PageStack::Scrolling::OwnScrollArea);
    (new QVBoxLayout(m_birthHolder))->setContentsMargins(0, 0, 0, 0);
    (new QVBoxLayout(m_settingsHolder))->setContentsMargins(0, 0, 0, 0);
    connect(m_pages, &PageStack::currentChanged, this, [this](int index) {
        if (index == static_cast<int>(Page::NewBirth))
            birthPage();
        else if (index == static_cast<int>(Page::Settings))
            settingsPage();
    });
    m_pages->addPage(tr("Drafts"), m_drafts, QStringLiteral("draftsPage"));
    m_pages->addPage(tr("Outbox and sent"), m_outbox, QStringLiteral("outboxPage"));
    m_pages->addPage(tr("Settings"), m_settingsHolder, QStringLiteral("settingsPage"));
    setCentralWidget(central);

    m_networkStatus->setObjectName(QStringLiteral("networkStatus"));
    m_queueStatus->setObjectName(QStringLiteral("queueStatus"));
    statusBar()->addWidget(m_networkStatus, 1);
    statusBar()->addPermanentWidget(m_queueStatus);
    statusBar()->addPermanentWidget(m_codeListUpdate);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    connect(m_signIn, &SignInPage::signInRequested, this, [this] { m_session.signIn(); });
    connect(m_signInAgain, &QPushButton::clicked, this, [this] { m_session.signIn(); });
    connect(m_outbox, &OutboxPage::countsChanged, this, &MainWindow::updateQueueStatus);
    connect(m_outbox, &OutboxPage::birthCorrectionRequested, this, [this](const QString& birthId, int child) {
        showPage(Page::NewBirth);
        birthPage()->startCorrection(birthId, {child});
    });
    m_retry.setInterval(RetryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &MainWindow::flushWhenReady);
    m_retry.start();
    // A notification that could not go out is tried again as soon as its back-off allows, so it goes out within
    // seconds of the network returning.
    m_dueRetry.setSingleShot(true);
    connect(&m_dueRetry, &QTimer::timeout, this, &MainWindow::flushWhenReady);
    connect(m_service, &Session::DeathNotificationService::itemWaitingToRetry, this,
        [this](qint64, const Error&, const QDateTime& nextAttempt) {
            const qint64 due = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(nextAttempt) + 100, 0,
                RetryIntervalMs);
            if (!m_dueRetry.isActive() || due < m_dueRetry.remainingTime())
                m_dueRetry.start(static_cast<int>(due));
        });
    connect(m_header, &DoctorHeader::signOutRequested, this, [this] {
        afterFlushStops([this] {
            // While the outbox is still open.
            m_flow->saveNow();
            if (m_birth)
                m_birth->saveNow();
            m_session.signOut();
        });
    });
    connect(m_codeListUpdate, &CodeListUpdateStatus::checkFinished, this, [this](Codes::CodeListUpdater::Outcome outcome) {
        if (outcome == Codes::CodeListUpdater::Outcome::Updated)
            useNewIcd10List();
    });
    connect(&m_session, &Session::Session::stateChanged, this, &MainWindow::sessionStateChanged);
    connect(&m_session, &Session::Session::signInFailed, this, &MainWindow::signInFailed);
    connect(&m_session, &Session::Session::notRemembered, this, [this] {
        m_notRemembered = true;
        showNotice(tr("Your computer's keychain could not store the login. You stay logged in until you close "
                      "Meldeklient, and must log in again next time."));
    });
    connect(&m_session, &Session::Session::outboxChanged, this, &MainWindow::outboxChanged);
    connect(&m_session, &Session::Session::outboxFailed, this, [this](const Error& error) {
        showNotice(tr("Your outbox could not be opened: %1").arg(error.message));
    });
    connect(m_flow, &NotificationFlow::outboxRequested, this, [this] { showPage(Page::Outbox); });
    connect(m_drafts, &DraftsPage::continueRequested, this, [this](qint64 id, Session::DraftKind kind) {
        switch (kind) {
        case Session::DraftKind::Death:
            showPage(Page::NewNotification);
            m_flow->openDraft(id);
            break;
        case Session::DraftKind::Birth:
            showPage(Page::NewBirth);
            birthPage()->openDraft(id);
            break;
        }
    });

    // 1366×768 at 100 % leaves room for the task bar; smaller screens and higher scaling scroll inside the pages.
    resize(1200, 720);
    sessionStateChanged(m_session.state());
    outboxChanged();
    // The ICD-10 search index is built once the window is up, not before.
    QTimer::singleShot(0, this, [this] { icd10Index(); });
}

void MainWindow::useNewIcd10List()
{
    if (!m_check->reloadCodeList(Codes::CodeSystemUrl::icd10.toString())) {
        qWarning("the installed ICD-10 list could not be read; the list in use stays");
        return;
    }
    // The forms switch to the new index before the old one goes.
    const std::unique_ptr<Codes::Icd10Index> previous = std::move(m_icd10);
    m_icd10Built = false;
    m_flow->setIcd10Index(icd10Index());
}

namespace {
// A page built the first time it is shown (start-up builds only its holder): `make(holder)` creates it.
template <typename Page, typename Make>
Page* buildOnce(Page*& page, QWidget* holder, Make make)
{
    if (!page) {
        page = make(holder);
        holder->layout()->addWidget(page);
        page->show(); // at once: a layout shows a widget added to a visible parent only later
    }
    return page;
}
} // namespace

BirthNotificationPage* MainWindow::birthPage()
{
    return buildOnce(
        m_birth, m_birthHolder, [this](QWidget* holder) { return new BirthNotificationPage(m_session, holder); });
}

SettingsPage* MainWindow::settingsPage()
{
    return buildOnce(m_settings, m_settingsHolder, [](QWidget* holder) { return new SettingsPage(holder); });
}

const Codes::Icd10Index* MainWindow::icd10Index()
{
    if (!m_icd10Built) {
        m_icd10Built = true;
        if (const Codes::CodeList* list = m_check->registry().find(Codes::CodeSystemUrl::icd10.toString()))
            m_icd10 = std::make_unique<Codes::Icd10Index>(*list);
    }
    return m_icd10.get();
}

MainWindow::~MainWindow()
{
    // The pages refer to the forms, checks and service owned here: they go first, after a last save.
    m_flow->saveNow();
    if (m_birth)
        m_birth->saveNow();
    delete takeCentralWidget();
    delete m_service;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::isSignInShown() const
{
    return m_modes->currentWidget() == m_signInScroll;
}

QString MainWindow::networkStatusText() const
{
    return m_networkStatus->text();
}

QString MainWindow::queueStatusText() const
{
    return m_queueStatus->text();
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MainWindow::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::sessionStateChanged(Session::Session::State state)
{
    m_signIn->setSigningIn(state == State::SigningIn);
    const bool working = state == State::Ready || state == State::Offline || state == State::MustSignInAgain;
    m_modes->setCurrentWidget(working ? static_cast<QWidget*>(m_pages) : m_signInScroll);
    if (const std::optional<Auth::SignedInUser> user = m_session.user())
        m_header->setDoctor(user->name, user->hprNumber, user->securityLevel);
    else if (state == State::Offline)
        m_header->setDoctor(tr("(offline)"), QString(), 0);
    else
        m_header->clearDoctor();
    switch (state) {
    case State::SignedOut:
        m_networkStatus->setText(tr("Not logged in"));
        showNotice({});
        m_notRemembered = false;
        m_flow->signedOut();
        if (m_birth)
            m_birth->signedOut();
        break;
    case State::SigningIn:
        m_networkStatus->setText(tr("Logging in…"));
        break;
    case State::Ready:
        m_networkStatus->setText(tr("Connected"));
        if (!m_notRemembered)
            showNotice({});
        reopenLastDraft();
        break;
    case State::MustSignInAgain:
        m_networkStatus->setText(tr("Login expired"));
        showNotice(tr("Your HelseID login has expired. What you write is kept; log in again to send."));
        break;
    case State::Offline:
        m_networkStatus->setText(tr("Offline: notifications wait in the outbox and are sent when the network is back"));
        reopenLastDraft();
        break;
    }
    // Signed in with what to do, but not connected: one click signs in again without leaving the page.
    m_signInAgain->setVisible(state == State::MustSignInAgain || state == State::Offline);
    if (state == State::Offline && m_notice->isHidden())
        showNotice(tr("No connection to HelseID. You can write and save; notifications are sent when you are "
                      "connected again."));
    if (state == State::Ready)
        flushWhenReady();
}

void MainWindow::reopenLastDraft()
{
    m_flow->sessionReady();
    // A birth draft reopens on the birth page, which is built for it only when the draft is one.
    bool birthDraft = false;
    if (const std::optional<qint64> open = DraftAutosave::lastOpen(m_session)) {
        const Result<Session::DraftKind> kind = Session::Drafts(m_session).kind(*open);
        birthDraft = kind && kind.value() == Session::DraftKind::Birth;
    }
    if (!m_birth && !birthDraft)
        return;
    // Shown first, so the field she was in can take the focus; back where it was when nothing is reopened.
    const Page before = currentPage();
    if (birthDraft)
        showPage(Page::NewBirth);
    if (!birthPage()->sessionReady())
        showPage(before);
}

void MainWindow::afterFlushStops(const std::function<void()>& then)
{
    // Whoever started the flush (a death, a birth, a withdrawal): wait for it to stop.
    Session::OutboxFlush& flushes = m_session.outboxFlush();
    if (!flushes.isRunning()) {
        then();
        return;
    }
    connect(&flushes, &Session::OutboxFlush::finished, this, [then] { then(); }, Qt::SingleShotConnection);
    flushes.cancel();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Quitting during a flush: it stops after the request in flight, so no item is left claimed, then the window
    // closes.
    if (m_session.outboxFlush().isRunning()) {
        event->ignore();
        if (!m_closeAfterFlush) {
            m_closeAfterFlush = true;
            afterFlushStops([this] { close(); });
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::flushWhenReady()
{
    // What waits in the outbox goes out when the network is back; the store's back-off decides what is due.
    if (m_session.state() == State::Ready && !m_service->isFlushing() && m_outbox->counts().waiting > 0)
        m_service->flush();
}

void MainWindow::signInFailed(const Error& error, Session::SignInFailure reason)
{
    const QString text = SignInFailureText::forFailure(reason, error);
    if (text.isEmpty())
        return;
    m_signIn->showError(text);
    if (!isSignInShown())
        showNotice(text);
}

void MainWindow::outboxChanged()
{
    updateQueueStatus();
}

void MainWindow::updateQueueStatus()
{
    if (!m_session.outbox()) {
        m_queueStatus->clear();
        return;
    }
    const OutboxPage::Counts counts = m_outbox->counts();
    QStringList parts;
    if (counts.waiting > 0)
        parts.append(tr("%n notification part(s) waiting to be sent", nullptr, counts.waiting));
    if (counts.needsCorrection > 0)
        parts.append(tr("%n need(s) correction", nullptr, counts.needsCorrection));
    m_queueStatus->setText(parts.isEmpty() ? tr("Outbox empty") : parts.join(QStringLiteral(" · ")));
}

} // namespace Meldeklient::Gui
