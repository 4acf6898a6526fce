// The demo file: what it holds, and that it never replaces real work.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestServer.h"
#include "actionplans/ActionPlans.h"
#include "agenda/Agenda.h"
#include "assessments/Results.h"
#include "attendance/AttendanceSheet.h"
#include "check/FileCheck.h"
#include "common/Clock.h"
#include "demo/Demo.h"
#include "discussions/Discussions.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "workshops/Venues.h"
#include "workload/Workload.h"
#include "workshops/Workshops.h"

#include <set>

using namespace rt;
using namespace rt::test;

namespace {

// The demo as a person gets it: the file demo::write makes, opened; or, when
// testing the server backend, a new server database demo::populate filled.
std::unique_ptr<Database> openDemo(const TempDir& dir)
{
    if (onServerBackend()) {
        auto db = newDatabase(dir);
        expectOk(demo::populate(*db));
        return db;
    }
    const QString path = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(path));
    return expectOk(Database::open(path));
}

} // namespace

TEST_CASE("The demo holds the two-day Oregon workshop with ten complete teams and a half-day workshop")
{
    TempDir dir;
    if (!onServerBackend()) {
        // The file appears whole, and alone.
        const QString path = dir.path(QStringLiteral("demo.roundtable"));
        expectOk(demo::write(path));
        CHECK(dir.entries() == QStringList{QStringLiteral("demo.roundtable")});
        CHECK(checkFile(path).ok());
    }
    auto db = onServerBackend() ? openDemo(dir) : expectOk(Database::open(dir.path(QStringLiteral("demo.roundtable"))));
    CHECK(checkDatabase(*db).ok());

    const auto list = expectOk(workshops::list(*db));
    REQUIRE(list.size() == 2);
    const WorkshopSummary& twoDay = list[1];
    CHECK(twoDay.workshop.halfDays == 4);
    CHECK(twoDay.venueName == QStringLiteral("Oregon State Police Academy"));
    CHECK(twoDay.teams == 10);
    CHECK(twoDay.registered == 20);
    CHECK(twoDay.waitlisted == 1);
    CHECK(twoDay.cancelled == 1);
    for (const Team& t : expectOk(teams::list(*db, twoDay.workshop.id))) {
        CHECK(t.state == QStringLiteral("OR"));
        CHECK(t.flags().isEmpty());
    }
    QStringList instructors;
    for (const Facilitator& f : expectOk(facilitators::ofWorkshop(*db, twoDay.workshop.id)))
        instructors << f.displayName();
    CHECK(instructors == QStringList{QStringLiteral("Leonard Matarese"), QStringLiteral("Rod Gould"),
                                     QStringLiteral("Chief Kenton Rainey"), QStringLiteral("Paul O'Connell, Ph.D.")});
    CHECK(list[0].workshop.halfDays == 1);
    CHECK(list[0].registered == 8);

    // Clearly fictional: every address is at example.org.
    for (const RosterEntry& e : expectOk(roster::list(*db, twoDay.workshop.id)))
        CHECK(e.person.email.endsWith(QStringLiteral(".example.org")));
}

TEST_CASE("The demo's two-day workshop has the first morning checked in and the afternoon under way")
{
    TempDir dir;
    auto db = openDemo(dir);
    const AttendanceSheet sheet = expectOk(attendance::sheet(*db, expectOk(workshops::list(*db))[1].workshop.id));
    REQUIRE(sheet.blocks.size() == 4);
    REQUIRE(sheet.rows.size() == 20);
    const auto markOf = [&](const QString& last, size_t block) {
        for (const AttendanceRow& r : sheet.rows) {
            if (r.entry.person.lastName == last)
                return r.marks[block];
        }
        FAIL("no one called " << last.toStdString());
        return std::optional<AttendanceMark>();
    };

    // Morning: everyone has a mark; two came late, one left early, one was excused.
    CHECK(sheet.markedIn(0) == 20);
    CHECK(sheet.attendedIn(0) == 19);
    auto raman = markOf(QStringLiteral("Raman"), 0);
    REQUIRE(raman);
    CHECK(raman->status == AttendanceStatus::Late);
    CHECK(raman->at == QTime(9, 10));
    CHECK(markOf(QStringLiteral("Nakamura"), 0)->status == AttendanceStatus::Late);
    CHECK(markOf(QStringLiteral("Stewart"), 0)->status == AttendanceStatus::LeftEarly);
    CHECK(markOf(QStringLiteral("Fuller"), 0)->status == AttendanceStatus::Excused);
    CHECK(markOf(QStringLiteral("Whitfield"), 0)->status == AttendanceStatus::Present);

    // Afternoon: most are back (one late), six not yet marked; day two untouched.
    CHECK(sheet.markedIn(1) == 14);
    CHECK(sheet.attendedIn(1) == 14);
    CHECK(markOf(QStringLiteral("Castillo"), 1)->at == QTime(13, 20));
    CHECK(markOf(QStringLiteral("Fuller"), 1)->status == AttendanceStatus::Present);
    CHECK_FALSE(markOf(QStringLiteral("Holt"), 1).has_value());
    CHECK(sheet.markedIn(2) == 0);
    CHECK(sheet.markedIn(3) == 0);
    // Nobody has the hours for a certificate after one day.
    CHECK(sheet.qualifying() == 0);
}

TEST_CASE("The demo's workshops have their agendas, the instructors presenting their modules")
{
    TempDir dir;
    auto db = openDemo(dir);
    const auto list = expectOk(workshops::list(*db));
    REQUIRE(list.size() == 2);

    const Id twoDay = list[1].workshop.id;
    const auto items = expectOk(agenda::itemsOf(*db, twoDay));
    CHECK(items.size() == 25);
    const auto presenterOf = [&](const QString& title) {
        for (const AgendaItem& i : items) {
            if (i.title == title)
                return i.presenterName;
        }
        FAIL("no item " << title.toStdString());
        return QString();
    };
    CHECK(presenterOf(QStringLiteral("Welcome, introductions and what the two days are for")) == QStringLiteral("Leonard Matarese"));
    CHECK(presenterOf(QStringLiteral("What a high-performance manager/chief relationship looks like")) == QStringLiteral("Leonard Matarese"));
    CHECK(presenterOf(QStringLiteral("Crisis communication and social media")) == QStringLiteral("Rod Gould"));
    CHECK(presenterOf(QStringLiteral("Risk management for managers and chiefs")) == QStringLiteral("Chief Kenton Rainey"));
    CHECK(presenterOf(QStringLiteral("Measuring what the department does")) == QStringLiteral("Paul O'Connell"));
    CHECK(presenterOf(QStringLiteral("21st Century Policing: the six pillars and your city")) == QStringLiteral("Paul O'Connell"));
    CHECK(presenterOf(QStringLiteral("Closing and certificates")) == QStringLiteral("Leonard Matarese"));
    CHECK(presenterOf(QStringLiteral("Lunch")).isEmpty());
    CHECK(std::count_if(items.begin(), items.end(), [](const AgendaItem& i) { return !i.notes.isEmpty(); }) == 2);
    // The plan fits both days.
    for (int day = 1; day <= 2; ++day) {
        const DaySchedule plan = agenda::schedule(expectOk(agenda::dayOf(*db, twoDay, day)), expectOk(agenda::dayWindow(*db, twoDay, day)));
        CHECK(plan.warnings.isEmpty());
    }

    const Id halfDay = list[0].workshop.id;
    const auto morning = expectOk(agenda::itemsOf(*db, halfDay));
    CHECK(morning.size() == 8);
    CHECK(morning.front().title == QStringLiteral("Welcome and what the morning is for"));
    CHECK(agenda::schedule(morning, expectOk(agenda::dayWindow(*db, halfDay, 1))).fits());
}

TEST_CASE("Writing the demo again replaces an earlier demo but never another file", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(path));
    expectOk(demo::write(path));

    const QString work = dir.path(QStringLiteral("work.roundtable"));
    newDatabase(dir, QStringLiteral("work.roundtable")).reset();
    const QByteArray bytes = readBytes(work);
    auto refused = demo::write(work);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("not a demo file")));
    CHECK(readBytes(work) == bytes);

    auto missing = demo::write(dir.path(QStringLiteral("nowhere/demo.roundtable")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    CHECK(dir.entries() == (QStringList{QStringLiteral("demo.roundtable"), QStringLiteral("work.roundtable")}));
}

TEST_CASE("The demo is written again after a crash left its journal beside it", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(path));
    QByteArray mainFile;
    QByteArray wal;
    {
        auto db = expectOk(Database::open(path));
        addWorkshop(*db, 5, QStringLiteral("Added before the crash"));
        mainFile = readBytes(path);
        wal = readBytes(path + QStringLiteral("-wal"));
    }
    writeBytes(path, mainFile);
    writeBytes(path + QStringLiteral("-wal"), wal);
    expectOk(demo::write(path));
    CHECK(dir.entries() == QStringList{QStringLiteral("demo.roundtable")});
    auto db = expectOk(Database::open(path));
    CHECK(expectOk(workshops::list(*db)).size() == 2);
}

TEST_CASE("The demo is not replaced while it is open", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(path));
    auto open = expectOk(Database::open(path));
    auto again = demo::write(path);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(QStringLiteral("is open in Roundtable")));
    CHECK(expectOk(workshops::list(*open)).size() == 2);
}

TEST_CASE("The demo's first day has two discussion rounds with report-outs of every tag, notes and votes")
{
    TempDir dir;
    auto db = openDemo(dir);
    const Id twoDay = expectOk(workshops::list(*db))[1].workshop.id;
    const auto rounds = expectOk(discussions::rounds(*db, twoDay));
    REQUIRE(rounds.size() == 2);
    CHECK(rounds[0].agendaItemTitle == QStringLiteral("What gets in the way"));
    CHECK(rounds[1].agendaItemTitle == QStringLiteral("The first hour of a crisis"));
    for (const DiscussionRound& r : rounds) {
        CHECK(r.mode == GroupMode::Mixed);
        const RoundDetail d = expectOk(discussions::detail(*db, r.id));
        REQUIRE(d.groups.size() == 4);
        int placed = 0;
        for (const DiscussionGroup& g : d.groups) {
            CHECK_FALSE(g.scribeNotes.isEmpty());
            placed += int(g.members.size());
        }
        // Only who was in the room: the morning's 19 (the excused one not),
        // the afternoon's 14 marked so far.
        CHECK(placed == (r.number == 1 ? 19 : 14));
        std::set<ItemTag> tags;
        for (const DiscussionItem& i : d.items)
            tags.insert(i.tag);
        CHECK(tags.size() == 4);
        CHECK(d.ranked().front().dots > 0);
    }
    CHECK_FALSE(expectOk(discussions::solverInput(*db, rounds[1].id)).metBefore.empty());
    CHECK(expectOk(discussions::solverInput(*db, rounds[0].id)).metBefore.empty());
    CHECK(expectOk(discussions::parkingLot(*db, twoDay)).size() == 2);
}

TEST_CASE("Every demo team has both assessments before and after, a workload worksheet and an action plan")
{
    TempDir dir;
    // Written seven weeks after the workshop, when the first follow-up calls have happened.
    setClockForTesting([] { return QDateTime(QDate(2027, 5, 1), QTime(12, 0), Qt::UTC); });
    struct RestoreClock {
        ~RestoreClock() { setClockForTesting({}); }
    } restore;
    auto db = openDemo(dir);
    const Id twoDay = expectOk(workshops::list(*db))[1].workshop.id;
    const auto templates = expectOk(assessments::templates(*db));
    REQUIRE(templates.size() == 2);
    const auto teamList = expectOk(teams::list(*db, twoDay));
    REQUIRE(teamList.size() == 10);

    int comments = 0;
    for (const AssessmentTemplate& t : templates) {
        INFO(t.name.toStdString());
        for (const Team& team : teamList) {
            for (const TeamMember& m : team.members) {
                for (Phase phase : {Phase::Before, Phase::After}) {
                    const auto answers = expectOk(assessments::answers(*db, twoDay, m.person.id, t.id, phase));
                    CHECK(answers.size() == t.questions.size());
                    for (const Answer& a : answers) {
                        CHECK(a.score.has_value());
                        comments += a.comment.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        // After the workshop the cohort scores a little higher, and some teams
        // began far apart on a statement.
        const AssessmentResults results = expectOk(results::load(*db, twoDay, t.id));
        CHECK(results.respondentsBefore == 20);
        CHECK(results.respondentsAfter == 20);
        double before = 0, after = 0;
        for (const CohortRow& row : results.cohort) {
            before += row.before.everyone.value_or(0);
            after += row.after.everyone.value_or(0);
        }
        const double change = (after - before) / double(results.cohort.size());
        CHECK(change > 0.1);
        CHECK(change < 0.6);
        const auto wide = std::count_if(results.teams.begin(), results.teams.end(),
                                        [](const TeamResult& r) { return !r.gapsAtLeast(Phase::Before, 2).empty(); });
        CHECK(wide >= 2);
    }
    CHECK(comments >= 4);

    std::set<ActionStatus> statuses;
    int fromParkingLot = 0, fromGap = 0, updated = 0;
    const QDate end = expectOk(workshops::get(*db, twoDay)).endDate();
    for (const Team& team : teamList) {
        INFO(team.label().toStdString());
        const WorkloadInputs sheet = expectOk(workload::load(*db, team.id));
        CHECK(evaluateWorkload(sheet).isValid());
        CHECK(evaluateWorkload(sheet).saturation.value.has_value());
        CHECK(sheet.notes.contains(QStringLiteral("Illustrative")));

        const auto items = expectOk(actionplans::items(*db, team.id));
        CHECK(items.size() >= 2);
        CHECK(items.size() <= 4);
        for (const ActionItem& i : items) {
            CHECK(i.ownerId.has_value());
            REQUIRE(i.due.has_value());
            CHECK((end.daysTo(*i.due) == 30 || end.daysTo(*i.due) == 60 || end.daysTo(*i.due) == 90));
            CHECK_FALSE(i.measure.isEmpty());
            statuses.insert(i.status);
            fromParkingLot += i.origin.startsWith(QStringLiteral("Parking lot")) ? 1 : 0;
            fromGap += i.origin.startsWith(QStringLiteral("Assessment gap")) ? 1 : 0;
            updated += expectOk(actionplans::updates(*db, i.id)).empty() ? 0 : 1;
        }
    }
    CHECK(statuses.size() == 4);
    CHECK(fromParkingLot >= 2);
    CHECK(fromGap >= 2);
    CHECK(updated >= 1);
    CHECK(updated <= 2);
}

TEST_CASE("A demo written before its workshop has no follow-up calls yet, and none dated before the workshop")
{
    setClockForTesting([] { return QDateTime(QDate(2027, 2, 1), QTime(12, 0), Qt::UTC); });
    struct RestoreClock {
        ~RestoreClock() { setClockForTesting({}); }
    } restore;
    TempDir dir;
    auto db = openDemo(dir);
    const Id twoDay = expectOk(workshops::list(*db))[1].workshop.id;
    const auto items = expectOk(actionplans::itemsOfWorkshop(*db, twoDay));
    REQUIRE(items.size() >= 20);
    for (const ActionItem& i : items)
        CHECK(expectOk(actionplans::updates(*db, i.id)).empty());
}

TEST_CASE("The demo goes only into a database without workshops or people")
{
    TempDir dir;
    auto db = newDatabase(dir);
    addWorkshop(*db, 5, QStringLiteral("Real work"));
    auto refused = demo::populate(*db);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("already holds workshops or people")));
    const auto list = expectOk(workshops::list(*db));
    REQUIRE(list.size() == 1);
    CHECK(list[0].workshop.title == QStringLiteral("Real work"));
}
