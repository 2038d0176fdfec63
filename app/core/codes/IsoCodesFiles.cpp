#include "core/codes/IsoCodesFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Meldeklient::Codes {

QStringList IsoCodesFiles::shareDirectories(const QString& applicationDir)
{
    QString appDir = applicationDir;
    if (appDir.isEmpty() && QCoreApplication::instance())
        appDir = QCoreApplication::applicationDirPath();
    QStringList folders;
    if (!appDir.isEmpty())
        folders.append(QDir::cleanPath(appDir + QStringLiteral("/../share")));
    folders.append(debianShare.toString());
    return folders;
}

QString IsoCodesFiles::countryJson(const QString& applicationDir)
{
    const QString overridden = qEnvironmentVariable("MELDEKLIENT_ISO_3166_FILE");
    if (!overridden.isEmpty())
        return overridden;
    const QStringList folders = shareDirectories(applicationDir);
    for (const QString& folder : folders) {
        const QString path = folder + u'/' + countryJsonPath.toString();
        if (QFileInfo::exists(path))
            return path;
    }
    // None found: the Debian path, so the error names where the package puts it.
    return folders.constLast() + u'/' + countryJsonPath.toString();
}

QString IsoCodesFiles::localeDirectory(const QString& applicationDir)
{
    const QStringList folders = shareDirectories(applicationDir);
    for (const QString& folder : folders) {
        const QString locale = folder + QStringLiteral("/locale");
        if (QFileInfo::exists(locale + QStringLiteral("/nb/LC_MESSAGES/") + catalogueName.toString()))
            return locale;
    }
    return folders.constLast() + QStringLiteral("/locale");
}

} // namespace Meldeklient::Codes
