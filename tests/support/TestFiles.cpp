#include "TestFiles.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

#include <stdexcept>

namespace rt::test {

TempDir::TempDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("could not create a temporary folder");
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QStringList TempDir::entries() const
{
    return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("could not read " + path.toStdString());
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("could not write " + path.toStdString());
}

QByteArray damagePages(QByteArray bytes)
{
    for (qsizetype page = 1; page * 4096 < bytes.size(); ++page)
        bytes.replace(page * 4096, 16, QByteArray(16, '\x7f'));
    return bytes;
}

} // namespace rt::test

namespace rt::test {

FolderState folderState(const QString& folder)
{
    FolderState state;
    const QDir dir(folder);
    state.names = dir.entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : std::as_const(state.names)) {
        const QString path = dir.filePath(name);
        struct stat info {};
        ::lstat(QFile::encodeName(path).constData(), &info);
        state.modifiedNs << qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
        state.contents << (S_ISREG(info.st_mode) ? readBytes(path) : QByteArray());
    }
    return state;
}

QString FolderState::differenceFrom(const FolderState& other) const
{
    if (names != other.names)
        return QStringLiteral("files were [%1], now [%2]").arg(other.names.join(QLatin1Char(' ')), names.join(QLatin1Char(' ')));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (contents[i] != other.contents[i])
            return QStringLiteral("the bytes of %1 changed").arg(names[i]);
        if (modifiedNs[i] != other.modifiedNs[i])
            return QStringLiteral("the modification time of %1 changed").arg(names[i]);
    }
    return {};
}

} // namespace rt::test
