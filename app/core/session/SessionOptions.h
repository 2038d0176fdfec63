#pragma once

#include "core/config/FolkeregisteretSettings.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Auth {
class BrowserLauncher;
}

namespace Meldeklient::Session {

// What a Session is built with besides its environment; the defaults are the product's, tests inject the rest.
struct SessionOptions {
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>(const QString& service)>;

    // Null: the session makes its own.
    QNetworkAccessManager* network = nullptr;
    // Null: the OS keychain (KeychainSecretStore) under the environment's service name.
    SecretStoreFactory secrets;
    // The system browser for sign-in (gui's SystemBrowserLauncher). In test environments (sandbox, HelseID test)
    // the sign-in completes without a browser (HeadlessBrowser) unless `browserInTestEnvironments`.
    Auth::BrowserLauncher* browser = nullptr;
    bool browserInTestEnvironments = false;
    // Per request to the national API.
    int requestTimeoutMs = 30000;
    // Empty: the person's outbox in the data folder (tests and support point elsewhere).
    QString outboxPath;
    // Folkeregisteret for births; unset: read from the layered configuration (FolkeregisteretSettings::load).
    std::optional<Config::FolkeregisteretSettings> folkeregisteret;
};

} // namespace Meldeklient::Session
