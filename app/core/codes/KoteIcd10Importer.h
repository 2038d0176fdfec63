#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Meldeklient::Codes {

// Reads Helsedirektoratet's Norwegian ICD-10 list: the code-system download of its KoTe API (a JSON array, one object
// per row with the keys Kode, Tekst_uten_lengdebegrensning, Tekst_med_maksimalt_60_tegn, Gyldig_fra, Gyldig_til,
// Stjernekode, Tilleggskode, Kjønn, Uspesifikk_kode, Foreldrekode ...) or the yearly workbook with the same columns
// (header names with spaces). Chapter and block rows and every code that has subdivisions are left out: only leaf
// codes can be the cause of death. Codes keep their published case ("I210a"); the dot is removed.
// Version: "icd10-no-<latest year in Gyldig_fra>"; the file's SHA-256 is kept as provenance.
// Error codes: codes-json (not JSON or truncated), codes-kote-shape (not an array of rows with Kode and text, or a
// workbook without those columns), codes-xlsx, codes-duplicate-code, codes-empty (no leaf code).
class KoteIcd10Importer
{
public:
    static Result<CodeList> importJson(const QByteArray& content);
    static Result<CodeList> importXlsx(const QByteArray& content);

    // The workbook's first sheet as rows of cells, first row the header: exposed for the fuzz target and tests.
    static Result<CodeList> importRows(const QList<QStringList>& rows, const QByteArray& sha256Hex);

    static bool looksLikeJson(QByteArrayView content);
};

} // namespace Meldeklient::Codes
