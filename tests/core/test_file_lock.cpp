// One file, one writer: a second open in this process or another is
// read-only with a message that says where the file is open; writes are
// refused and write nothing; a lock left by a killed process is taken over.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "storage/Database.h"
#include "storage/FileLock.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

using namespace rt;
using namespace rt::test;

namespace {

int workshopCount(const Database& db)
{
    return int(expectOk(workshops::list(db)).size());
}

// Starts the helper that holds the lock of `path` until it is killed.
std::unique_ptr<QProcess> holdLock(const QString& path)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(ROUNDTABLE_LOCK_HOLDER), {path});
    REQUIRE(process->waitForStarted(10000));
    REQUIRE(process->waitForReadyRead(10000));
    REQUIRE(process->readLine().trimmed() == QByteArray("locked"));
    return process;
}

} // namespace

TEST_CASE("A second open of a file in one process is read-only, says why, and refuses writes")
{
    TempDir dir;
    auto first = newDatabase(dir);
    addWorkshop(*first);
    CHECK_FALSE(first->isReadOnly());
    CHECK(QFileInfo::exists(FileLock::lockPath(first->path())));

    auto second = expectOk(Database::open(first->path()));
    REQUIRE(second->isReadOnly());
    const QString reason = second->readOnlyReason();
    CHECK(reason.contains(QStringLiteral("is open in Roundtable on this computer (process %1) since")
                              .arg(QCoreApplication::applicationPid())));
    CHECK(reason.contains(QStringLiteral("It opens read-only here; close it there to make changes.")));
    // It reads, including what the writer saves afterwards.
    CHECK(workshopCount(*second) == 1);
    addWorkshop(*first, 20, QStringLiteral("Second"));
    CHECK(workshopCount(*second) == 2);

    Workshop w;
    w.title = QStringLiteral("Refused");
    w.startDate = QDate(2027, 4, 1);
    w.halfDays = 4;
    w.capacity = 10;
    auto refused = workshops::create(*second, w);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(reason));
    auto made = expectOk(workshops::create(*first, w));
    CHECK_FALSE(second->revert(made));
    CHECK_FALSE(second->reapply(made));
    CHECK(workshopCount(*first) == 3);
    CHECK(expectOk(sql::scalar(first->connection(), QStringLiteral("SELECT count(*) FROM journal"))).toInt() == 3);
}

TEST_CASE("Closing the file releases the lock, the next open may write")
{
    TempDir dir;
    auto first = newDatabase(dir);
    const QString path = first->path();
    auto reader = expectOk(Database::open(path));
    CHECK(reader->isReadOnly());
    first.reset();
    CHECK_FALSE(QFileInfo::exists(FileLock::lockPath(path)));
    reader.reset();
    auto again = expectOk(Database::open(path));
    CHECK_FALSE(again->isReadOnly());
    addWorkshop(*again);
    again.reset();
    CHECK(dir.entries() == QStringList{QStringLiteral("test.roundtable")});
}

TEST_CASE("A file that fails the checks gets no lock file beside it")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.roundtable"));
    writeBytes(path, QByteArray("Not a database at all\n"));
    CHECK_FALSE(Database::open(path));
    CHECK(dir.entries() == QStringList{QStringLiteral("notes.roundtable")});
}

TEST_CASE("Another process holding the lock makes the file read-only, once it is killed the lock is taken over")
{
    TempDir dir;
    const QString path = newDatabase(dir)->path();
    auto holder = holdLock(path);
    {
        auto db = expectOk(Database::open(path));
        REQUIRE(db->isReadOnly());
        CHECK(db->readOnlyReason().contains(QStringLiteral("(process %1)").arg(holder->processId())));
        CHECK(workshopCount(*db) == 0);
        CHECK_FALSE(workshops::create(*db, Workshop{}));
    }
    // A crash: the holder dies without a word, its lock file stays behind.
    ::kill(pid_t(holder->processId()), SIGKILL);
    REQUIRE(holder->waitForFinished(10000));
    CHECK(QFileInfo::exists(FileLock::lockPath(path)));
    auto db = expectOk(Database::open(path));
    CHECK_FALSE(db->isReadOnly());
    addWorkshop(*db);
    CHECK(workshopCount(*db) == 1);
}

TEST_CASE("A file open elsewhere cannot be locked a second time, even by the lock's own class")
{
    TempDir dir;
    auto db = newDatabase(dir);
    auto lock = FileLock::acquire(db->path());
    REQUIRE_FALSE(lock);
    CHECK(lock.error().message.contains(QStringLiteral("on this computer")));
}
