#include "core/birth/ImportedMunicipalityCheck.h"

#include <memory>

namespace Meldeklient::Birth {

MunicipalityCheck ImportedMunicipalityCheck::fromList(Codes::MunicipalityList list)
{
    QDate earliest;
    for (const Codes::Municipality& municipality : list.all()) {
        if (municipality.validFrom.isValid() && (!earliest.isValid() || municipality.validFrom < earliest))
            earliest = municipality.validFrom;
    }
    auto shared = std::make_shared<const Codes::MunicipalityList>(std::move(list));
    return [shared, earliest](const QString& number, const QDate& date) {
        if (shared->all().isEmpty() || (earliest.isValid() && date < earliest))
            return MunicipalityValidity::NoList;
        return shared->find(number, date) ? MunicipalityValidity::Valid : MunicipalityValidity::NotValidOnDate;
    };
}

MunicipalityCheck ImportedMunicipalityCheck::fromStore(const Codes::MunicipalityStore& store, Error* problem)
{
    Result<Codes::MunicipalityList> list = store.load();
    if (!list) {
        if (problem && list.error().code != u"codes-not-imported")
            *problem = list.error();
        return {};
    }
    return fromList(std::move(list).value());
}

} // namespace Meldeklient::Birth
