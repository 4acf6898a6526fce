// A full disk in the middle of a session: a check-in, an export and a backup
// each fail with a clear message, nothing already saved is lost, and no
// partial or temporary file is left behind.
//
// The disk is a small tmpfs where the machine lets the test mount one (root
// with mount rights: here and on CI). Elsewhere the test falls back to a
// device that fails after N bytes: RLIMIT_FSIZE, under which every write past
// that size fails. Which one ran is printed; ROUNDTABLE_DISK_FULL=rlimit
// forces the fallback.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "Mounts.h"
#include "StringMaker.h"
#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "exports/AttendanceSpreadsheet.h"
#include "exports/SigninSheetPdf.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <csignal>
#include <fcntl.h>
#include <iostream>
#include <sys/resource.h>
#include <unistd.h>

using namespace rt;
using namespace rt::test;

namespace {

// A small place to write in, and a way to fill it.
class TinyDisk {
public:
    explicit TinyDisk(const TempDir& dir)
        : m_folder(dir.path(QStringLiteral("disk")))
    {
        REQUIRE(QDir().mkpath(m_folder));
        QString why = QStringLiteral("ROUNDTABLE_DISK_FULL=rlimit");
        if (qEnvironmentVariable("ROUNDTABLE_DISK_FULL") != QLatin1String("rlimit"))
            m_mount = Tmpfs::mount(m_folder, 4 << 20, &why);
        m_kind = m_mount ? QStringLiteral("a 4 MB tmpfs") : QStringLiteral("RLIMIT_FSIZE (no tmpfs: %1)").arg(why);
        std::cerr << "disk full by " << m_kind.toStdString() << "\n";
    }
    ~TinyDisk() { makeRoom(); }

    QString path(const QString& name) const { return m_folder + QLatin1Char('/') + name; }
    QString folder() const { return m_folder; }
    bool isTmpfs() const { return m_mount != nullptr; }

    // From now on no write that needs more space succeeds.
    void fill()
    {
        if (m_mount) {
            const int fd = ::open(QFile::encodeName(path(QStringLiteral("filler"))).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            REQUIRE(fd >= 0);
            const QByteArray chunk(64 * 1024, 'f');
            for (qsizetype size : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(1)}) {
                while (::write(fd, chunk.constData(), size_t(size)) == ssize_t(size)) {
                }
            }
            ::close(fd);
            REQUIRE(m_mount->available() == 0);
        } else {
            // Writes that would grow any file past 256 bytes fail with EFBIG
            // (SIGXFSZ ignored, as a program that handles errors does).
            REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit tiny = m_saved;
            tiny.rlim_cur = 256;
            REQUIRE(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
            m_limited = true;
        }
    }

    void makeRoom()
    {
        if (m_limited) {
            ::setrlimit(RLIMIT_FSIZE, &m_saved);
            m_limited = false;
        }
        QFile::remove(path(QStringLiteral("filler")));
    }

    // The files in the folder, but for the filler.
    FolderState state() const
    {
        FolderState s = folderState(m_folder);
        if (const qsizetype i = s.names.indexOf(QStringLiteral("filler")); i >= 0) {
            s.names.removeAt(i);
            s.contents.removeAt(i);
            s.modifiedNs.removeAt(i);
        }
        return s;
    }

    // The message a person sees must say what went wrong.
    void checkMessage(const QString& message) const
    {
        INFO("message: " << message.toStdString());
        CHECK_FALSE(message.isEmpty());
        if (m_mount)
            CHECK((message.contains(QStringLiteral("disk is full")) || message.contains(QStringLiteral("No space left"))
                   || message.contains(QStringLiteral("disk has room"))));
    }

private:
    QString m_folder;
    QString m_kind;
    std::unique_ptr<Tmpfs> m_mount; // unmounted last: declared after the folder
    rlimit m_saved{};
    bool m_limited = false;
};

struct Scene {
    Id id = 0;
    Id block = 0;
    std::vector<Id> people;
};

Scene setUp(Database& db)
{
    Scene w;
    w.id = addWorkshop(db);
    for (const char* last : {"Whitfield", "Ortega", "Okafor", "Lindqvist", "Tanaka"})
        w.people.push_back(enrollNew(db, w.id, makePerson(QStringLiteral("Pat"), QString::fromLatin1(last), Role::CityManager,
                                                          QStringLiteral("Albany"))));
    w.block = expectOk(attendance::blocksOf(db, w.id)).front().id;
    return w;
}

} // namespace

TEST_CASE("Disk full during check-ins: an error, every earlier check-in kept, the file opens")
{
    TempDir dir;
    TinyDisk disk(dir);
    const QString path = disk.path(QStringLiteral("door.roundtable"));
    auto db = expectOk(Database::create(path));
    const Scene w = setUp(*db);
    expectOk(attendance::mark(*db, w.id, w.people[0], w.block, AttendanceStatus::Present));
    expectOk(attendance::mark(*db, w.id, w.people[1], w.block, AttendanceStatus::Late, QTime(8, 42)));

    disk.fill();
    // Several tries: the first may still fit in the space SQLite has at hand.
    int refused = 0;
    for (size_t i = 2; i < w.people.size(); ++i) {
        auto marked = attendance::mark(*db, w.id, w.people[i], w.block, AttendanceStatus::Present);
        if (!marked) {
            ++refused;
            disk.checkMessage(marked.error().message);
        }
    }
    auto walkIn = attendance::walkIn(*db, w.id, w.block,
                                     makePerson(QStringLiteral("Wes"), QStringLiteral("Walker"), Role::Other, QStringLiteral("Bend")),
                                     AttendanceStatus::Present);
    CHECK_FALSE(walkIn.has_value());
    CHECK(refused >= 2);
    // Closing on a full disk (SQLite cannot fold its journal in) loses nothing.
    db.reset();
    // (Under RLIMIT_FSIZE even reading needs room: SQLite's -shm index grows.)
    if (disk.isTmpfs())
        expectOk(quickCheckFile(path));

    disk.makeRoom();
    expectOk(quickCheckFile(path));
    db = expectOk(Database::open(path));
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check"))).toString() == QStringLiteral("ok"));
    auto marks = expectOk(attendance::marksOf(*db, w.block));
    CHECK(marks.size() == size_t(2 + (int(w.people.size()) - 2 - refused)));
    CHECK(marks.at(w.people[0]).status == AttendanceStatus::Present);
    CHECK(marks.at(w.people[1]).at == QTime(8, 42));
    // With room again, the next check-in is saved.
    expectOk(attendance::mark(*db, w.id, w.people.back(), w.block, AttendanceStatus::Present));
}

TEST_CASE("Disk full during an export: an error, no partial file, nothing left behind")
{
    TempDir dir;
    TinyDisk disk(dir);
    // The file itself lives elsewhere; the exports go to the full disk.
    auto db = newDatabase(dir);
    const Scene w = setUp(*db);
    for (Id person : w.people)
        expectOk(attendance::mark(*db, w.id, person, w.block, AttendanceStatus::Present));
    const AttendanceSheet sheet = expectOk(attendance::sheet(*db, w.id));
    // An earlier export at the same name must survive a failed one.
    const QString earlier = disk.path(QStringLiteral("earlier.pdf"));
    writeBytes(earlier, "an earlier sign-in sheet");

    disk.fill();
    const FolderState before = disk.state();
    SECTION("a sign-in sheet (PDF)")
    {
        for (const QString& target : {disk.path(QStringLiteral("signin.pdf")), earlier}) {
            auto written = exports::writeSigninSheets(sheet, target, {});
            REQUIRE_FALSE(written.has_value());
            disk.checkMessage(written.error().message);
        }
    }
    SECTION("the attendance record (CSV)")
    {
        auto written = exports::writeAttendanceCsv(sheet, disk.path(QStringLiteral("attendance.csv")));
        REQUIRE_FALSE(written.has_value());
        disk.checkMessage(written.error().message);
    }
    SECTION("the attendance record (XLSX)")
    {
        auto written = exports::writeAttendanceXlsx(sheet, disk.path(QStringLiteral("attendance.xlsx")));
        REQUIRE_FALSE(written.has_value());
        disk.checkMessage(written.error().message);
    }
    const FolderState after = disk.state();
    INFO(after.differenceFrom(before).toStdString());
    CHECK(after == before);
    CHECK(readBytes(earlier) == "an earlier sign-in sheet");

    // With room again, the same export works.
    disk.makeRoom();
    CHECK(exports::writeSigninSheets(sheet, disk.path(QStringLiteral("signin.pdf")), {}).has_value());
}

TEST_CASE("Disk full during a backup: an error, no partial backup, the file itself untouched")
{
    TempDir dir;
    TinyDisk disk(dir);
    // The file lives elsewhere; its backups go to the full disk.
    auto db = newDatabase(dir);
    const Scene w = setUp(*db);
    expectOk(attendance::mark(*db, w.id, w.people[0], w.block, AttendanceStatus::Present));
    const QString file = db->path();
    backups::setRoot(disk.path(QStringLiteral("backups")));
    struct ResetRoot {
        ~ResetRoot() { backups::setRoot({}); }
    } resetRoot;

    disk.fill();
    const FolderState before = disk.state();
    SECTION("to a chosen place")
    {
        auto taken = backups::snapshot(file, backups::Reason::Manual, disk.path(QStringLiteral("copy.roundtable")));
        REQUIRE_FALSE(taken.has_value());
        disk.checkMessage(taken.error().message);
        const FolderState after = disk.state();
        INFO(after.differenceFrom(before).toStdString());
        CHECK(after == before);
    }
    SECTION("to the backups folder, as the periodic snapshot does")
    {
        auto taken = backups::snapshot(file, backups::Reason::Periodic);
        REQUIRE_FALSE(taken.has_value());
        disk.checkMessage(taken.error().message);
        // No file anywhere under the disk but the filler (an empty folder for
        // the file's backups may be there).
        QStringList files;
        QDirIterator it(disk.folder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QFileInfo(it.next()).fileName();
        CHECK(files == (disk.isTmpfs() ? QStringList{QStringLiteral("filler")} : QStringList()));
        CHECK(backups::list(file).empty());
    }
    // The file itself is as it was, and the next check-in is saved.
    disk.makeRoom();
    CHECK(expectOk(attendance::marksOf(*db, w.block)).size() == 1);
    expectOk(attendance::mark(*db, w.id, w.people[1], w.block, AttendanceStatus::Present));
    CHECK(backups::snapshot(file, backups::Reason::Manual, disk.path(QStringLiteral("copy.roundtable"))).has_value());
}
