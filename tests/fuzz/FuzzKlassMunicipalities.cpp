// libFuzzer target for the SSB Klass 131 readers: the first byte chooses codes JSON ('J'), codes JSON with the
// bytes also as changes ('C'), or CSV with a declared charset ('L' ISO-8859-1, 'U' UTF-8, else none). A list that
// reads must answer every date query and map every code forward without crashing.
#include "core/codes/MunicipalityList.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace Meldeklient::Codes;
    if (size < 1 || size > 128 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    Meldeklient::Result<MunicipalityList> list = MunicipalityList::fromKlassCsv(input);
    switch (data[0]) {
    case 'J':
        list = MunicipalityList::fromKlassJson(input);
        break;
    case 'C':
        list = MunicipalityList::fromKlassJson(input, input);
        break;
    case 'L':
        list = MunicipalityList::fromKlassCsv(input, "ISO-8859-1");
        break;
    case 'U':
        list = MunicipalityList::fromKlassCsv(input, "UTF-8");
        break;
    default:
        break;
    }
    if (!list.isOk()) {
        if (list.error().code.isEmpty() || list.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (list->all().isEmpty())
        std::abort();
    for (const QDate& date : {QDate(2019, 6, 1), QDate(2021, 6, 1), QDate(2025, 6, 1)}) {
        for (const Municipality& m : list->validOn(date)) {
            if (!m.validOn(date) || !m.isPlace())
                std::abort();
        }
    }
    for (const Municipality& m : list->all()) {
        const MunicipalityMapping mapping = list->mapForward(m.code, m.validFrom, QDate(2026, 1, 1));
        if (mapping.outcome == MunicipalityMapping::Outcome::Split && mapping.current.size() < 2)
            std::abort();
    }
    return 0;
}
