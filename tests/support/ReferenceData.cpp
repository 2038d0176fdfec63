#include "support/ReferenceData.h"

#include <QDir>
#include <QFileInfo>

namespace Meldeklient::Test {

QString referenceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MELDEKLIENT_REFERENCE_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    return QDir::cleanPath(qEnvironmentVariable("MELDEKLIENT_SOURCE_DIR", QDir::currentPath())
        + QStringLiteral("/../shared/reference"));
}

bool referenceDirExists()
{
    return QFileInfo(referenceDir()).isDir();
}

QString referenceFile(const QString& relative)
{
    const QFileInfo info(referenceDir() + u'/' + relative);
    return info.exists() ? info.absoluteFilePath() : QString();
}

QString sourceFile(const QString& relative)
{
    return QDir::cleanPath(qEnvironmentVariable("MELDEKLIENT_SOURCE_DIR") + u'/' + relative);
}

} // namespace Meldeklient::Test
