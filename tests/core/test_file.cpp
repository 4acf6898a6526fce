// Opening and creating files: the set-up DESIGN asks for, and every kind of
// bad file refused with a clear message while its bytes stay exactly as they
// were and nothing appears beside it.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "storage/Database.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

using namespace rt;
using namespace rt::test;

namespace {

// A closed, valid Roundtable file.
QString makeValidFile(const TempDir& dir, const QString& name = QStringLiteral("valid.roundtable"))
{
    newDatabase(dir, name).reset();
    return dir.path(name);
}

// A SQLite database made by "another program", closed cleanly.
void makeForeignSqlite(const QString& path, quint32 applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO songs (title) VALUES ('Blue in Green')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint32(applicationId))));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

// Opening must fail with a message containing `expected`, and change nothing.
// (bytes, modification time and the folder's list of files).
void requireRefusedUnchanged(const TempDir& dir, const QString& path, const QString& expected)
{
    const FolderState before = folderState(dir.root());
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.has_value());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().message.contains(expected, Qt::CaseInsensitive));
    const FolderState after = folderState(dir.root());
    INFO(after.differenceFrom(before).toStdString());
    CHECK(after == before);
}

} // namespace

TEST_CASE("A new file is set up as DESIGN asks")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const QSqlDatabase& c = db->connection();
    CHECK(expectOk(sql::scalar(c, QStringLiteral("PRAGMA application_id"))).toUInt() == kApplicationId);
    CHECK(expectOk(sql::scalar(c, QStringLiteral("PRAGMA user_version"))).toInt() == currentSchemaVersion());
    CHECK(expectOk(sql::scalar(c, QStringLiteral("PRAGMA journal_mode"))).toString() == QStringLiteral("wal"));
    CHECK(expectOk(sql::scalar(c, QStringLiteral("PRAGMA synchronous"))).toInt() == 2); // FULL
    CHECK(expectOk(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys"))).toInt() == 1);
    CHECK(expectOk(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout"))).toInt() >= 1000);
    CHECK(db->schemaVersion() == currentSchemaVersion());
}

TEST_CASE("A closed file leaves no journal files behind and opens again")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    CHECK(dir.entries() == QStringList{QStringLiteral("valid.roundtable")});
    auto header = expectOk(probeFile(path));
    CHECK(header.applicationId == kApplicationId);
    CHECK(int(header.userVersion) == currentSchemaVersion());
    CHECK(header.walMode);
    auto db = expectOk(Database::open(path));
    CHECK(db->schemaVersion() == currentSchemaVersion());
}

TEST_CASE("Creating a file never overwrites one by accident")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    const QByteArray bytes = readBytes(path);
    auto again = Database::create(path);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK(readBytes(path) == bytes);
    CHECK(dir.entries() == QStringList{QStringLiteral("valid.roundtable")});
}

TEST_CASE("Creating a file in a missing folder says so and creates nothing")
{
    TempDir dir;
    auto created = Database::create(dir.path(QStringLiteral("no/such/folder/new.roundtable")));
    REQUIRE_FALSE(created.has_value());
    CHECK(created.error().message.contains(QStringLiteral("does not exist")));
    CHECK(dir.entries().isEmpty());
}

TEST_CASE("Opening a path in a missing folder says so")
{
    TempDir dir;
    requireRefusedUnchanged(dir, dir.path(QStringLiteral("missing/x.roundtable")), QStringLiteral("does not exist"));
}

TEST_CASE("Opening a file that does not exist does not create it")
{
    TempDir dir;
    requireRefusedUnchanged(dir, dir.path(QStringLiteral("absent.roundtable")), QStringLiteral("There is no file"));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("absent.roundtable"))));
}

TEST_CASE("A file that is not SQLite is refused untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.roundtable"));
    writeBytes(path, QByteArray("Agenda for Tuesday\n- welcome\n- introductions\n").repeated(20));
    requireRefusedUnchanged(dir, path, QStringLiteral("not a Roundtable file"));
}

TEST_CASE("A zero-byte file is refused untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.roundtable"));
    writeBytes(path, {});
    requireRefusedUnchanged(dir, path, QStringLiteral("empty"));
    CHECK(readBytes(path).isEmpty());
}

TEST_CASE("A truncated file is refused untouched")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    const QByteArray whole = readBytes(path);
    REQUIRE(whole.size() > 4 * 4096);

    SECTION("cut inside the header")
    {
        writeBytes(path, whole.left(60));
        requireRefusedUnchanged(dir, path, QStringLiteral("truncated"));
    }
    SECTION("cut at a page boundary")
    {
        writeBytes(path, whole.left(2 * 4096));
        requireRefusedUnchanged(dir, path, QStringLiteral("truncated"));
    }
    SECTION("cut in the middle of a page")
    {
        writeBytes(path, whole.left(3 * 4096 + 1000));
        requireRefusedUnchanged(dir, path, QStringLiteral("truncated"));
    }
}

TEST_CASE("A corrupt file is refused untouched")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    QByteArray bytes = readBytes(path);
    SECTION("damaged table pages")
    {
        bytes = damagePages(bytes);
    }
    SECTION("damaged schema page")
    {
        bytes.replace(100, 300, QByteArray(300, '\x55'));
    }
    writeBytes(path, bytes);
    requireRefusedUnchanged(dir, path, QStringLiteral("damaged"));
}

TEST_CASE("Another application's SQLite file is refused untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("music.db"));
    SECTION("no application id")
    {
        makeForeignSqlite(path, 0);
    }
    SECTION("someone else's application id")
    {
        makeForeignSqlite(path, 0x4D555349);
    }
    requireRefusedUnchanged(dir, path, QStringLiteral("another program"));
}

TEST_CASE("A file from a newer schema is refused untouched, naming both versions")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    QByteArray bytes = readBytes(path);
    const int newer = currentSchemaVersion() + 5;
    qToBigEndian<quint32>(quint32(newer), bytes.data() + 60);
    writeBytes(path, bytes);
    requireRefusedUnchanged(dir, path, QStringLiteral("newer Roundtable (schema %1)").arg(newer));
    auto opened = Database::open(path);
    CHECK(opened.error().message.contains(QStringLiteral("up to schema %1").arg(currentSchemaVersion())));
}

TEST_CASE("A read-only file is refused untouched")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    requireRefusedUnchanged(dir, path, QStringLiteral("read-only"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A folder given as the file is refused")
{
    TempDir dir;
    requireRefusedUnchanged(dir, dir.root(), QStringLiteral("folder"));
}

TEST_CASE("A file with a journal left by a crash opens with its last commits")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.roundtable"));
    QByteArray mainFile;
    QByteArray wal;
    {
        auto db = newDatabase(dir, QStringLiteral("crash.roundtable"));
        addWorkshop(*db, 12, QStringLiteral("Committed before the crash"));
        // Copy the files while the connection is open: this is what a power cut
        // leaves on disk (the commit is in the -wal, not yet in the file).
        mainFile = readBytes(path);
        wal = readBytes(path + QStringLiteral("-wal"));
    }
    writeBytes(path, mainFile);
    writeBytes(path + QStringLiteral("-wal"), wal);
    auto db = expectOk(Database::open(path));
    auto title = expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT title FROM workshops")));
    CHECK(title.toString() == QStringLiteral("Committed before the crash"));
}

TEST_CASE("With the check in the background, a damaged file is never written")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    QByteArray bytes = readBytes(path);
    SECTION("damage the schema reading sees at once")
    {
        bytes = damagePages(bytes);
        writeBytes(path, bytes);
        auto db = Database::open(path, IntegrityCheck::InBackground);
        REQUIRE_FALSE(db.has_value());
        CHECK(db.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("damage deep in a table, found by the check")
    {
        // A file with enough people to fill many pages; damage one of them.
        const QString big = dir.path(QStringLiteral("big.roundtable"));
        qint64 page = 0;
        {
            auto db = newDatabase(dir, QStringLiteral("big.roundtable"));
            const Id workshop = addWorkshop(*db, 1000);
            expectOk(db->write(QStringLiteral("many"), [&](Writer& w) -> Status {
                for (int i = 0; i < 400; ++i) {
                    auto id = w.insert(QStringLiteral("people"), {{QStringLiteral("last_name"), QStringLiteral("Person %1").arg(i)},
                                                                  {QStringLiteral("notes"), QString(200, QLatin1Char('x'))}});
                    if (!id)
                        return std::unexpected(id.error());
                }
                return ok();
            }));
            (void)workshop;
            page = expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'people' "
                                                                         "AND pagetype = 'leaf'")))
                       .toLongLong();
        }
        REQUIRE(page > 2);
        QFile::remove(path);
        QFile::rename(big, path);
        bytes = readBytes(path);
        bytes.replace((page - 1) * 4096, 16, QByteArray(16, '\x7f'));
        writeBytes(path, bytes);
        auto db = expectOk(Database::open(path, IntegrityCheck::InBackground));
        const Status verdict = db->awaitIntegrity();
        REQUIRE_FALSE(verdict.has_value());
        CHECK(verdict.error().message.contains(QStringLiteral("damaged")));
        CHECK(verdict.error().message.contains(QStringLiteral("Nothing was written")));
        auto written = db->write(QStringLiteral("anything"), [](Writer& w) -> Status {
            auto id = w.insert(QStringLiteral("venues"), {{QStringLiteral("name"), QStringLiteral("Hall")}});
            return id ? ok() : Status(std::unexpected(id.error()));
        });
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().message.contains(QStringLiteral("damaged")));
    }
    CHECK(readBytes(path) == bytes);
    CHECK(dir.entries() == QStringList{QStringLiteral("valid.roundtable")});
}

TEST_CASE("With the check in the background, a sound file is written as usual")
{
    TempDir dir;
    const QString path = makeValidFile(dir);
    auto db = expectOk(Database::open(path, IntegrityCheck::InBackground));
    addWorkshop(*db);
    REQUIRE(db->integrity().has_value());
    CHECK(db->integrity()->has_value());
}
