#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Meldeklient::Codes {

struct CsvRecord {
    qsizetype line = 0; // 1-based line on which the record starts
    QStringList fields;
};

// RFC 4180 reading of code-list files: fields in double quotes may hold separators, "" and line breaks; a quote
// anywhere else is an error naming the line and field, so a damaged file is never read half-right.
class CsvReader
{
public:
    struct Options {
        QChar separator = u',';
        bool allowComments = false; // lines starting with '#' are skipped
    };

    // Decodes UTF-8; byte-order marks (U+FEFF) are dropped wherever they are. Fails with "codes-encoding" naming
    // the first bad line.
    static Result<QString> decodeUtf8(const QByteArray& bytes);
    // Records of non-blank lines. Fails with "codes-csv-quote" naming the line and field.
    static Result<QList<CsvRecord>> parse(QStringView text, Options options);
};

} // namespace Meldeklient::Codes
