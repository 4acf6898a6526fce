// Workshops: validation, the list with counts, editing rules, deleting.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Sql.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

TEST_CASE("A workshop needs a title, a date, a length and places")
{
    Workshop w;
    w.startDate = QDate(2027, 3, 9);
    CHECK(workshops::validate(w).error().message.contains(QStringLiteral("title")));
    w.title = QStringLiteral("T");
    CHECK(workshops::validate(w).has_value());
    w.capacity = 0;
    CHECK(workshops::validate(w).error().message.contains(QStringLiteral("places")));
    w.capacity = 10;
    w.halfDays = 0;
    CHECK_FALSE(workshops::validate(w).has_value());
    w.halfDays = 4;
    w.startDate = QDate();
    CHECK(workshops::validate(w).error().message.contains(QStringLiteral("start date")));
}

TEST_CASE("Dates and lengths read naturally")
{
    Workshop w;
    w.startDate = QDate(2027, 3, 9);
    w.halfDays = 4;
    CHECK(w.endDate() == QDate(2027, 3, 10));
    CHECK(w.datesLabel() == QStringLiteral("9–10 Mar 2027"));
    w.halfDays = 1;
    CHECK(w.endDate() == w.startDate);
    CHECK(durationLabel(1) == QStringLiteral("Half day"));
    CHECK(durationLabel(2) == QStringLiteral("1 day"));
    CHECK(durationLabel(3) == QStringLiteral("1½ days"));
    CHECK(durationLabel(4) == QStringLiteral("2 days"));
    w.startDate = QDate(2027, 3, 31);
    w.halfDays = 4;
    CHECK(w.datesLabel() == QStringLiteral("31 Mar – 1 Apr 2027"));
}

TEST_CASE("The workshop list shows counts and the venue, newest first")
{
    TempDir dir;
    auto db = newDatabase(dir);
    Venue v;
    v.name = QStringLiteral("Oregon State Police Academy");
    v.city = QStringLiteral("Salem");
    v.state = QStringLiteral("OR");
    const Id venue = expectOk(venues::save(*db, v)).subject;
    Workshop older;
    older.title = QStringLiteral("Older");
    older.startDate = QDate(2026, 1, 5);
    older.venueId = venue;
    older.capacity = 2;
    const Id olderId = expectOk(workshops::create(*db, older)).subject;
    addWorkshop(*db, 10, QStringLiteral("Newer"));
    for (const char* last : {"A", "B", "C"})
        enrollNew(*db, olderId, makePerson(QStringLiteral("X"), QString::fromLatin1(last), Role::CityManager, QStringLiteral("Bend")));

    const auto list = expectOk(workshops::list(*db));
    REQUIRE(list.size() == 2);
    CHECK(list[0].workshop.title == QStringLiteral("Newer"));
    CHECK(list[1].venueName == QStringLiteral("Oregon State Police Academy"));
    CHECK(list[1].registered == 2);
    CHECK(list[1].waitlisted == 1);
}

TEST_CASE("Places cannot drop below the number registered")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 5);
    for (const char* last : {"A", "B", "C"})
        enrollNew(*db, workshop, makePerson(QStringLiteral("X"), QString::fromLatin1(last), Role::CityManager, QStringLiteral("Bend")));
    Workshop w = expectOk(workshops::get(*db, workshop));
    w.capacity = 2;
    auto lowered = workshops::update(*db, w);
    REQUIRE_FALSE(lowered.has_value());
    CHECK(lowered.error().message.contains(QStringLiteral("3 people are registered")));
    w.capacity = 3;
    expectOk(workshops::update(*db, w));
    CHECK(expectOk(workshops::get(*db, workshop)).capacity == 3);
}

TEST_CASE("Deleting a workshop removes its roster and teams but keeps the people")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id a = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("W"), Role::CityManager, QStringLiteral("Albany")));
    const Id b = enrollNew(*db, workshop, makePerson(QStringLiteral("Marc"), QStringLiteral("O"), Role::PoliceChief, QStringLiteral("Albany")));
    expectOk(teams::create(*db, workshop, QStringLiteral("Albany"), {}, {a, b}));
    Facilitator f;
    f.name = QStringLiteral("Leonard Matarese");
    expectOk(facilitators::addToWorkshop(*db, workshop, f));

    auto removed = expectOk(workshops::remove(*db, workshop));
    const auto count = [&](const char* table) {
        return expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))).toInt();
    };
    CHECK(count("workshops") == 0);
    CHECK(count("enrollments") == 0);
    CHECK(count("teams") == 0);
    CHECK(count("team_members") == 0);
    CHECK(count("workshop_facilitators") == 0);
    CHECK(count("people") == 2);
    CHECK(count("facilitators") == 1);

    expectOk(db->revert(removed));
    CHECK(count("team_members") == 2);
    CHECK(expectOk(workshops::get(*db, workshop)).title == QStringLiteral("Test workshop"));
}

TEST_CASE("Facilitators: lead first, no one twice")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    Facilitator leonard;
    leonard.name = QStringLiteral("Leonard Matarese");
    Facilitator paul;
    paul.name = QStringLiteral("Paul O'Connell");
    paul.credentials = QStringLiteral("Ph.D.");
    expectOk(facilitators::addToWorkshop(*db, workshop, paul));
    const Id leonardId = expectOk(facilitators::addToWorkshop(*db, workshop, leonard)).subject;
    expectOk(facilitators::setLead(*db, workshop, leonardId));
    auto list = expectOk(facilitators::ofWorkshop(*db, workshop));
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == QStringLiteral("Leonard Matarese"));
    CHECK(list[0].lead);
    CHECK(list[1].displayName() == QStringLiteral("Paul O'Connell, Ph.D."));

    Facilitator again = list[1];
    auto twice = facilitators::addToWorkshop(*db, workshop, again);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().message.contains(QStringLiteral("already")));
    expectOk(facilitators::removeFromWorkshop(*db, workshop, leonardId));
    CHECK(expectOk(facilitators::ofWorkshop(*db, workshop)).size() == 1);
}
