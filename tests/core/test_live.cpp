// Running a day live, driven by a fake clock: the countdown, its warnings,
// pauses and extensions, how an overrun moves the rest of the day (around a
// fixed lunch), and that the state survives reopening the file. The clock runs
// on Pacific time, so that local and UTC differ wherever the tests run.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "agenda/Agenda.h"
#include "agenda/Live.h"
#include "common/Clock.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

#include <ctime>
#include <functional>

using namespace rt;
using namespace rt::test;
using Phase = LiveState::Phase;

namespace {

// The fixture's workshop runs on 9 and 10 March 2027 (before the change to
// summer time on the 14th).
struct FakeClock {
    QDateTime now;
    QByteArray oldZone;

    FakeClock()
        : oldZone(qgetenv("TZ"))
    {
        qputenv("TZ", "PST8PDT,M3.2.0,M11.1.0"); // a rule, not a tzdata name: works without tzdata
        tzset();
        setClockForTesting([this] { return now; });
    }
    ~FakeClock()
    {
        setClockForTesting({});
        if (oldZone.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldZone);
        tzset();
    }
    // A local time of day on the workshop's `day`.
    void at(int hour, int minute, int second = 0, int day = 1)
    {
        now = local(hour, minute, second, day).toUTC();
    }
    static QDateTime local(int hour, int minute, int second = 0, int day = 1)
    {
        return QDateTime(QDate(2027, 3, 8 + day), QTime(hour, minute, second));
    }
};

// Opens the data `db` holds again: its file, or its server database (where
// a restart of the app is just a new connection).
std::function<std::unique_ptr<Database>()> opener(const Database& db)
{
    if (db.isServer())
        return [server = *db.server()] { return expectOk(Database::openServer(server)); };
    return [path = db.path()] { return expectOk(Database::open(path)); };
}

int hm(int hour, int minute)
{
    return hour * 60 + minute;
}

AgendaItem makeItem(Id workshop, int day, const QString& title, int minutes, AgendaKind kind = AgendaKind::Presentation,
                    QTime fixed = {})
{
    AgendaItem i;
    i.workshopId = workshop;
    i.day = day;
    i.title = title;
    i.minutes = minutes;
    i.kind = kind;
    i.fixedStart = fixed;
    return i;
}

// 08:30 Welcome, 09:00 Lessons, 10:30 Break, 10:45 Small groups, 12:00 Lunch
// (fixed: 15 minutes free before it), 13:00 Assessment, 15:00 Action planning,
// 16:00 Closing, to 16:30.
std::vector<AgendaItem> plannedDay(Id workshop = 0, int day = 1)
{
    return {makeItem(workshop, day, QStringLiteral("Welcome"), 30),
            makeItem(workshop, day, QStringLiteral("Lessons from recent incidents"), 90),
            makeItem(workshop, day, QStringLiteral("Break"), 15, AgendaKind::Break),
            makeItem(workshop, day, QStringLiteral("Small groups"), 60, AgendaKind::SmallGroup),
            makeItem(workshop, day, QStringLiteral("Lunch"), 60, AgendaKind::Meal, QTime(12, 0)),
            makeItem(workshop, day, QStringLiteral("Assessment"), 120, AgendaKind::Assessment),
            makeItem(workshop, day, QStringLiteral("Action planning"), 60, AgendaKind::ActionPlanning),
            makeItem(workshop, day, QStringLiteral("Closing"), 30)};
}

void addDay(Database& db, Id workshop, int day)
{
    for (const AgendaItem& item : plannedDay(workshop, day))
        expectOk(agenda::addItem(db, item));
}

LiveState stateOf(const Database& db, Id workshop, int day = 1)
{
    const auto items = expectOk(agenda::dayOf(db, workshop, day));
    return live::compute(items, expectOk(agenda::dayWindow(db, workshop, day)), currentUtc());
}

void requireRefused(const Result<ChangeSet>& result, const QString& words)
{
    REQUIRE_FALSE(result.has_value());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(words));
}

void requireSameState(const LiveState& a, const LiveState& b)
{
    CHECK(a.phase == b.phase);
    CHECK(a.current == b.current);
    CHECK(a.next == b.next);
    CHECK(a.elapsedSeconds == b.elapsedSeconds);
    CHECK(a.remainingSeconds == b.remainingSeconds);
    CHECK(a.warning == b.warning);
    CHECK(a.projectedEndMinute == b.projectedEndMinute);
    CHECK(a.plannedEndMinute == b.plannedEndMinute);
    CHECK(a.behindMinutes == b.behindMinutes);
}

} // namespace

TEST_CASE("Amber once a fifth or five minutes is left, red in the last minute and over time")
{
    // 30 minutes: five minutes is less than a fifth.
    CHECK(live::warningFor(1800, 1800) == LiveWarning::None);
    CHECK(live::warningFor(1800, 301) == LiveWarning::None);
    CHECK(live::warningFor(1800, 300) == LiveWarning::Amber);
    CHECK(live::warningFor(1800, 60) == LiveWarning::Amber);
    CHECK(live::warningFor(1800, 59) == LiveWarning::Red);
    CHECK(live::warningFor(1800, 0) == LiveWarning::Red);
    CHECK(live::warningFor(1800, -600) == LiveWarning::Red);
    // 10 minutes: a fifth (2 minutes) is less than five.
    CHECK(live::warningFor(600, 121) == LiveWarning::None);
    CHECK(live::warningFor(600, 120) == LiveWarning::Amber);
    // 3 minutes: its fifth falls inside the last minute, so it goes straight to red.
    CHECK(live::warningFor(180, 60) == LiveWarning::None);
    CHECK(live::warningFor(180, 59) == LiveWarning::Red);
}

TEST_CASE("A day run live from the first item to the end")
{
    FakeClock clock;
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w = addWorkshop(*db);
    addDay(*db, w, 1);
    const DayWindow window = expectOk(agenda::dayWindow(*db, w, 1));
    REQUIRE(window.starts == QTime(8, 30));
    REQUIRE(window.ends == QTime(16, 30));

    // Before the day: projected from the window's start, so on plan.
    clock.at(8, 0);
    LiveState s = stateOf(*db, w);
    CHECK(s.phase == Phase::NotStarted);
    CHECK_FALSE(s.current);
    CHECK(s.next == 0u);
    CHECK(s.plannedEndMinute == hm(16, 30));
    CHECK(s.projectedEndMinute == hm(16, 30));
    CHECK(s.projected.items[0].startMinute == hm(8, 30));
    CHECK(s.behindMinutes == 0);
    CHECK(s.warning == LiveWarning::None);

    // Ten minutes late and not started: the welcome is behind, but the free
    // quarter hour before lunch takes it up and the day still ends on time.
    clock.at(8, 40);
    s = stateOf(*db, w);
    CHECK(s.behindMinutes == 10);
    CHECK(s.projected.items[0].startMinute == hm(8, 40));
    CHECK(s.projected.items[4].gapBefore == 5);
    CHECK(s.projectedEndMinute == hm(16, 30));

    clock.at(8, 32);
    const ChangeSet started = expectOk(live::start(*db, w, 1));
    CHECK(started.description == QStringLiteral("Start “Welcome”"));
    const auto items = expectOk(agenda::dayOf(*db, w, 1));
    CHECK(items[0].actualStart == FakeClock::local(8, 32).toUTC());
    // Stored as UTC: 08:32 in Oregon is 16:32 UTC.
    const auto stored = expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT actual_start FROM agenda_items WHERE id = ?"),
                                             {items[0].id}));
    CHECK(stored.toString() == QStringLiteral("2027-03-09T16:32:00.000Z"));

    s = stateOf(*db, w);
    CHECK(s.phase == Phase::Running);
    CHECK(s.current == 0u);
    CHECK(s.next == 1u);
    CHECK(s.elapsedSeconds == 0);
    CHECK(s.remainingSeconds == 30 * 60);

    clock.at(8, 45, 30);
    s = stateOf(*db, w);
    CHECK(s.elapsedSeconds == 13 * 60 + 30);
    CHECK(s.remainingSeconds == 16 * 60 + 30);
    CHECK(s.warning == LiveWarning::None);
    CHECK(s.projected.items[1].startMinute == hm(9, 2)); // 16½ minutes left, rounded up
    CHECK(s.behindMinutes == 2);

    clock.at(8, 57);
    s = stateOf(*db, w);
    CHECK(s.remainingSeconds == 5 * 60);
    CHECK(s.warning == LiveWarning::Amber);

    clock.at(9, 1, 30);
    s = stateOf(*db, w);
    CHECK(s.remainingSeconds == 30);
    CHECK(s.warning == LiveWarning::Red);

    // Overrunning pushes the rest later; the lunch anchor absorbs it.
    clock.at(9, 5);
    s = stateOf(*db, w);
    CHECK(s.remainingSeconds == -3 * 60);
    CHECK(s.warning == LiveWarning::Red);
    CHECK(s.projected.items[1].startMinute == hm(9, 5));
    CHECK(s.projected.items[3].endMinute == hm(11, 50));
    CHECK(s.behindMinutes == 5);
    CHECK(s.projectedEndMinute == hm(16, 30));

    const ChangeSet moved = expectOk(live::next(*db, w, 1));
    CHECK(moved.description == QStringLiteral("Next: “Lessons from recent incidents”"));
    s = stateOf(*db, w);
    CHECK(s.current == 1u);
    CHECK(s.elapsedSeconds == 0);
    CHECK(s.remainingSeconds == 90 * 60);

    // A pause holds the countdown while the rest of the day slips.
    clock.at(9, 35);
    CHECK(expectOk(live::pause(*db, w, 1)).description == QStringLiteral("Pause “Lessons from recent incidents”"));
    clock.at(9, 50);
    s = stateOf(*db, w);
    CHECK(s.phase == Phase::Paused);
    CHECK(s.elapsedSeconds == 30 * 60);
    CHECK(s.remainingSeconds == 60 * 60);
    CHECK(s.projected.items[2].startMinute == hm(10, 50));
    CHECK(s.behindMinutes == 20);
    expectOk(live::resume(*db, w, 1));
    clock.at(10, 0);
    s = stateOf(*db, w);
    CHECK(s.phase == Phase::Running);
    CHECK(s.elapsedSeconds == 40 * 60);
    CHECK(s.remainingSeconds == 50 * 60);

    // Five more minutes: small groups now run ten minutes into lunch.
    CHECK(expectOk(live::extend(*db, w, 1, 5)).description == QStringLiteral("Extend “Lessons from recent incidents” by 5 min"));
    s = stateOf(*db, w);
    CHECK(s.remainingSeconds == 55 * 60);
    CHECK(s.projected.items[2].startMinute == hm(10, 55));
    CHECK(s.behindMinutes == 25);
    CHECK(s.projected.items[4].clash == 10);
    CHECK(s.projected.items[5].startMinute == hm(13, 0));
    CHECK(s.projectedEndMinute == hm(16, 30));

    clock.at(10, 55);
    expectOk(live::next(*db, w, 1)); // the break
    clock.at(11, 10);
    expectOk(live::next(*db, w, 1)); // small groups
    clock.at(12, 10);
    s = stateOf(*db, w);
    CHECK(s.next == 4u);
    CHECK(s.behindMinutes == 10); // lunch starts when small groups end
    // Lunch starting late runs its full hour, and the afternoon follows it.
    CHECK(expectOk(live::next(*db, w, 1)).description == QStringLiteral("Next: “Lunch”"));
    s = stateOf(*db, w);
    CHECK(s.current == 4u);
    CHECK(s.projected.items[5].startMinute == hm(13, 10));
    CHECK(s.behindMinutes == 10);
    CHECK(s.projectedEndMinute == hm(16, 40));

    clock.at(13, 10);
    expectOk(live::next(*db, w, 1));
    clock.at(15, 10);
    expectOk(live::next(*db, w, 1));
    clock.at(16, 10);
    expectOk(live::next(*db, w, 1));
    s = stateOf(*db, w);
    CHECK(s.current == 7u);
    CHECK_FALSE(s.next);
    CHECK(s.behindMinutes == 10); // the day's end, with no item after this one

    clock.at(16, 45);
    CHECK(expectOk(live::next(*db, w, 1)).description == QStringLiteral("End “Closing”, the last item of the day"));
    s = stateOf(*db, w);
    CHECK(s.phase == Phase::Finished);
    CHECK_FALSE(s.current);
    CHECK_FALSE(s.next);
    CHECK(s.warning == LiveWarning::None);
    CHECK(s.projectedEndMinute == hm(16, 45));
    CHECK(s.behindMinutes == 15);

    requireRefused(live::next(*db, w, 1), QStringLiteral("finished"));
    requireRefused(live::start(*db, w, 1), QStringLiteral("finished"));
    requireRefused(live::pause(*db, w, 1), QStringLiteral("finished"));

    // Every item ran and ended, in order.
    for (const AgendaItem& item : expectOk(agenda::dayOf(*db, w, 1))) {
        CHECK(item.hasStarted());
        CHECK(item.hasEnded());
    }

    expectOk(live::reset(*db, w, 1));
    s = stateOf(*db, w);
    CHECK(s.phase == Phase::NotStarted);
    for (const AgendaItem& item : expectOk(agenda::dayOf(*db, w, 1))) {
        CHECK_FALSE(item.hasStarted());
        CHECK_FALSE(item.hasEnded());
        CHECK(item.extraMinutes == 0);
        CHECK(item.pausedSeconds == 0);
    }
}

TEST_CASE("An overrun before a fixed lunch eats into it, or past it, and the afternoon follows")
{
    FakeClock clock;
    // 08:30 Welcome 30, 09:00 Session 150 to 11:30, Lunch fixed 12:00–13:00,
    // Afternoon 60 to 14:00.
    std::vector<AgendaItem> items{makeItem(0, 1, QStringLiteral("Welcome"), 30), makeItem(0, 1, QStringLiteral("Session"), 150),
                                  makeItem(0, 1, QStringLiteral("Lunch"), 60, AgendaKind::Meal, QTime(12, 0)),
                                  makeItem(0, 1, QStringLiteral("Afternoon"), 60)};
    items[0].actualStart = FakeClock::local(8, 30).toUTC();
    items[0].actualEnd = FakeClock::local(9, 0).toUTC();
    items[1].actualStart = FakeClock::local(9, 0).toUTC();
    const DayWindow window;

    SECTION("ten minutes over, inside the free half hour: lunch and the afternoon keep their times")
    {
        clock.at(11, 40);
        const LiveState s = live::compute(items, window, clock.now);
        CHECK(s.remainingSeconds == -10 * 60);
        CHECK(s.projected.items[2].startMinute == hm(12, 0));
        CHECK(s.projected.items[2].clash == 0);
        CHECK(s.projected.items[2].gapBefore == 20);
        CHECK(s.behindMinutes == 0);
        CHECK(s.projected.items[3].startMinute == hm(13, 0));
        CHECK(s.projectedEndMinute == hm(14, 0));
    }
    SECTION("into lunch: lunch starts late, the afternoon still starts at 13:00")
    {
        clock.at(12, 15);
        const LiveState s = live::compute(items, window, clock.now);
        CHECK(s.projected.items[2].clash == 15);
        CHECK(s.behindMinutes == 15);
        CHECK(s.projected.items[3].startMinute == hm(13, 0));
        CHECK(s.projectedEndMinute == hm(14, 0));
        CHECK_FALSE(s.projected.warnings.isEmpty());
    }
    SECTION("past the end of lunch: the afternoon starts when the session ends")
    {
        clock.at(13, 20);
        const LiveState s = live::compute(items, window, clock.now);
        CHECK(s.behindMinutes == 80);
        CHECK(s.projected.items[3].startMinute == hm(13, 20));
        CHECK(s.projectedEndMinute == hm(14, 20));
    }
    SECTION("lunch started late runs its full length")
    {
        items[1].actualEnd = FakeClock::local(12, 15).toUTC();
        items[2].actualStart = items[1].actualEnd;
        clock.at(12, 20);
        const LiveState s = live::compute(items, window, clock.now);
        CHECK(s.current == 2u);
        CHECK(s.remainingSeconds == 55 * 60);
        CHECK(s.projected.items[3].startMinute == hm(13, 15));
        CHECK(s.behindMinutes == 15);
    }
}

TEST_CASE("Items added after a finished day wait to be started, earlier ones skipped do not hold it open")
{
    FakeClock clock;
    std::vector<AgendaItem> items{makeItem(0, 1, QStringLiteral("One"), 30), makeItem(0, 1, QStringLiteral("Two"), 30)};
    items[0].actualStart = FakeClock::local(8, 30).toUTC();
    items[0].actualEnd = FakeClock::local(9, 0).toUTC();
    clock.at(9, 10);
    LiveState s = live::compute(items, DayWindow(), clock.now);
    CHECK(s.phase == Phase::NotStarted);
    CHECK(s.next == 1u);
    CHECK(s.projected.items[1].startMinute == hm(9, 10));
    CHECK(s.behindMinutes == 10);

    std::swap(items[0], items[1]); // "Two" moved before the item that ran
    s = live::compute(items, DayWindow(), clock.now);
    CHECK(s.phase == Phase::Finished);
    CHECK(s.projectedEndMinute == hm(9, 0));

    CHECK(live::compute({}, DayWindow(), clock.now).phase == Phase::NotStarted);
}

TEST_CASE("The live state is the same after reopening the file")
{
    FakeClock clock;
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w = addWorkshop(*db);
    addDay(*db, w, 1);
    clock.at(8, 35);
    expectOk(live::start(*db, w, 1));
    clock.at(9, 0);
    expectOk(live::next(*db, w, 1));
    clock.at(9, 20);
    expectOk(live::pause(*db, w, 1));
    clock.at(9, 30);
    expectOk(live::resume(*db, w, 1));
    clock.at(9, 40);
    expectOk(live::extend(*db, w, 1, 10));
    clock.at(9, 45);
    expectOk(live::pause(*db, w, 1));

    clock.at(9, 50);
    const LiveState before = stateOf(*db, w);
    CHECK(before.phase == Phase::Paused);
    CHECK(before.elapsedSeconds == 35 * 60); // 09:00–09:20 and 09:30–09:45
    CHECK(before.remainingSeconds == 65 * 60);

    // A second connection while the first is open, then a real restart.
    const auto openAgain = opener(*db);
    auto second = openAgain();
    requireSameState(before, stateOf(*second, w));
    second.reset();
    db.reset();
    auto reopened = openAgain();
    requireSameState(before, stateOf(*reopened, w));
    // Resuming after the restart counts the whole pause.
    clock.at(10, 0);
    expectOk(live::resume(*reopened, w, 1));
    CHECK(stateOf(*reopened, w).elapsedSeconds == 35 * 60);
}

TEST_CASE("Each day runs on its own")
{
    FakeClock clock;
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w = addWorkshop(*db);
    addDay(*db, w, 1);
    addDay(*db, w, 2);
    clock.at(8, 30);
    expectOk(live::start(*db, w, 1));
    clock.at(8, 40);
    CHECK(stateOf(*db, w, 2).phase == Phase::NotStarted);
    requireRefused(live::next(*db, w, 2), QStringLiteral("Nothing is running on day 2"));
    // Looked at the evening before, day 2 still starts as planned, not "late".
    clock.at(19, 30);
    const LiveState tomorrow = stateOf(*db, w, 2);
    CHECK(tomorrow.behindMinutes == 0);
    CHECK(tomorrow.projectedEndMinute == tomorrow.plannedEndMinute);

    clock.at(8, 30, 0, 2);
    expectOk(live::start(*db, w, 2));
    clock.at(8, 45, 0, 2);
    expectOk(live::next(*db, w, 2));
    CHECK(stateOf(*db, w, 2).current == 1u);
    const LiveState day1 = stateOf(*db, w, 1);
    CHECK(day1.current == 0u);
    CHECK(day1.elapsedSeconds == 24 * 3600 + 15 * 60); // still running since yesterday: well over

    expectOk(live::reset(*db, w, 2));
    CHECK(stateOf(*db, w, 2).phase == Phase::NotStarted);
    CHECK(stateOf(*db, w, 1).current == 0u);
}

TEST_CASE("Live controls refuse what makes no sense and write nothing")
{
    FakeClock clock;
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w = addWorkshop(*db);
    clock.at(8, 30);
    requireRefused(live::start(*db, w, 1), QStringLiteral("no agenda items"));
    requireRefused(live::start(*db, w, 3), QStringLiteral("no day 3"));
    requireRefused(live::start(*db, w + 1, 1), QStringLiteral("not in this file"));

    addDay(*db, w, 1);
    requireRefused(live::next(*db, w, 1), QStringLiteral("Use Start"));
    requireRefused(live::pause(*db, w, 1), QStringLiteral("nothing to pause"));
    requireRefused(live::resume(*db, w, 1), QStringLiteral("nothing to resume"));
    requireRefused(live::extend(*db, w, 1, 5), QStringLiteral("nothing to extend"));
    requireRefused(live::reset(*db, w, 1), QStringLiteral("nothing to reset"));

    expectOk(live::start(*db, w, 1));
    requireRefused(live::start(*db, w, 1), QStringLiteral("“Welcome” is already running. Use Next"));
    requireRefused(live::resume(*db, w, 1), QStringLiteral("not paused"));
    requireRefused(live::extend(*db, w, 1, 0), QStringLiteral("1 to 120 minutes"));
    requireRefused(live::extend(*db, w, 1, 121), QStringLiteral("1 to 120 minutes"));
    expectOk(live::extend(*db, w, 1, 120));
    expectOk(live::pause(*db, w, 1));
    requireRefused(live::pause(*db, w, 1), QStringLiteral("already paused"));

    // Undo of Next brings the item back, paused as it was.
    clock.at(8, 50);
    const ChangeSet moved = expectOk(live::next(*db, w, 1));
    CHECK(stateOf(*db, w).current == 1u);
    expectOk(db->revert(moved));
    LiveState s = stateOf(*db, w);
    CHECK(s.phase == Phase::Paused);
    CHECK(s.current == 0u);

    // A closed workshop is over: nothing runs, nothing changes.
    Workshop closed = expectOk(workshops::get(*db, w));
    closed.status = WorkshopStatus::Closed;
    expectOk(workshops::update(*db, closed));
    const auto before = expectOk(agenda::dayOf(*db, w, 1));
    for (const auto& result : {live::start(*db, w, 1), live::next(*db, w, 1), live::pause(*db, w, 1), live::resume(*db, w, 1),
                               live::extend(*db, w, 1, 5), live::reset(*db, w, 1)})
        requireRefused(result, QStringLiteral("closed"));
    const auto after = expectOk(agenda::dayOf(*db, w, 1));
    for (size_t i = 0; i < before.size(); ++i) {
        CHECK(after[i].actualStart == before[i].actualStart);
        CHECK(after[i].actualEnd == before[i].actualEnd);
        CHECK(after[i].extraMinutes == before[i].extraMinutes);
        CHECK(after[i].pausedSince == before[i].pausedSince);
    }
}
