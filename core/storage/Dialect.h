#pragma once
// The SQL that differs between a file (SQLite) and a server (PostgreSQL), one
// function per concern. Everything else core runs is written once and runs on
// both: plain SQL, '?' placeholders, INSERT ... RETURNING, COLLATE NOCASE (a
// collation of that name on the server).

#include "common/Result.h"
#include "storage/Backend.h"

#include <QSqlDatabase>
#include <QStringList>
#include <utility>
#include <vector>

namespace rt::dialect {

// Starts a write transaction. A file takes SQLite's write lock up front
// (BEGIN IMMEDIATE). A server takes one advisory lock, so stations write one
// after the other just as windows do on a file: a check-in's read of what is
// there and its write can never interleave with another station's.
Status beginWrite(const QSqlDatabase& db);

// The header: a file keeps it in PRAGMA application_id and user_version, a
// server in the roundtable_meta table (absent until the first schema step:
// then both read 0).
Result<quint32> applicationId(const QSqlDatabase& db);
Status setApplicationId(const QSqlDatabase& db, quint32 id);
Result<int> schemaVersion(const QSqlDatabase& db);
Status setSchemaVersion(const QSqlDatabase& db, int version);

// The resource holding a schema step's script for this backend.
QString migrationResource(Backend backend, const QString& fileName);
// Runs a script of several statements.
Status runScript(const QSqlDatabase& db, const QString& script);

// The tables of the database, in the order they were created.
Result<QStringList> tableNames(const QSqlDatabase& db);
// A table's single-column references to another table's id: column -> table.
Result<std::vector<std::pair<QString, QString>>> foreignKeys(const QSqlDatabase& db, const QString& table);

// After a failed statement: true when the connection itself is gone (the
// server went away or the network dropped), not the statement at fault.
bool connectionLost(const QSqlDatabase& db);

// Wakes the other stations' views after a commit (server only; a no-op on a
// file). Runs inside the write transaction, so it is sent only if it commits.
inline constexpr const char* kChangeChannel = "roundtable_changes";
Status announceChange(const QSqlDatabase& db, const QString& station);

// Merging and taking a workshop offline read a table's shape on either side.
// A table's columns, in their order.
Result<QStringList> columnNames(const QSqlDatabase& db, const QString& table);
// Every foreign key of a table, composite ones too: the parent table and the
// (column, parent column) pairs in order.
struct TableKey {
    QString parent;
    std::vector<std::pair<QString, QString>> columns;
};
Result<std::vector<TableKey>> tableKeys(const QSqlDatabase& db, const QString& table);
// The column sets of a table's UNIQUE constraints (not its primary key),
// ordered by the constraint's name.
Result<std::vector<QStringList>> uniqueKeys(const QSqlDatabase& db, const QString& table);
// Starts a transaction that only reads and sees one committed state throughout
// (a file's deferred BEGIN; a server's REPEATABLE READ), so a copy made over
// several statements is consistent while other stations write. End it with ROLLBACK.
Status beginSnapshot(const QSqlDatabase& db);

} // namespace rt::dialect

// --- Text matching and JSON in rules code ---
namespace rt::dialect {

// `text LIKE pattern ESCAPE '\'`, ignoring ASCII case as a file's LIKE does.
// A server refuses LIKE on the nocase collation, so there the text is
// compared under the byte-wise "C" collation with ILIKE.
QString likeIgnoringCase(const QSqlDatabase& db, const QString& text, const QString& pattern);
// True when `text` holds a character outside printable ASCII.
QString hasNonAscii(const QSqlDatabase& db, const QString& text);
// An integer member of a JSON object kept in a TEXT column, as BIGINT.
QString jsonInteger(const QSqlDatabase& db, const QString& column, const QString& member);

} // namespace rt::dialect
