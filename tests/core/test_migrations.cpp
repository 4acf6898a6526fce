// Schema steps: from an empty file, from each older version, and a failing
// step that must leave the file at the version before it.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <functional>
#include <latch>
#include <thread>

using namespace rt;
using namespace rt::test;

namespace {

// A file stamped as ours and brought up to `version` only, as an older
// Roundtable would have left it. Rollback journal, closed cleanly.
void makeFileAtVersion(const QString& path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint32(kApplicationId))));
            REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        }
        expectOk(migrate(db, 0, standardMigrations(), version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
}

int tableCount(const Database& db)
{
    return expectOk(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"))).toInt();
}

} // namespace

TEST_CASE("Migrations are numbered 1, 2, ... without gaps")
{
    int expected = 1;
    for (const Migration& step : standardMigrations()) {
        CHECK(step.version == expected);
        CHECK_FALSE(step.summary.isEmpty());
        ++expected;
    }
    CHECK(currentSchemaVersion() == expected - 1);
}

TEST_CASE("An empty Roundtable file (schema 0) is brought up to the current schema", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.roundtable"));
    makeFileAtVersion(path, 0);
    CHECK(expectOk(probeFile(path)).userVersion == 0);
    auto db = expectOk(Database::open(path));
    CHECK(db->schemaVersion() == currentSchemaVersion());
    CHECK(tableCount(*db) == 30);
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_templates"))).toInt() == 2);
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_questions WHERE pillar IS NOT NULL"))).toInt() == 12);
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM programs"))).toInt() == 5);
}

TEST_CASE("Every older schema version is brought up to date, keeping its data", "[file]")
{
    for (int version = 1; version < currentSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from schema " << version)
        {
            TempDir dir;
            const QString path = dir.path(QStringLiteral("older.roundtable"));
            makeFileAtVersion(path, version);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
                db.setDatabaseName(path);
                REQUIRE(db.open());
                {
                    // Schema 1 already has people; a row written then must survive.
                    QSqlQuery q(db);
                    REQUIRE(q.exec(QStringLiteral("INSERT INTO people (uuid, first_name, last_name, created_at, updated_at) "
                                                  "VALUES ('u-1', 'Ada', 'Older', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("fill"));

            auto db = expectOk(Database::open(path));
            CHECK(db->schemaVersion() == currentSchemaVersion());
            CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT last_name FROM people WHERE uuid = 'u-1'")))
                      .toString() == QStringLiteral("Older"));
        }
    }
}

TEST_CASE("Workshops made before attendance existed get a morning and an afternoon per day", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("schema2.roundtable"));
    makeFileAtVersion(path, 2);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill2"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO workshops (uuid, title, start_date, half_days, capacity, created_at, updated_at) "
                                          "VALUES ('w-1', 'Old', '2026-05-04', 3, 20, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill2"));
    auto db = expectOk(Database::open(path));
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT group_concat(day || ' ' || label, ', ') FROM "
                                                                "(SELECT day, label FROM attendance_blocks ORDER BY day, starts_at)")))
              .toString() == QStringLiteral("1 Morning, 1 Afternoon, 2 Morning"));
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT partial_credit || ' ' || certificate_share FROM workshops")))
              .toString() == QStringLiteral("prorated 0.75"));
}

TEST_CASE("A failing step rolls back and leaves the file at the version before it", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("f.roundtable"));
    makeFileAtVersion(path, 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("failing"));
    db.setDatabaseName(path);
    REQUIRE(db.open());
    {
        std::vector<Migration> steps = {
            {1, QStringLiteral("a table"), [](Writer& w) { return sql::runScript(w.database(), QStringLiteral("CREATE TABLE a (x);")); }},
            {2, QStringLiteral("a broken step"),
             [](Writer& w) {
                 return sql::runScript(w.database(), QStringLiteral("CREATE TABLE b (x);\nTHIS IS NOT SQL;"));
             }},
            {3, QStringLiteral("never reached"), [](Writer& w) { return sql::runScript(w.database(), QStringLiteral("CREATE TABLE c (x);")); }},
        };
        auto result = migrate(db, 0, steps);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(QStringLiteral("schema 2")));
        CHECK(result.error().message.contains(QStringLiteral("at schema 1")));
        CHECK(expectOk(sql::scalar(db, QStringLiteral("PRAGMA user_version"))).toInt() == 1);
        CHECK(expectOk(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'a'"))).toInt() == 1);
        CHECK(expectOk(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('b', 'c')"))).toInt() == 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("failing"));
}

TEST_CASE("Migration scripts are split where SQLite says a statement ends", "[file]")
{
    const QStringList statements = sql::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT 'a;b');\n"
        "CREATE TRIGGER tr BEFORE INSERT ON t BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].endsWith(QStringLiteral("DEFAULT 'a;b');")));
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[1].endsWith(QStringLiteral("END;")));
}

// --- A server database ---
// These need the test server; on the file run they have nothing to test and
// return at once (the "(server)" registration runs them).

namespace {

// A plain connection to a server database, as another program or an older
// Roundtable would use it.
void onServer(const ServerAddress& server, const std::function<void(const QSqlDatabase&)>& use)
{
    const QString name = QStringLiteral("plain-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(server.password);
        REQUIRE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList serverTables(const ServerAddress& server)
{
    QStringList tables;
    onServer(server, [&](const QSqlDatabase& db) { tables = expectOk(dialect::tableNames(db)); });
    tables.sort();
    return tables;
}

// Runs a statement as is (DDL cannot be prepared on the server).
void exec(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    INFO(statement.toStdString());
    REQUIRE(query.exec(statement));
}

qint64 countOn(const QSqlDatabase& db, const QString& statement)
{
    return expectOk(sql::scalar(db, statement)).toLongLong();
}

} // namespace

TEST_CASE("An empty server database is given the whole schema at the current version")
{
    if (!onServerBackend())
        return;
    const ServerAddress server = newEmptyServerDatabase();
    auto db = expectOk(Database::openServer(server));
    CHECK(db->schemaVersion() == currentSchemaVersion());
    CHECK(expectOk(dialect::applicationId(db->connection())) == kApplicationId);
    CHECK(countOn(db->connection(), QStringLiteral("SELECT count(*) FROM programs")) == 5);
    CHECK(countOn(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_templates")) == 2);
    CHECK(countOn(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_questions WHERE pillar IS NOT NULL")) == 12);

    // The same tables as a new file, and the one that holds the file's header.
    TempDir dir;
    auto file = expectOk(Database::create(dir.path(QStringLiteral("new.roundtable"))));
    QStringList fileTables = expectOk(dialect::tableNames(file->connection()));
    fileTables.removeAll(QStringLiteral("sqlite_sequence"));
    fileTables << QStringLiteral("roundtable_meta");
    fileTables.sort();
    CHECK(serverTables(server) == fileTables);

    // Connecting again finds it up to date and changes nothing.
    const qint64 entries = countOn(db->connection(), QStringLiteral("SELECT count(*) FROM journal"));
    auto again = expectOk(Database::openServer(server));
    CHECK(again->schemaVersion() == currentSchemaVersion());
    CHECK(countOn(again->connection(), QStringLiteral("SELECT count(*) FROM programs")) == 5);
    CHECK(countOn(again->connection(), QStringLiteral("SELECT count(*) FROM journal")) == entries);
}

TEST_CASE("A server database at an older schema is brought up to date, keeping its data")
{
    if (!onServerBackend())
        return;
    for (int version = 1; version < currentSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from schema " << version)
        {
            const ServerAddress server = newEmptyServerDatabase();
            onServer(server, [&](const QSqlDatabase& db) {
                expectOk(migrate(db, 0, standardMigrations(), version));
                expectOk(sql::run(db, QStringLiteral("INSERT INTO people (uuid, first_name, last_name, created_at, updated_at) "
                                                     "VALUES ('p-1', 'Dana', 'Whitfield', '2026-01-01T00:00:00Z', "
                                                     "'2026-01-01T00:00:00Z')")));
            });
            auto db = expectOk(Database::openServer(server));
            CHECK(db->schemaVersion() == currentSchemaVersion());
            CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT last_name FROM people WHERE uuid = 'p-1'")))
                      .toString()
                  == QStringLiteral("Whitfield"));
            CHECK(countOn(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_templates")) == 2);
        }
    }
}

TEST_CASE("A server database holding another program's tables is refused and left untouched")
{
    if (!onServerBackend())
        return;
    const ServerAddress server = newEmptyServerDatabase();
    onServer(server, [](const QSqlDatabase& db) {
        exec(db, QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY, amount TEXT)"));
        exec(db, QStringLiteral("INSERT INTO invoices VALUES (1, '3960.00')"));
    });
    auto refused = Database::openServer(server);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("tables of another program")));
    CHECK(serverTables(server) == QStringList{QStringLiteral("invoices")});
    onServer(server, [](const QSqlDatabase& db) {
        CHECK(expectOk(sql::scalar(db, QStringLiteral("SELECT amount FROM invoices WHERE id = 1"))).toString()
              == QStringLiteral("3960.00"));
    });

    // A header table of the same name that is not ours is refused too.
    const ServerAddress other = newEmptyServerDatabase();
    onServer(other, [](const QSqlDatabase& db) {
        exec(db, QStringLiteral("CREATE TABLE roundtable_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        exec(db, QStringLiteral("INSERT INTO roundtable_meta VALUES ('application_id', '42'), ('schema_version', '3')"));
    });
    auto notOurs = Database::openServer(other);
    REQUIRE_FALSE(notOurs.has_value());
    CHECK(notOurs.error().message.contains(QStringLiteral("belongs to another program")));
    CHECK(serverTables(other) == QStringList{QStringLiteral("roundtable_meta")});
}

TEST_CASE("A server database set up by a newer Roundtable is refused and left untouched")
{
    if (!onServerBackend())
        return;
    const ServerAddress server = newServerDatabase();
    const int newer = currentSchemaVersion() + 1;
    qint64 entries = 0;
    onServer(server, [&](const QSqlDatabase& db) {
        expectOk(sql::run(db, QStringLiteral("UPDATE roundtable_meta SET value = ? WHERE key = 'schema_version'"),
                          {QString::number(newer)}));
        entries = countOn(db, QStringLiteral("SELECT count(*) FROM journal"));
    });
    const QStringList tables = serverTables(server);
    auto refused = Database::openServer(server);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("newer Roundtable (schema %1)").arg(newer)));
    CHECK(refused.error().message.contains(QStringLiteral("nothing was changed on the server")));
    CHECK(serverTables(server) == tables);
    onServer(server, [&](const QSqlDatabase& db) {
        CHECK(expectOk(dialect::schemaVersion(db)) == newer);
        CHECK(countOn(db, QStringLiteral("SELECT count(*) FROM journal")) == entries);
    });
}

TEST_CASE("Two stations connecting to an empty server database at once end with one schema")
{
    if (!onServerBackend())
        return;
    const ServerAddress server = newEmptyServerDatabase();
    constexpr int kStations = 3;
    std::latch start(kStations);
    std::vector<QString> outcomes(kStations);
    std::vector<std::thread> stations;
    for (int i = 0; i < kStations; ++i) {
        stations.emplace_back([&, i] {
            start.arrive_and_wait();
            // Each station has its own connection, made and closed in its own thread.
            auto db = Database::openServer(server);
            outcomes[size_t(i)] = db ? QStringLiteral("schema %1").arg((*db)->schemaVersion()) : db.error().message;
        });
    }
    for (std::thread& station : stations)
        station.join();
    for (const QString& outcome : outcomes)
        CHECK(outcome == QStringLiteral("schema %1").arg(currentSchemaVersion()));
    // Each step ran once: the catalog and the questionnaires are there once.
    onServer(server, [](const QSqlDatabase& db) {
        CHECK(expectOk(dialect::schemaVersion(db)) == currentSchemaVersion());
        CHECK(countOn(db, QStringLiteral("SELECT count(*) FROM programs")) == 5);
        CHECK(countOn(db, QStringLiteral("SELECT count(*) FROM assessment_templates")) == 2);
        CHECK(countOn(db, QStringLiteral("SELECT count(*) FROM agenda_templates")) == 2);
    });
}
