// Teams: membership rules, flags, moving, suggestions from jurisdictions.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Sql.h"

using namespace rt;
using namespace rt::test;

namespace {

struct Room {
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = addWorkshop(*db, 10);
    Id add(const char* first, const char* last, Role role, const char* place)
    {
        return enrollNew(*db, workshop, makePerson(QString::fromUtf8(first), QString::fromUtf8(last), role, QString::fromUtf8(place)));
    }
};

} // namespace

TEST_CASE("A complete team has a manager and a chief, others are flagged")
{
    Room room;
    const Id manager = room.add("Dana", "Whitfield", Role::CityManager, "Albany");
    const Id chief = room.add("Marcus", "Ortega", Role::PoliceChief, "Albany");
    const Id fire = room.add("Teresa", "Moyer", Role::FireChief, "Albany");

    const Id team = expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Albany"), QStringLiteral("OR"), {manager, chief})).subject;
    Team t = expectOk(teams::get(*room.db, team));
    CHECK(t.flags().isEmpty());
    CHECK(t.label() == QStringLiteral("Albany, OR"));
    CHECK(t.members.front().person.id == manager); // managers listed first

    const Id other = expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Albany Fire"), {}, {fire})).subject;
    const QStringList flags = expectOk(teams::get(*room.db, other)).flags();
    CHECK(flags.size() == 2);
    CHECK(flags.join(QLatin1Char(' ')).contains(QStringLiteral("No manager")));
    CHECK(flags.join(QLatin1Char(' ')).contains(QStringLiteral("No chief")));
    CHECK(teamFlags({}).join(QString()).contains(QStringLiteral("No members")));
}

TEST_CASE("Team members must be registered for the team's workshop")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager, "Albany");
    const Id stranger = expectOk(people::add(*room.db, makePerson(QStringLiteral("Ann"), QStringLiteral("Archer"), Role::PoliceChief,
                                                                  QStringLiteral("Albany"))))
                            .subject;
    auto notEnrolled = teams::create(*room.db, room.workshop, QStringLiteral("Albany"), {}, {dana, stranger});
    REQUIRE_FALSE(notEnrolled.has_value());
    CHECK(notEnrolled.error().message.contains(QStringLiteral("Ann Archer is not enrolled")));
    CHECK(expectOk(teams::list(*room.db, room.workshop)).empty()); // all or nothing

    expectOk(roster::cancel(*room.db, room.workshop, dana));
    auto cancelled = teams::create(*room.db, room.workshop, QStringLiteral("Albany"), {}, {dana});
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));

    // The database itself refuses a member from another workshop.
    const Id otherWorkshop = addWorkshop(*room.db, 5, QStringLiteral("Other"));
    const Id ann = room.add("Ann", "Other", Role::CityManager, "Bend");
    expectOk(roster::enroll(*room.db, otherWorkshop, ann));
    const Id team = expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Bend"), {}, {ann})).subject;
    auto sneaky = sql::run(room.db->connection(),
                           QStringLiteral("INSERT INTO team_members (uuid, team_id, workshop_id, person_id, created_at, updated_at) "
                                          "VALUES ('x', ?, ?, ?, 'now', 'now')"),
                           {team, otherWorkshop, ann});
    CHECK_FALSE(sneaky.has_value());
}

TEST_CASE("A person is in one team per workshop and adding them elsewhere moves them")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager, "Albany");
    const Id albany = expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Albany"), {}, {dana})).subject;
    const Id bend = expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Bend"), {}, {})).subject;
    auto moved = expectOk(teams::addMembers(*room.db, bend, {dana}));
    CHECK(moved.notice.contains(QStringLiteral("moved from the Albany team")));
    CHECK(expectOk(teams::get(*room.db, albany)).members.empty());
    CHECK(expectOk(teams::get(*room.db, bend)).members.size() == 1);
    expectOk(room.db->revert(moved));
    CHECK(expectOk(teams::get(*room.db, albany)).members.size() == 1);
}

TEST_CASE("The team editor sets exactly the members chosen")
{
    Room room;
    const Id a = room.add("Dana", "Whitfield", Role::CityManager, "Albany");
    const Id b = room.add("Marcus", "Ortega", Role::PoliceChief, "Albany");
    const Id c = room.add("Laura", "Jensen", Role::AssistantCityManager, "Albany");
    const Id team = expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Albany"), {}, {a, b})).subject;
    expectOk(teams::setMembers(*room.db, team, {b, c}));
    std::vector<Id> ids;
    for (const TeamMember& m : expectOk(teams::get(*room.db, team)).members)
        ids.push_back(m.person.id);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<Id>{b, c});
    expectOk(teams::removeMembers(*room.db, room.workshop, {b}));
    CHECK(expectOk(teams::get(*room.db, team)).members.size() == 1);
    expectOk(teams::rename(*room.db, team, QStringLiteral("City of Albany"), QStringLiteral("OR"), QString()));
    CHECK(expectOk(teams::get(*room.db, team)).label() == QStringLiteral("City of Albany, OR"));
    CHECK_FALSE(teams::rename(*room.db, team, QStringLiteral("  "), {}, {}).has_value());
}

TEST_CASE("Teams are suggested from registered people's jurisdictions")
{
    Room room;
    room.add("Dana", "Whitfield", Role::CityManager, "Albany");
    room.add("Marcus", "Ortega", Role::PoliceChief, "city of albany");
    room.add("Priya", "Raman", Role::CityManager, "Bend");
    const Id cancelled = room.add("Thomas", "Keller", Role::PoliceChief, "Bend");
    expectOk(roster::cancel(*room.db, room.workshop, cancelled));
    const Id teamed = room.add("Helen", "Okafor", Role::CityManager, "Corvallis");
    expectOk(teams::create(*room.db, room.workshop, QStringLiteral("Corvallis"), {}, {teamed}));
    room.add("Gregory", "Lund", Role::PoliceChief, "Corvallis");

    auto suggestions = expectOk(teams::suggest(*room.db, room.workshop));
    REQUIRE(suggestions.size() == 3);
    // Albany: both spellings together, complete.
    CHECK(suggestions[0].jurisdiction == QStringLiteral("Albany"));
    CHECK(suggestions[0].members.size() == 2);
    CHECK(suggestions[0].flags.isEmpty());
    // Bend: only the manager is registered; flagged.
    CHECK(suggestions[1].members.size() == 1);
    CHECK(suggestions[1].flags.join(QString()).contains(QStringLiteral("No chief")));
    // Corvallis: only the person not yet in a team.
    CHECK(suggestions[2].members.size() == 1);

    auto applied = expectOk(teams::applySuggestions(*room.db, room.workshop, {suggestions[0], suggestions[1]}));
    CHECK(expectOk(teams::list(*room.db, room.workshop)).size() == 3);
    expectOk(room.db->revert(applied));
    CHECK(expectOk(teams::list(*room.db, room.workshop)).size() == 1);
}
