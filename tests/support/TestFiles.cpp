#include "TestFiles.h"

#include <QDir>
#include <QFile>

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
