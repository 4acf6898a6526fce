// Database's server side: connecting to an organisation's PostgreSQL server,
// bringing its schema up to date, and the stations that share it.

#include "storage/Database.h"

#include "storage/Dialect.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace rt {
namespace {

// Held while a station checks and upgrades the schema, so two stations
// starting at once do not both run the same step ("Mign" in ASCII).
constexpr qint64 kMigrationLock = 0x4D69676E;

ErrorKind kindOfConnectFailure(const QString& detail)
{
    if (detail.contains(QLatin1String("no password supplied")) || detail.contains(QLatin1String("password authentication failed")))
        return ErrorKind::PasswordNeeded;
    return ErrorKind::Other;
}

Status bringSchemaUpToDate(const QSqlDatabase& db, const ServerAddress& server)
{
    auto version = dialect::schemaVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0) {
        auto tables = dialect::tableNames(db);
        if (!tables)
            return std::unexpected(tables.error());
        if (!tables->isEmpty())
            return fail(QObject::tr("The database %1 already holds tables of another program. Roundtable leaves "
                                    "them untouched; ask for an empty database of its own.")
                            .arg(server.display()));
    } else {
        auto applicationId = dialect::applicationId(db);
        if (!applicationId)
            return std::unexpected(applicationId.error());
        if (*applicationId != kApplicationId)
            return fail(QObject::tr("The database %1 belongs to another program, not Roundtable. It was left "
                                    "untouched.")
                            .arg(server.display()));
        if (*version > currentSchemaVersion())
            return fail(QObject::tr("The database %1 was set up by a newer Roundtable (schema %2); this version reads "
                                    "up to schema %3. Install the newer Roundtable on this computer; nothing was "
                                    "changed on the server.")
                            .arg(server.display())
                            .arg(*version)
                            .arg(currentSchemaVersion()));
    }
    if (*version == currentSchemaVersion())
        return ok();
    return migrate(db, *version, standardMigrations());
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& server)
{
    const QString name = QStringLiteral("roundtable-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(QObject::tr("This computer lacks the PostgreSQL driver Roundtable needs to reach a server (Qt's "
                                "QPSQL plugin, Debian package libqt6sql6-psql). Install it and connect again."));
    }
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(server.connectOptions());
    if (!db.open()) {
        const QString detail = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        const ErrorKind kind = kindOfConnectFailure(detail);
        if (kind == ErrorKind::PasswordNeeded)
            return fail(kind, QObject::tr("The server asks for the password of %1 for %2, and the one given was "
                                          "missing or wrong. Enter it again.")
                                  .arg(server.user, server.display()));
        return fail(QObject::tr("Could not connect to %1: %2 Check the address and that this computer can reach "
                                "the server.")
                        .arg(server.display(), detail));
    }
    std::unique_ptr<Database> database(new Database(server.url(), name, db));
    db = QSqlDatabase(); // the Database alone holds it, so a refusal below can remove it
    database->m_server = server;
    database->m_integrity = Status();

    auto locked = sql::run(database->m_db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
    if (!locked)
        return std::unexpected(locked.error());
    const Status upToDate = bringSchemaUpToDate(database->m_db, server);
    (void)sql::run(database->m_db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    if (!upToDate)
        return std::unexpected(upToDate.error());
    database->catchUp();
    return database;
}

void Database::catchUp()
{
    if (!isServer())
        return;
    auto newest = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM journal"));
    if (newest)
        m_seenJournal = newest->toLongLong();
}

Status Database::watchOtherStations(QObject* context, std::function<void()> onChange)
{
    if (!isServer())
        return ok();
    m_watchContext = context;
    m_onOthersChange = std::move(onChange);
    QObject::connect(m_db.driver(), &QSqlDriver::notification, context,
                     [this](const QString&, QSqlDriver::NotificationSource source, const QVariant& payload) {
                         if (source == QSqlDriver::SelfSource || payload.toString() == m_station)
                             return;
                         if (m_onOthersChange)
                             m_onOthersChange();
                     });
    return subscribe();
}

Status Database::subscribe() const
{
    const QString channel = QString::fromLatin1(dialect::kChangeChannel);
    if (m_db.driver()->subscribedToNotifications().contains(channel))
        return ok();
    if (!m_db.driver()->subscribeToNotification(channel))
        return fail(QObject::tr("Could not ask %1 for other stations' changes: %2")
                        .arg(displayName(), m_db.driver()->lastError().text()));
    return ok();
}

const QSqlDatabase& Database::connection() const
{
    if (m_server && !m_writing && !m_db.isOpen()) {
        QSqlDatabase reopened = m_db; // the same connection, shared
        if (reopened.open() && m_watchContext)
            (void)subscribe();
    }
    return m_db;
}

Result<bool> Database::reconnectAndFind(const QString& entry)
{
    m_db.close();
    if (!m_db.open())
        return std::unexpected(connectionLostError(m_db.lastError().text().trimmed()));
    if (m_watchContext)
        (void)subscribe();
    auto found = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE uuid = ?"), {entry});
    if (!found)
        return std::unexpected(connectionLostError(found.error().message));
    return found->toLongLong() > 0;
}

Error Database::connectionLostError(const QString& detail) const
{
    return Error{QObject::tr("Not saved: the connection to %1 was lost (%2). Nothing was changed on the server; try "
                             "again when the network is back.")
                     .arg(displayName(), detail),
                 ErrorKind::ConnectionLost};
}

bool Database::connectionLost() const
{
    return dialect::connectionLost(m_db);
}

Status Database::reconnect()
{
    if (!isServer())
        return ok();
    m_db.close();
    if (!m_db.open())
        return std::unexpected(connectionLostError(m_db.lastError().text().trimmed()));
    return m_watchContext ? subscribe() : ok();
}

} // namespace rt
