#include "core/codes/PlainCsvImporter.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CsvReader.h"

#include <QCoreApplication>

namespace Meldeklient::Codes {

namespace {
bool isHeader(const CsvRecord& record)
{
    const QString first = record.fields.value(0).trimmed();
    const QString second = record.fields.value(1).trimmed();
    return (first.compare(u"code", Qt::CaseInsensitive) == 0 && second.compare(u"text", Qt::CaseInsensitive) == 0)
        || (first.compare(u"kode", Qt::CaseInsensitive) == 0 && second.compare(u"tekst", Qt::CaseInsensitive) == 0)
        || (first.compare(u"code", Qt::CaseInsensitive) == 0 && second.compare(u"display", Qt::CaseInsensitive) == 0);
}
} // namespace

Result<CodeList> PlainCsvImporter::import(const QByteArray& content, const QString& systemUrl, const QString& version)
{
    const QString system = CodeSystemUrl::canonical(systemUrl);
    if (system.isEmpty()) {
        return Result<CodeList>::failure(QStringLiteral("codes-missing-system"),
            QCoreApplication::translate("Codes", "A code system URL is needed to import a plain CSV file."));
    }
    Result<QString> text = CsvReader::decodeUtf8(content);
    if (!text)
        return text.error();
    Result<QList<CsvRecord>> records = CsvReader::parse(*text, CsvReader::Options {u';', true});
    if (!records)
        return records.error();

    CodeList list(CodeList::Kind::CodeSystem, system, version);
    for (qsizetype r = 0; r < records->size(); ++r) {
        const CsvRecord& record = records->at(r);
        if (r == 0 && isHeader(record))
            continue;
        if (record.fields.size() != 2) {
            return Result<CodeList>::failure(QStringLiteral("codes-csv-columns"),
                QCoreApplication::translate("Codes", "Line %1 has %2 fields; expected code;text.")
                    .arg(record.line)
                    .arg(record.fields.size()));
        }
        const QString code = CodeSystemUrl::normalizedCode(system, record.fields.at(0));
        if (code.isEmpty()) {
            return Result<CodeList>::failure(QStringLiteral("codes-missing-code"),
                QCoreApplication::translate("Codes", "Line %1 has no code.").arg(record.line));
        }
        if (!list.add(CodeConcept {code, record.fields.at(1).trimmed(), system})) {
            return Result<CodeList>::failure(QStringLiteral("codes-duplicate-code"),
                QCoreApplication::translate("Codes", "Line %1: code %2 appears more than once.")
                    .arg(record.line)
                    .arg(code));
        }
    }
    if (list.isEmpty()) {
        return Result<CodeList>::failure(
            QStringLiteral("codes-empty"), QCoreApplication::translate("Codes", "The file lists no codes."));
    }
    return list;
}

} // namespace Meldeklient::Codes
