// libFuzzer target for the Iris ICD-10 importer. A NUL byte splits the input into ValidIcdCodes.csv and
// NonConsistentIcdCodes_NewFormat.csv content.
#include "CodeListInvariants.h"
#include "core/codes/IrisIcd10Importer.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray valid = split < 0 ? input : input.left(split);
    const QByteArray restrictions = split < 0 ? QByteArray() : input.mid(split + 1);
    const Meldeklient::Result<Meldeklient::Codes::CodeList> list =
        Meldeklient::Codes::IrisIcd10Importer::import(valid, restrictions);
    if (list.isOk()) {
        if (!list->hasIcd10Attributes())
            std::abort();
        Meldeklient::Fuzz::checkCodeList(list.value());
    } else if (list.error().code.isEmpty() || list.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
