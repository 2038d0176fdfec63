#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace Meldeklient {

// An exclusive lock held by the operating system on an open file (flock on Unix) for this object's lifetime. The
// kernel releases it when the process ends, even by SIGKILL, so a lock file left behind or planted by someone else
// (whatever PID or host it names) never blocks: only a live process that holds the file open and locked does.
// The file itself stays; it holds the holder's PID for people reading it, nothing relies on that.
class ExclusiveFileLock
{
public:
    enum class Outcome {
        Locked,
        HeldByOther, // a live process holds the lock
        Failed, // the file cannot be opened (permissions, a symbolic link, a folder ...)
    };

    explicit ExclusiveFileLock(QString path);
    ~ExclusiveFileLock();
    ExclusiveFileLock(const ExclusiveFileLock&) = delete;
    ExclusiveFileLock& operator=(const ExclusiveFileLock&) = delete;

    // Never waits. The file is created owner-only when missing; a symbolic link at the path is refused (Failed).
    Outcome tryLock();
    bool isLocked() const;
    void unlock();

private:
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QLockFile> m_fallback; // platforms without flock
};

} // namespace Meldeklient
