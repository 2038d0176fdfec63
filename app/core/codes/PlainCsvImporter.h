#pragma once

#include "core/codes/CodeList.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient::Codes {

// Reads a small code system written by hand: UTF-8, one `code;text` pair a line, an optional header line
// ("code;text", "kode;tekst"), '#' comment lines, fields optionally in double quotes.
// Error codes: codes-encoding, codes-csv-quote, codes-csv-columns, codes-missing-code, codes-duplicate-code,
// codes-missing-system, codes-empty.
class PlainCsvImporter
{
public:
    static Result<CodeList> import(const QByteArray& content, const QString& systemUrl, const QString& version);
};

} // namespace Meldeklient::Codes
