// The blocks of a workshop day as a caller chooses them (the app's
// preference): reading and writing them as text, their checks, what a new
// workshop's days get, and what a lengthened workshop's new days get.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "attendance/Attendance.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

namespace {

QStringList names(const std::vector<AttendanceBlock>& list)
{
    QStringList result;
    for (const AttendanceBlock& b : list)
        result << b.name();
    return result;
}

blocks::DayPlan sessions()
{
    return expectOk(blocks::parseDay(QStringLiteral("Session 1 9:00-10:30 1.5; Session 2 10:45–12:15 1.5 ; Afternoon 13:15-16:00 2.75")));
}

} // namespace

TEST_CASE("A day's blocks read from text and write back the same")
{
    const blocks::DayPlan day = sessions();
    REQUIRE(day.size() == 3);
    CHECK(day[0].label == QStringLiteral("Session 1"));
    CHECK(day[0].starts == QTime(9, 0));
    CHECK(day[1].ends == QTime(12, 15));
    CHECK(day[2].creditHours == Approx(2.75));
    CHECK(blocks::dayText(day) == QStringLiteral("Session 1 09:00-10:30 1.5; Session 2 10:45-12:15 1.5; Afternoon 13:15-16:00 2.75"));
    CHECK(blocks::dayText(expectOk(blocks::parseDay(blocks::dayText(day)))) == blocks::dayText(day));
    CHECK(blocks::dayText(blocks::standardDay()) == QStringLiteral("Morning 08:30-12:00 3.5; Afternoon 13:00-16:30 3.5"));
}

TEST_CASE("A day's blocks are refused when empty, unreadable, backward, overlapping, doubled or out of range")
{
    const auto refused = [](const QString& text) {
        auto day = blocks::parseDay(text);
        REQUIRE_FALSE(day);
        return day.error().message;
    };
    CHECK(refused(QString()).contains(QStringLiteral("at least one block")));
    CHECK(refused(QStringLiteral("Morning from 8:30")).contains(QStringLiteral("LABEL START-END HOURS")));
    CHECK(refused(QStringLiteral("Morning 25:00-26:00 1")).contains(QStringLiteral("Could not read")));
    CHECK(refused(QStringLiteral("Morning 12:00-08:30 3")).contains(QStringLiteral("not after its start")));
    CHECK(refused(QStringLiteral("Morning 08:30-12:00 3.5; Lunch 11:45-13:00 0")).contains(QStringLiteral("overlaps")));
    CHECK(refused(QStringLiteral("Morning 08:30-10:00 1; morning 10:30-12:00 1")).contains(QStringLiteral("Two blocks are called")));
    CHECK(refused(QStringLiteral("Morning 08:30-12:00 -1")).contains(QStringLiteral("from 0 to 24")));
    // Touching is not overlapping; zero hours is allowed.
    CHECK(blocks::parseDay(QStringLiteral("Morning 08:30-12:00 3.5; Lunch 12:00-13:00 0")));
}

TEST_CASE("A new workshop's days get the blocks the caller gives, a closing half day those before noon")
{
    TempDir dir;
    auto db = newDatabase(dir);
    Workshop w;
    w.title = QStringLiteral("Three half days");
    w.startDate = QDate(2027, 4, 12);
    w.halfDays = 3;
    w.capacity = 20;
    const Id id = expectOk(workshops::create(*db, w, std::nullopt, sessions())).subject;
    CHECK(names(expectOk(attendance::blocksOf(*db, id)))
          == QStringList{QStringLiteral("Day 1 · Session 1"), QStringLiteral("Day 1 · Session 2"), QStringLiteral("Day 1 · Afternoon"),
                         QStringLiteral("Day 2 · Session 1"), QStringLiteral("Day 2 · Session 2")});

    // Nothing given: the standard morning and afternoon, as before.
    const Id standard = expectOk(workshops::create(*db, w)).subject;
    CHECK(names(expectOk(attendance::blocksOf(*db, standard)))
          == QStringList{QStringLiteral("Day 1 · Morning"), QStringLiteral("Day 1 · Afternoon"), QStringLiteral("Day 2 · Morning")});

    // A bad day is refused before anything is written.
    blocks::DayPlan backward = sessions();
    backward[1].ends = QTime(10, 0);
    CHECK_FALSE(workshops::create(*db, w, std::nullopt, backward));
    CHECK(expectOk(workshops::list(*db)).size() == 2);

    // Lengthened, its new days copy its first day; shortened to a half day, the afternoon goes.
    Workshop longer = expectOk(workshops::get(*db, id));
    longer.halfDays = 4;
    expectOk(workshops::update(*db, longer));
    CHECK(expectOk(attendance::blocksOf(*db, id)).size() == 6);
    longer.halfDays = 1;
    expectOk(workshops::update(*db, longer));
    CHECK(names(expectOk(attendance::blocksOf(*db, id))) == QStringList{QStringLiteral("Day 1 · Session 1"), QStringLiteral("Day 1 · Session 2")});
}
