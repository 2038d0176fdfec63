#pragma once

#include "core/common/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Meldeklient::Birth {

// Country codes Folkeregisteret accepts in citizenship, country of birth and foreign addresses: ISO 3166-1 alpha-3
// from iso-codes' data (read at run time: Debian's package is a dependency, the Windows package carries the files,
// Codes::IsoCodesFiles finds them) plus Folkeregisteret's
// own XUK (unknown), XXX (stateless) and XXK (Kosovo), which ISO does not list.
class CountryCodes
{
public:
    // Codes::IsoCodesFiles::countryJson(): MELDEKLIENT_ISO_3166_FILE, beside the application, or Debian's path.
    static QString defaultPath();
    // Fails with iso-codes-unreadable or iso-codes-format.
    static Result<CountryCodes> load(const QString& path = defaultPath());
    static const QStringList& folkeregisteretCodes();

    bool contains(QStringView alpha3) const { return m_codes.contains(alpha3.toString()); }
    qsizetype size() const { return m_codes.size(); }

private:
    QSet<QString> m_codes;
};

} // namespace Meldeklient::Birth
