#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Meldeklient::Codes {

// Reads the cell texts of the first worksheet of an Office Open XML workbook (.xlsx). The zip container is opened
// with libarchive (no zip code of our own); the workbook, its relationships, the shared strings and the sheet are read
// with QXmlStreamReader. Rows come back as lists of cell texts indexed by column (A = 0), empty cells as empty
// strings; numbers as written in the file (dates stay Excel serial numbers). Formulas, styles and further sheets are
// ignored. Error codes: codes-xlsx (not a workbook, a part missing, damaged XML, too large when unpacked).
class XlsxSheetReader
{
public:
    // Unpacked parts larger than this are refused (a zip bomb): the national ICD-10 workbook unpacks to ~15 MB.
    static constexpr qint64 maxUnpackedBytes = 256LL * 1024 * 1024;
    static constexpr int maxColumns = 256;

    static Result<QList<QStringList>> readFirstSheet(const QByteArray& xlsx);
    static bool looksLikeZip(QByteArrayView content);
};

} // namespace Meldeklient::Codes
