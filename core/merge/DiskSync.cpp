#include "merge/DiskSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rt::merge {

Status syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    for (const QString& name : {path, QFileInfo(path).absolutePath()}) {
        const int fd = ::open(QFile::encodeName(name).constData(), O_RDONLY);
        if (fd < 0)
            return fail(QObject::tr("Could not write “%1” to disk.").arg(QDir::toNativeSeparators(QFileInfo(name).absoluteFilePath())));
        const int synced = ::fsync(fd);
        ::close(fd);
        if (synced != 0 && name == path)
            return fail(QObject::tr("Could not write “%1” to disk.").arg(QDir::toNativeSeparators(QFileInfo(name).absoluteFilePath())));
    }
#else
    Q_UNUSED(path);
#endif
    return ok();
}

} // namespace rt::merge
