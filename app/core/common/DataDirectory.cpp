#include "core/common/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Meldeklient {

QString dataDirectory()
{
    QString path = qEnvironmentVariable("MELDEKLIENT_DATA_DIR");
    // One folder for the window and meldeklient-cli (issue 9 item 15): named after the product, not after the
    // running program (AppDataLocation would give "Meldeklient" and "meldeklient-cli" folders of their own).
    if (path.isEmpty()) {
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (!generic.isEmpty())
            path = generic + QStringLiteral("/Meldeklient");
    }
    if (path.isEmpty())
        path = QDir::homePath() + QStringLiteral("/.local/share/Meldeklient");
    QDir dir(path);
    if (!dir.exists()) {
        dir.mkpath(QStringLiteral("."));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return dir.absolutePath();
}

} // namespace Meldeklient
