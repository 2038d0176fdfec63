#include "core/codes/CodeListFileImporter.h"

#include "core/codes/CodesLogging.h"
#include "core/common/InputFile.h"
#include "core/codes/FhirCodeListImporter.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/codes/PlainCsvImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Meldeklient::Codes {

namespace {
Result<QByteArray> readFile(const QString& path)
{
    return InputFile::read(path, InputKind::CodeList);
}
} // namespace

CodeListFileImporter::Format CodeListFileImporter::detect(QByteArrayView content)
{
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

Result<CodeList> CodeListFileImporter::importFile(const QString& path, const Options& options)
{
    Result<QByteArray> content = readFile(path);
    if (!content)
        return content.error();
    switch (detect(*content)) {
    case Format::FhirJson:
        return FhirCodeListImporter::import(*content);
    case Format::PlainCsv:
        return PlainCsvImporter::import(*content, options.system, options.version);
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
    return IrisIcd10Importer::import(*content, restrictions, options.version);
}

} // namespace Meldeklient::Codes
