// Schema steps: from an empty file, from each older version, and a failing
// step that must leave the file at the version before it.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "storage/Database.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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

TEST_CASE("An empty Roundtable file (schema 0) is brought up to the current schema")
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

TEST_CASE("Every older schema version is brought up to date, keeping its data")
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

TEST_CASE("Workshops made before attendance existed get a morning and an afternoon per day")
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

TEST_CASE("A failing step rolls back and leaves the file at the version before it")
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

TEST_CASE("Migration scripts are split where SQLite says a statement ends")
{
    const QStringList statements = sql::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT 'a;b');\n"
        "CREATE TRIGGER tr BEFORE INSERT ON t BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].endsWith(QStringLiteral("DEFAULT 'a;b');")));
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[1].endsWith(QStringLiteral("END;")));
}
