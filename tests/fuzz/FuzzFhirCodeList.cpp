// libFuzzer target for the FHIR CodeSystem/ValueSet importer: any bytes; imported lists must hold the invariants.
#include "CodeListInvariants.h"
#include "core/codes/FhirCodeListImporter.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Meldeklient::Result<Meldeklient::Codes::CodeList> list = Meldeklient::Codes::FhirCodeListImporter::import(input);
    if (list.isOk())
        Meldeklient::Fuzz::checkCodeList(list.value());
    else if (list.error().code.isEmpty() || list.error().message.isEmpty())
        std::abort();
    return 0;
}
