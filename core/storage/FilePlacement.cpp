#include "storage/FilePlacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QUuid>

#include <filesystem>

namespace rt::placement {

QString temporarySibling(const QString& path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".new");
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

Status moveIntoPlace(const QString& temporary, const QString& path)
{
    const QString display = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        removeDatabaseFiles(temporary);
        return fail(QObject::tr("“%1” is open in Roundtable (or was not closed properly). Close it, or open and close "
                                "it once, then try again.")
                        .arg(display));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        removeDatabaseFiles(temporary);
        return fail(QObject::tr("Could not write “%1”: %2").arg(display, QString::fromLocal8Bit(error.message())));
    }
    return ok();
}

} // namespace rt::placement
