#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>

namespace Meldeklient::Codes {

// NHN's code endpoint (`/api/koder?oid=7110…`, FHI's cause-of-death set) has no published response format, so both
// plausible shapes are accepted and the caller is told which one was seen: a FHIR ValueSet with
// `expansion.contains[]` ({system, code, display}) or a plain JSON list of {code|kode|value, display|tekst|name}.
// The codes become a value set whose concepts are ICD-10 (7110) codes, stored without dot, case kept.
// Error codes: codes-json, codes-koder-shape, codes-missing-code, codes-duplicate-code, codes-empty.
class KoderResponseParser
{
public:
    enum class Shape : quint8 { FhirExpansion, PlainList };
    struct Parsed {
        Shape shape;
        CodeList list;
    };
    static constexpr QStringView fhi7110Url = u"urn:meldeklient:codes:fhi-7110";

    static Result<Parsed> parse(const QByteArray& content, const QString& version = {});
    static QString shapeName(Shape shape);
};

} // namespace Meldeklient::Codes
