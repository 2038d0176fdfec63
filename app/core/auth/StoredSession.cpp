#include "core/auth/StoredSession.h"

#include "core/common/SecretStore.h"
#include "core/config/Environment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Auth {

namespace {
Error notSignedIn()
{
    return Error {QStringLiteral("not-signed-in"), QCoreApplication::translate("Auth", "You are not signed in.")};
}
} // namespace

QByteArray StoredSession::toJson() const
{
    QJsonObject session {
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("sub"), subject},
        {QStringLiteral("resource"), resource},
    };
    if (refreshExpiresAt > 0)
        session.insert(QStringLiteral("refresh_expires_at"), double(refreshExpiresAt));
    return QJsonDocument(session).toJson(QJsonDocument::Compact);
}

Result<StoredSession> StoredSession::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    StoredSession session;
    session.issuer = object.value(QLatin1StringView("issuer")).toString();
    session.clientId = object.value(QLatin1StringView("client_id")).toString();
    session.refreshToken = object.value(QLatin1StringView("refresh_token")).toString();
    session.nonce = object.value(QLatin1StringView("nonce")).toString();
    session.subject = object.value(QLatin1StringView("sub")).toString();
    session.resource = object.value(QLatin1StringView("resource")).toString();
    session.refreshExpiresAt = qint64(object.value(QLatin1StringView("refresh_expires_at")).toDouble());
    if (session.refreshToken.isEmpty() || session.subject.isEmpty())
        return notSignedIn();
    return session;
}

Result<StoredSession> StoredSession::read(SecretStore& secrets)
{
    const Result<QByteArray> stored = secrets.read(secretKey());
    if (!stored)
        return stored.error().code == u"secret-not-found" ? notSignedIn() : stored.error();
    return fromJson(stored.value());
}

Result<void> StoredSession::write(SecretStore& secrets) const
{
    return secrets.write(secretKey(), toJson());
}

Result<void> StoredSession::remove(SecretStore& secrets)
{
    return secrets.remove(secretKey());
}

bool StoredSession::belongsTo(const Config::Environment& environment) const
{
    return issuer == environment.issuer && clientId == environment.clientId;
}

} // namespace Meldeklient::Auth
