#include "core/session/Session.h"

#include "core/audit/AuditLog.h"

#include "core/api/ApiClient.h"
#include "core/api/DecisionFeedPoller.h"
#include "core/api/FolkeregisteretClient.h"
#include "core/api/OutboxSender.h"
#include "core/api/Transport.h"
#include "core/auth/HeadlessBrowser.h"
#include "core/auth/HelseIdClient.h"
#include "core/auth/StoredSession.h"
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/OutboxFlush.h"
#include "core/session/OutboxWatcher.h"
#include "core/session/SessionLogging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Meldeklient::Session {

Session::Session(Config::Environment environment, Options options, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_options(std::move(options))
{
    m_network = m_options.network;
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    m_secrets = m_options.secrets ? m_options.secrets(m_environment.keychainService())
                                  : std::make_unique<KeychainSecretStore>(m_environment.keychainService());
    Auth::BrowserLauncher* browser = m_options.browser;
    // Test environments complete the sign-in without a person (the test IdP answers by itself); production never.
    if (m_environment.isTest && (!browser || !m_options.browserInTestEnvironments)) {
        m_headless = std::make_unique<Auth::HeadlessBrowser>(m_network);
        browser = m_headless.get();
    }
    m_helseId = std::make_unique<Auth::HelseIdClient>(m_environment, m_network, m_secrets.get(), browser);
    connect(m_helseId.get(), &Auth::HelseIdClient::signedIn, this, &Session::onSignedIn);
    connect(m_helseId.get(), &Auth::HelseIdClient::signInFailed, this, &Session::onSignInFailed);
    connect(m_helseId.get(), &Auth::HelseIdClient::mustSignInAgain, this, &Session::onMustSignInAgain);
    connect(m_helseId.get(), &Auth::HelseIdClient::notRemembered, this, &Session::notRemembered);
    m_folkeregisteretSettings = m_options.folkeregisteret
        ? *m_options.folkeregisteret
        : Config::FolkeregisteretSettings::load(m_environment.name);
    m_outboxFlush = new OutboxFlush(*this, this);
    m_births = new BirthNotificationService(*this, this);
}

Session::~Session()
{
    dropApi();
    closeOutbox();
    m_helseId.reset(); // before the keychain and browser it uses
}

const Config::Environment& Session::environment() const
{
    return m_environment;
}

std::optional<Auth::SignedInUser> Session::user() const
{
    return m_state == State::Ready || m_state == State::MustSignInAgain ? m_helseId->user() : std::nullopt;
}

bool Session::rememberedAcrossRestarts() const
{
    return m_helseId->isRemembered();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSession) << "state" << state;
    Q_EMIT stateChanged(state);
}

void Session::signIn(const Auth::SignInOptions& options)
{
    if (m_state == State::SigningIn)
        return;
    m_stateBeforeSignIn = m_state;
    m_restoring = false;
    m_lastError = {};
    setState(State::SigningIn);
    registerWithSandbox([this, options](const Result<void>& registered) {
        if (m_state != State::SigningIn)
            return; // cancelled meanwhile
        if (!registered) {
            onSignInFailed(registered.error());
            return;
        }
        m_helseId->signIn(options);
    });
}

void Session::cancelSignIn()
{
    if (m_state != State::SigningIn)
        return;
    if (m_helseId->state() == Auth::HelseIdClient::State::SigningIn) {
        m_helseId->cancelSignIn(); // ends in onSignInFailed
        return;
    }
    onSignInFailed(Error {QStringLiteral("sign-in-cancelled"),
        QCoreApplication::translate("Auth", "The sign-in was cancelled.")});
}

void Session::restore()
{
    if (m_state == State::SigningIn)
        return;
    m_lastError = {};
    // Whose session is stored needs no network: open that person's outbox first, so what they queued is there even
    // when HelseID cannot be reached.
    if (const Result<void> opened = openStoredOutbox(); !opened) {
        m_lastError = opened.error();
        if (opened.error().code == u"not-signed-in") {
            setState(State::SignedOut);
            Q_EMIT signInFailed(opened.error(), SignInFailure::NotSignedIn);
            return;
        }
        Q_EMIT outboxFailed(opened.error());
    }
    m_stateBeforeSignIn = m_outbox ? State::Offline : State::SignedOut;
    m_restoring = true;
    setState(State::SigningIn);
    m_helseId->restoreSession();
}

Result<void> Session::openStoredOutbox()
{
    const Result<Auth::StoredSession> stored = Auth::StoredSession::read(*m_secrets);
    if (!stored)
        return stored.error();
    if (!stored->belongsTo(m_environment) || stored->subject.isEmpty()) {
        return Error {QStringLiteral("not-signed-in"),
            QCoreApplication::translate("Auth", "You are not signed in.")};
    }
    const Result<void> opened = openOutboxFor(stored->subject);
    if (opened && m_state == State::SignedOut)
        setState(State::Offline);
    return opened;
}

void Session::signOut()
{
    if (m_state == State::SigningIn)
        cancelSignIn();
    dropApi();
    closeOutbox();
    // Listen before signing out: HelseIdClient removes the stored session from the keychain after opening the
    // end-session page, and the keychain call runs a local event loop in which the page may already finish.
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, done] {
        if (std::exchange(*done, true))
            return;
        qCDebug(lcSession) << "sign-out finished";
        Q_EMIT signOutFinished();
    };
    QList<QMetaObject::Connection> connections;
    if (m_headless) {
        connections.append(connect(m_headless.get(), &Auth::HeadlessBrowser::finished, this, finish, Qt::SingleShotConnection));
        connections.append(
            connect(m_headless.get(), &Auth::BrowserLauncher::navigationFailed, this, finish, Qt::SingleShotConnection));
    }
    const bool endingProviderSession = m_helseId->signOut();
    setState(State::SignedOut);
    if (!endingProviderSession || !m_headless) {
        // No page to wait for (or a real browser shows it): done once the caller is back in the event loop.
        for (const QMetaObject::Connection& connection : std::as_const(connections))
            disconnect(connection);
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
    }
}

void Session::onSignedIn(const Auth::SignedInUser& user)
{
    const QString owner = Outbox::OutboxDataKey::userKeyIdFor(user.subject);
    if (owner != m_outboxOwner) {
        // Another person: their outbox, never the previous person's.
        dropApi();
        closeOutbox();
        if (const Result<void> opened = openOutboxFor(user.subject); !opened) {
            m_lastError = opened.error();
            Q_EMIT outboxFailed(opened.error());
        }
    }
    if (const Result<void> ready = prepareApi(); !ready) {
        m_lastError = ready.error();
        qCWarning(lcSession) << "national API not usable:" << ready.error().code;
    }
    // A sign-in (not the silent restore at start) is an audited action, with the HPR number of who signed in.
    if (!m_restoring) {
        Audit::AuditLog::record(
            Audit::AuditAction::SignIn, user.hprNumber, QStringLiteral("environment:") + m_environment.name);
    }
    m_restoring = false;
    setState(State::Ready);
}

void Session::onSignInFailed(const Error& error)
{
    if (m_state != State::SigningIn)
        return;
    m_lastError = error;
    const SignInFailure reason = signInFailureOf(error);
    qCWarning(lcSession) << "sign-in failed:" << error.code << reason;
    if (m_restoring && reason == SignInFailure::ProviderUnreachable && m_outbox) {
        m_restoring = false;
        setState(State::Offline);
        Q_EMIT signInFailed(error, reason);
        return;
    }
    m_restoring = false;
    State back = m_stateBeforeSignIn;
    if (back == State::Ready && !m_helseId->user())
        back = State::SignedOut;
    if (back == State::SignedOut || back == State::SigningIn) {
        dropApi();
        closeOutbox();
        back = State::SignedOut;
    }
    setState(back);
    Q_EMIT signInFailed(error, reason);
}

void Session::onMustSignInAgain(const Error& error)
{
    m_lastError = error;
    dropApi();
    const bool wasSigningIn = m_state == State::SigningIn;
    m_restoring = false;
    // The outbox stays open: what the person queued is still theirs and is sent after the next sign-in.
    setState(m_outbox ? State::MustSignInAgain : State::SignedOut);
    if (wasSigningIn)
        Q_EMIT signInFailed(error, SignInFailure::SessionExpired);
}

Result<void> Session::openOutboxFor(const QString& subject)
{
    const QString owner = Outbox::OutboxDataKey::userKeyIdFor(subject);
    if (m_outbox && owner == m_outboxOwner)
        return {};
    dropApi();
    closeOutbox();
    Outbox::OutboxOptions options;
    options.userKeyId = owner;
    options.secrets = m_secrets.get();
    options.databasePath = m_options.outboxPath;
    Result<std::unique_ptr<Outbox::OutboxStore>> opened = Outbox::OutboxStore::open(options);
    if (!opened)
        return opened.error();
    m_outbox = std::move(opened).value();
    m_outboxOwner = owner;
    m_watcher = std::make_unique<OutboxWatcher>(*m_outbox);
    qCInfo(lcSession) << "outbox opened";
    Q_EMIT outboxChanged();
    return {};
}

void Session::closeOutbox()
{
    if (!m_outbox)
        return;
    m_sender.reset();
    m_decisionPoller.reset();
    m_watcher.reset();
    m_outbox.reset();
    m_outboxOwner.clear();
    qCInfo(lcSession) << "outbox closed";
    Q_EMIT outboxChanged();
}

Result<void> Session::prepareApi()
{
    dropApi();
    Result<std::unique_ptr<Api::Transport>> transport = Api::Transport::create(m_environment.apiTransport);
    if (!transport)
        return transport.error();
    const QUrl baseUrl = m_environment.apiBaseUrl();
    if (const Result<void> usable = Api::ApiClient::checkBaseUrl(baseUrl); !usable)
        return usable.error();
    m_api = std::make_unique<Api::ApiClient>(
        *m_helseId, std::move(transport).value(), baseUrl, m_options.requestTimeoutMs);
    if (m_outbox) {
        m_sender = std::make_unique<Api::OutboxSender>(*m_outbox, *m_api);
        // Births go to Folkeregisteret; a missing address or certificate keeps them waiting with IT's error.
        m_birthClient = std::make_unique<Api::FolkeregisteretClient>(
            m_network, *m_secrets, m_folkeregisteretSettings, m_options.requestTimeoutMs);
        m_sender->setBirthClient(m_birthClient.get());
        m_decisionPoller = std::make_unique<Api::DecisionFeedPoller>(*m_outbox, *m_birthClient);
        // The registry refused the sign-in even after a refresh: nothing more goes out until the person signs in
        // again. Queued, so the sender finishes its flush before anyone reacts.
        connect(m_sender.get(), &Api::OutboxSender::signInRequired, this, [this](const Error& error) {
            if (m_state != State::Ready)
                return;
            m_lastError = error;
            setState(State::MustSignInAgain);
        }, Qt::QueuedConnection);
    }
    return {};
}

void Session::dropApi()
{
    m_sender.reset();
    m_decisionPoller.reset();
    m_birthClient.reset();
    m_api.reset();
}

void Session::registerWithSandbox(std::function<void(const Result<void>&)> done)
{
    const QUrl issuer(m_environment.issuer);
    if (!m_environment.isTest || !QHostAddress(issuer.host()).isLoopback()) {
        done({});
        return;
    }
    const Result<Auth::Jose::Jwk> key = m_helseId->clientKey();
    if (!key) {
        done(key.error());
        return;
    }
    const QJsonObject body {
        {QStringLiteral("client_id"), m_environment.clientId},
        {QStringLiteral("jwks"), QJsonObject {{QStringLiteral("keys"), QJsonArray {key->toPublicJson()}}}},
    };
    QUrl url = issuer;
    url.setPath(QStringLiteral("/_sandbox/clients"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 || status == 201) {
            done({});
            return;
        }
        done(Error {QStringLiteral("sandbox-registration"),
            QCoreApplication::translate("Session", "Could not register the client key with the sandbox at %1 (%2).")
                .arg(m_environment.issuer, status ? QString::number(status) : reply->errorString())});
    });
}

} // namespace Meldeklient::Session
