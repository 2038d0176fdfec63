#include "core/common/PrivateFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Meldeklient {

Result<void> PrivateFolder::check(const QString& folder)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath());
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(folder).constData(), &status) != 0 || !S_ISDIR(status.st_mode)) {
        return Error {QStringLiteral("data-folder-missing"),
            QCoreApplication::translate("DataFolder", "The data folder %1 does not exist or is not a folder.")
                .arg(shown)};
    }
    if (status.st_uid != ::geteuid()) {
        return Error {QStringLiteral("data-folder-foreign-owner"),
            QCoreApplication::translate("DataFolder",
                "The data folder %1 belongs to another user, so Meldeklient will not keep notifications there. Use "
                "a folder of your own (MELDEKLIENT_DATA_DIR).")
                .arg(shown)};
    }
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Error {QStringLiteral("data-folder-open-to-others"),
            QCoreApplication::translate("DataFolder",
                "Other users can write to the data folder %1, so they could replace your notifications. Make it "
                "yours alone (chmod 700) or use another folder (MELDEKLIENT_DATA_DIR).")
                .arg(shown)};
    }
#else
    if (!QFileInfo(folder).isDir()) {
        return Error {QStringLiteral("data-folder-missing"),
            QCoreApplication::translate("DataFolder", "The data folder %1 does not exist or is not a folder.")
                .arg(shown)};
    }
#endif
    return {};
}

Result<void> PrivateFolder::ensure(const QString& folder)
{
    if (!QFileInfo(folder).exists()) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return check(folder);
}

Result<void> PrivateFolder::checkNotSymlink(const QString& path)
{
    if (!QFileInfo(path).isSymLink())
        return {};
    return Error {QStringLiteral("data-file-symlink"),
        QCoreApplication::translate("DataFolder",
            "%1 is a symbolic link. Meldeklient does not follow links for its data files; remove the link.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))};
}

} // namespace Meldeklient
