// Merging two laptops' copies of one file: every expectation of the scenario
// in MergeScenario.h, the conflicts listed, idempotence, undo, other origins.

#include <catch2/catch.hpp>

#include "MergeScenario.h"
#include "StringMaker.h"
#include "check/FileCheck.h"
#include "demo/Demo.h"
#include "merge/Merge.h"

#include <QSqlRecord>

using namespace rt;
using namespace rt::test;

namespace {

const merge::Conflict* conflictAbout(const merge::MergeReport& report, const QString& table, const QString& rowPart)
{
    for (const merge::Conflict& c : report.conflicts) {
        if (c.table == table && c.row.contains(rowPart))
            return &c;
    }
    return nullptr;
}

const merge::NotTaken* notTakenAbout(const merge::MergeReport& report, const QString& table, const QString& rowPart)
{
    for (const merge::NotTaken& n : report.notTaken) {
        if (n.table == table && n.row.contains(rowPart))
            return &n;
    }
    return nullptr;
}

int minutesOf(const Database& db, const QString& title)
{
    return value(db, QStringLiteral("SELECT minutes FROM agenda_items WHERE title = ?"), {title}).toInt();
}

} // namespace

TEST_CASE("Two laptops' copies merge: every rule of the scenario holds and every conflict is listed")
{
    TempDir dir;
    TestClock clock;
    const Laptops files = makeLaptops(dir, clock);
    const QByteArray bBytes = readBytes(files.b);
    auto a = files.openA();
    const QStringList before = dump(*a);
    const QStringList beforeWithoutTimes = dump(*a, false);

    const merge::MergeReport planned = expectOk(merge::preview(*a, files.b));
    CHECK(planned.dryRun);
    CHECK(dump(*a) == before); // the preview wrote nothing

    const merge::Merged merged = expectOk(merge::mergeFrom(*a, files.b));
    const merge::MergeReport& report = merged.report;
    INFO(report.toText().toStdString());
    CHECK(planned.added() == report.added());
    CHECK(planned.updated() == report.updated());
    CHECK(planned.conflicts.size() == report.conflicts.size());
    CHECK(readBytes(files.b) == bBytes);

    const Id block = firstBlock(*a);
    SECTION("check-ins from both laptops are all there; the one recorded on both is one mark, the newer")
    {
        auto status = [&](const QString& last) {
            return value(*a, QStringLiteral("SELECT status FROM attendance_marks WHERE block_id = ? AND person_id = ?"),
                         {block, personNamed(*a, last)})
                .toString();
        };
        CHECK(status(QStringLiteral("Whitfield")) == QStringLiteral("present"));
        CHECK(status(QStringLiteral("Park")) == QStringLiteral("present"));
        CHECK(status(QStringLiteral("Okafor")) == QStringLiteral("late"));
        CHECK(rows(*a, QStringLiteral("attendance_marks")) == 3);
        const merge::Conflict* ray = conflictAbout(report, QStringLiteral("attendance_marks"), QStringLiteral("Ray Okafor"));
        REQUIRE(ray);
        CHECK(ray->theirsWon);
        CHECK(ray->columns.size() >= 1);
    }
    SECTION("the same person added on both laptops is one person with one enrollment, and that is listed")
    {
        CHECK(rows(*a, QStringLiteral("people")) == 5);
        CHECK(value(*a, QStringLiteral("SELECT count(*) FROM enrollments e JOIN people p ON p.id = e.person_id WHERE p.last_name = 'Vega'")).toInt() == 1);
        CHECK((notTakenAbout(report, QStringLiteral("people"), QStringLiteral("Chris Vega"))
               || conflictAbout(report, QStringLiteral("people"), QStringLiteral("Chris Vega"))));
        CHECK((notTakenAbout(report, QStringLiteral("enrollments"), QStringLiteral("Chris Vega"))
               || conflictAbout(report, QStringLiteral("enrollments"), QStringLiteral("Chris Vega"))));
    }
    SECTION("a person edited on one laptop only keeps that edit quietly")
    {
        CHECK(value(*a, QStringLiteral("SELECT email FROM people WHERE last_name = 'Park'")).toString() == QStringLiteral("lee@shelbyville.gov"));
        CHECK_FALSE(conflictAbout(report, QStringLiteral("people"), QStringLiteral("Lee Park")));
    }
    SECTION("an agenda item edited on both: the newer edit wins, with both values and times listed")
    {
        CHECK(minutesOf(*a, QStringLiteral("Opening remarks")) == 60);
        const merge::Conflict* c = conflictAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Opening remarks"));
        REQUIRE(c);
        CHECK(c->theirsWon);
        REQUIRE(c->columns.size() == 1);
        CHECK(c->columns.front().column == QStringLiteral("minutes"));
        CHECK(c->columns.front().ours == QStringLiteral("45"));
        CHECK(c->columns.front().theirs == QStringLiteral("60"));
        CHECK(c->ours.when.startsWith(QStringLiteral("2027-03-09T09:03")));
        CHECK(c->theirs.when.startsWith(QStringLiteral("2027-03-09T09:15")));
        CHECK_FALSE(c->ours.who.isEmpty());
    }
    SECTION("deleted on one side, edited on the other: the newer of the two wins, both ways, listed")
    {
        // Break: deleted on A at 09:04, edited on B at 09:10 -> back, as B has it.
        CHECK(minutesOf(*a, QStringLiteral("Break")) == 20);
        REQUIRE(conflictAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Break")));
        CHECK(conflictAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Break"))->theirsWon);
        // Lunch: deleted on B at 09:06, edited on A at 09:30 -> kept.
        CHECK(minutesOf(*a, QStringLiteral("Lunch")) == 45);
        REQUIRE(conflictAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Lunch")));
        CHECK_FALSE(conflictAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Lunch"))->theirsWon);
        // Closing: deleted on A; on B only renumbered when Lunch went, which is
        // no wish to keep it: stays deleted, and the report says so.
        CHECK(rows(*a, QStringLiteral("agenda_items")) == 3);
        CHECK_FALSE(conflictAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Closing")));
        CHECK(notTakenAbout(report, QStringLiteral("agenda_items"), QStringLiteral("Closing")));
    }
    SECTION("a team made on one laptop arrives with its members and its action item's owner")
    {
        const Id team = idOf(*a, QStringLiteral("SELECT id FROM teams WHERE jurisdiction = 'Springfield'"));
        REQUIRE(team != 0);
        CHECK(value(*a, QStringLiteral("SELECT count(*) FROM team_members WHERE team_id = ?"), {team}).toInt() == 2);
        CHECK(idOf(*a, QStringLiteral("SELECT owner_person_id FROM action_items WHERE team_id = ?"), {team})
              == personNamed(*a, QStringLiteral("Whitfield")));
        CHECK(report.counts.at(QStringLiteral("teams")).added == 1);
        CHECK(report.counts.at(QStringLiteral("team_members")).added == 2);
    }
    SECTION("rows taken from B keep B's times")
    {
        CHECK(value(*a, QStringLiteral("SELECT updated_at FROM agenda_items WHERE title = 'Opening remarks'")).toString().startsWith(QStringLiteral("2027-03-09T09:15")));
        CHECK(value(*a, QStringLiteral("SELECT created_at FROM teams")).toString().startsWith(QStringLiteral("2027-03-09T09:20")));
    }
    SECTION("B's journal joins A's, and the merge is one entry of its own")
    {
        CHECK(report.journalEntries > 0);
        CHECK(value(*a, QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'merge'")).toInt() == 1);
        CHECK(value(*a, QStringLiteral("SELECT count(*) FROM journal WHERE description LIKE '%Springfield%' OR description LIKE '%team%'")).toInt() >= 1);
    }
    SECTION("the report names every conflict in plain text")
    {
        const QString text = report.toText();
        for (const merge::Conflict& c : report.conflicts)
            CHECK(text.contains(c.row));
        for (const merge::NotTaken& n : report.notTaken)
            CHECK(text.contains(n.row));
        CHECK(report.conflicts.size() == 5);
    }
    SECTION("merging the same file again changes nothing")
    {
        const QStringList once = dump(*a);
        const merge::Merged again = expectOk(merge::mergeFrom(*a, files.b));
        INFO(again.report.toText().toStdString());
        CHECK(again.report.isEmpty());
        CHECK(again.report.conflicts.empty());
        CHECK(again.changes.isEmpty());
        CHECK(dump(*a) == once);
    }
    SECTION("undo of the merge restores A")
    {
        const QStringList withoutTimes = QStringList(dump(*a, false));
        expectOk(a->revert(merged.changes));
        CHECK(dump(*a, false) != withoutTimes);
        a.reset();
        a = files.openA();
        CHECK(dump(*a, false) == beforeWithoutTimes);
        // Merging again afterwards brings back what the merge had added.
        const merge::Merged again = expectOk(merge::mergeFrom(*a, files.b));
        INFO(again.report.toText().toStdString());
        CHECK(rows(*a, QStringLiteral("teams")) == 1);
        CHECK(rows(*a, QStringLiteral("attendance_marks")) == 3);
    }
    SECTION("the merged file passes the file check")
    {
        const CheckReport check = checkDatabase(*a);
        INFO(check.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(check.ok());
    }
}

TEST_CASE("Merging a file of another origin adds its workshops without doubling the catalog")
{
    TempDir dir;
    auto a = newDatabase(dir, QStringLiteral("a.roundtable"));
    const Id w = addWorkshop(*a, 20, QStringLiteral("Spring workshop"));
    enrollNew(*a, w, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Springfield")));
    {
        auto other = expectOk(Database::create(dir.path(QStringLiteral("other.roundtable"))));
        const Id ow = addWorkshop(*other, 20, QStringLiteral("Autumn workshop"));
        enrollNew(*other, ow, makePerson(QStringLiteral("Kim"), QStringLiteral("Adler"), Role::PoliceChief, QStringLiteral("Capital City")));
        addAgendaItem(*other, ow, QStringLiteral("Welcome"), 20);
    }
    const int programs = rows(*a, QStringLiteral("programs"));
    const int questions = rows(*a, QStringLiteral("assessment_questions"));
    const int templateItems = rows(*a, QStringLiteral("agenda_template_items"));

    const merge::Merged merged = expectOk(merge::mergeFrom(*a, dir.path(QStringLiteral("other.roundtable"))));
    INFO(merged.report.toText().toStdString());
    CHECK(rows(*a, QStringLiteral("workshops")) == 2);
    CHECK(value(*a, QStringLiteral("SELECT count(*) FROM workshops WHERE title = 'Autumn workshop'")).toInt() == 1);
    CHECK(rows(*a, QStringLiteral("people")) == 2);
    CHECK(rows(*a, QStringLiteral("agenda_items")) == 1);
    CHECK(rows(*a, QStringLiteral("programs")) == programs);
    CHECK(rows(*a, QStringLiteral("assessment_questions")) == questions);
    CHECK(rows(*a, QStringLiteral("agenda_template_items")) == templateItems);
    CHECK(merged.report.conflicts.empty());
    CHECK(checkDatabase(*a).ok());
}

TEST_CASE("A damaged, foreign, newer or older other file is refused and neither file changes")
{
    TempDir dir;
    auto a = newDatabase(dir, QStringLiteral("a.roundtable"));
    addWorkshop(*a);
    const QStringList before = dump(*a);
    const int journal = rows(*a, QStringLiteral("journal"));

    auto refused = [&](const QString& name, const QString& expected) {
        const QString path = dir.path(name);
        const QByteArray bytes = readBytes(path);
        const QStringList entries = dir.entries();
        auto result = merge::mergeFrom(*a, path);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().message.contains(expected));
        CHECK_FALSE(merge::preview(*a, path).has_value());
        CHECK(readBytes(path) == bytes);
        CHECK(dir.entries() == entries);
        CHECK(dump(*a) == before);
        CHECK(rows(*a, QStringLiteral("journal")) == journal);
    };

    SECTION("text")
    {
        writeBytes(dir.path(QStringLiteral("notes.roundtable")), "just some notes\n");
        refused(QStringLiteral("notes.roundtable"), QStringLiteral("notes.roundtable"));
    }
    SECTION("another program's SQLite")
    {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(dir.path(QStringLiteral("foreign.db")));
            REQUIRE(other.open());
            expectOk(sql::run(other, QStringLiteral("CREATE TABLE t (x)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        refused(QStringLiteral("foreign.db"), QStringLiteral("another program"));
    }
    SECTION("damaged")
    {
        {
            auto b = expectOk(Database::create(dir.path(QStringLiteral("b.roundtable"))));
            for (int i = 0; i < 30; ++i)
                addWorkshop(*b, 20, QStringLiteral("Workshop %1").arg(i));
        }
        writeBytes(dir.path(QStringLiteral("b.roundtable")), damagePages(readBytes(dir.path(QStringLiteral("b.roundtable")))));
        refused(QStringLiteral("b.roundtable"), QStringLiteral("damaged"));
    }
    SECTION("newer and older schemas")
    {
        {
            auto b = expectOk(Database::create(dir.path(QStringLiteral("newer.roundtable"))));
            expectOk(sql::run(b->connection(), QStringLiteral("PRAGMA user_version = 99")));
        }
        refused(QStringLiteral("newer.roundtable"), QStringLiteral("newer Roundtable"));
        {
            auto b = expectOk(Database::create(dir.path(QStringLiteral("older.roundtable"))));
            expectOk(sql::run(b->connection(), QStringLiteral("PRAGMA user_version = 6")));
        }
        refused(QStringLiteral("older.roundtable"), QStringLiteral("Open it once"));
    }
    if (!onServerBackend()) {
        SECTION("the open file itself")
        {
            refused(QStringLiteral("a.roundtable"), QStringLiteral("other copy"));
        }
    }
}

TEST_CASE("A deletion on one side only carries over; a row deleted here and untouched there is listed, not restored")
{
    TempDir dir;
    TestClock clock;
    const Laptops files = makeCopies(dir);
    const QString& b = files.b;
    {
        auto other = expectOk(Database::open(b));
        clock.at(9, 0);
        expectOk(agenda::removeItem(*other, itemTitled(*other, QStringLiteral("Closing"))));
    }
    auto db = files.openA();
    clock.at(9, 5);
    expectOk(agenda::removeItem(*db, itemTitled(*db, QStringLiteral("Opening remarks"))));

    const merge::Merged merged = expectOk(merge::mergeFrom(*db, b));
    INFO(merged.report.toText().toStdString());
    CHECK(value(*db, QStringLiteral("SELECT count(*) FROM agenda_items WHERE title = 'Closing'")).toInt() == 0);
    CHECK(merged.report.counts.at(QStringLiteral("agenda_items")).deleted == 1);
    CHECK(value(*db, QStringLiteral("SELECT count(*) FROM agenda_items WHERE title = 'Opening remarks'")).toInt() == 0);
    const merge::NotTaken* opening = notTakenAbout(merged.report, QStringLiteral("agenda_items"), QStringLiteral("Opening remarks"));
    REQUIRE(opening);
    CHECK(opening->reason.contains(QStringLiteral("deleted")));
    CHECK(merged.report.conflicts.empty());
    CHECK(rows(*db, QStringLiteral("agenda_items")) == 2);
}
