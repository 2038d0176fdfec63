#pragma once

#include <QString>
#include <QStringView>

namespace Meldeklient::Codes {

// Canonical system URLs and code spelling. Volven code systems are named by OID URN
// ("urn:oid:2.16.578.1.12.4.1.1.<nr>"); NHN's APIs use the bare number ("7110") and some files the bare OID.
namespace CodeSystemUrl {

inline constexpr QStringView volvenOidPrefix = u"urn:oid:2.16.578.1.12.4.1.1.";
inline constexpr QStringView icd10 = u"urn:oid:2.16.578.1.12.4.1.1.7110";

// "7110", "2.16.578.1.12.4.1.1.7110" and "urn:oid:2.16.578.1.12.4.1.1.7110" all give the URN; other URLs come back
// trimmed and otherwise unchanged.
QString canonical(QStringView systemOrAlias);
bool isIcd10(QStringView canonicalUrl);

// The stored spelling of a code: trimmed; for ICD-10 also upper case and without the dot ("i21.9" -> "I219").
QString normalizedCode(QStringView canonicalUrl, QStringView code);
// How a person reads an ICD-10 code: "I219" -> "I21.9", "I2190" -> "I21.90", "R99" -> "R99".
QString displayIcd10Code(QStringView storedCode);

} // namespace CodeSystemUrl
} // namespace Meldeklient::Codes
