#pragma once
// One open Roundtable file: the SQLite connection, set up the way DESIGN asks
// (WAL, synchronous=FULL, foreign keys, busy timeout), after the file has been
// looked at byte by byte and found to be ours, intact, writable and not newer
// than this build. Every user action goes through write(): one transaction,
// one ChangeSet.

#include "common/Result.h"
#include "storage/Backend.h"
#include "storage/ChangeSet.h"
#include "storage/Journal.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/ServerAddress.h"
#include "storage/Undo.h"

#include <QObject>
#include <QPointer>
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

    // Connects to an organisation's Roundtable server (PostgreSQL) and brings
    // its schema up to date; an empty database is given Roundtable's tables.
    // Any number of stations may be connected at once: their writes take
    // turns (dialect::beginWrite), an update to a record another station
    // changed since this one last caught up is refused as a collision, and
    // each commit wakes the others (watchOtherStations).
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& server);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file's path, or the server's URL (without the password).
    const QString& path() const { return m_path; }
    Backend backend() const { return m_server ? Backend::Server : Backend::File; }
    bool isServer() const { return m_server.has_value(); }
    const std::optional<ServerAddress>& server() const { return m_server; }
    // A file name or “database” on host as user, for titles and messages.
    QString displayName() const;

    // This connection's identity in the journal (one per window or CLI run).
    const QString& station() const { return m_station; }
    // Records that this station's views now show every change committed so
    // far: later edits collide only with what other stations commit after now.
    void catchUp();
    // Calls `onChange` (in `context`'s thread, while it lives) whenever
    // another station commits a change. Server only; a file has one writer.
    Status watchOtherStations(QObject* context, std::function<void()> onChange);
    // Server: whether the connection has dropped (a read failed, or will).
    bool connectionLost() const;
    // Server: connects again after a drop, listening to other stations again
    // if this station was. Fails as ErrorKind::ConnectionLost while unreachable.
    Status reconnect();
    // On a server whose connection a read found gone (sql::run closes it),
    // connects again first, unless a write is under way on it: the first read
    // after the line dropped fails with ErrorKind::ConnectionLost, the next
    // one goes through.
    const QSqlDatabase& connection() const;
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
    Result<ChangeSet> writeOnce(const QString& description, const std::function<Status(Writer&)>& action,
                                journal::Kind kind, const QString& entry, ChangeSet& changes);
    // After the server connection dropped: connects again (once) and says
    // whether the entry `entry` had been committed before it did.
    Result<bool> reconnectAndFind(const QString& entry);
    Status subscribe() const;
    Error connectionLostError(const QString& detail) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::future<Status> m_pendingCheck;
    std::optional<Status> m_integrity = Status();
    bool m_createdJournal = false;
    QString m_readOnlyReason;
    std::optional<ServerAddress> m_server;
    QString m_station;
    qint64 m_seenJournal = 0;
    QPointer<QObject> m_watchContext;
    bool m_writing = false;
    std::function<void()> m_onOthersChange;
    std::unique_ptr<FileLock> m_lock; // released last, after the connection is closed
};

// Runs PRAGMA quick_check on a file without writing anything beside it.
Status quickCheckFile(const QString& path, ReadOnlyConnection::Journal journal = ReadOnlyConnection::Journal::Detect);

} // namespace rt
