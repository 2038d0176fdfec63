#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace Meldeklient::Api {

// One HTTP request to the national API, relative to the transport's base URL. Rendered by a Transport, sent by
// ApiClient with DPoP authorization.
struct ApiRequest {
    QByteArray method;         // "GET", "POST"
    QString path;              // appended to the base URL's path, e.g. "/dodsfall"; never holds personal data
    QUrlQuery query;           // only FHIR searches use one (it is never logged)
    QByteArray contentType;    // of the body; empty without a body
    QByteArray body;
    QString idempotencyKey;    // sent as Idempotency-Key on every POST
};

} // namespace Meldeklient::Api
