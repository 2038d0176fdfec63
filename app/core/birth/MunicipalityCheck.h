#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace Meldeklient::Birth {

// What an imported municipality list (SSB Klass 131) says about a number on a date. The birth rules take the
// lookup as a function so that any code-list store can answer it; without one, numbers are format-checked only.
enum class MunicipalityValidity {
    NoList, // no list covering the date is imported: format check only
    Valid, // the number is a municipality on that date
    NotValidOnDate, // the list covers the date and the number is not in it (e.g. 3003 after 2024)
};

using MunicipalityCheck = std::function<MunicipalityValidity(const QString& number, const QDate& date)>;

} // namespace Meldeklient::Birth
