// Attendance rules: blocks per day, marks per person and block, walk-ins,
// credit hours and who earns a certificate.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "attendance/Credit.h"
#include "people/Roster.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

namespace {

Person numbered(int i)
{
    return makePerson(QStringLiteral("P%1").arg(i), QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')),
                      i % 2 ? Role::CityManager : Role::PoliceChief, QStringLiteral("Town %1").arg(i));
}

Workshop twoDayWorkshop(Database& db, Id id)
{
    Workshop w = expectOk(workshops::get(db, id));
    w.halfDays = 4;
    w.startDate = QDate(2027, 3, 9);
    expectOk(workshops::update(db, w));
    return w;
}

std::vector<AttendanceBlock> blocksOf(const Database& db, Id workshop)
{
    return expectOk(attendance::blocksOf(db, workshop));
}

} // namespace

TEST_CASE("A new workshop gets a morning and an afternoon block for each day")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db);
    Workshop w = twoDayWorkshop(*db, id);
    auto list = blocksOf(*db, id);
    REQUIRE(list.size() == 4);
    CHECK(list[0].name() == QStringLiteral("Day 1 · Morning"));
    CHECK(list[1].name() == QStringLiteral("Day 1 · Afternoon"));
    CHECK(list[3].longName() == QStringLiteral("Day 2 · Afternoon, 13:00–16:30"));
    CHECK(list[0].creditHours == 3.5);
    CHECK(list[2].date(w) == QDate(2027, 3, 10));

    SECTION("a trailing half day has a morning only")
    {
        w.halfDays = 3;
        expectOk(workshops::update(*db, w));
        list = blocksOf(*db, id);
        REQUIRE(list.size() == 3);
        CHECK(list[2].name() == QStringLiteral("Day 2 · Morning"));
        w.halfDays = 4;
        expectOk(workshops::update(*db, w));
        CHECK(blocksOf(*db, id).size() == 4);
    }
    SECTION("a longer workshop gains the new days' blocks")
    {
        w.halfDays = 6;
        expectOk(workshops::update(*db, w));
        CHECK(blocksOf(*db, id).size() == 6);
    }
    SECTION("a workshop cannot be shortened past a day with check-ins")
    {
        const Id person = enrollNew(*db, id, numbered(1));
        expectOk(attendance::mark(*db, id, person, list[2].id, AttendanceStatus::Present));
        w.halfDays = 2;
        auto shortened = workshops::update(*db, w);
        REQUIRE_FALSE(shortened);
        CHECK(shortened.error().message.contains(QStringLiteral("Day 2 · Morning has attendance recorded")));
        CHECK(blocksOf(*db, id).size() == 4);
        CHECK(expectOk(workshops::get(*db, id)).halfDays == 4);
    }
    SECTION("deleting the workshop removes its blocks and marks")
    {
        const Id person = enrollNew(*db, id, numbered(1));
        expectOk(attendance::mark(*db, id, person, list[0].id, AttendanceStatus::Present));
        expectOk(workshops::remove(*db, id));
        CHECK(blocksOf(*db, id).empty());
    }
}

TEST_CASE("Blocks are edited as one action, and a block with check-ins stays")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db);
    twoDayWorkshop(*db, id);
    auto list = blocksOf(*db, id);

    SECTION("labels can be swapped within a day")
    {
        std::swap(list[0].label, list[1].label);
        list[0].starts = QTime(8, 0);
        list[0].creditHours = 4;
        expectOk(attendance::saveBlocks(*db, id, list));
        auto saved = blocksOf(*db, id);
        CHECK(saved[0].label == QStringLiteral("Afternoon"));
        CHECK(saved[0].starts == QTime(8, 0));
        CHECK(saved[0].creditHours == 4);
        CHECK(saved[1].label == QStringLiteral("Morning"));
    }
    SECTION("a new block is added and an empty one removed")
    {
        AttendanceBlock evening;
        evening.day = 1;
        evening.label = QStringLiteral("Evening dinner talk");
        evening.starts = QTime(18, 0);
        evening.ends = QTime(19, 30);
        evening.creditHours = 1.5;
        list.erase(list.begin() + 3);
        list.push_back(evening);
        expectOk(attendance::saveBlocks(*db, id, list));
        auto saved = blocksOf(*db, id);
        REQUIRE(saved.size() == 4);
        CHECK(saved[2].label == QStringLiteral("Evening dinner talk"));
        CHECK(saved[3].name() == QStringLiteral("Day 2 · Morning"));
    }
    SECTION("bad blocks are refused with the reason, and nothing changes")
    {
        auto bad = list;
        bad[1].label = QStringLiteral("morning");
        CHECK(attendance::saveBlocks(*db, id, bad).error().message.contains(QStringLiteral("two blocks called")));
        bad = list;
        bad[0].ends = QTime(8, 0);
        CHECK(attendance::saveBlocks(*db, id, bad).error().message.contains(QStringLiteral("not after its start")));
        bad = list;
        bad[0].day = 3;
        CHECK(attendance::saveBlocks(*db, id, bad).error().message.contains(QStringLiteral("has 2 days")));
        bad = list;
        bad[0].label = QStringLiteral("  ");
        CHECK_FALSE(attendance::saveBlocks(*db, id, bad));
        auto saved = blocksOf(*db, id);
        CHECK(saved[0].label == QStringLiteral("Morning"));
        CHECK(saved[0].ends == QTime(12, 0));
    }
    SECTION("a block with check-ins cannot be removed")
    {
        const Id person = enrollNew(*db, id, numbered(1));
        expectOk(attendance::mark(*db, id, person, list[3].id, AttendanceStatus::Present));
        list.pop_back();
        auto saved = attendance::saveBlocks(*db, id, list);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().message.contains(QStringLiteral("1 check-in")));
        CHECK(blocksOf(*db, id).size() == 4);
    }
}

TEST_CASE("Checking in records one mark per person and block, and undo takes it back")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db, 2);
    twoDayWorkshop(*db, id);
    const auto list = blocksOf(*db, id);
    const Id a = enrollNew(*db, id, numbered(1));
    const Id b = enrollNew(*db, id, numbered(2));
    const Id waiting = enrollNew(*db, id, numbered(3));

    auto first = expectOk(attendance::mark(*db, id, a, list[0].id, AttendanceStatus::Present));
    CHECK(first.description == QStringLiteral("Check in P1 Person01 (Day 1 · Morning)"));
    auto marks = expectOk(attendance::marksOf(*db, list[0].id));
    REQUIRE(marks.size() == 1);
    CHECK(marks.at(a).status == AttendanceStatus::Present);

    auto late = expectOk(attendance::mark(*db, id, a, list[0].id, AttendanceStatus::Late, QTime(9, 10)));
    CHECK(late.description == QStringLiteral("Mark P1 Person01 late at 09:10 (Day 1 · Morning)"));
    marks = expectOk(attendance::marksOf(*db, list[0].id));
    CHECK(marks.size() == 1);
    CHECK(marks.at(a).status == AttendanceStatus::Late);
    CHECK(marks.at(a).at == QTime(9, 10));

    expectOk(db->revert(late));
    CHECK(expectOk(attendance::marksOf(*db, list[0].id)).at(a).status == AttendanceStatus::Present);
    expectOk(db->revert(first));
    CHECK(expectOk(attendance::marksOf(*db, list[0].id)).empty());

    SECTION("late and left early need a time")
    {
        auto r = attendance::mark(*db, id, b, list[0].id, AttendanceStatus::LeftEarly);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("needs the time")));
    }
    SECTION("only registered people are checked in")
    {
        auto r = attendance::mark(*db, id, waiting, list[0].id, AttendanceStatus::Present);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("on the waitlist")));
    }
    SECTION("a block of another workshop is refused")
    {
        const Id other = addWorkshop(*db, 5, QStringLiteral("Other"));
        auto r = attendance::mark(*db, other, a, list[0].id, AttendanceStatus::Present);
        REQUIRE_FALSE(r);
    }
    SECTION("a closed workshop's attendance is final")
    {
        Workshop w = expectOk(workshops::get(*db, id));
        w.status = WorkshopStatus::Closed;
        expectOk(workshops::update(*db, w));
        auto r = attendance::mark(*db, id, a, list[0].id, AttendanceStatus::Present);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("closed")));
    }
    SECTION("clearing a mark")
    {
        expectOk(attendance::mark(*db, id, b, list[1].id, AttendanceStatus::Excused));
        expectOk(attendance::clearMark(*db, id, b, list[1].id));
        CHECK(expectOk(attendance::marksOf(*db, list[1].id)).empty());
        CHECK_FALSE(attendance::clearMark(*db, id, b, list[1].id));
    }
}

TEST_CASE("Marking a whole block present is one step that leaves existing marks alone")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db, 10);
    const auto list = blocksOf(*db, id);
    std::vector<Id> people;
    for (int i = 1; i <= 5; ++i)
        people.push_back(enrollNew(*db, id, numbered(i)));
    expectOk(attendance::mark(*db, id, people[0], list[0].id, AttendanceStatus::Excused));
    auto all = expectOk(attendance::markAllPresent(*db, id, list[0].id));
    CHECK(all.notice.contains(QStringLiteral("4 people marked present")));
    auto marks = expectOk(attendance::marksOf(*db, list[0].id));
    CHECK(marks.size() == 5);
    CHECK(marks.at(people[0]).status == AttendanceStatus::Excused);
    CHECK(marks.at(people[4]).status == AttendanceStatus::Present);
    expectOk(db->revert(all));
    CHECK(expectOk(attendance::marksOf(*db, list[0].id)).size() == 1);
}

TEST_CASE("A walk-in is added, registered and checked in as one action")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db, 1);
    const auto list = blocksOf(*db, id);
    auto walkIn = expectOk(attendance::walkIn(*db, id, list[0].id, numbered(1), AttendanceStatus::Late, QTime(9, 5)));
    CHECK(walkIn.description == QStringLiteral("Register walk-in P1 Person01"));
    auto marks = expectOk(attendance::marksOf(*db, list[0].id));
    REQUIRE(marks.size() == 1);
    CHECK(marks.begin()->second.status == AttendanceStatus::Late);

    SECTION("at capacity the walk-in waits, unchecked, and is told why")
    {
        auto second = expectOk(attendance::walkIn(*db, id, list[0].id, numbered(2), AttendanceStatus::Present));
        CHECK(second.notice.contains(QStringLiteral("waitlist")));
        CHECK(expectOk(attendance::marksOf(*db, list[0].id)).size() == 1);
        CHECK(expectOk(roster::counts(*db, id)).waitlisted == 1);
    }
    SECTION("someone already in the file is enrolled and checked in")
    {
        const Id other = addWorkshop(*db, 5, QStringLiteral("Other"));
        const Id returning = enrollNew(*db, other, numbered(7));
        const Id roomy = addWorkshop(*db, 5, QStringLiteral("Roomy"));
        const auto roomyBlocks = blocksOf(*db, roomy);
        auto r = expectOk(attendance::walkIn(*db, roomy, roomyBlocks[0].id, returning, AttendanceStatus::Present));
        CHECK(r.subject == returning);
        CHECK(expectOk(attendance::marksOf(*db, roomyBlocks[0].id)).count(returning) == 1);
        // Registered meanwhile (at another station, say): checked in, once.
        auto again = expectOk(attendance::walkIn(*db, roomy, roomyBlocks[0].id, returning, AttendanceStatus::Present));
        CHECK(again.notice.contains(QStringLiteral("already registered")));
        CHECK(again.isEmpty());
        CHECK(expectOk(attendance::marksOf(*db, roomyBlocks[0].id)).count(returning) == 1);
        CHECK(expectOk(roster::counts(*db, roomy)).registered == 1);
    }
    SECTION("undo removes the person, the enrollment and the mark together")
    {
        expectOk(db->revert(walkIn));
        CHECK(expectOk(attendance::marksOf(*db, list[0].id)).empty());
        CHECK(expectOk(roster::counts(*db, id)).registered == 0);
    }
}

TEST_CASE("Statuses read from what people type, and cycle in the grid's order")
{
    CHECK(attendanceFromText(QStringLiteral("left-early")) == AttendanceStatus::LeftEarly);
    CHECK(attendanceFromText(QStringLiteral("Left early")) == AttendanceStatus::LeftEarly);
    CHECK(attendanceFromText(QStringLiteral("PRESENT")) == AttendanceStatus::Present);
    CHECK_FALSE(attendanceFromText(QStringLiteral("here")));
    std::optional<AttendanceStatus> s;
    QStringList seen;
    for (int i = 0; i < 6; ++i) {
        s = nextStatus(s);
        seen << (s ? attendanceKey(*s) : QStringLiteral("-"));
    }
    CHECK(seen.join(QLatin1Char(' ')) == QStringLiteral("present late left_early excused absent -"));
}

TEST_CASE("The current block follows the clock")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db);
    const Workshop w = twoDayWorkshop(*db, id);
    const auto list = blocksOf(*db, id);
    auto at = [&](QDate d, QTime t) { return attendance::currentBlockIndex(list, w, QDateTime(d, t)); };
    CHECK(at(QDate(2027, 3, 1), QTime(9, 0)) == 0);   // before the workshop
    CHECK(at(QDate(2027, 3, 9), QTime(7, 45)) == 0);  // early on day one
    CHECK(at(QDate(2027, 3, 9), QTime(11, 59)) == 0); // during the morning
    CHECK(at(QDate(2027, 3, 9), QTime(12, 30)) == 1); // lunch: the afternoon is next
    CHECK(at(QDate(2027, 3, 9), QTime(18, 0)) == 1);  // evening: the day's last
    CHECK(at(QDate(2027, 3, 10), QTime(14, 0)) == 3);
    CHECK(at(QDate(2027, 4, 1), QTime(9, 0)) == 3);   // after the workshop
    CHECK(attendance::currentBlockIndex({}, w, QDateTime::currentDateTime()) == -1);
}

TEST_CASE("Blocks are found by id or by label")
{
    auto list = blocks::defaults(4);
    for (size_t i = 0; i < list.size(); ++i)
        list[i].id = Id(i + 10);
    CHECK(attendance::findBlock(list, QStringLiteral("11"))->label == QStringLiteral("Afternoon"));
    CHECK(attendance::findBlock(list, QStringLiteral("afternoon"))->day == 1);
    CHECK(attendance::findBlock(list, QStringLiteral("Day 2 Afternoon"))->id == 13);
    CHECK(attendance::findBlock(list, QStringLiteral("day 2 · morning"))->id == 12);
    CHECK_FALSE(attendance::findBlock(list, QStringLiteral("Evening")));
    CHECK_FALSE(attendance::findBlock(list, QStringLiteral("99")));
}

TEST_CASE("Credit hours follow the workshop's rule for late arrivals and early leavers")
{
    AttendanceBlock block;
    block.starts = QTime(8, 30);
    block.ends = QTime(12, 0);
    block.creditHours = 3.5;
    const AttendanceMark present{AttendanceStatus::Present, {}};
    const AttendanceMark late{AttendanceStatus::Late, QTime(9, 40)}; // 140 of 210 minutes
    const AttendanceMark left{AttendanceStatus::LeftEarly, QTime(10, 15)}; // 105 of 210
    CHECK(credit::hoursFor(block, present, PartialCredit::None) == 3.5);
    CHECK(credit::hoursFor(block, std::nullopt, PartialCredit::Full) == 0);
    CHECK(credit::hoursFor(block, AttendanceMark{AttendanceStatus::Excused, {}}, PartialCredit::Full) == 0);
    CHECK(credit::hoursFor(block, AttendanceMark{AttendanceStatus::Absent, {}}, PartialCredit::Full) == 0);
    CHECK(credit::hoursFor(block, late, PartialCredit::Full) == 3.5);
    CHECK(credit::hoursFor(block, late, PartialCredit::None) == 0);
    CHECK(credit::hoursFor(block, late, PartialCredit::Prorated) == 2.25);  // 2.33 down to the quarter hour
    CHECK(credit::hoursFor(block, left, PartialCredit::Prorated) == 1.75);
    CHECK(credit::hoursFor(block, AttendanceMark{AttendanceStatus::Late, QTime(13, 0)}, PartialCredit::Prorated) == 0);
    CHECK(credit::hoursFor(block, AttendanceMark{AttendanceStatus::Late, QTime(7, 0)}, PartialCredit::Prorated) == 3.5);
    CHECK(credit::hoursNeeded(14, 0.75) == 10.5);
    CHECK(credit::hoursNeeded(14, 1.0) == 14);
    CHECK(credit::hoursNeeded(3.5, 0.8) == 3.0); // 2.8 up to the quarter hour
}

TEST_CASE("The attendance sheet adds up hours and says who earns a certificate")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = addWorkshop(*db, 10);
    twoDayWorkshop(*db, id);
    const auto list = blocksOf(*db, id);
    const Id all = enrollNew(*db, id, numbered(1));
    const Id most = enrollNew(*db, id, numbered(2));
    const Id half = enrollNew(*db, id, numbered(3));
    for (const auto& b : list)
        expectOk(attendance::mark(*db, id, all, b.id, AttendanceStatus::Present));
    for (size_t i = 0; i < 3; ++i)
        expectOk(attendance::mark(*db, id, most, list[i].id, AttendanceStatus::Present));
    expectOk(attendance::mark(*db, id, most, list[3].id, AttendanceStatus::Late, QTime(14, 45))); // 105 of 210 minutes
    expectOk(attendance::mark(*db, id, half, list[0].id, AttendanceStatus::Present));
    expectOk(attendance::mark(*db, id, half, list[1].id, AttendanceStatus::Present));
    expectOk(attendance::mark(*db, id, half, list[2].id, AttendanceStatus::Excused));

    auto s = expectOk(attendance::sheet(*db, id));
    REQUIRE(s.rows.size() == 3);
    CHECK(s.offeredHours == 14);
    CHECK(s.hoursNeeded() == 10.5);
    CHECK(s.rows[0].hours == 14);
    CHECK(s.rows[1].hours == 12.25);
    CHECK(s.rows[2].hours == 7);
    CHECK(s.rows[0].qualifies);
    CHECK(s.rows[1].qualifies);
    CHECK_FALSE(s.rows[2].qualifies);
    CHECK(s.qualifying() == 2);
    CHECK(s.markedIn(2) == 3);
    CHECK(s.attendedIn(2) == 2);
    CHECK(s.attendedIn(3) == 2);

    SECTION("blocks and rules are saved together, or not at all")
    {
        auto changed = list;
        changed[3].creditHours = 1.5;
        expectOk(credit::saveBlocksAndRules(*db, id, changed, {PartialCredit::Full, 1.0}));
        s = expectOk(attendance::sheet(*db, id));
        CHECK(s.offeredHours == 12);
        CHECK(s.rows[1].hours == 12);
        changed[0].label = QString();
        CHECK_FALSE(credit::saveBlocksAndRules(*db, id, changed, {PartialCredit::None, 0.5}));
        CHECK(expectOk(credit::rules(*db, id)).certificateShare == 1.0);
    }
    SECTION("stricter rules change the outcome")
    {
        expectOk(credit::setRules(*db, id, {PartialCredit::None, 0.9}));
        s = expectOk(attendance::sheet(*db, id));
        CHECK(s.rows[1].hours == 10.5);
        CHECK_FALSE(s.rows[1].qualifies);
        CHECK(s.qualifying() == 1);
        CHECK_FALSE(credit::setRules(*db, id, {PartialCredit::Full, 0}));
        CHECK_FALSE(credit::setRules(*db, id, {PartialCredit::Full, 1.5}));
        CHECK(expectOk(credit::rules(*db, id)).certificateShare == 0.9);
    }
}
