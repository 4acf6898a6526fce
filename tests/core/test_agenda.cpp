// The agenda's time arithmetic and its editing: computed starts, fixed-time
// anchors, several days, moves, templates and copies.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "agenda/Agenda.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

namespace {

AgendaItem item(const QString& title, int minutes, QTime fixed = {}, AgendaKind kind = AgendaKind::Presentation, int day = 1)
{
    AgendaItem i;
    i.title = title;
    i.minutes = minutes;
    i.fixedStart = fixed;
    i.kind = kind;
    i.day = day;
    return i;
}

QStringList times(const DaySchedule& s)
{
    QStringList out;
    for (const ScheduledItem& i : s.items)
        out << i.start().toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + i.end().toString(QStringLiteral("HH:mm"));
    return out;
}

Id add(Database& db, Id workshop, AgendaItem i)
{
    i.workshopId = workshop;
    return expectOk(agenda::addItem(db, i)).subject;
}

QStringList titles(const Database& db, Id workshop, int day)
{
    QStringList out;
    for (const AgendaItem& i : expectOk(agenda::dayOf(db, workshop, day)))
        out << i.title;
    return out;
}

} // namespace

TEST_CASE("Each item starts when the one before ends, a longer item moves everything after it")
{
    std::vector<AgendaItem> items = {item(QStringLiteral("Welcome"), 30), item(QStringLiteral("Talk"), 60),
                                     item(QStringLiteral("Break"), 15, {}, AgendaKind::Break)};
    const DayWindow window{QTime(8, 30), QTime(16, 30), {}};
    auto s = agenda::schedule(items, window);
    CHECK(times(s) == QStringList{QStringLiteral("08:30-09:00"), QStringLiteral("09:00-10:00"), QStringLiteral("10:00-10:15")});
    CHECK(s.fits());
    items[0].minutes = 45;
    s = agenda::schedule(items, window);
    CHECK(times(s) == QStringList{QStringLiteral("08:30-09:15"), QStringLiteral("09:15-10:15"), QStringLiteral("10:15-10:30")});
    CHECK(agenda::durationLabel(90) == QStringLiteral("1 h 30 min"));
    CHECK(agenda::durationLabel(45) == QStringLiteral("45 min"));
    CHECK(agenda::durationLabel(120) == QStringLiteral("2 h"));
}

TEST_CASE("A fixed-time item keeps its time, the items before it leave a gap or clash")
{
    std::vector<AgendaItem> items = {item(QStringLiteral("Morning"), 180), item(QStringLiteral("Lunch"), 60, QTime(12, 0), AgendaKind::Meal),
                                     item(QStringLiteral("Afternoon"), 120)};
    const DayWindow window{QTime(8, 30), QTime(16, 30), {}};
    auto s = agenda::schedule(items, window);
    CHECK(times(s) == QStringList{QStringLiteral("08:30-11:30"), QStringLiteral("12:00-13:00"), QStringLiteral("13:00-15:00")});
    CHECK(s.items[1].gapBefore == 30);
    CHECK(s.fits());

    items[0].minutes = 230; // runs to 12:20
    s = agenda::schedule(items, window);
    CHECK(s.items[1].clash == 20);
    CHECK(s.items[1].start() == QTime(12, 0));
    CHECK(s.items[2].start() == QTime(13, 0)); // lunch still ends at one
    CHECK_FALSE(s.fits());
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings[0].contains(QStringLiteral("“Lunch” is fixed at 12:00, but the items before it run to 12:20 (20 min over)")));
}

TEST_CASE("A plan that does not fit the day says by how much")
{
    std::vector<AgendaItem> items = {item(QStringLiteral("Long"), 400), item(QStringLiteral("Longer"), 100)};
    auto s = agenda::schedule(items, DayWindow{QTime(8, 30), QTime(16, 30), {}});
    CHECK(s.overrun() == 20);
    REQUIRE_FALSE(s.warnings.isEmpty());
    CHECK(s.warnings.back().contains(QStringLiteral("The day runs to 16:50, 20 min past its end at 16:30")));
}

TEST_CASE("Live projection: the current item's minutes left push the rest, up to an anchor")
{
    std::vector<AgendaItem> items = {item(QStringLiteral("A"), 60), item(QStringLiteral("B"), 30),
                                     item(QStringLiteral("Lunch"), 60, QTime(12, 0), AgendaKind::Meal), item(QStringLiteral("C"), 60)};
    // At 10:40, A (planned 08:30-09:30) still has 20 minutes to go.
    auto s = agenda::scheduleFrom(items, DayWindow{}, 0, 10 * 60 + 40, 20);
    CHECK(s.items[0].end() == QTime(11, 0));
    CHECK(s.items[1].start() == QTime(11, 0));
    CHECK(s.items[2].start() == QTime(12, 0));
    CHECK(s.items[3].start() == QTime(13, 0));
    // Later still: B runs into lunch.
    s = agenda::scheduleFrom(items, DayWindow{}, 0, 11 * 60 + 40, 10);
    CHECK(s.items[2].clash == 20);
    CHECK(s.items[3].start() == QTime(13, 0));
}

TEST_CASE("Agenda items are added, edited, moved and removed one action at a time")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w = addWorkshop(*db);
    const Id a = add(*db, w, item(QStringLiteral("A"), 30));
    const Id b = add(*db, w, item(QStringLiteral("B"), 30));
    const Id c = add(*db, w, item(QStringLiteral("C"), 30));
    add(*db, w, item(QStringLiteral("D"), 30, {}, AgendaKind::Presentation, 2));
    CHECK(titles(*db, w, 1) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    auto moved = expectOk(agenda::moveItem(*db, c, 1, 0));
    CHECK(titles(*db, w, 1) == QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")});
    expectOk(db->revert(moved));
    CHECK(titles(*db, w, 1) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    expectOk(agenda::moveItem(*db, a, 2, 1));
    CHECK(titles(*db, w, 1) == QStringList{QStringLiteral("B"), QStringLiteral("C")});
    CHECK(titles(*db, w, 2) == QStringList{QStringLiteral("D"), QStringLiteral("A")});

    AgendaItem edited = expectOk(agenda::item(*db, b));
    edited.minutes = 50;
    edited.prompt = QStringLiteral("What gets in the way?");
    edited.fixedStart = QTime(9, 0);
    expectOk(agenda::updateItem(*db, edited));
    const AgendaItem saved = expectOk(agenda::item(*db, b));
    CHECK(saved.minutes == 50);
    CHECK(saved.fixedStart == QTime(9, 0));
    CHECK(saved.prompt == QStringLiteral("What gets in the way?"));

    expectOk(agenda::addItem(*db, [&] {
        AgendaItem i = item(QStringLiteral("First"), 10);
        i.workshopId = w;
        return i;
    }(), 0));
    CHECK(titles(*db, w, 1).front() == QStringLiteral("First"));
    expectOk(agenda::removeItem(*db, b));
    CHECK(titles(*db, w, 1) == QStringList{QStringLiteral("First"), QStringLiteral("C")});

    SECTION("bad items are refused with the reason")
    {
        AgendaItem bad = item(QString(), 30);
        bad.workshopId = w;
        CHECK_FALSE(agenda::addItem(*db, bad));
        bad = item(QStringLiteral("Day three"), 30, {}, AgendaKind::Presentation, 3);
        bad.workshopId = w;
        CHECK(agenda::addItem(*db, bad).error().message.contains(QStringLiteral("the workshop has 2 days")));
        Facilitator outsider;
        outsider.name = QStringLiteral("Somebody Else");
        expectOk(facilitators::save(*db, outsider));
        bad = item(QStringLiteral("Talk"), 30);
        bad.workshopId = w;
        bad.presenterId = expectOk(facilitators::list(*db)).back().id;
        CHECK(agenda::addItem(*db, bad).error().message.contains(QStringLiteral("one of this workshop's facilitators")));
    }
    SECTION("a workshop is not shortened past its agenda, and deleting it takes the agenda along")
    {
        Workshop shorter = expectOk(workshops::get(*db, w));
        shorter.halfDays = 2;
        CHECK(workshops::update(*db, shorter).error().message.contains(QStringLiteral("after day 1")));
        expectOk(workshops::remove(*db, w));
        CHECK(expectOk(agenda::itemsOf(*db, w)).empty());
    }
}

TEST_CASE("The shipped templates fit their day, and a template or a past agenda becomes this workshop's")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w = addWorkshop(*db);
    const auto list = expectOk(agenda::templates(*db));
    REQUIRE(list.size() == 2);
    const AgendaTemplate& twoDay = list[1].name.startsWith(QStringLiteral("Two-day")) ? list[1] : list[0];
    const AgendaTemplate& halfDay = list[1].name.startsWith(QStringLiteral("Two-day")) ? list[0] : list[1];
    CHECK(twoDay.dayCount() == 2);
    CHECK(halfDay.dayCount() == 1);

    expectOk(agenda::applyTemplate(*db, w, twoDay.id));
    for (int day = 1; day <= 2; ++day) {
        const auto items = expectOk(agenda::dayOf(*db, w, day));
        const auto s = agenda::schedule(items, expectOk(agenda::dayWindow(*db, w, day)));
        INFO("day " << day << ": " << s.warnings.join(QLatin1Char(' ')).toStdString());
        CHECK(s.fits());
        CHECK(agenda::timeOfMinute(s.endMinute) == QTime(16, 30));
    }
    const auto modules = expectOk(agenda::itemsOf(*db, w));
    QStringList seen;
    for (const AgendaItem& i : modules)
        seen << i.module;
    for (const char* module : {"Crisis Communication and Social Media", "Performance Assessment", "Risk Management"})
        CHECK(seen.contains(QString::fromUtf8(module)));

    SECTION("a half-day workshop takes the half-day template and it fits its morning")
    {
        Workshop half = expectOk(workshops::get(*db, addWorkshop(*db, 20, QStringLiteral("Half"))));
        half.halfDays = 1;
        expectOk(workshops::update(*db, half));
        expectOk(agenda::applyTemplate(*db, half.id, halfDay.id));
        const auto s = agenda::schedule(expectOk(agenda::dayOf(*db, half.id, 1)), expectOk(agenda::dayWindow(*db, half.id, 1)));
        CHECK(s.fits());
        CHECK(agenda::timeOfMinute(s.endMinute) == QTime(12, 0));
        // The two-day template on it keeps day one and says what it left out.
        auto r = expectOk(agenda::applyTemplate(*db, half.id, twoDay.id));
        CHECK(r.notice.contains(QStringLiteral("items for later days were left out")));
    }
    SECTION("saving as a template and copying from a past workshop")
    {
        expectOk(agenda::saveAsTemplate(*db, w, QStringLiteral("Salem, March"), QString()));
        CHECK(expectOk(agenda::templates(*db)).size() == 3);
        CHECK_FALSE(agenda::saveAsTemplate(*db, w, QStringLiteral("Salem, March"), QString()));
        const Id next = addWorkshop(*db, 20, QStringLiteral("Next"));
        expectOk(agenda::copyFrom(*db, next, w));
        CHECK(expectOk(agenda::itemsOf(*db, next)).size() == modules.size());
        CHECK_FALSE(agenda::copyFrom(*db, next, next));
    }
}
