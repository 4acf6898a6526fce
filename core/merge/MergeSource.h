#pragma once
// The pieces a merge reads: the other file, opened read-only after the usual
// checks (ours, intact, the same schema); the tables in the order their
// foreign keys need; and each side's rows and journal held in memory.

#include "common/Result.h"
#include "storage/ReadOnlyConnection.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>
#include <memory>
#include <vector>

namespace rt::merge {

struct ForeignKey {
    QString parent;
    std::vector<std::pair<QString, QString>> columns; // from -> to
    bool toId() const { return columns.size() == 1 && columns.front().second == QLatin1String("id"); }
};

struct TableInfo {
    QString name;
    QStringList columns;
    std::vector<ForeignKey> keys;
    // Column -> the table whose id it holds, also through composite keys
    // (team_members.person_id holds a people id via enrollments).
    QHash<QString, QString> refs;
    // Sets of columns that name one real thing: UNIQUE constraints (other than
    // uuid), and a few identities the schema cannot declare (a person's email
    // and name, a program's title) so that seeded and separately entered
    // records of two files meet instead of doubling.
    std::vector<QStringList> naturalKeys;
    int uniqueKeyCount = 0; // the first naturalKeys are UNIQUE constraints
};

struct Schema {
    std::vector<TableInfo> tables; // parents before children
    const TableInfo* find(const QString& name) const;
};

Result<Schema> readSchema(const QSqlDatabase& db);

// The data columns two images of a row are compared on.
bool isBookkeeping(const QString& column);

struct Rows {
    std::vector<QVariantMap> rows;
    QHash<QString, qsizetype> byUuid;
    QHash<Id, qsizetype> byId;
    const QVariantMap* withId(Id id) const;
    const QVariantMap* withUuid(const QString& uuid) const;
};

struct JournalEntry {
    Id id = 0;
    QString uuid;
    QString at;
    QString author;
    QString description;
    QString kind;
};

struct JournalLine {
    qsizetype entry = 0; // index into Log::entries
    QString op;
    // An update that only renumbered the row among its siblings (another was
    // removed or moved): not a sign that someone wanted to keep this row.
    bool reorderOnly = false;
};

struct Log {
    std::vector<JournalEntry> entries;
    QHash<QString, qsizetype> byUuid;
    QHash<QString, std::vector<JournalLine>> byRow; // row uuid -> lines, oldest first
    // Entries that say nothing about what a person did to a row: a merge
    // (the other file's own entries are copied beside it) and the undo of one.
    QSet<qsizetype> notOwnChanges;
};

struct Snapshot {
    QHash<QString, Rows> tables;
    Log log;
};

Result<Snapshot> readSnapshot(const QSqlDatabase& db, const Schema& schema);

// The other file: checked, opened read-only (nothing is written beside it).
class Source {
public:
    // `targetPath` is the file merged into; merging a file into itself is refused.
    static Result<std::unique_ptr<Source>> open(const QString& path, const QString& targetPath);
    const QSqlDatabase& database() const { return m_connection->database(); }
    const QString& path() const { return m_path; }

private:
    Source(QString path, std::unique_ptr<ReadOnlyConnection> connection);
    QString m_path;
    std::unique_ptr<ReadOnlyConnection> m_connection;
};

} // namespace rt::merge
