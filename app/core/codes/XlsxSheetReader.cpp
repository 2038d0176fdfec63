#include "core/codes/XlsxSheetReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Meldeklient::Codes {

namespace {
Error xlsxError(const QString& detail)
{
    return Error {QStringLiteral("codes-xlsx"),
        QCoreApplication::translate("Codes", "The file is not a readable Excel workbook (%1).").arg(detail)};
}

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};

// The parts we need, by name; everything else in the container is skipped unread.
Result<QHash<QString, QByteArray>> unpack(const QByteArray& xlsx, const QStringList& wanted, const QString& sheetsDir)
{
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), xlsx.constData(), static_cast<size_t>(xlsx.size())) != ARCHIVE_OK)
        return xlsxError(QStringLiteral("zip"));
    QHash<QString, QByteArray> parts;
    qint64 total = 0;
    archive_entry* entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return xlsxError(QStringLiteral("zip"));
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (!wanted.contains(name) && !name.startsWith(sheetsDir))
            continue;
        QByteArray data;
        char buffer[65536];
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (got < 0)
                return xlsxError(name);
            if (got == 0)
                break;
            total += got;
            if (total > XlsxSheetReader::maxUnpackedBytes)
                return xlsxError(QStringLiteral("size"));
            data.append(buffer, static_cast<qsizetype>(got));
        }
        parts.insert(name, data);
    }
    return parts;
}

// "AB12" -> 27; -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter() && reference.at(i).unicode() < 0x80; ++i) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (column > XlsxSheetReader::maxColumns)
            return XlsxSheetReader::maxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

// The texts of every <si>, runs joined; phonetic hints (<rPh>) are not text.
Result<QStringList> sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    int phonetic = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"si")
                current.clear();
            else if (reader.name() == u"rPh")
                ++phonetic;
            else if (reader.name() == u"t" && phonetic == 0)
                current += reader.readElementText();
        } else if (reader.isEndElement()) {
            if (reader.name() == u"si")
                strings.append(current);
            else if (reader.name() == u"rPh")
                --phonetic;
        }
    }
    if (reader.hasError())
        return xlsxError(QStringLiteral("sharedStrings.xml"));
    return strings;
}

// The worksheet part of the first <sheet> in workbook.xml, through its relationship.
QString firstSheetPart(const QHash<QString, QByteArray>& parts)
{
    QString relationId;
    QXmlStreamReader workbook(parts.value(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd() && relationId.isEmpty()) {
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == u"sheet") {
            for (const QXmlStreamAttribute& attribute : workbook.attributes()) {
                if (attribute.name() == u"id") // r:id, whatever the prefix
                    relationId = attribute.value().toString();
            }
        }
    }
    QXmlStreamReader rels(parts.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd() && !relationId.isEmpty()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship"
            && rels.attributes().value(QLatin1StringView("Id")) == relationId) {
            QString target = rels.attributes().value(QLatin1StringView("Target")).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml"); // what every writer we know names the first sheet
}
} // namespace

bool XlsxSheetReader::looksLikeZip(QByteArrayView content)
{
    return content.startsWith("PK\x03\x04");
}

Result<QList<QStringList>> XlsxSheetReader::readFirstSheet(const QByteArray& xlsx)
{
    if (!looksLikeZip(xlsx))
        return xlsxError(QStringLiteral("zip"));
    Result<QHash<QString, QByteArray>> parts = unpack(xlsx,
        {QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
            QStringLiteral("xl/sharedStrings.xml")},
        QStringLiteral("xl/worksheets/"));
    if (!parts)
        return parts.error();
    const QString sheetName = firstSheetPart(*parts);
    if (!parts->contains(sheetName))
        return xlsxError(sheetName);
    QStringList strings;
    if (parts->contains(QStringLiteral("xl/sharedStrings.xml"))) {
        Result<QStringList> read = sharedStrings(parts->value(QStringLiteral("xl/sharedStrings.xml")));
        if (!read)
            return read.error();
        strings = std::move(read).value();
    }

    QList<QStringList> rows;
    QXmlStreamReader sheet(parts->value(sheetName));
    QStringList row;
    int column = -1;
    QString type;
    QString value;
    bool inCell = false;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement()) {
            const QStringView name = sheet.name();
            if (name == u"row") {
                row.clear();
                column = -1;
            } else if (name == u"c") {
                const int referenced = columnOf(sheet.attributes().value(QLatin1StringView("r")));
                column = referenced >= 0 ? referenced : column + 1;
                type = sheet.attributes().value(QLatin1StringView("t")).toString();
                value.clear();
                inCell = true;
            } else if (inCell && (name == u"v" || name == u"t")) {
                value += sheet.readElementText();
            }
        } else if (sheet.isEndElement()) {
            const QStringView name = sheet.name();
            if (name == u"c" && inCell) {
                inCell = false;
                if (column >= maxColumns)
                    return xlsxError(QStringLiteral("columns"));
                QString text = value;
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= strings.size())
                        return xlsxError(QStringLiteral("shared string"));
                    text = strings.at(index);
                }
                while (row.size() <= column)
                    row.append(QString());
                row[column] = text;
            } else if (name == u"row") {
                rows.append(row);
            }
        }
    }
    if (sheet.hasError())
        return xlsxError(sheetName);
    return rows;
}

} // namespace Meldeklient::Codes
