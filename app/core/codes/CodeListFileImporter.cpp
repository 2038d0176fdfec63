#include "core/codes/CodeListFileImporter.h"

#include "core/codes/CodesLogging.h"
#include "core/common/InputFile.h"
#include "core/codes/FhirCodeListImporter.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/codes/KoteIcd10Importer.h"
#include "core/codes/XlsxSheetReader.h"
#include "core/codes/PlainCsvImporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace Meldeklient::Codes {

namespace {
Result<QByteArray> readFile(const QString& path)
{
    return InputFile::read(path, InputKind::CodeList);
}
} // namespace

std::optional<CodeListFileImporter::Format> CodeListFileImporter::formatNamed(QStringView name)
{
    if (name == u"kote-json")
        return Format::KoteJson;
    if (name == u"kote-xlsx")
        return Format::KoteXlsx;
    if (name == u"fhir-json")
        return Format::FhirJson;
    if (name == u"iris")
        return Format::IrisValidCodes;
    if (name == u"csv")
        return Format::PlainCsv;
    return std::nullopt;
}

CodeListFileImporter::Format CodeListFileImporter::detect(QByteArrayView content)
{
    if (XlsxSheetReader::looksLikeZip(content))
        return Format::KoteXlsx;
    if (KoteIcd10Importer::looksLikeJson(content))
        return Format::KoteJson;
    if (IrisIcd10Importer::looksLikeValidCodes(content))
        return Format::IrisValidCodes;
    if (IrisIcd10Importer::looksLikeNonConsistent(content))
        return Format::IrisNonConsistent;
    for (char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' ? Format::FhirJson : Format::PlainCsv;
    }
    return Format::PlainCsv;
}

Result<CodeList> CodeListFileImporter::importFile(
    const QString& path, const Options& options, std::optional<Format> format)
{
    Result<QByteArray> content = readFile(path);
    if (!content)
        return content.error();
    const Format chosen = format.value_or(detect(*content));
    Result<CodeList> list = importContent(path, *content, options, chosen);
    if (list && list->source().isEmpty()) {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
        list->setProvenance(sourceName(chosen), sha, QDateTime::currentDateTimeUtc());
    }
    return list;
}

QString CodeListFileImporter::sourceName(Format format)
{
    switch (format) {
    case Format::FhirJson:
        return QStringLiteral("fhir-json");
    case Format::IrisValidCodes:
    case Format::IrisNonConsistent:
        return QStringLiteral("iris");
    case Format::PlainCsv:
        return QStringLiteral("csv");
    case Format::KoteJson:
        return QStringLiteral("kote-json");
    case Format::KoteXlsx:
        return QStringLiteral("kote-xlsx");
    }
    return {};
}

Result<CodeList> CodeListFileImporter::importContent(
    const QString& path, const QByteArray& content, const Options& options, Format format)
{
    switch (format) {
    case Format::KoteJson:
        return KoteIcd10Importer::importJson(content);
    case Format::KoteXlsx:
        return KoteIcd10Importer::importXlsx(content);
    case Format::FhirJson:
        return FhirCodeListImporter::import(content);
    case Format::PlainCsv:
        return PlainCsvImporter::import(content, options.system, options.version);
    case Format::IrisNonConsistent:
        return Result<CodeList>::failure(QStringLiteral("codes-unsupported"),
            QCoreApplication::translate("Codes",
                "%1 holds only ICD-10 restrictions; import %2 from the same folder instead.")
                .arg(QFileInfo(path).fileName(), IrisIcd10Importer::validCodesFileName));
    case Format::IrisValidCodes:
        break;
    }
    const QString siblingPath = QFileInfo(path).dir().filePath(IrisIcd10Importer::nonConsistentFileName.toString());
    QByteArray restrictions;
    if (QFileInfo::exists(siblingPath)) {
        Result<QByteArray> sibling = readFile(siblingPath);
        if (!sibling)
            return sibling.error();
        restrictions = std::move(sibling).value();
    } else {
        qCInfo(lcCodes) << "No" << IrisIcd10Importer::nonConsistentFileName
                        << "beside the ICD-10 table: sex, age and underlying-cause checks stay off";
    }
    return IrisIcd10Importer::import(content, restrictions, options.version);
}

} // namespace Meldeklient::Codes
