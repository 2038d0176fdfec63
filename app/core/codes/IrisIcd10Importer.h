#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient::Codes {

// Reads the Iris ICD-10 tables (README.md describes the columns): ValidIcdCodes.csv gives the codes, labels,
// asterisk flag and validity years; the optional NonConsistentIcdCodes_NewFormat.csv adds sex and age
// restrictions, the rare-disease flag and whether a code may be the underlying cause.
// Error codes: codes-encoding, codes-csv-quote, codes-csv-header, codes-csv-columns, codes-missing-code,
// codes-duplicate-code, codes-field, codes-empty. Messages name the file, line and column at fault.
class IrisIcd10Importer
{
public:
    static constexpr QStringView validCodesFileName = u"ValidIcdCodes.csv";
    static constexpr QStringView nonConsistentFileName = u"NonConsistentIcdCodes_NewFormat.csv";

    // `version` empty: "iris-<latest YearStart in the tables>".
    static Result<CodeList> import(
        const QByteArray& validCodes, const QByteArray& nonConsistent = {}, const QString& version = {});

    static bool looksLikeValidCodes(QByteArrayView content);
    static bool looksLikeNonConsistent(QByteArrayView content);
};

} // namespace Meldeklient::Codes
