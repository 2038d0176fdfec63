#include "core/common/ExclusiveFileLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Meldeklient {

ExclusiveFileLock::ExclusiveFileLock(QString path)
    : m_path(std::move(path))
{
}

ExclusiveFileLock::~ExclusiveFileLock()
{
    unlock();
}

ExclusiveFileLock::Outcome ExclusiveFileLock::tryLock()
{
    if (isLocked())
        return Outcome::Locked;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return Outcome::Failed;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        return error == EWOULDBLOCK ? Outcome::HeldByOther : Outcome::Failed;
    }
    m_fd = fd;
    (void)::fchmod(fd, 0600); // a planted file may have been readable by others
    // For a person looking at the file; nothing reads it back.
    const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)!::write(fd, holder.constData(), size_t(holder.size()));
    return Outcome::Locked;
#else
    m_fallback = std::make_unique<QLockFile>(m_path);
    m_fallback->setStaleLockTime(0);
    if (m_fallback->tryLock(0))
        return Outcome::Locked;
    const bool held = m_fallback->error() == QLockFile::LockFailedError;
    m_fallback.reset();
    return held ? Outcome::HeldByOther : Outcome::Failed;
#endif
}

bool ExclusiveFileLock::isLocked() const
{
    return m_fd >= 0 || (m_fallback && m_fallback->isLocked());
}

void ExclusiveFileLock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
#endif
    m_fallback.reset();
}

} // namespace Meldeklient
