#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Meldeklient::Auth {

// One finished HTTP exchange with an OpenID provider or API, reduced to what the flow inspects.
struct HttpResponse {
    int status = 0; // 0: no HTTP response (network error, refused URL)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set when status is 0: what went wrong, for the user.
    Error transportError;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    // OAuth error response members (RFC 6749 §5.2); empty when absent.
    QString oauthError() const;
    QString oauthErrorDescription() const;
};

} // namespace Meldeklient::Auth
