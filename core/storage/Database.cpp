#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/Dialect.h"
#include "storage/FileLock.h"
#include "storage/FilePlacement.h"
#include "storage/FileProbe.h"
#include "storage/Journal.h"
#include "storage/Migrations.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Undo.h"
#include "storage/Writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>


namespace rt {
namespace {

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString newConnectionName()
{
    return QStringLiteral("roundtable-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Removes the -wal and -shm files of a connection that wrote nothing (an
// empty -wal); never one that holds data.
void removeEmptyJournal(const QString& path)
{
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && QFileInfo(wal).size() != 0)
        return;
    QFile::remove(wal);
    QFile::remove(path + QStringLiteral("-shm"));
}

Status backUpBeforeUpgrade(const QString& path, int version)
{
    auto backup = backups::snapshot(path, backups::Reason::BeforeUpgrade);
    if (backup)
        return ok();
    return fail(QObject::tr("“%1” needs an upgrade from schema %2 to %3, and Roundtable backs a file up before "
                            "upgrading it. %4 The file was not upgraded and is as it was; make room on the disk or "
                            "check the backup folder “%5”, then open it again.")
                    .arg(display(path))
                    .arg(version)
                    .arg(currentSchemaVersion())
                    .arg(backup.error().message, QDir::toNativeSeparators(backups::folderFor(path))));
}

Status checkHeaderIsOurs(const QString& path, quint32 applicationId, quint32 userVersion)
{
    if (applicationId != kApplicationId)
        return fail(QObject::tr("“%1” is a database made by another program, not a Roundtable file. Roundtable "
                                "leaves it untouched; choose a file ending in .roundtable.")
                        .arg(display(path)));
    const int newest = currentSchemaVersion();
    if (userVersion > quint32(newest))
        return fail(QObject::tr("“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. "
                                "Install the newer Roundtable to open it; the file was not changed.")
                        .arg(display(path))
                        .arg(userVersion)
                        .arg(newest));
    return ok();
}

Status checkJournalIsOurs(const QString& path)
{
    const auto journal = probeJournal(path);
    return journal ? checkHeaderIsOurs(path, journal->applicationId, journal->userVersion) : ok();
}

} // namespace

Status quickCheckFile(const QString& path, ReadOnlyConnection::Journal journal)
{
    auto connection = ReadOnlyConnection::open(path, journal);
    if (!connection)
        return std::unexpected(connection.error());
    auto result = sql::run((*connection)->database(), QStringLiteral("PRAGMA quick_check"));
    if (!result)
        return fail(QObject::tr("“%1” is damaged and cannot be read (%2). Restore a backup of it.")
                        .arg(display(path), result.error().message));
    QStringList problems;
    while (result->next()) {
        const QString line = result->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    result->finish();
    if (!problems.isEmpty())
        return fail(QObject::tr("“%1” is damaged (the database reports: %2). Restore a backup of it.")
                        .arg(display(path), problems.mid(0, 3).join(QLatin1String("; "))));
    return ok();
}

Database::Database(QString path, QString connectionName, QSqlDatabase db)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_db(std::move(db))
    , m_station(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    if (m_pendingCheck.valid())
        m_pendingCheck.wait();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    // SQLite cannot tidy up after itself on a damaged file; we opened it and
    // wrote nothing, so we leave nothing beside it.
    if (m_createdJournal && m_integrity && !*m_integrity)
        removeEmptyJournal(m_path);
    m_lock.reset();
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path, const QString& databaseName,
                                                          const QString& options)
{
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(QObject::tr("Could not open “%1”: %2").arg(display(path), detail));
    }
    std::unique_ptr<Database> database(new Database(path, name, db));
    return database;
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path)
{
    auto database = openConnection(path, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database)
        return database;
    if (auto status = (*database)->configure(); !status)
        return std::unexpected(status.error());
    return database;
}

// A connection that can only read, for a file another window or process is
// writing: it reads through their -wal and never takes the write lock.
Result<std::unique_ptr<Database>> Database::connectReadOnly(const QString& path)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    url.setQuery(query);
    auto database = openConnection(path, url.toString(QUrl::FullyEncoded),
                                   QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database)
        return database;
    QSqlQuery foreignKeys((*database)->m_db);
    foreignKeys.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return database;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, IntegrityCheck check, QString reason)
{
    // The writer elsewhere looks after the file's health; a check here would
    // race its checkpoints. Only a caller that asked to know first waits for one.
    if (check == IntegrityCheck::BeforeOpening) {
        if (auto status = quickCheckFile(path); !status)
            return std::unexpected(status.error());
    }
    auto database = connectReadOnly(path);
    if (!database)
        return database;
    auto applicationId = sql::scalar((*database)->m_db, QStringLiteral("PRAGMA application_id"));
    auto version = sql::scalar((*database)->m_db, QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !version)
        return std::unexpected(!applicationId ? applicationId.error() : version.error());
    if (auto status = checkHeaderIsOurs(path, applicationId->toUInt(), version->toUInt()); !status)
        return std::unexpected(status.error());
    if (version->toInt() < currentSchemaVersion())
        return fail(QObject::tr("%1 The file also needs an upgrade to this version of Roundtable, which only the "
                                "window that has it open can make: close it there first.")
                        .arg(reason));
    (*database)->m_readOnlyReason = std::move(reason);
    return database;
}

Status Database::refuseWhenReadOnly() const
{
    if (isReadOnly())
        return fail(QObject::tr("Not saved. %1").arg(m_readOnlyReason));
    return ok();
}

Status Database::configure()
{
    const QString what = QObject::tr("Could not set up “%1”").arg(display(m_path));
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            // A damaged schema text shows up here, before any check could read it.
            const Error error = sql::errorOf(query, what);
            if (error.message.contains(QLatin1String("malformed")))
                return fail(QObject::tr("“%1” is damaged and cannot be read (%2). Restore a backup of it.")
                                .arg(display(m_path), query.lastError().text()));
            return std::unexpected(error);
        }
    }
    auto mode = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return std::unexpected(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(QObject::tr("%1: the file system does not allow the safe journal mode Roundtable needs. "
                                "Copy the file to a local disk and open it there.")
                        .arg(what));
    return ok();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, IntegrityCheck check)
{
    auto header = probeFile(path);
    if (!header)
        return std::unexpected(header.error());
    if (auto status = checkHeaderIsOurs(path, header->applicationId, header->userVersion); !status)
        return std::unexpected(status.error());
    // A -wal left by a crash may hold a newer header than the file's own (a
    // newer Roundtable's upgrade, say). It is read from its bytes: any
    // connection would leave a -shm, and a read-write one would fold the -wal
    // into the file as it closed.
    if (auto status = checkJournalIsOurs(path); !status)
        return std::unexpected(status.error());
    if (auto status = checkWritable(path); !status)
        return std::unexpected(status.error());
    // Only now, with the file known to be ours: a bad file never gets a lock
    // file beside it.
    auto lock = FileLock::acquire(path);
    if (!lock)
        return openReadOnly(path, check, lock.error().message);
    // Opening itself writes to a file that needs an upgrade or a change of
    // journal mode, or whose journal was left by a crash (recovery), so those
    // are always checked first.
    const bool willWriteOnOpen = int(header->userVersion) < currentSchemaVersion() || !header->walMode
        || QFileInfo::exists(path + QStringLiteral("-wal"));
    std::future<Status> pending;
    if (check == IntegrityCheck::BeforeOpening || willWriteOnOpen) {
        if (auto status = quickCheckFile(path); !status)
            return std::unexpected(status.error());
    } else {
        // There is no -wal now (willWriteOnOpen); the one the connection below
        // creates is empty, so the check reads the file itself, without locks
        // or -shm, however late its thread starts.
        pending = std::async(std::launch::async, [path] { return quickCheckFile(path, ReadOnlyConnection::Journal::Ignore); });
    }

    // Before the connection below touches the file (it switches the journal
    // mode): a file whose upgrade cannot be backed up stays byte for byte.
    bool backedUp = false;
    if (int(header->userVersion) < currentSchemaVersion()) {
        if (auto status = backUpBeforeUpgrade(path, int(header->userVersion)); !status)
            return std::unexpected(status.error());
        backedUp = true;
    }

    const bool hadJournal = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
    auto database = connect(path);
    if (!database) {
        // Damage can show up as soon as SQLite reads the schema: then the
        // check's plainer verdict is the better message. The check is waited
        // for before tidying up, so nothing is removed under its feet.
        const Status verdict = pending.valid() ? pending.get() : Status();
        if (!hadJournal)
            removeEmptyJournal(path);
        if (!verdict)
            return std::unexpected(verdict.error());
        return database;
    }
    (*database)->m_createdJournal = !hadJournal;
    (*database)->m_lock = std::move(*lock);
    if (pending.valid()) {
        (*database)->m_pendingCheck = std::move(pending);
        (*database)->m_integrity.reset();
    }
    // A -wal file beside the database may hold newer pages than the header we
    // read; ask the connection again before changing anything.
    auto applicationId = sql::scalar((*database)->m_db, QStringLiteral("PRAGMA application_id"));
    auto version = sql::scalar((*database)->m_db, QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !version)
        return std::unexpected(!applicationId ? applicationId.error() : version.error());
    if (auto status = checkHeaderIsOurs(path, applicationId->toUInt(), version->toUInt()); !status)
        return std::unexpected(status.error());
    // Schema 0 is a file nothing was written to yet. One that already holds
    // tables has a damaged header (a flipped bit of its version): upgrading
    // it from nothing would fail half-way through, so say what it is.
    if (version->toInt() == 0) {
        auto tables = sql::scalar((*database)->m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return std::unexpected(tables.error());
        if (tables->toInt() > 0)
            return fail(QObject::tr("“%1” is damaged: its header says it holds nothing, yet it has tables. Restore a "
                                    "backup of it; the file was not changed.")
                            .arg(display(path)));
    }
    if (version->toInt() < currentSchemaVersion()) {
        if (auto status = (*database)->awaitIntegrity(); !status)
            return std::unexpected(status.error());
        if (!backedUp) {
            if (auto status = backUpBeforeUpgrade(path, version->toInt()); !status)
                return std::unexpected(status.error());
        }
        if (auto status = migrate((*database)->m_db, version->toInt(), standardMigrations()); !status)
            return std::unexpected(status.error());
    }
    return database;
}

std::optional<Status> Database::integrity()
{
    if (!m_integrity && m_pendingCheck.valid()
        && m_pendingCheck.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        m_integrity = m_pendingCheck.get();
    return m_integrity;
}

Status Database::awaitIntegrity()
{
    if (!m_integrity && m_pendingCheck.valid())
        m_integrity = m_pendingCheck.get();
    if (!m_integrity)
        return fail(QObject::tr("Internal error: the file's check never finished."));
    if (!*m_integrity)
        return fail(QObject::tr("%1 Nothing was written to it.").arg(m_integrity->error().message));
    return ok();
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, bool replace)
{
    if (auto status = checkPathToCreate(path); !status)
        return std::unexpected(status.error());
    const QFileInfo info(path);
    if (info.exists() && !replace)
        return fail(QObject::tr("“%1” already exists. Open it, or choose another name for the new file.").arg(display(path)));
    if (info.exists() && info.isDir())
        return fail(QObject::tr("“%1” is a folder. Choose a file name for the new file.").arg(display(path)));
    if (replace && info.exists()) {
        if (auto status = checkWritable(path); !status)
            return std::unexpected(status.error());
    }
    // A leftover journal beside the old file would be replayed into the new one.
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return fail(QObject::tr("“%1” is still open in Roundtable (or was not closed properly). Open it once and "
                                "close it, or choose another name.")
                        .arg(display(path)));

    const QString temporary = placement::temporarySibling(path);
    {
        auto database = connect(temporary);
        if (!database) {
            placement::removeDatabaseFiles(temporary);
            return database;
        }
        auto stamped = sql::run((*database)->m_db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(kApplicationId)));
        Status built = stamped ? migrate((*database)->m_db, 0, standardMigrations()) : Status(std::unexpected(stamped.error()));
        if (stamped)
            stamped->finish();
        database->reset();
        if (!built) {
            placement::removeDatabaseFiles(temporary);
            return std::unexpected(built.error());
        }
    }
    if (auto moved = placement::moveIntoPlace(temporary, path); !moved)
        return std::unexpected(moved.error());
    return open(path);
}

int Database::schemaVersion() const
{
    auto version = dialect::schemaVersion(m_db);
    return version ? *version : -1;
}

QString Database::displayName() const
{
    return m_server ? m_server->display() : display(m_path);
}

Result<ChangeSet> Database::write(const QString& description, const std::function<Status(Writer&)>& action,
                                  journal::Kind kind)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return std::unexpected(refused.error());
    if (auto checked = awaitIntegrity(); !checked)
        return std::unexpected(checked.error());
    const QString entry = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ChangeSet changes;
    auto written = writeOnce(description, action, kind, entry, changes);
    if (written || !isServer() || !dialect::connectionLost(m_db))
        return written;
    // The server went away during the action. If its commit got through
    // before the line dropped, the entry is there; otherwise nothing was
    // saved and the action runs again on the new connection.
    auto committed = reconnectAndFind(entry);
    if (!committed)
        return std::unexpected(committed.error());
    if (*committed) {
        changes.journalEntry = entry;
        return changes;
    }
    changes = ChangeSet();
    written = writeOnce(description, action, kind, entry, changes);
    if (!written && dialect::connectionLost(m_db))
        return std::unexpected(connectionLostError(written.error().message));
    return written;
}

Result<ChangeSet> Database::writeOnce(const QString& description, const std::function<Status(Writer&)>& action,
                                      journal::Kind kind, const QString& entry, ChangeSet& changes)
{
    m_writing = true;
    const auto writing = qScopeGuard([this] { m_writing = false; });
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    changes.description = description;
    Writer writer(m_db, changes);
    if (isServer())
        writer.watchOthers({m_seenJournal, m_station});
    if (auto status = action(writer); !status)
        return std::unexpected(status.error());
    if (auto status = journal::append(m_db, changes, kind, {entry, m_station}); !status)
        return std::unexpected(status.error());
    if (!changes.isEmpty()) {
        if (auto status = dialect::announceChange(m_db, m_station); !status)
            return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status)
        return std::unexpected(status.error());
    changes.journalEntry = entry;
    return changes;
}

Result<ChangeSet> Database::revert(const ChangeSet& changes)
{
    return replayInTransaction(changes, Replay::Backward);
}

Result<ChangeSet> Database::reapply(const ChangeSet& changes)
{
    return replayInTransaction(changes, Replay::Forward);
}

Result<ChangeSet> Database::replayInTransaction(const ChangeSet& changes, Replay direction)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return std::unexpected(refused.error());
    if (auto checked = awaitIntegrity(); !checked)
        return std::unexpected(checked.error());
    m_writing = true;
    const auto writing = qScopeGuard([this] { m_writing = false; });
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (isServer()) {
        if (auto refused = refuseOthersNewer(m_db, changes, direction, m_seenJournal, m_station); !refused)
            return std::unexpected(refused.error());
    }
    auto done = replay(m_db, changes, direction);
    if (!done)
        return done;
    ChangeSet recorded = *done;
    recorded.description = (direction == Replay::Backward ? QObject::tr("Undo: %1") : QObject::tr("Redo: %1"))
                               .arg(changes.description);
    if (auto status = journal::append(m_db, recorded, direction == Replay::Backward ? journal::Kind::Undo : journal::Kind::Redo,
                                      {QString(), m_station});
        !status)
        return std::unexpected(status.error());
    if (auto status = dialect::announceChange(m_db, m_station); !status)
        return std::unexpected(status.error());
    if (auto status = transaction->commit(); !status)
        return std::unexpected(status.error());
    return done;
}

} // namespace rt
