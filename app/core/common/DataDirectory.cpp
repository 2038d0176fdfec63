#include "core/common/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Meldeklient {

QString dataDirectory()
{
    QString path = qEnvironmentVariable("MELDEKLIENT_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
