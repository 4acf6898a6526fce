// Backups: consistent while the file is written, verified, named and kept in a
// folder per file, rotated, restored (after backing up the current state),
// made before every upgrade, and a failure says so and leaves the file alone.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <future>

using namespace rt;
using namespace rt::test;

namespace {

// Each test keeps its backups in a folder of its own.
struct BackupRoot {
    TempDir dir;
    BackupRoot() { backups::setRoot(dir.root()); }
    ~BackupRoot() { backups::setRoot({}); }
};

int count(const QString& path, const QString& query)
{
    auto db = expectOk(Database::open(path));
    return expectOk(sql::scalar(db->connection(), query)).toInt();
}

int workshopCount(const Database& db)
{
    return int(expectOk(workshops::list(db)).size());
}

// A file at an older schema, as an older Roundtable would have left it.
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

} // namespace

TEST_CASE("A snapshot is verified, named after the file and the time, and opens with the file's content")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir, QStringLiteral("Salem 2027.roundtable"));
    addWorkshop(*db);
    const auto made = expectOk(backups::snapshot(db->path(), backups::Reason::Manual));
    CHECK(made.verified);
    CHECK(QFileInfo(made.path).absolutePath() == backups::folderFor(db->path()));
    CHECK(QFileInfo(made.path).fileName().startsWith(QStringLiteral("Salem 2027 ")));
    CHECK(QFileInfo(made.path).fileName().endsWith(QStringLiteral(".roundtable")));
    CHECK(QDir(backups::folderFor(db->path())).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(made.path).fileName()});
    expectOk(backups::verify(made.path));

    const auto listed = backups::list(db->path());
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].path == made.path);
    CHECK(listed[0].size == QFileInfo(made.path).size());
    CHECK(listed[0].verified);
    CHECK(listed[0].taken.secsTo(QDateTime::currentDateTime()) < 60);

    // Same name elsewhere: another folder.
    TempDir other;
    CHECK(backups::folderFor(other.path(QStringLiteral("Salem 2027.roundtable"))) != backups::folderFor(db->path()));
    db.reset();
    CHECK(count(made.path, QStringLiteral("SELECT count(*) FROM workshops")) == 1);
}

TEST_CASE("Snapshots taken while the file is being written are each a consistent picture of it")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir);
    const QString path = db->path();
    // Every action adds one workshop and one journal entry in one transaction:
    // a torn copy would show the two counts apart.
    const int before = expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM journal"))).toInt();
    std::atomic<bool> writing = true;
    auto taking = std::async(std::launch::async, [&] {
        std::vector<Result<backups::BackupInfo>> made;
        while (writing || made.empty())
            made.push_back(backups::snapshot(path, backups::Reason::Manual, dir.path(QStringLiteral("snap-%1.roundtable").arg(made.size()))));
        return made;
    });
    for (int i = 0; i < 150; ++i)
        addWorkshop(*db, 20, QStringLiteral("Workshop %1").arg(i));
    writing = false;
    const auto made = taking.get();
    INFO("snapshots: " << made.size());
    for (const auto& snapshot : made) {
        REQUIRE(snapshot);
        expectOk(backups::verify(snapshot->path));
        auto copy = expectOk(Database::open(snapshot->path));
        const int workshops = expectOk(sql::scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM workshops"))).toInt();
        const int entries = expectOk(sql::scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM journal"))).toInt();
        CHECK(entries - workshops == before);
    }
}

TEST_CASE("A backup location that cannot be written gives a clear message and leaves the file alone")
{
    TempDir dir;
    auto db = newDatabase(dir);
    addWorkshop(*db);
    writeBytes(dir.path(QStringLiteral("plain-file")), "x");
    backups::setRoot(dir.path(QStringLiteral("plain-file")) + QStringLiteral("/backups"));
    auto made = backups::snapshot(db->path(), backups::Reason::Manual);
    backups::setRoot({});
    REQUIRE_FALSE(made);
    CHECK(made.error().message.contains(QStringLiteral("No backup of")));
    CHECK(made.error().message.contains(QStringLiteral("cannot be created")));
    // The file goes on as before.
    addWorkshop(*db, 20, QStringLiteral("After"));
    CHECK(workshopCount(*db) == 2);
    expectOk(quickCheckFile(db->path()));
}

TEST_CASE("A snapshot that fails its check is removed, and the failure reported")
{
    BackupRoot root;
    TempDir dir;
    QString path;
    {
        auto db = newDatabase(dir);
        for (int i = 0; i < 40; ++i)
            addWorkshop(*db, 20, QString(300, QLatin1Char('x')) + QString::number(i));
        path = db->path();
    }
    writeBytes(path, damagePages(readBytes(path)));
    auto made = backups::snapshot(path, backups::Reason::Manual);
    REQUIRE_FALSE(made);
    CHECK(made.error().message.contains(QStringLiteral("No backup of")));
    CHECK(QDir(backups::folderFor(path)).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Rotation keeps the ten newest, the newest of each of the last seven days, and the last before an upgrade")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir, QStringLiteral("rota.roundtable"));
    const auto sample = expectOk(backups::snapshot(db->path(), backups::Reason::Manual));
    const QString folder = backups::folderFor(db->path());
    const QByteArray bytes = readBytes(sample.path);
    QFile::remove(sample.path);
    const QDateTime now(QDate(2027, 3, 20), QTime(12, 0));
    QStringList expectedKept;
    QStringList expectedRemoved;
    const auto make = [&](const QDateTime& when, bool keep, const QString& note = {}) {
        QString name = QStringLiteral("rota ") + when.toString(QStringLiteral("yyyy-MM-dd HHmmss"));
        if (!note.isEmpty())
            name += QLatin1Char(' ') + note;
        name += QStringLiteral(".roundtable");
        writeBytes(folder + QLatin1Char('/') + name, bytes);
        (keep ? expectedKept : expectedRemoved) << name;
    };
    for (int hour = 0; hour < 12; ++hour) // today: the ten newest stay
        make(QDateTime(now.date(), QTime(hour, 0)), hour >= 2);
    for (int day = 1; day <= 10; ++day) // one a day: the last seven days stay
        make(QDateTime(now.date().addDays(-day), QTime(10, 0)), day < 7);
    make(QDateTime(now.date().addDays(-2), QTime(9, 0)), false); // not the newest of its day
    make(QDateTime(now.date().addDays(-20), QTime(9, 0)), true, QStringLiteral("before upgrade"));
    make(QDateTime(now.date().addDays(-30), QTime(9, 0)), false, QStringLiteral("before upgrade"));

    const QStringList removed = backups::rotate(db->path(), {}, now);
    QStringList removedNames;
    for (const QString& p : removed)
        removedNames << QFileInfo(p).fileName();
    removedNames.sort();
    expectedRemoved.sort();
    CHECK(removedNames == expectedRemoved);
    QStringList left = QDir(folder).entryList(QDir::Files);
    left.sort();
    expectedKept.sort();
    CHECK(left == expectedKept);
}

TEST_CASE("Rotation never removes the only backup, however old")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir);
    const auto made = expectOk(backups::snapshot(db->path(), backups::Reason::Manual));
    CHECK(backups::rotate(db->path(), {}, QDateTime::currentDateTime().addYears(3)).isEmpty());
    CHECK(QFileInfo::exists(made.path));
}

TEST_CASE("Restoring brings back the backup's content, after backing up the current state, with a journal entry")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir);
    const QString path = db->path();
    addWorkshop(*db, 20, QStringLiteral("Kept"));
    const auto backup = expectOk(backups::snapshot(path, backups::Reason::Manual));
    addWorkshop(*db, 20, QStringLiteral("Added after the backup"));

    const auto prepared = expectOk(backups::prepareRestore(path, backup.path, db.get()));
    REQUIRE_FALSE(prepared.safety.isEmpty());
    CHECK(QFileInfo(prepared.safety).fileName().contains(QStringLiteral("before restore")));
    CHECK(QFileInfo::exists(prepared.staged));
    db.reset();
    expectOk(backups::completeRestore(prepared));
    CHECK_FALSE(QFileInfo::exists(prepared.staged));

    auto reopened = expectOk(Database::open(path));
    const auto all = expectOk(workshops::list(*reopened));
    REQUIRE(all.size() == 1);
    CHECK(all[0].workshop.title == QStringLiteral("Kept"));
    expectOk(backups::recordRestore(*reopened, prepared));
    CHECK(expectOk(sql::scalar(reopened->connection(), QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'restore'"))).toInt() == 1);
    reopened.reset();
    // The state before the restore is in its backup.
    CHECK(count(prepared.safety, QStringLiteral("SELECT count(*) FROM workshops")) == 2);
    CHECK(dir.entries() == QStringList{QStringLiteral("test.roundtable")});
}

TEST_CASE("A restore that cannot finish leaves the current file as it was")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir);
    const QString path = db->path();
    const auto backup = expectOk(backups::snapshot(path, backups::Reason::Manual));
    addWorkshop(*db);
    const auto prepared = expectOk(backups::prepareRestore(path, backup.path, db.get()));
    // The file is still open (here: not closed before completing): refused.
    auto done = backups::completeRestore(prepared);
    REQUIRE_FALSE(done);
    CHECK(done.error().message.contains(QStringLiteral("Nothing was restored")));
    CHECK_FALSE(QFileInfo::exists(prepared.staged));
    CHECK(workshopCount(*db) == 1);

    // A damaged backup is refused before anything happens.
    const QString bad = dir.path(QStringLiteral("bad.roundtable"));
    writeBytes(bad, "SQLite format 3");
    auto refused = backups::prepareRestore(path, bad, db.get());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("The backup cannot be used")));
    CHECK(workshopCount(*db) == 1);
}

TEST_CASE("A file too damaged to open can be restored from a backup, its bytes kept first")
{
    BackupRoot root;
    TempDir dir;
    QString path;
    QString backup;
    {
        auto db = newDatabase(dir);
        addWorkshop(*db);
        path = db->path();
        backup = expectOk(backups::snapshot(path, backups::Reason::Manual)).path;
    }
    const QByteArray damaged = damagePages(readBytes(path));
    writeBytes(path, damaged);
    REQUIRE_FALSE(Database::open(path));
    const auto prepared = expectOk(backups::prepareRestore(path, backup));
    CHECK(readBytes(prepared.safety) == damaged);
    CHECK(QFileInfo(prepared.safety).fileName().endsWith(QStringLiteral(" as found.roundtable")));
    // Listed, never offered as a good backup, never rotated away.
    bool listed = false;
    for (const auto& b : backups::list(path)) {
        if (b.path == prepared.safety) {
            listed = true;
            CHECK(b.note == QStringLiteral("as found"));
            CHECK_FALSE(b.verified);
        }
    }
    CHECK(listed);
    expectOk(backups::completeRestore(prepared));
    auto db = expectOk(Database::open(path));
    CHECK(workshopCount(*db) == 1);
}

TEST_CASE("Opening a file that needs an upgrade backs it up first, at its old schema")
{
    BackupRoot root;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("older.roundtable"));
    makeFileAtVersion(path, 6);
    {
        auto db = expectOk(Database::open(path));
        CHECK(db->schemaVersion() == currentSchemaVersion());
    }
    const auto listed = backups::list(path);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].note == QStringLiteral("before upgrade"));
    CHECK(expectOk(probeFile(listed[0].path)).userVersion == 6u);
    expectOk(backups::verify(listed[0].path));
}

TEST_CASE("When the backup before an upgrade fails, the file is not upgraded and stays byte for byte")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("older.roundtable"));
    makeFileAtVersion(path, 6);
    const QByteArray bytes = readBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    writeBytes(dir.path(QStringLiteral("plain-file")), "x");
    backups::setRoot(dir.path(QStringLiteral("plain-file")));
    auto db = Database::open(path);
    backups::setRoot({});
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("needs an upgrade from schema 6")));
    CHECK(db.error().message.contains(QStringLiteral("was not upgraded")));
    CHECK(readBytes(path) == bytes);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(dir.entries() == (QStringList{QStringLiteral("older.roundtable"), QStringLiteral("plain-file")}));
}

TEST_CASE("A workshop is live when its status says so or today is within its dates")
{
    TempDir dir;
    auto db = newDatabase(dir);
    CHECK_FALSE(backups::hasLiveWorkshop(*db, QDate(2027, 3, 9)));
    addWorkshop(*db); // 2027-03-09 and 10
    CHECK(backups::hasLiveWorkshop(*db, QDate(2027, 3, 10)));
    CHECK_FALSE(backups::hasLiveWorkshop(*db, QDate(2027, 3, 11)));
    CHECK_FALSE(backups::hasLiveWorkshop(*db, QDate(2027, 3, 8)));
}

TEST_CASE("Snapshots taken at the same moment each keep a name of their own")
{
    BackupRoot root;
    TempDir dir;
    auto db = newDatabase(dir);
    std::vector<std::future<Result<backups::BackupInfo>>> running;
    for (int i = 0; i < 4; ++i)
        running.push_back(std::async(std::launch::async, [path = db->path()] { return backups::snapshot(path, backups::Reason::Manual); }));
    QStringList paths;
    for (auto& r : running)
        paths << expectOk(r.get()).path;
    paths.removeDuplicates();
    CHECK(paths.size() == 4);
    CHECK(backups::list(db->path()).size() == 4);
}
