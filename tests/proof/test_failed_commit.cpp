// A write that does not reach the file is never reported as saved: when the
// file is busy past the busy timeout, or when COMMIT itself fails, the core
// call returns an error, nothing is in the file afterwards, the journal has no
// entry, the undo stack none either, the window says "Not saved", and the
// next action works once the cause is gone.
//
// Seams, all from outside core: a shorter busy timeout set on the open
// connection, a second connection holding the write lock, SQLite's commit
// hook (a non-zero return turns COMMIT into a rollback), and a deferred
// foreign key that only COMMIT checks.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "attendance/Attendance.h"
#include "models/CheckInModel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/WorkshopPage.h"
#include "people/Roster.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "widgets/NoticeBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace rt;
using namespace rt::test;

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    REQUIRE(QByteArray(handle.typeName()) == "sqlite3*");
    return *static_cast<sqlite3* const*>(handle.constData());
}

// The open connection gives up on a busy file after `ms` instead of 5 s.
void shortenBusyTimeout(const Database& db, int ms = 150)
{
    REQUIRE(sqlite3_busy_timeout(handleOf(db.connection()), ms) == SQLITE_OK);
}

// Another program holding the file's write lock until released.
class WriteLock {
public:
    explicit WriteLock(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~WriteLock() { release(); }
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name = QStringLiteral("write-lock");
    bool m_released = false;
};

// Every COMMIT on the connection fails (SQLite rolls it back) while it lives.
class FailingCommits {
public:
    explicit FailingCommits(const Database& db)
        : m_handle(handleOf(db.connection()))
    {
        sqlite3_commit_hook(m_handle, [](void*) { return 1; }, nullptr);
    }
    ~FailingCommits() { sqlite3_commit_hook(m_handle, nullptr, nullptr); }

private:
    sqlite3* m_handle;
};

int journalEntries(const Database& db)
{
    return expectOk(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM journal"))).toInt();
}

struct Door {
    TempDir dir;
    QString path = dir.path(QStringLiteral("door.roundtable"));
    std::unique_ptr<Database> db = newDatabase(dir, QStringLiteral("door.roundtable"));
    Id workshop = addWorkshop(*db);
    Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                  QStringLiteral("Albany")));
    Id marcus = enrollNew(*db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief,
                                                    QStringLiteral("Albany")));
    Id block = expectOk(attendance::blocksOf(*db, workshop)).front().id;

    size_t marksInFile() const
    {
        auto fresh = expectOk(Database::open(path));
        return expectOk(attendance::marksOf(*fresh, block)).size();
    }
};

} // namespace

TEST_CASE("A check-in on a file busy past the timeout is an error, not saved, and the next one works")
{
    Door door;
    shortenBusyTimeout(*door.db);
    const int entries = journalEntries(*door.db);
    {
        WriteLock lock(door.path);
        auto marked = attendance::mark(*door.db, door.workshop, door.dana, door.block, AttendanceStatus::Present);
        REQUIRE_FALSE(marked.has_value());
        INFO(marked.error().message.toStdString());
        CHECK(marked.error().message.contains(QStringLiteral("busy")));
    }
    CHECK(door.marksInFile() == 0);
    CHECK(journalEntries(*door.db) == entries);
    expectOk(attendance::mark(*door.db, door.workshop, door.dana, door.block, AttendanceStatus::Present));
    CHECK(door.marksInFile() == 1);
    CHECK(journalEntries(*door.db) == entries + 1);
}

TEST_CASE("A COMMIT that fails is an error, nothing of the action stays, and the next action works")
{
    Door door;
    const int entries = journalEntries(*door.db);
    SECTION("the commit is refused (commit hook)")
    {
        FailingCommits failing(*door.db);
        auto marked = attendance::mark(*door.db, door.workshop, door.dana, door.block, AttendanceStatus::Present);
        REQUIRE_FALSE(marked.has_value());
        INFO(marked.error().message.toStdString());
        CHECK(marked.error().message.contains(QStringLiteral("Could not save the change")));
        auto walkIn = attendance::walkIn(*door.db, door.workshop, door.block,
                                         makePerson(QStringLiteral("Wanda"), QStringLiteral("Late"), Role::Other, QStringLiteral("Bend")),
                                         AttendanceStatus::Present);
        REQUIRE_FALSE(walkIn.has_value());
    }
    SECTION("a deferred foreign key fails at COMMIT")
    {
        auto written = door.db->write(QStringLiteral("Enroll someone who is not in the file"), [&](Writer& w) -> Status {
            auto deferred = w.query(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            if (!deferred)
                return std::unexpected(deferred.error());
            deferred->finish();
            auto id = w.insert(QStringLiteral("enrollments"), {{QStringLiteral("workshop_id"), door.workshop},
                                                             {QStringLiteral("person_id"), 999999},
                                                             {QStringLiteral("status"), QStringLiteral("registered")},
                                                             {QStringLiteral("status_since"), QStringLiteral("2027-03-01")}});
            return id ? ok() : Status(std::unexpected(id.error()));
        });
        REQUIRE_FALSE(written.has_value());
        INFO(written.error().message.toStdString());
        CHECK(written.error().message.contains(QStringLiteral("Could not save the change")));
    }
    // Nothing of it in the file, nor in the journal; the connection is not
    // left inside a transaction, so the next action commits.
    CHECK(door.marksInFile() == 0);
    CHECK(journalEntries(*door.db) == entries);
    CHECK(expectOk(roster::list(*door.db, door.workshop)).size() == 2);
    expectOk(attendance::mark(*door.db, door.workshop, door.marcus, door.block, AttendanceStatus::Present));
    CHECK(door.marksInFile() == 1);
    CHECK(journalEntries(*door.db) == entries + 1);
}

TEST_CASE("At the door: a check-in that is not saved is not shown as checked in, and the next one is")
{
    UiFixture f([](Database& db, Id workshop) {
        enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
        enrollNew(db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
    });
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Attendance);
    ui::AttendanceTab* tab = page->attendance();
    const auto block = tab->currentBlock();
    REQUIRE(block);
    ui::CheckInPanel* panel = tab->checkIn();
    QLineEdit* box = panel->searchEdit();
    QUndoStack* undo = f.window->document()->undoStack();
    Database& db = f.window->document()->database();
    shortenBusyTimeout(db);
    const int undoBefore = undo->count();

    auto marksOnDisk = [&] { return expectOk(attendance::marksOf(*f.reopen(), block->id)).size(); };
    auto danaRow = [&] {
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            if (panel->model()->index(row, ui::CheckInModel::Name).data().toString().contains(QStringLiteral("Whitfield")))
                return row;
        }
        FAIL("Dana is not in the check-in list");
        return -1;
    };
    auto checkInDana = [&] {
        box->clear();
        QTest::keyClicks(box, QStringLiteral("whit"));
        REQUIRE(panel->model()->rowCount() == 1);
        QTest::keyClick(box, Qt::Key_Return);
    };

    {
        std::unique_ptr<WriteLock> lock;
        std::unique_ptr<FailingCommits> failing;
        SECTION("the file is busy")
        {
            lock = std::make_unique<WriteLock>(f.path);
        }
        SECTION("the commit fails")
        {
            failing = std::make_unique<FailingCommits>(db);
        }
        checkInDana();
        // Told, and nothing shows the check-in as done.
        CHECK(f.window->savedLabel()->text().startsWith(QStringLiteral("Not saved")));
        CHECK(f.window->noticeBar()->isVisible());
        CHECK_FALSE(f.window->noticeBar()->text().isEmpty());
        CHECK(undo->count() == undoBefore);
        CHECK_FALSE(panel->lastActionLabel()->text().contains(QStringLiteral("Dana")));
        CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("0 of 2 here")));
        CHECK(panel->model()->index(danaRow(), ui::CheckInModel::Here).data().toString() == QStringLiteral("Not yet"));
        lock.reset();
        failing.reset();
        CHECK(marksOnDisk() == 0);
    }

    checkInDana();
    CHECK(marksOnDisk() == 1);
    CHECK(undo->count() == undoBefore + 1);
    CHECK(panel->lastActionLabel()->text().contains(QStringLiteral("Dana Whitfield")));
    CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("1 of 2 here")));
    CHECK_FALSE(f.window->savedLabel()->text().startsWith(QStringLiteral("Not saved")));
}
