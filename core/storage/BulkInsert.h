#pragma once
// Writing many rows in one action, fast. Writer::insert prepares a statement
// and reads the row back each time, and journal::append turns every row image
// into JSON through QJsonObject: right for one row, far too slow for twenty
// thousand. Here each statement is prepared once and bound per row through
// SQLite's C API, the journal entry and its lines are written the same way,
// and every row still gets a (time-ordered) UUID, created/updated times, a
// journal line and its image in a ChangeSet that undo can replay. Insert lines
// carry a compact detail (the row without its uuid, times and empty text):
// half the bytes, and the row itself is in its table.
//
// On a server the C API is not there: the same statements are prepared once
// through Qt's driver and run per row (ids come back through RETURNING), and
// the journal lines are sent a few hundred to a statement. Same rows, same
// entry, same undo; BulkJournal::finish() sends what is still waiting.
//
// Use inside Database::write with a ChangeSet of its own (see BulkJournal):
// rows recorded there are journaled here, so the action's own ChangeSet stays
// empty and Database::write adds no second entry; the caller hands the rows
// back for undo afterwards.

#include "common/Result.h"
#include "storage/ChangeSet.h"
#include "storage/Journal.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace rt {

class Writer;

// The journal entry of one bulk action and its row lines.
class BulkJournal {
public:
    // Appends the entry (who, when, `description`, `kind`, which `station`)
    // now, inside the caller's transaction. On a server it also wakes the
    // other stations, as Database::write does for the entries it writes.
    static Result<BulkJournal> open(const Writer& writer, const QString& description, journal::Kind kind,
                                    const QString& station = QString());

    BulkJournal(BulkJournal&&) noexcept;
    BulkJournal& operator=(BulkJournal&&) = delete;
    ~BulkJournal();

    enum class Detail {
        Full,    // as journal::append writes it: the row for inserts and deletes, changed columns for updates
        Compact, // inserts leave out what the line already says: uuid, times, empty text
    };
    // One line for a recorded row.
    Status line(const RowChange& row, const QString& workshopUuid, const QString& personUuid, Detail detail = Detail::Full);
    // Writes the lines still waiting (server only; a file writes each at once).
    // Call before the transaction commits.
    Status finish();

private:
    BulkJournal(sqlite3* db, sqlite3_stmt* statement, qint64 entryId);
    BulkJournal(const QSqlDatabase& server, qint64 entryId);
    Status send(const QVariantList& line);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    qint64 m_entryId = 0;
    // Server: lines waiting to be sent together, and the statement for a full batch.
    QSqlDatabase m_server;
    QVariantList m_waiting;
    std::unique_ptr<QSqlQuery> m_batch;
};

class BulkInsert {
public:
    // `columns` are the columns each insert() gives, in order; uuid,
    // created_at and updated_at are added. Rows are recorded in
    // `writer.changes()` and journaled in `journal`.
    static Result<BulkInsert> prepare(Writer& writer, BulkJournal& journal, const QString& table, const QStringList& columns);

    BulkInsert(BulkInsert&&) noexcept;
    BulkInsert& operator=(BulkInsert&&) = delete;
    ~BulkInsert();

    struct Inserted {
        Id id = 0;
        QString uuid;
    };
    // One row: values in the order of `columns` (QString or integer types);
    // the journal line belongs to the given workshop and person ('' for none,
    // the new row's own uuid when `ownPerson` is set).
    Result<Inserted> insert(const QVariantList& values, const QString& workshopUuid, const QString& personUuid,
                            bool ownPerson = false);

private:
    BulkInsert(Writer& writer, BulkJournal& journal, QString table, QStringList columns, sqlite3_stmt* statement,
               std::unique_ptr<QSqlQuery> serverStatement);
    Result<Id> insertInFile(const QVariantList& values, const QString& uuid, QVariantMap& image);
    Result<Id> insertOnServer(const QVariantList& values, const QString& uuid, QVariantMap& image);

    Writer* m_writer;
    BulkJournal* m_journal;
    QString m_table;
    QStringList m_columns;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_serverStatement; // INSERT ... RETURNING id, on a server
    QByteArray m_now;
};

// A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits.
// Rows inserted together sort together in the uuid index.
QString timeOrderedUuid();

} // namespace rt
