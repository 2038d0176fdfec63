#pragma once

#include <QString>
#include <QStringList>

namespace Meldeklient::Codes {

// The one owner of where iso-codes' files are looked for (country JSON, nb/nn gettext catalogues), first found wins:
//   1. MELDEKLIENT_ISO_3166_FILE (the JSON only; tests, unusual installs);
//   2. beside the application: <application dir>/../share/iso-codes/json/iso_3166-1.json and
//      <application dir>/../share/locale (what the Windows package installs under INSTALLDIR, with the licence in
//      share/doc/iso-codes/copyright);
//   3. Debian's /usr/share/iso-codes/json/iso_3166-1.json and /usr/share/locale (the package's Depends).
class IsoCodesFiles
{
public:
    static constexpr QStringView debianShare = u"/usr/share";
    static constexpr QStringView countryJsonPath = u"iso-codes/json/iso_3166-1.json"; // under a share folder
    static constexpr QStringView catalogueName = u"iso_3166-1.mo";                    // in <locale>/<lang>/LC_MESSAGES

    // `applicationDir`: empty means QCoreApplication::applicationDirPath() (none without an application object).
    static QString countryJson(const QString& applicationDir = {});
    static QString localeDirectory(const QString& applicationDir = {});
    // The share folders in lookup order (2 and 3 above).
    static QStringList shareDirectories(const QString& applicationDir = {});
};

} // namespace Meldeklient::Codes
