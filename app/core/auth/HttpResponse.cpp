#include "core/auth/HttpResponse.h"

#include <QJsonDocument>

namespace Meldeklient::Auth {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::oauthError() const
{
    return json().value(QLatin1StringView("error")).toString();
}

QString HttpResponse::oauthErrorDescription() const
{
    return json().value(QLatin1StringView("error_description")).toString().left(300);
}

} // namespace Meldeklient::Auth
