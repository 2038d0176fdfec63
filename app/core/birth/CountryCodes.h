#pragma once

#include "core/common/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Meldeklient::Birth {

// Country codes Folkeregisteret accepts in citizenship, country of birth and foreign addresses: ISO 3166-1 alpha-3
// from Debian's iso-codes data (read at run time, never shipped; the package is a dependency) plus Folkeregisteret's
// own XUK (unknown), XXX (stateless) and XXK (Kosovo), which ISO does not list.
class CountryCodes
{
public:
    // /usr/share/iso-codes/json/iso_3166-1.json, or MELDEKLIENT_ISO_3166_FILE when set (tests, other platforms).
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
