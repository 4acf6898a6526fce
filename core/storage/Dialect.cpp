#include "storage/Dialect.h"

#include "storage/Sql.h"

#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace rt {

Backend backendOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::Server : Backend::File;
}

namespace dialect {
namespace {

// The advisory lock every server write takes ("Roun" in ASCII).
constexpr qint64 kWriteLock = 0x526F756E;

bool isServer(const QSqlDatabase& db)
{
    return backendOf(db) == Backend::Server;
}

Result<bool> hasMetaTable(const QSqlDatabase& db)
{
    auto found = sql::scalar(db, QStringLiteral("SELECT to_regclass('roundtable_meta') IS NOT NULL"));
    if (!found)
        return std::unexpected(found.error());
    return found->toBool();
}

Result<QVariant> metaValue(const QSqlDatabase& db, const QString& key)
{
    auto exists = hasMetaTable(db);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return QVariant();
    return sql::scalar(db, QStringLiteral("SELECT value FROM roundtable_meta WHERE key = ?"), {key});
}

Status setMetaValue(const QSqlDatabase& db, const QString& key, const QString& value)
{
    auto done = sql::run(db,
                         QStringLiteral("INSERT INTO roundtable_meta (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                         {key, value});
    return done ? ok() : Status(std::unexpected(done.error()));
}

} // namespace

Status beginWrite(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!isServer(db)) {
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(sql::errorOf(query, QObject::tr("Could not start saving")));
        return ok();
    }
    if (!query.exec(QStringLiteral("BEGIN")))
        return std::unexpected(sql::errorOf(query, QObject::tr("Could not start saving")));
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock))) {
        Error error = sql::errorOf(query, QObject::tr("Could not start saving"));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(error);
    }
    return ok();
}

Result<quint32> applicationId(const QSqlDatabase& db)
{
    if (!isServer(db)) {
        auto id = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
        if (!id)
            return std::unexpected(id.error());
        return id->toUInt();
    }
    auto value = metaValue(db, QStringLiteral("application_id"));
    if (!value)
        return std::unexpected(value.error());
    return value->toString().toUInt();
}

Status setApplicationId(const QSqlDatabase& db, quint32 id)
{
    if (!isServer(db)) {
        auto done = sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(id)));
        return done ? ok() : Status(std::unexpected(done.error()));
    }
    return setMetaValue(db, QStringLiteral("application_id"), QString::number(id));
}

Result<int> schemaVersion(const QSqlDatabase& db)
{
    if (!isServer(db)) {
        auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!version)
            return std::unexpected(version.error());
        return version->toInt();
    }
    auto value = metaValue(db, QStringLiteral("schema_version"));
    if (!value)
        return std::unexpected(value.error());
    return value->toString().toInt();
}

Status setSchemaVersion(const QSqlDatabase& db, int version)
{
    if (!isServer(db)) {
        QSqlQuery bump(db);
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return std::unexpected(sql::errorOf(bump, QObject::tr("Could not record the schema version")));
        return ok();
    }
    return setMetaValue(db, QStringLiteral("schema_version"), QString::number(version));
}

QString migrationResource(Backend backend, const QString& fileName)
{
    return backend == Backend::Server ? QStringLiteral(":/migrations/postgresql/") + fileName
                                      : QStringLiteral(":/migrations/") + fileName;
}

Status runScript(const QSqlDatabase& db, const QString& script)
{
    if (!isServer(db))
        return sql::runScript(db, script);
    // The server takes a whole script in one simple query, function bodies and all.
    QSqlQuery query(db);
    if (!query.exec(script))
        return std::unexpected(sql::errorOf(query, QObject::tr("A schema step failed")));
    return ok();
}

Result<QStringList> tableNames(const QSqlDatabase& db)
{
    auto names = isServer(db)
        ? sql::run(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.oid"))
        : sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    if (!names)
        return std::unexpected(names.error());
    QStringList tables;
    while (names->next())
        tables << names->value(0).toString();
    return tables;
}

Result<std::vector<std::pair<QString, QString>>> foreignKeys(const QSqlDatabase& db, const QString& table)
{
    auto query = isServer(db)
        ? sql::run(db, QStringLiteral("SELECT a.attname, p.relname FROM pg_constraint c "
                                      "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid "
                                      "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                                      "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
                                      "WHERE c.contype = 'f' AND t.relname = ? AND cardinality(c.conkey) = 1 "
                                      "AND pa.attname = 'id' AND t.relnamespace = current_schema()::regnamespace "
                                      "ORDER BY c.oid"),
                   {table})
        : sql::run(db, QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) "
                                      "WHERE \"to\" IS NULL OR \"to\" = 'id'"),
                   {table});
    if (!query)
        return std::unexpected(query.error());
    std::vector<std::pair<QString, QString>> keys;
    while (query->next())
        keys.emplace_back(query->value(0).toString(), query->value(1).toString());
    return keys;
}

bool connectionLost(const QSqlDatabase& db)
{
    if (!isServer(db))
        return false;
    if (!db.isOpen())
        return true;
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return false;
    // Inside a failed transaction every statement fails with 25P02, which
    // means the server is still there.
    return probe.lastError().nativeErrorCode() != QLatin1String("25P02");
}

Status announceChange(const QSqlDatabase& db, const QString& station)
{
    if (!isServer(db))
        return ok();
    auto done = sql::run(db, QStringLiteral("SELECT pg_notify(?, ?)"), {QString::fromLatin1(kChangeChannel), station});
    return done ? ok() : Status(std::unexpected(done.error()));
}

// Merging and taking a workshop offline: a table's shape, on either side.
Result<QStringList> columnNames(const QSqlDatabase& db, const QString& table)
{
    auto query = isServer(db)
        ? sql::run(db, QStringLiteral("SELECT a.attname FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid "
                                      "WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace "
                                      "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
                   {table})
        : sql::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!query)
        return std::unexpected(query.error());
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<std::vector<TableKey>> tableKeys(const QSqlDatabase& db, const QString& table)
{
    // One row per column pair, keys numbered so a composite key's pairs stay together.
    auto query = isServer(db)
        ? sql::run(db, QStringLiteral("SELECT c.oid::bigint, p.relname, a.attname, pa.attname FROM pg_constraint c "
                                      "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid "
                                      "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, pcol, n) "
                                      "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
                                      "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.pcol "
                                      "WHERE c.contype = 'f' AND t.relname = ? "
                                      "AND t.relnamespace = current_schema()::regnamespace ORDER BY c.oid, k.n"),
                   {table})
        : sql::run(db, QStringLiteral("SELECT id, \"table\", \"from\", COALESCE(\"to\", 'id') "
                                      "FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
                   {table});
    if (!query)
        return std::unexpected(query.error());
    std::vector<TableKey> keys;
    qlonglong current = -1;
    while (query->next()) {
        if (keys.empty() || query->value(0).toLongLong() != current) {
            current = query->value(0).toLongLong();
            keys.push_back(TableKey{query->value(1).toString(), {}});
        }
        keys.back().columns.emplace_back(query->value(2).toString(), query->value(3).toString());
    }
    return keys;
}

Result<std::vector<QStringList>> uniqueKeys(const QSqlDatabase& db, const QString& table)
{
    auto query = isServer(db)
        ? sql::run(db, QStringLiteral("SELECT ic.relname, a.attname FROM pg_index i "
                                      "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid "
                                      "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(col, n) "
                                      "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.col "
                                      "WHERE i.indisunique AND NOT i.indisprimary AND t.relname = ? "
                                      "AND t.relnamespace = current_schema()::regnamespace ORDER BY ic.relname, k.n"),
                   {table})
        : sql::run(db, QStringLiteral("SELECT l.name, i.name FROM pragma_index_list(?) l, pragma_index_info(l.name) i "
                                      "WHERE l.\"unique\" = 1 AND l.origin <> 'pk' ORDER BY l.name, i.seqno"),
                   {table});
    if (!query)
        return std::unexpected(query.error());
    std::vector<QStringList> keys;
    QString current;
    while (query->next()) {
        if (keys.empty() || query->value(0).toString() != current) {
            current = query->value(0).toString();
            keys.emplace_back();
        }
        keys.back() << query->value(1).toString();
    }
    return keys;
}

Status beginSnapshot(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(isServer(db) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN")))
        return std::unexpected(sql::errorOf(query, QObject::tr("Could not start reading")));
    return ok();
}

} // namespace dialect
} // namespace rt

// --- Text matching and JSON in rules code ---
namespace rt::dialect {

QString likeIgnoringCase(const QSqlDatabase& db, const QString& text, const QString& pattern)
{
    if (backendOf(db) != Backend::Server)
        return QStringLiteral("(%1) LIKE %2 ESCAPE '\\'").arg(text, pattern);
    return QStringLiteral("(%1) COLLATE \"C\" ILIKE %2 ESCAPE '\\'").arg(text, pattern);
}

QString hasNonAscii(const QSqlDatabase& db, const QString& text)
{
    if (backendOf(db) != Backend::Server)
        return QStringLiteral("(%1) GLOB '*[^ -~]*'").arg(text);
    return QStringLiteral("(%1) COLLATE \"C\" ~ '[^ -~]'").arg(text);
}

QString jsonInteger(const QSqlDatabase& db, const QString& column, const QString& member)
{
    if (backendOf(db) != Backend::Server)
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, member);
    // Only text that is a JSON object is cast: a stray '' would fail the whole query.
    return QStringLiteral("CASE WHEN %1 LIKE '{%' THEN CAST(CAST(%1 AS jsonb) ->> '%2' AS BIGINT) END").arg(column, member);
}

} // namespace rt::dialect
