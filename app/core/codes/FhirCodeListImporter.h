#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>

namespace Meldeklient::Codes {

// Reads a FHIR R4 CodeSystem (concept, nested concepts flattened) or an enumerated ValueSet
// (compose.include[].concept with system, or expansion.contains) from JSON.
// Error codes: codes-json, codes-resource-type, codes-missing-url, codes-missing-system, codes-missing-code,
// codes-duplicate-code, codes-unsupported, codes-empty. Messages name the JSON path at fault, never the content.
class FhirCodeListImporter
{
public:
    static Result<CodeList> import(const QByteArray& json);
};

} // namespace Meldeklient::Codes
