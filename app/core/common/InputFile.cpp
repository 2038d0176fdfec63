#include "core/common/InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Meldeklient {

namespace {
QString displayName(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

Error missing(const QString& path)
{
    return Error {QStringLiteral("input-missing"),
        QCoreApplication::translate("InputFile", "%1 does not exist.").arg(displayName(path))};
}

Error notAFile(const QString& path)
{
    return Error {QStringLiteral("input-not-a-file"),
        QCoreApplication::translate(
            "InputFile", "%1 is not a regular file (it is a folder, a device or a pipe). Give the path of a file.")
            .arg(displayName(path))};
}

Error tooLarge(const QString& path, qint64 maxBytes)
{
    return Error {QStringLiteral("input-too-large"),
        QCoreApplication::translate("InputFile", "%1 is larger than %2 KB, the limit for this kind of file.")
            .arg(displayName(path))
            .arg(maxBytes / 1024)};
}

// Our own words, not the system's English ones.
QString readFailed()
{
    return QCoreApplication::translate("InputFile", "reading it failed");
}

Error unreadable(const QString& path, const QString& reason)
{
    return Error {QStringLiteral("input-unreadable"),
        QCoreApplication::translate("InputFile", "%1 cannot be read: %2").arg(displayName(path), reason)};
}
} // namespace

qint64 InputFile::maxBytes(InputKind kind)
{
    switch (kind) {
    case InputKind::Notification:
        return MaxNotificationBytes;
    case InputKind::CodeList:
        return MaxCodeListBytes;
    }
    return MaxNotificationBytes;
}

Result<QByteArray> InputFile::read(const QString& path, InputKind kind)
{
    return read(path, maxBytes(kind));
}

bool InputFile::isInputError(const Error& error)
{
    return error.code.startsWith(QLatin1StringView("input-"));
}

Result<QByteArray> InputFile::read(const QString& path, qint64 maxBytes)
{
    if (path.isEmpty())
        return missing(path);
    QFile file;
#ifdef Q_OS_UNIX
    // Open without blocking (a FIFO without writer would block in open()), then judge what was opened, not what the
    // name pointed to a moment before.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return missing(path);
        return unreadable(path,
            error == EACCES || error == EPERM
                ? QCoreApplication::translate("InputFile", "you do not have permission to read it")
                : QCoreApplication::translate("InputFile", "the system could not open it (error %1)").arg(error));
    }
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return notAFile(path);
    }
    if (status.st_size > maxBytes) {
        ::close(fd);
        return tooLarge(path, maxBytes);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return unreadable(path, readFailed());
    }
#else
    const QFileInfo info(path);
    if (!info.exists())
        return missing(path);
    if (!info.isFile())
        return notAFile(path);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, readFailed());
#endif
    // Never trust the size seen at open: the file may grow while it is read.
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes)
        return tooLarge(path, maxBytes);
    if (file.error() != QFileDevice::NoError)
        return unreadable(path, readFailed());
    return content;
}

std::optional<QByteArray> InputFile::readLine(QIODevice& device, qint64 maxBytes, bool* truncated)
{
    if (truncated)
        *truncated = false;
    QByteArray line;
    bool any = false;
    char c = 0;
    while (device.getChar(&c)) {
        any = true;
        if (c == '\n')
            break;
        if (line.size() < maxBytes)
            line.append(c);
        else if (truncated)
            *truncated = true;
    }
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace Meldeklient
