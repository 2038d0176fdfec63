#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Meldeklient::Codes {

// One municipality number with the period it was valid in (SSB Klass 131). Numbers are reused over time (0101
// Halden before and after 1967), so a municipality is the pair (code, validity). `validTo` is exclusive, as Klass
// writes it ("validTo": "2020-01-01" for a number that ceased at the 2020 reform); null while still valid.
struct Municipality {
    QString code;
    QString name;
    QDate validFrom;
    QDate validTo;

    bool validOn(const QDate& date) const
    {
        return (!validFrom.isValid() || date >= validFrom) && (!validTo.isValid() || date < validTo);
    }
    // 9999 "Uoppgitt" and the county-level xx99 codes are not places: they are kept out of pickers.
    bool isPlace() const { return !code.endsWith(QLatin1StringView("99")); }
    bool operator==(const Municipality& other) const = default;
};

// Where a municipality number of an earlier date went, for a receiver that demands current numbers.
struct MunicipalityMapping {
    enum class Outcome : quint8 {
        Unchanged,  // still valid on the target date
        Renumbered, // one current number (0101 Halden -> 3001 -> 3101): use `current.first()`
        Split,      // several current numbers: the user must choose among `current`
        Ceased,     // the number ended without a successor
        Unknown,    // not a number of the list
    };
    Outcome outcome = Outcome::Unknown;
    QList<Municipality> current; // the numbers valid on the target date it maps to
};

} // namespace Meldeklient::Codes
