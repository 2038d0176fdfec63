#include "core/auth/TokenResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Auth {

Result<TokenResponse> TokenResponse::parse(QByteArrayView json)
{
    const auto malformed = [] {
        return Error {QStringLiteral("token-malformed"),
            QCoreApplication::translate("Auth", "HelseID sent a token response Meldeklient cannot read.")};
    };
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    if (!document.isObject())
        return malformed();
    const QJsonObject object = document.object();
    const QJsonValue accessToken = object.value(QLatin1StringView("access_token"));
    const QJsonValue tokenType = object.value(QLatin1StringView("token_type"));
    const QJsonValue expiresIn = object.value(QLatin1StringView("expires_in"));
    if (!accessToken.isString() || accessToken.toString().isEmpty() || !tokenType.isString()
        || !expiresIn.isDouble() || expiresIn.toDouble() <= 0)
        return malformed();
    if (tokenType.toString().compare(u"DPoP", Qt::CaseInsensitive) != 0)
        return Error {QStringLiteral("token-not-dpop"),
            QCoreApplication::translate("Auth",
                "HelseID issued a %1 token instead of a DPoP-bound one; it was refused.")
                .arg(tokenType.toString().left(20))};
    TokenResponse response;
    response.accessToken = accessToken.toString().toUtf8();
    response.expiresIn = qint64(expiresIn.toDouble());
    const auto optionalString = [&object](QLatin1StringView key) {
        return object.value(key).toString().toUtf8();
    };
    response.refreshToken = optionalString(QLatin1StringView("refresh_token"));
    response.idToken = optionalString(QLatin1StringView("id_token"));
    response.scope = object.value(QLatin1StringView("scope")).toString();
    response.refreshExpiresIn = qint64(object.value(QLatin1StringView("rt_expires_in")).toDouble());
    return response;
}

} // namespace Meldeklient::Auth
