#pragma once
// One open Roundtable file: the SQLite connection, set up the way DESIGN asks
// (WAL, synchronous=FULL, foreign keys, busy timeout), after the file has been
// looked at byte by byte and found to be ours, intact, writable and not newer
// than this build. Every user action goes through write(): one transaction,
// one ChangeSet.

#include "common/Result.h"
#include "storage/ChangeSet.h"
#include "storage/Journal.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/Undo.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace rt {

class FileLock;
class Writer;

// When the quick integrity check of an existing file runs.
enum class IntegrityCheck {
    // Before open() returns: a damaged file is refused outright.
    BeforeOpening,
    // On a thread of its own while the caller goes on (the app shows the file
    // at once); every write waits for the verdict, so nothing is ever written
    // to a damaged file. Files that need an upgrade are checked first anyway.
    InBackground,
};

class Database {
public:
    // Opens an existing file and brings its schema up to date, taking the
    // file's lock (FileLock). When another window or process holds it, the
    // file opens read-only: readOnlyReason() says where it is open, and
    // write(), revert() and reapply() refuse with that message. Before an
    // upgrade a verified backup is made; if it cannot be, nothing is upgraded.
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  IntegrityCheck check = IntegrityCheck::BeforeOpening);
    // Creates a new file; the file appears only once it is complete. An existing
    // file is replaced only when `replace` is set.
    static Result<std::unique_ptr<Database>> create(const QString& path, bool replace = false);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    const QSqlDatabase& connection() const { return m_db; }
    int schemaVersion() const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    // The integrity verdict once known (always known with BeforeOpening).
    std::optional<Status> integrity();
    // Waits for the verdict.
    Status awaitIntegrity();

    // Runs one user action as one transaction and returns what it changed.
    // Nothing is written unless the action succeeds and the commit succeeds;
    // the change journal gets its entry in the same transaction.
    Result<ChangeSet> write(const QString& description, const std::function<Status(Writer&)>& action,
                            journal::Kind kind = journal::Kind::Action);

    // Undo and redo of an earlier action, each its own transaction.
    Result<ChangeSet> revert(const ChangeSet& changes);
    Result<ChangeSet> reapply(const ChangeSet& changes);

private:
    Database(QString path, QString connectionName, QSqlDatabase db);
    // Opens a Qt connection and wraps it; connect/connectReadOnly set it up.
    static Result<std::unique_ptr<Database>> openConnection(const QString& path, const QString& databaseName,
                                                            const QString& options);
    static Result<std::unique_ptr<Database>> connect(const QString& path);
    static Result<std::unique_ptr<Database>> connectReadOnly(const QString& path);
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path, IntegrityCheck check, QString reason);
    Status refuseWhenReadOnly() const;
    Status configure();
    Result<ChangeSet> replayInTransaction(const ChangeSet& changes, Replay direction);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::future<Status> m_pendingCheck;
    std::optional<Status> m_integrity = Status();
    bool m_createdJournal = false;
    QString m_readOnlyReason;
    std::unique_ptr<FileLock> m_lock; // released last, after the connection is closed
};

// Runs PRAGMA quick_check on a file without writing anything beside it.
Status quickCheckFile(const QString& path, ReadOnlyConnection::Journal journal = ReadOnlyConnection::Journal::Detect);

} // namespace rt
