#include "support/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

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

QString schemaErrors(const QString& xmllint, const QString& xsd, const QByteArray& xml)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("message.xml")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return QStringLiteral("cannot write a temporary file");
    file.close();
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file.fileName()});
    if (!process.waitForFinished(30000))
        return QStringLiteral("xmllint did not finish");
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        ? QString()
        : QString::fromLocal8Bit(process.readAllStandardError());
}

} // namespace Meldeklient::Test
