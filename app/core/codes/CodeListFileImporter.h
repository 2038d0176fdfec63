#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QString>

namespace Meldeklient::Codes {

// Imports a code-list file of any supported kind, recognised by its content rather than its name.
class CodeListFileImporter
{
public:
    enum class Format { FhirJson, IrisValidCodes, IrisNonConsistent, PlainCsv };

    struct Options {
        QString system;  // plain CSV only: canonical URL or Volven number
        QString version; // plain CSV and Iris: the version to record (Iris defaults to "iris-<year>")
    };

    static Format detect(QByteArrayView content);
    // For Iris ValidIcdCodes.csv the NonConsistentIcdCodes_NewFormat.csv beside it is read too, when present.
    // Adds InputFile's input-* codes (missing, not a regular file, over 64 MB, unreadable) to the importers' codes.
    static Result<CodeList> importFile(const QString& path, const Options& options);
};

} // namespace Meldeklient::Codes
