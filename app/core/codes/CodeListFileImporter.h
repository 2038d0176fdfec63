#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Meldeklient::Codes {

// Imports a code-list file of any supported kind, recognised by its content rather than its name.
class CodeListFileImporter
{
public:
    enum class Format { FhirJson, IrisValidCodes, IrisNonConsistent, PlainCsv, KoteJson, KoteXlsx };

    struct Options {
        QString system;  // plain CSV only: canonical URL or Volven number
        QString version; // plain CSV and Iris: the version to record (Iris defaults to "iris-<year>")
    };

    // "kote-json", "kote-xlsx", "fhir-json", "iris", "csv"; nullopt for any other name.
    static std::optional<Format> formatNamed(QStringView name);

    static Format detect(QByteArrayView content);
    // For Iris ValidIcdCodes.csv the NonConsistentIcdCodes_NewFormat.csv beside it is read too, when present.
    // Adds InputFile's input-* codes (missing, not a regular file, over 64 MB, unreadable) to the importers' codes.
    // The list records its source format, the file's SHA-256 and the import time (CodeList::source() ...).
    // `format` given (codes import --format): no detection.
    static Result<CodeList> importFile(
        const QString& path, const Options& options, std::optional<Format> format = std::nullopt);
    static QString sourceName(Format format);

private:
    static Result<CodeList> importContent(
        const QString& path, const QByteArray& content, const Options& options, Format format);
};

} // namespace Meldeklient::Codes
