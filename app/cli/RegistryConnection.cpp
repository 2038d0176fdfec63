#include "cli/RegistryConnection.h"

#include "core/api/Transport.h"

namespace Meldeklient::Cli {

RegistryConnection::RegistryConnection(Config::Environment environment, int requestTimeoutMs)
    : m_session(std::move(environment))
    , m_requestTimeoutMs(requestTimeoutMs)
{
}

Result<Auth::SignedInUser> RegistryConnection::open()
{
    const Config::Environment& environment = m_session.environment();
    Result<std::unique_ptr<Api::Transport>> transport = Api::Transport::create(environment.apiTransport);
    if (!transport)
        return transport.error();
    const QUrl baseUrl = environment.apiBaseUrl();
    if (const Result<void> usable = Api::ApiClient::checkBaseUrl(baseUrl); !usable)
        return usable.error();
    Result<Auth::SignedInUser> user = m_session.restore();
    if (!user)
        return user;
    m_api = std::make_unique<Api::ApiClient>(
        m_session.client(), std::move(transport).value(), baseUrl, m_requestTimeoutMs);
    return user;
}

} // namespace Meldeklient::Cli
