#include "storage/FileLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QObject>
#include <QSysInfo>

namespace rt {
namespace {

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString heldMessage(const QString& file, const QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString program;
    const bool known = lock.getLockInfo(&pid, &host, &program);
    const QDateTime since = QFileInfo(FileLock::lockPath(file)).lastModified();
    const QString when = since.date() == QDate::currentDate()
        ? since.toString(QStringLiteral("HH:mm"))
        : since.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString tail = QObject::tr("It opens read-only here; close it there to make changes.");
    if (!known)
        return QObject::tr("“%1” is open in Roundtable elsewhere. %2").arg(display(file), tail);
    if (host.isEmpty() || host == QSysInfo::machineHostName())
        return QObject::tr("“%1” is open in Roundtable on this computer (process %2) since %3. %4")
            .arg(display(file))
            .arg(pid)
            .arg(when, tail);
    return QObject::tr("“%1” is open in Roundtable on the computer “%2” since %3. %4").arg(display(file), host, when, tail);
}

} // namespace

QString FileLock::lockPath(const QString& file)
{
    return QFileInfo(file).absoluteFilePath() + QStringLiteral(".lock");
}

FileLock::FileLock(std::unique_ptr<QLockFile> lock)
    : m_lock(std::move(lock))
{
}

FileLock::~FileLock()
{
    m_lock->unlock();
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString& file)
{
    auto lock = std::make_unique<QLockFile>(lockPath(file));
    // Only a dead holder makes a lock stale, never its age: a workshop keeps
    // its file open for two days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock)));
    if (lock->error() == QLockFile::LockFailedError)
        return fail(heldMessage(file, *lock));
    return fail(QObject::tr("Roundtable could not mark “%1” as in use (it keeps “%2” beside it while the file is open), "
                            "so it opens read-only here. Check that the folder can be written to.")
                    .arg(display(file), QFileInfo(lockPath(file)).fileName()));
}

} // namespace rt
