#pragma once

#include "core/auth/SignInOptions.h"
#include "core/auth/SignedInUser.h"
#include "core/common/Result.h"
#include "core/config/Environment.h"
#include "core/session/SessionOptions.h"
#include "core/session/SignInFailure.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Auth {
class HeadlessBrowser;
class HelseIdClient;
} // namespace Meldeklient::Auth
namespace Meldeklient::Outbox {
class OutboxStore;
}
namespace Meldeklient::Api {
class ApiClient;
class DecisionFeedPoller;
class FolkeregisteretClient;
class OutboxSender;
} // namespace Meldeklient::Api

namespace Meldeklient::Session {

class BirthNotificationService;
class OutboxFlush;
class OutboxWatcher;

// One person's working session in one environment, shared by the window and meldeklient-cli (after Nextcloud
// desktop's AccountState): it owns the network access, the keychain, the HelseID client and, once someone is
// signed in, that person's outbox, API client and sender. The outbox opens only for the person whose session it
// is; another person signing in closes it and opens theirs.
//
//   SignedOut --signIn()/restore()--> SigningIn --> Ready            (signed in; outbox, API and sender usable)
//                                               \-> Offline          (restore() could not reach HelseID: the stored
//                                                                     person's outbox is open, nothing is sent)
//                                               \-> SignedOut        (signInFailed)
//   Ready --refresh token refused, or the registry refuses the sign-in--> MustSignInAgain (outbox stays open,
//                                                                           nothing is sent until signIn())
//   any --signOut()--> SignedOut (outbox closed, stored session removed)
//
// Signals arrive from the event loop; no call waits on the network.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, Ready, MustSignInAgain, Offline };
    Q_ENUM(State)

    using SecretStoreFactory = SessionOptions::SecretStoreFactory;
    using Options = SessionOptions;

    explicit Session(Config::Environment environment, Options options = {}, QObject* parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    const Config::Environment& environment() const;
    // The signed-in person (Ready, MustSignInAgain). Personal data: show it, never log or store it.
    std::optional<Auth::SignedInUser> user() const;
    // False when the keychain cannot keep the sign-in: it works until Meldeklient closes (say so to the person).
    bool rememberedAcrossRestarts() const;
    // Why the last sign-in, restore or outbox opening failed (empty code when nothing failed).
    Error lastError() const { return m_lastError; }

    // Starts a sign-in; ends in Ready, or signInFailed() and the state before. In a loopback sandbox the client's
    // key is registered with the sandbox first, as HelseID's self-service would.
    void signIn(const Auth::SignInOptions& options = {});
    void cancelSignIn();
    // Resumes the stored sign-in at start: Ready, Offline (HelseID unreachable), or SignedOut with signInFailed()
    // (NotSignedIn when nothing is stored, SessionExpired when it is no longer accepted).
    void restore();
    // Opens the stored person's outbox without the network (meldeklient-cli submit, outbox list): Offline.
    // Errors: "not-signed-in", "secret-store-unavailable", OutboxStore::open's.
    Result<void> openStoredOutbox();
    // Ends the provider session when possible, removes the stored sign-in, closes the outbox: SignedOut.
    void signOut();

    // The person's outbox, open in Ready, Offline and MustSignInAgain; null otherwise.
    Outbox::OutboxStore* outbox() const { return m_outbox.get(); }
    // Emits changed() after every change of outbox(); null when no outbox is open.
    OutboxWatcher* outboxWatcher() const { return m_watcher.get(); }
    // Ready only (null otherwise): the national API as the signed-in person, and the sender draining the outbox.
    Api::ApiClient* api() const { return m_api.get(); }
    Api::OutboxSender* sender() const { return m_sender.get(); }
    // Ready only (null otherwise): Folkeregisteret for births (mutual TLS, organisation certificate) and the reader
    // of its decision feed.
    Api::FolkeregisteretClient* folkeregisteret() const { return m_birthClient.get(); }
    Api::DecisionFeedPoller* decisionPoller() const { return m_decisionPoller.get(); }
    // Sending the outbox (every flush goes through it: one at a time, cancellable at sign-out and quit); always
    // there, sends in Ready only.
    OutboxFlush& outboxFlush() const { return *m_outboxFlush; }
    // The birth-notification use cases (the birth screen, meldeklient-cli submit); always there, usable once
    // someone is signed in (queue needs the outbox, sending and decisions need Ready).
    BirthNotificationService* births() const { return m_births; }
    // Where births go (the configuration's, or SessionOptions::folkeregisteret).
    const Config::FolkeregisteretSettings& folkeregisteretSettings() const { return m_folkeregisteretSettings; }
    Auth::HelseIdClient& helseId() const { return *m_helseId; }
    // The keychain of this environment (the outbox key lives there too).
    SecretStore& secrets() const { return *m_secrets; }
    // OutboxDataKey::userKeyIdFor(subject) of the person whose outbox is open; empty when none is.
    QString outboxOwner() const { return m_outboxOwner; }

Q_SIGNALS:
    void stateChanged(Meldeklient::Session::Session::State state);
    void signInFailed(const Meldeklient::Error& error, Meldeklient::Session::SignInFailure reason);
    // The keychain could not store the sign-in: it will not survive a restart.
    void notRemembered(const Meldeklient::Error& error);
    // The outbox (and with it outboxWatcher()) was opened or closed; views re-attach.
    void outboxChanged();
    // The person's outbox could not be opened (wrong key, in use by another program...).
    void outboxFailed(const Meldeklient::Error& error);
    // After signOut(): the provider's end-session page has been visited (or there was none to visit).
    void signOutFinished();

private:
    void setState(State state);
    void onSignedIn(const Auth::SignedInUser& user);
    void onSignInFailed(const Error& error);
    void onMustSignInAgain(const Error& error);
    Result<void> openOutboxFor(const QString& subject);
    void closeOutbox();
    Result<void> prepareApi();
    void dropApi();
    void registerWithSandbox(std::function<void(const Result<void>&)> done);

    Config::Environment m_environment;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Auth::HeadlessBrowser> m_headless;
    std::unique_ptr<Auth::HelseIdClient> m_helseId;
    // Destroyed in reverse: sender, API, watcher before the outbox they use.
    std::unique_ptr<Outbox::OutboxStore> m_outbox;
    std::unique_ptr<OutboxWatcher> m_watcher;
    std::unique_ptr<Api::ApiClient> m_api;
    std::unique_ptr<Api::FolkeregisteretClient> m_birthClient;
    std::unique_ptr<Api::DecisionFeedPoller> m_decisionPoller;
    std::unique_ptr<Api::OutboxSender> m_sender;
    Config::FolkeregisteretSettings m_folkeregisteretSettings;
    OutboxFlush* m_outboxFlush = nullptr; // child QObject
    BirthNotificationService* m_births = nullptr; // child QObject
    QString m_outboxOwner;
    State m_state = State::SignedOut;
    // The state to return to when a sign-in fails.
    State m_stateBeforeSignIn = State::SignedOut;
    bool m_restoring = false;
    Error m_lastError;
};

} // namespace Meldeklient::Session
