// libFuzzer target for the Norwegian ICD-10 importer: the first byte chooses the KoTe JSON reader ('J') or the
// workbook path ('X': libarchive's zip reader, then the shared strings and first sheet through QXmlStreamReader).
// A list that imports must hold every code-list invariant, keep the national attributes parallel to its codes and
// survive a search of each stage.
#include "CodeListInvariants.h"
#include "core/codes/KoteIcd10Importer.h"
#include "core/codes/XlsxSheetReader.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace Meldeklient::Codes;
    if (size < 1 || size > 256 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const Meldeklient::Result<CodeList> list =
        data[0] == 'X' ? KoteIcd10Importer::importXlsx(input) : KoteIcd10Importer::importJson(input);
    if (!list.isOk()) {
        if (list.error().code.isEmpty() || list.error().message.isEmpty())
            std::abort();
        return 0;
    }
    Meldeklient::Fuzz::checkCodeList(list.value());
    if (!list->hasNationalAttributes() || !list->hasIcd10Attributes())
        std::abort();
    const Icd10Index index(list.value());
    for (const QString& query : {list->at(0).display, QStringLiteral("hjerteinfarkt"), QStringLiteral("kre")})
        (void)index.search(query, 10);
    return 0;
}
