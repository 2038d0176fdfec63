#pragma once

#include "cli/AuthSession.h"
#include "core/api/ApiClient.h"
#include "core/common/Result.h"

#include <memory>

namespace Meldeklient::Cli {

// The stored HelseID session of an environment, resumed, and an API client for the environment's national API
// (transport and base URL from the environment). What `outbox flush`, `outbox retry` and `lookup` need.
class RegistryConnection
{
public:
    RegistryConnection(Config::Environment environment, int requestTimeoutMs);

    // Resumes the stored sign-in (a token refresh) and prepares the API client. Errors: the sign-in's
    // ("not-signed-in", "refresh-token-rejected", ...), "api-unknown-transport", "api-not-configured",
    // "insecure-endpoint".
    Result<Auth::SignedInUser> open();

    AuthSession& session() { return m_session; }
    Api::ApiClient& api() { return *m_api; }

private:
    AuthSession m_session;
    int m_requestTimeoutMs;
    std::unique_ptr<Api::ApiClient> m_api;
};

} // namespace Meldeklient::Cli
