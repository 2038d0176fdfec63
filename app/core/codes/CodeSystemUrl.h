#pragma once

#include <QString>
#include <QStringView>

namespace Meldeklient::Codes {

// Canonical system URLs and code spelling. Volven code systems are named by OID URN
// ("urn:oid:2.16.578.1.12.4.1.1.<nr>"); NHN's APIs use the bare number ("7110") and some files the bare OID.
namespace CodeSystemUrl {

inline constexpr QStringView volvenOidPrefix = u"urn:oid:2.16.578.1.12.4.1.1.";
inline constexpr QStringView icd10 = u"urn:oid:2.16.578.1.12.4.1.1.7110";

// "7110", "2.16.578.1.12.4.1.1.7110", "urn:oid:2.16.578.1.12.4.1.1.7110", NHN's code-service URL
// ("https://api.helsepunkt.no/api/koder/7110") and its templated search URL
// ("http://api.{environment}.helsepunkt.no/api/koder?oid=7110&query={query}") all give the URN; other URLs come back
// trimmed and otherwise unchanged.
QString canonical(QStringView systemOrAlias);
// The Volven number ("7110") of any of those spellings; empty when it is not a Volven system.
QString volvenNumber(QStringView systemOrAlias);
// Whether two coding systems name the same code system. An empty system matches any (FHIR allows codings without a
// system in answerOption; codes are then compared alone).
bool sameSystem(QStringView left, QStringView right);
bool isIcd10(QStringView canonicalUrl);

// The stored spelling of a code: trimmed; for ICD-10 also without dots and spaces, case kept as published
// ("I21.9" -> "I219", national "I21.0a" -> "I210a"): Norway's list has thousands of codes with a lower-case letter.
QString normalizedCode(QStringView canonicalUrl, QStringView code);
// What two codes are compared by: for ICD-10 the stored spelling in upper case ("i21.0A" and "I210a" meet; no two
// published codes differ only by case), otherwise the trimmed code.
QString comparisonKey(QStringView canonicalUrl, QStringView code);
// The ICD-10 comparison key of any spelling: no dots or spaces, upper case.
QString icd10Key(QStringView code);
// How a person reads an ICD-10 code: "I219" -> "I21.9", "I2190" -> "I21.90", "R99" -> "R99".
QString displayIcd10Code(QStringView storedCode);

} // namespace CodeSystemUrl
} // namespace Meldeklient::Codes
