// libFuzzer target for the plain code;text CSV importer and the cache reader. The first byte picks the system
// (ICD-10, where codes lose their dot, or another) or feeds the bytes to the cache reader, which must reject
// anything it did not write without crashing.
#include "CodeListInvariants.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/PlainCsvImporter.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace Meldeklient::Codes;
    if (size < 1 || size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    if (data[0] == 'C') {
        const Meldeklient::Result<CodeList> cached = CodeListCache::deserialize(input);
        if (cached.isOk())
            Meldeklient::Fuzz::checkCodeList(cached.value());
        return 0;
    }
    const QString system = data[0] == 'I' ? QStringLiteral("7110") : QStringLiteral("urn:example:fuzz");
    const Meldeklient::Result<CodeList> list = PlainCsvImporter::import(input, system, QStringLiteral("1"));
    if (list.isOk())
        Meldeklient::Fuzz::checkCodeList(list.value());
    else if (list.error().code.isEmpty() || list.error().message.isEmpty())
        std::abort();
    return 0;
}
