#pragma once
// Temporary files for tests: each test gets a fresh folder, removed afterwards.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rt::test {

class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;
    QString root() const { return m_dir.path(); }
    // The names of every file in the folder (to see that nothing appeared).
    QStringList entries() const;

private:
    QTemporaryDir m_dir;
};

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
// Overwrites the b-tree header of every page after the first (4096-byte
// pages): a database SQLite will call malformed.
QByteArray damagePages(QByteArray bytes);

} // namespace rt::test

namespace rt::test {

// Every file in a folder with its bytes and modification time (to the
// nanosecond), to show that looking at a file changed nothing and created
// nothing beside it.
struct FolderState {
    QStringList names;
    QList<QByteArray> contents;
    QList<qint64> modifiedNs;
    bool operator==(const FolderState&) const = default;
    // What differs, for a failure message.
    QString differenceFrom(const FolderState& other) const;
};
FolderState folderState(const QString& folder);

} // namespace rt::test
