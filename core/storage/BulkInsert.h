#pragma once
// Inserting many rows of one table inside a Writer's action, fast: the
// statement is prepared once and bound per row through SQLite's C API, where
// Writer::insert prepares a statement and reads the row back each time. Rows
// still get a UUID (time-ordered, so the uuid index grows at its end) and
// created/updated times, and each is recorded in the action's ChangeSet with
// the same image Writer would record, so the journal and undo see no
// difference.

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

struct sqlite3_stmt;

namespace rt {

class Writer;

class BulkInsert {
public:
    // `columns` are the columns each insert() gives, in order; uuid,
    // created_at and updated_at are added.
    static Result<BulkInsert> prepare(Writer& writer, const QString& table, const QStringList& columns);

    BulkInsert(BulkInsert&&) noexcept;
    BulkInsert& operator=(BulkInsert&&) noexcept;
    ~BulkInsert();

    // One row: values in the order of `columns` (QString or integer types).
    Result<Id> insert(const QVariantList& values);

private:
    BulkInsert(Writer& writer, QString table, QStringList columns, sqlite3_stmt* statement);

    Writer* m_writer;
    QString m_table;
    QStringList m_columns;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_now;
};

// A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits.
// Rows inserted together sort together in the uuid index.
QString timeOrderedUuid();

} // namespace rt
