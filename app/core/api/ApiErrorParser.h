#pragma once

#include "core/api/ServerMessage.h"

#include <QByteArray>

namespace Meldeklient::Api {

// Reads an API error answer: a FHIR OperationOutcome (nhn-fhir), an RFC 9457 problem+json (nhn-rest), or anything
// else (then only the status line). Never fails: any bytes give a ServerMessage with a status line.
class ApiErrorParser
{
public:
    static ServerMessage parse(int status, const QByteArray& body);
    // "HTTP 422 (Unprocessable Content)": the status with its RFC 9110 reason where known.
    static QString statusLine(int status);
};

} // namespace Meldeklient::Api
