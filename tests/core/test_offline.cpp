// Taking one workshop offline and merging it back: the copy holds the
// workshop, its people, its rows, the reference data and their history, and
// nothing of other workshops; the venue's changes come back through the merge,
// a record changed at both ends is listed with both values, other workshops
// are untouched and a second merge changes nothing. On the server backend the
// workshop comes from a database on the test server, as it does at a venue.

#include <catch2/catch.hpp>

#include "MergeScenario.h"
#include "StringMaker.h"
#include "check/FileCheck.h"
#include "merge/Merge.h"
#include "merge/Offline.h"

using namespace rt;
using namespace rt::test;

namespace {

int minutesOf(const Database& db, const QString& title)
{
    return value(db, QStringLiteral("SELECT minutes FROM agenda_items WHERE title = ?"), {title}).toInt();
}

QString statusOf(const Database& db, const QString& last)
{
    return value(db,
                 QStringLiteral("SELECT m.status FROM attendance_marks m JOIN people p ON p.id = m.person_id "
                                "WHERE p.last_name = ?"),
                 {last})
        .toString();
}

// Every row of a table as uuid|updated_at, for comparing two copies.
QStringList stamps(const Database& db, const QString& table, const QString& where = QStringLiteral("1 = 1"))
{
    QStringList lines;
    auto query = expectOk(sql::run(db.connection(), QStringLiteral("SELECT uuid, updated_at FROM %1 WHERE %2 ORDER BY uuid").arg(table, where)));
    while (query.next())
        lines << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
    return lines;
}

struct TwoWorkshops {
    Id spring = 0;
    Id autumn = 0;
};

// Spring (the one that goes to the venue) and Autumn (stays on the server);
// Dana is in both, Kim only in Autumn.
TwoWorkshops fill(Database& db)
{
    TwoWorkshops w{addWorkshop(db, 20, QStringLiteral("Spring workshop")), addWorkshop(db, 20, QStringLiteral("Autumn workshop"))};
    const Id dana = enrollNew(db, w.spring, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Springfield")));
    enrollNew(db, w.spring, makePerson(QStringLiteral("Ray"), QStringLiteral("Okafor"), Role::PoliceChief, QStringLiteral("Springfield")));
    expectOk(roster::enroll(db, w.autumn, dana));
    enrollNew(db, w.autumn, makePerson(QStringLiteral("Kim"), QStringLiteral("Adler"), Role::PoliceChief, QStringLiteral("Capital City")));
    addAgendaItem(db, w.spring, QStringLiteral("Opening remarks"), 30);
    addAgendaItem(db, w.spring, QStringLiteral("Lunch"), 60);
    addAgendaItem(db, w.autumn, QStringLiteral("Autumn welcome"), 20);
    return w;
}

Id blockOf(const Database& db, Id workshop)
{
    return idOf(db, QStringLiteral("SELECT id FROM attendance_blocks WHERE workshop_id = ? ORDER BY day, starts_at LIMIT 1"), {workshop});
}

} // namespace

TEST_CASE("A workshop taken offline holds its own rows, people, reference data and history, and nothing of other workshops")
{
    TempDir dir;
    TestClock clock;
    auto server = newDatabase(dir, QStringLiteral("server.roundtable"));
    const TwoWorkshops w = fill(*server);
    const QString out = dir.path(QStringLiteral("venue.roundtable"));
    const QStringList before = dir.entries();

    const merge::OfflineCopy copy = expectOk(merge::takeOffline(*server, w.spring, out));
    CHECK(copy.workshop == QStringLiteral("Spring workshop"));
    CHECK(copy.journalEntries > 0);
    QStringList expected = before;
    expected << QStringLiteral("venue.roundtable");
    expected.sort();
    QStringList entries = dir.entries();
    entries.sort();
    CHECK(entries == expected); // no temporary file or lock left beside it

    auto file = expectOk(Database::open(out));
    CHECK(rows(*file, QStringLiteral("workshops")) == 1);
    CHECK(stamps(*file, QStringLiteral("workshops")) == stamps(*server, QStringLiteral("workshops"), QStringLiteral("id = %1").arg(w.spring)));
    CHECK(stamps(*file, QStringLiteral("enrollments"))
          == stamps(*server, QStringLiteral("enrollments"), QStringLiteral("workshop_id = %1").arg(w.spring)));
    CHECK(stamps(*file, QStringLiteral("attendance_blocks"))
          == stamps(*server, QStringLiteral("attendance_blocks"), QStringLiteral("workshop_id = %1").arg(w.spring)));
    CHECK(stamps(*file, QStringLiteral("agenda_items"))
          == stamps(*server, QStringLiteral("agenda_items"), QStringLiteral("workshop_id = %1").arg(w.spring)));
    CHECK(value(*file, QStringLiteral("SELECT count(*) FROM people WHERE last_name = 'Adler'")).toInt() == 0);
    CHECK(rows(*file, QStringLiteral("people")) == 2);
    for (const QString& table : {QStringLiteral("programs"), QStringLiteral("practice_groups"), QStringLiteral("assessment_questions"),
                                 QStringLiteral("agenda_template_items"), QStringLiteral("settings")})
        CHECK(stamps(*file, table) == stamps(*server, table));
    CHECK(value(*file, QStringLiteral("SELECT count(*) FROM journal_rows WHERE workshop_uuid = ?"),
                {value(*server, QStringLiteral("SELECT uuid FROM workshops WHERE id = ?"), {w.spring})})
              .toInt()
          > 0);
    CHECK(value(*file, QStringLiteral("SELECT count(*) FROM journal_rows WHERE detail LIKE '%Autumn%'")).toInt() == 0);

    SECTION("an existing file is replaced only when asked")
    {
        file.reset();
        const QByteArray bytes = readBytes(out);
        auto refused = merge::takeOffline(*server, w.spring, out);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("already exists")));
        CHECK(readBytes(out) == bytes);
        expectOk(merge::takeOffline(*server, w.spring, out, true));
        CHECK(checkFile(out).ok());
    }
    SECTION("a workshop that is not there is refused and no file appears")
    {
        const QString other = dir.path(QStringLiteral("none.roundtable"));
        CHECK_FALSE(merge::takeOffline(*server, 9999, other).has_value());
        CHECK_FALSE(QFileInfo::exists(other));
    }
    SECTION("the copy passes the file check")
    {
        file.reset();
        const CheckReport check = checkFile(out);
        INFO(check.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(check.ok());
    }
}

TEST_CASE("Merging the venue's file back brings its changes in, lists the conflict, leaves other workshops alone, and twice changes nothing")
{
    TempDir dir;
    TestClock clock;
    auto server = newDatabase(dir, QStringLiteral("server.roundtable"));
    const TwoWorkshops w = fill(*server);
    const QString out = dir.path(QStringLiteral("venue.roundtable"));
    expectOk(merge::takeOffline(*server, w.spring, out));
    const QStringList autumnBefore = stamps(*server, QStringLiteral("agenda_items"), QStringLiteral("workshop_id = %1").arg(w.autumn));

    {
        auto venue = expectOk(Database::open(out));
        const Id block = blockOf(*venue, w.spring);
        clock.at(9, 0); // check-ins at the venue
        expectOk(attendance::mark(*venue, w.spring, personNamed(*venue, QStringLiteral("Whitfield")), block, AttendanceStatus::Present));
        expectOk(attendance::mark(*venue, w.spring, personNamed(*venue, QStringLiteral("Okafor")), block, AttendanceStatus::Late, QTime(9, 0)));
        clock.at(9, 2); // a walk-in
        enrollNew(*venue, w.spring, makePerson(QStringLiteral("Chris"), QStringLiteral("Vega"), Role::FireChief, QStringLiteral("Ogdenville")));
        clock.at(9, 3); // the agenda edited at the venue ...
        setMinutes(*venue, QStringLiteral("Opening remarks"), 45);
        clock.at(9, 4); // ... and an item only the venue touched
        setMinutes(*venue, QStringLiteral("Lunch"), 50);
    }
    clock.at(9, 15); // meanwhile on the server: the same agenda item, later
    setMinutes(*server, QStringLiteral("Opening remarks"), 60);
    clock.at(9, 16); // and a change in another workshop
    setMinutes(*server, QStringLiteral("Autumn welcome"), 25);
    const QStringList autumnEdited = stamps(*server, QStringLiteral("agenda_items"), QStringLiteral("workshop_id = %1").arg(w.autumn));
    CHECK(autumnEdited != autumnBefore);
    const int people = rows(*server, QStringLiteral("people"));
    const int autumnEnrollments = value(*server, QStringLiteral("SELECT count(*) FROM enrollments WHERE workshop_id = ?"), {w.autumn}).toInt();

    clock.at(11, 0);
    const merge::Merged merged = expectOk(merge::mergeFrom(*server, out));
    const merge::MergeReport& report = merged.report;
    INFO(report.toText().toStdString());

    // the venue's changes are in
    CHECK(statusOf(*server, QStringLiteral("Whitfield")) == QStringLiteral("present"));
    CHECK(statusOf(*server, QStringLiteral("Okafor")) == QStringLiteral("late"));
    CHECK(value(*server, QStringLiteral("SELECT count(*) FROM enrollments e JOIN people p ON p.id = e.person_id "
                                        "WHERE p.last_name = 'Vega' AND e.workshop_id = ?"),
                {w.spring})
              .toInt()
          == 1);
    CHECK(rows(*server, QStringLiteral("people")) == people + 1);
    CHECK(minutesOf(*server, QStringLiteral("Lunch")) == 50);

    // the agenda item changed at both ends: the newer edit (the server's) stays, both values listed
    CHECK(minutesOf(*server, QStringLiteral("Opening remarks")) == 60);
    REQUIRE(report.conflicts.size() == 1);
    const merge::Conflict& conflict = report.conflicts.front();
    CHECK(conflict.table == QStringLiteral("agenda_items"));
    CHECK(conflict.row.contains(QStringLiteral("Opening remarks")));
    CHECK_FALSE(conflict.theirsWon);
    REQUIRE(conflict.columns.size() == 1);
    CHECK(conflict.columns.front().ours == QStringLiteral("60"));
    CHECK(conflict.columns.front().theirs == QStringLiteral("45"));
    CHECK(report.toText().contains(QStringLiteral("Opening remarks")));

    // the other workshop is untouched, and nothing absent from the file was taken as deleted
    CHECK(stamps(*server, QStringLiteral("agenda_items"), QStringLiteral("workshop_id = %1").arg(w.autumn)) == autumnEdited);
    CHECK(minutesOf(*server, QStringLiteral("Autumn welcome")) == 25);
    CHECK(value(*server, QStringLiteral("SELECT count(*) FROM enrollments WHERE workshop_id = ?"), {w.autumn}).toInt() == autumnEnrollments);
    CHECK(report.deleted() == 0);
    CHECK(report.notTaken.empty());
    CHECK(checkDatabase(*server).ok());

    SECTION("merging the same file again changes nothing")
    {
        const QStringList once = dump(*server);
        const merge::Merged again = expectOk(merge::mergeFrom(*server, out));
        INFO(again.report.toText().toStdString());
        CHECK(again.report.isEmpty());
        CHECK(again.report.conflicts.empty());
        CHECK(again.changes.isEmpty());
        CHECK(dump(*server) == once);
    }
    SECTION("the venue's history joins the server's, who changed what included")
    {
        CHECK(report.journalEntries >= 4);
        CHECK(value(*server, QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'merge'")).toInt() == 1);
    }
}
