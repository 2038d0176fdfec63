#pragma once

#include <QString>

namespace Meldeklient::Questionnaire {

// Canonical spellings of code-system and value-set references. NHN's published forms and samples name Volven code
// systems in three ways: a bare number ("99003"), a code-service URL ("https://api.helsepunkt.no/api/koder/8116") and
// a templated search URL ("http://api.{environment}.helsepunkt.no/api/koder?oid=7110&query={query}"). All of them
// mean the Volven OID URN "urn:oid:2.16.578.1.12.4.1.1.<number>", which is what our forms and code systems use.
class CodeSystemUrl
{
public:
    static QString volvenOidPrefix();
    // The OID URN for any of NHN's spellings; other URLs are returned trimmed but otherwise unchanged.
    static QString canonical(const QString& systemOrValueSet);
    // The Volven code-system number ("7110") of a canonical or NHN spelling; empty when it is not a Volven system.
    static QString volvenNumber(const QString& systemOrValueSet);
    // Whether two coding systems name the same code system. An empty system matches any (FHIR allows codings without
    // a system in answerOption; codes are then compared alone).
    static bool sameSystem(const QString& left, const QString& right);
};

} // namespace Meldeklient::Questionnaire
