#include "Mounts.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace rt::test {
namespace {

QString lastError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

bool setImmutable(const QString& path, bool on, QString* why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        if (why)
            *why = lastError("open");
        return false;
    }
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!done && why)
        *why = lastError("chattr");
    ::close(fd);
    return done;
}

ImmutableGuard::ImmutableGuard(QString path)
    : m_path(std::move(path))
{
    m_active = setImmutable(m_path, true, &m_why);
}

ImmutableGuard::~ImmutableGuard()
{
    if (m_active)
        setImmutable(m_path, false);
}

Tmpfs::Tmpfs(QString folder)
    : m_folder(std::move(folder))
{
}

std::unique_ptr<Tmpfs> Tmpfs::mount(const QString& folder, qint64 bytes, QString* why)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        if (why)
            *why = lastError("mount -t tmpfs");
        return nullptr;
    }
    return std::unique_ptr<Tmpfs>(new Tmpfs(folder));
}

Tmpfs::~Tmpfs()
{
    const QByteArray target = QFile::encodeName(m_folder);
    if (::umount2(target.constData(), 0) != 0)
        ::umount2(target.constData(), MNT_DETACH);
}

bool Tmpfs::remountReadOnly(QString* why)
{
    if (::mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV,
                nullptr)
        != 0) {
        if (why)
            *why = lastError("mount -o remount,ro");
        return false;
    }
    return true;
}

qint64 Tmpfs::available() const
{
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(m_folder).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

} // namespace rt::test
