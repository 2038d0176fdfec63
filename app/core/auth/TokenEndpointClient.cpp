#include "core/auth/TokenEndpointClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcToken, "meldeklient.auth.token", QtInfoMsg)

namespace Meldeklient::Auth {

namespace {
Error oauthFailure(const HttpResponse& response, const QString& code, const QString& message)
{
    if (response.status == 0)
        return response.transportError;
    const QString reason = response.oauthError().left(60);
    const QString description = response.oauthErrorDescription();
    return Error {code,
        message.arg(response.status).arg(reason.isEmpty() ? QStringLiteral("-") : reason, description).trimmed()};
}
} // namespace

TokenEndpointClient::TokenEndpointClient(QString clientId, HttpExchange* http, ClientAssertionFactory assertions,
    DpopProofFactory proofs, QObject* parent)
    : QObject(parent)
    , m_clientId(std::move(clientId))
    , m_http(http)
    , m_assertions(std::move(assertions))
    , m_proofs(std::move(proofs))
{
}

Result<HttpExchange::Form> TokenEndpointClient::authenticated(const HttpExchange::Form& parameters) const
{
    const Result<QByteArray> assertion = m_assertions.create();
    if (!assertion)
        return assertion.error();
    HttpExchange::Form form = parameters;
    form.append({QStringLiteral("client_id"), m_clientId});
    form.append({QStringLiteral("client_assertion_type"), ClientAssertionFactory::assertionType()});
    form.append({QStringLiteral("client_assertion"), QString::fromLatin1(assertion.value())});
    return form;
}

void TokenEndpointClient::pushAuthorizationRequest(const QUrl& endpoint, const HttpExchange::Form& parameters,
    std::function<void(const Result<PushedRequest>&)> callback)
{
    const Result<HttpExchange::Form> form = authenticated(parameters);
    if (!form) {
        callback(form.error());
        return;
    }
    m_http->postForm(endpoint, form.value(), {}, [callback = std::move(callback)](const HttpResponse& response) {
        if (response.status != 201 && response.status != 200) {
            qCWarning(lcToken) << "pushed authorization request refused:" << response.status << response.oauthError();
            callback(oauthFailure(response, QStringLiteral("par-rejected"),
                QCoreApplication::translate("Auth", "HelseID refused the sign-in request (HTTP %1, %2). %3")));
            return;
        }
        const QJsonObject json = response.json();
        PushedRequest pushed {json.value(QLatin1StringView("request_uri")).toString(),
            qint64(json.value(QLatin1StringView("expires_in")).toDouble())};
        if (pushed.requestUri.isEmpty()) {
            callback(Error {QStringLiteral("par-malformed"),
                QCoreApplication::translate("Auth", "HelseID's answer to the sign-in request has no request_uri.")});
            return;
        }
        callback(pushed);
    });
}

void TokenEndpointClient::requestToken(const QUrl& endpoint, const HttpExchange::Form& grant,
    std::function<void(const Result<TokenResponse>&)> callback)
{
    postToken(endpoint, grant, false, std::move(callback));
}

void TokenEndpointClient::postToken(const QUrl& endpoint, const HttpExchange::Form& grant, bool isRetry,
    std::function<void(const Result<TokenResponse>&)> callback)
{
    const Result<HttpExchange::Form> form = authenticated(grant);
    if (!form) {
        callback(form.error());
        return;
    }
    const Result<QByteArray> proof = m_proofs.create("POST", endpoint, m_dpopNonce);
    if (!proof) {
        callback(proof.error());
        return;
    }
    ++m_tokenRequests;
    m_http->postForm(endpoint, form.value(), {{QByteArrayLiteral("DPoP"), proof.value()}},
        [this, endpoint, grant, isRetry, callback = std::move(callback)](const HttpResponse& response) {
            const QByteArray nonce = response.header("DPoP-Nonce");
            if (!nonce.isEmpty())
                m_dpopNonce = QString::fromLatin1(nonce);
            if (response.status == 400 && response.oauthError() == u"use_dpop_nonce") {
                if (isRetry || nonce.isEmpty()) {
                    callback(Error {QStringLiteral("token-dpop-nonce"),
                        QCoreApplication::translate("Auth",
                            "HelseID kept asking for a new DPoP nonce; the sign-in was stopped.")});
                    return;
                }
                ++m_nonceRetries;
                qCDebug(lcToken) << "token endpoint asked for a DPoP nonce; retrying once";
                postToken(endpoint, grant, true, callback);
                return;
            }
            if (response.status != 200) {
                qCWarning(lcToken) << "token request refused:" << response.status << response.oauthError();
                if (response.oauthError() == u"invalid_grant") {
                    callback(Error {QStringLiteral("token-invalid-grant"),
                        QCoreApplication::translate("Auth",
                            "Your HelseID sign-in has expired or was revoked. Please sign in again.")});
                    return;
                }
                callback(oauthFailure(response, QStringLiteral("token-rejected"),
                    QCoreApplication::translate("Auth", "HelseID refused to issue a token (HTTP %1, %2). %3")));
                return;
            }
            callback(TokenResponse::parse(response.body));
        });
}

} // namespace Meldeklient::Auth
