// The roster rules: capacity and the waitlist, one enrollment per person,
// cancellations, promotions, closed workshops.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

namespace {

Person numbered(int i)
{
    return makePerson(QStringLiteral("P%1").arg(i), QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')), Role::CityManager,
                      QStringLiteral("Town %1").arg(i));
}

} // namespace

TEST_CASE("Registrations past capacity go on the waitlist, and the person is told")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 2);
    enrollNew(*db, workshop, numbered(1));
    enrollNew(*db, workshop, numbered(2));
    auto third = expectOk(roster::enrollNew(*db, workshop, numbered(3)));
    CHECK(third.notice.contains(QStringLiteral("The workshop is full (2 of 2 places taken)")));
    CHECK(third.notice.contains(QStringLiteral("waitlist at number 1")));
    auto fourth = expectOk(roster::enrollNew(*db, workshop, numbered(4)));
    CHECK(fourth.notice.contains(QStringLiteral("number 2")));

    const auto c = expectOk(roster::counts(*db, workshop));
    CHECK(c.registered == 2);
    CHECK(c.waitlisted == 2);
    CHECK(c.placesLeft() == 0);

    const auto entries = expectOk(roster::list(*db, workshop));
    REQUIRE(entries.size() == 4);
    CHECK(entries[2].status == EnrollmentStatus::Waitlisted);
    CHECK(entries[2].waitlistPosition == 1);
    CHECK(entries[2].person.firstName == QStringLiteral("P3"));
    CHECK(entries[3].waitlistPosition == 2);
}

TEST_CASE("A person is enrolled once per workshop")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 1);
    const Id a = enrollNew(*db, workshop, numbered(1));
    auto again = roster::enroll(*db, workshop, a);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(QStringLiteral("already registered")));
    const Id b = enrollNew(*db, workshop, numbered(2));
    auto waiting = roster::enroll(*db, workshop, b);
    REQUIRE_FALSE(waiting.has_value());
    CHECK(waiting.error().message.contains(QStringLiteral("already on the waitlist for this workshop (number 1)")));
}

TEST_CASE("A cancellation frees a place for the first person waiting")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 2);
    const Id a = enrollNew(*db, workshop, numbered(1));
    enrollNew(*db, workshop, numbered(2));
    const Id c = enrollNew(*db, workshop, numbered(3));
    enrollNew(*db, workshop, numbered(4));

    auto cancelled = expectOk(roster::cancel(*db, workshop, a));
    CHECK(cancelled.notice.contains(QStringLiteral("A place is free")));
    auto next = expectOk(roster::nextInLine(*db, workshop));
    REQUIRE(next.has_value());
    CHECK(next->person.id == c);
    expectOk(roster::promote(*db, workshop, c));
    CHECK(expectOk(roster::counts(*db, workshop)).registered == 2);
    CHECK(expectOk(roster::counts(*db, workshop)).waitlisted == 1);

    // Full again: the cancelled person cannot simply take a place back.
    auto back = roster::promote(*db, workshop, a);
    REQUIRE_FALSE(back.has_value());
    CHECK(back.error().message.contains(QStringLiteral("full")));
    // Enrolling again puts them at the end of the waitlist.
    auto reenrolled = expectOk(roster::enroll(*db, workshop, a));
    CHECK(reenrolled.notice.contains(QStringLiteral("number 2")));
}

TEST_CASE("Cancelling twice, or someone not on the roster, is refused clearly")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 5);
    const Id a = enrollNew(*db, workshop, numbered(1));
    expectOk(roster::cancel(*db, workshop, a));
    CHECK(roster::cancel(*db, workshop, a).error().message.contains(QStringLiteral("already cancelled")));
    const Id stranger = expectOk(people::add(*db, numbered(9))).subject;
    CHECK(roster::cancel(*db, workshop, stranger).error().message.contains(QStringLiteral("not on this workshop's roster")));
}

TEST_CASE("Moving someone to the waitlist takes them off their team")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 5);
    const Id a = enrollNew(*db, workshop, numbered(1));
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Town 1"), {}, {a})).subject;
    auto moved = expectOk(roster::moveToWaitlist(*db, workshop, a));
    CHECK(moved.notice.contains(QStringLiteral("taken off the Town 1 team")));
    CHECK(expectOk(teams::get(*db, team)).members.empty());
    CHECK(expectOk(roster::counts(*db, workshop)).waitlisted == 1);
}

TEST_CASE("A closed workshop's roster is final")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 5);
    const Id a = enrollNew(*db, workshop, numbered(1));
    Workshop w = expectOk(workshops::get(*db, workshop));
    w.status = WorkshopStatus::Closed;
    expectOk(workshops::update(*db, w));
    CHECK(roster::cancel(*db, workshop, a).error().message.contains(QStringLiteral("closed")));
    CHECK(roster::enrollNew(*db, workshop, numbered(2)).error().message.contains(QStringLiteral("closed")));
}

TEST_CASE("Adding a new person and enrolling them is one action")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 5);
    Person bad = numbered(1);
    bad.email = QStringLiteral("not an email");
    REQUIRE_FALSE(roster::enrollNew(*db, workshop, bad).has_value());
    CHECK(expectOk(people::directory(*db)).empty());
    auto added = expectOk(roster::enrollNew(*db, workshop, numbered(1)));
    CHECK(added.touches(u"people"));
    CHECK(added.touches(u"enrollments"));
    CHECK(added.description == QStringLiteral("Add P1 Person01 to the roster"));
}
