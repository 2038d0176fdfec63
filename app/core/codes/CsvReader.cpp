#include "core/codes/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Meldeklient::Codes {

Result<QString> CsvReader::decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError()) {
        // U+FEFF inside the text (files joined together) is invisible and UTF-8 round trips drop it at the start
        // of a string, which would make the cache disagree with the import.
        text.remove(QChar(0xFEFF));
        return text;
    }
    qsizetype line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringConverter::Utf8);
        const QString ignored = lineDecoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(ignored)
        if (lineDecoder.hasError())
            break;
        ++line;
        start = end + 1;
    }
    return Result<QString>::failure(QStringLiteral("codes-encoding"),
        QCoreApplication::translate("Codes", "Line %1 is not valid UTF-8 text. Save the file as UTF-8.").arg(line));
}

Result<QList<CsvRecord>> CsvReader::parse(QStringView text, Options options)
{
    QList<CsvRecord> records;
    const qsizetype length = text.size();
    qsizetype pos = 0;
    qsizetype line = 1;
    auto quoteError = [&](qsizetype atLine, qsizetype field) {
        return Result<QList<CsvRecord>>::failure(QStringLiteral("codes-csv-quote"),
            QCoreApplication::translate("Codes", "Line %1, field %2: misplaced or unterminated double quote.")
                .arg(atLine)
                .arg(field));
    };
    while (pos < length) {
        // Blank lines and comments carry no record.
        qsizetype lineEnd = text.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = length;
        const QStringView rawLine = text.sliced(pos, lineEnd - pos);
        if (rawLine.trimmed().isEmpty() || (options.allowComments && rawLine.trimmed().startsWith(u'#'))) {
            pos = lineEnd + 1;
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            field.clear();
            const qsizetype fieldNumber = record.fields.size() + 1;
            if (pos < length && text[pos] == u'"') {
                const qsizetype quoteLine = line;
                ++pos;
                bool closed = false;
                while (pos < length) {
                    const qsizetype quote = text.indexOf(u'"', pos);
                    if (quote < 0) {
                        pos = length;
                        break;
                    }
                    const QStringView chunk = text.sliced(pos, quote - pos);
                    line += chunk.count(u'\n');
                    field.append(chunk);
                    if (quote + 1 < length && text[quote + 1] == u'"') {
                        field.append(u'"');
                        pos = quote + 2;
                        continue;
                    }
                    pos = quote + 1;
                    closed = true;
                    break;
                }
                if (!closed)
                    return quoteError(quoteLine, fieldNumber);
                if (pos < length && text[pos] == u'\r')
                    ++pos;
                if (pos < length && text[pos] != options.separator && text[pos] != u'\n')
                    return quoteError(line, fieldNumber);
            } else {
                const qsizetype start = pos;
                while (pos < length && text[pos] != options.separator && text[pos] != u'\n') {
                    if (text[pos] == u'"')
                        return quoteError(line, fieldNumber);
                    ++pos;
                }
                field = text.sliced(start, pos - start).toString();
                if (field.endsWith(u'\r'))
                    field.chop(1);
            }
            record.fields.append(field);
            if (pos >= length) {
                recordDone = true;
            } else if (text[pos] == u'\n') {
                ++pos;
                ++line;
                recordDone = true;
            } else {
                ++pos; // separator
            }
        }
        records.append(std::move(record));
    }
    return records;
}

} // namespace Meldeklient::Codes
