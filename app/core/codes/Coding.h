#pragma once

#include <QString>

namespace Meldeklient::Codes {

// A code from a code system, as FHIR's Coding.
struct Coding {
    QString system;  // canonical URL or OID URN, e.g. "urn:oid:2.16.578.1.12.4.1.1.99003"
    QString code;    // e.g. "5"; ICD-10 codes are kept without the dot ("I219")
    QString display; // text in the code system's language
    QString version; // code-system version the code was taken from, when known

    bool operator==(const Coding& other) const = default;
};

} // namespace Meldeklient::Codes
