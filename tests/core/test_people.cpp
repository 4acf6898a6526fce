// People: validation, tidying, duplicates, the directory, removal rules.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "people/People.h"
#include "people/Roster.h"

using namespace rt;
using namespace rt::test;

TEST_CASE("A person needs a last name and, if given, a plausible email")
{
    Person p = makePerson(QStringLiteral("Dana"), QString(), Role::CityManager, QStringLiteral("Albany"));
    CHECK(people::validate(p).error().message.contains(QStringLiteral("last name")));
    p.lastName = QStringLiteral("Whitfield");
    CHECK(people::validate(p).has_value());
    p.email = QStringLiteral("dana at albany");
    CHECK(people::validate(p).error().message.contains(QStringLiteral("does not look like an email")));
    p.email = QStringLiteral("dana@albany.example.org");
    CHECK(people::validate(p).has_value());
}

TEST_CASE("What people type is tidied before it is stored")
{
    Person p = makePerson(QStringLiteral("  Dana "), QStringLiteral("Whitfield  "), Role::CityManager, QStringLiteral(" Albany  "));
    p.state = QStringLiteral("or");
    p.email = QStringLiteral(" d@x.example.org ");
    const Person n = people::normalized(p);
    CHECK(n.firstName == QStringLiteral("Dana"));
    CHECK(n.lastName == QStringLiteral("Whitfield"));
    CHECK(n.jurisdiction == QStringLiteral("Albany"));
    CHECK(n.state == QStringLiteral("OR"));
    CHECK(n.email == QStringLiteral("d@x.example.org"));
}

TEST_CASE("Roles: labels, free text for other, and the manager/chief sides")
{
    Person p = makePerson(QStringLiteral("A"), QStringLiteral("B"), Role::Other, QStringLiteral("X"));
    p.roleOther = QStringLiteral("Deputy Chief");
    CHECK(p.roleText() == QStringLiteral("Deputy Chief"));
    p.roleOther.clear();
    CHECK(p.roleText() == QStringLiteral("Other"));
    CHECK(sideOf(Role::CityManager) == RoleSide::Manager);
    CHECK(sideOf(Role::AssistantCityManager) == RoleSide::Manager);
    CHECK(sideOf(Role::PoliceChief) == RoleSide::Chief);
    CHECK(sideOf(Role::PublicSafetyDirector) == RoleSide::Chief);
    CHECK(sideOf(Role::FireChief) == RoleSide::Neither);
    for (Role r : allRoles())
        CHECK(roleFromKey(roleKey(r)) == r);
    CHECK_FALSE(roleFromKey(QStringLiteral("mayor")).has_value());
}

TEST_CASE("Likely duplicates are found by email or by name and jurisdiction")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id dana = expectOk(people::add(*db, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                         QStringLiteral("City of Albany"), QStringLiteral("dana@albany.example.org"))))
                        .subject;
    expectOk(people::add(*db, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                         QStringLiteral("Bend"))));

    SECTION("same email in other case")
    {
        auto matches = expectOk(people::likelyDuplicates(
            *db, makePerson(QStringLiteral("D."), QStringLiteral("Other"), Role::Other, QString(), QStringLiteral("DANA@albany.example.org"))));
        REQUIRE(matches.size() == 1);
        CHECK(matches[0].person.id == dana);
        CHECK(matches[0].reason == QStringLiteral("same email address"));
    }
    SECTION("same name and jurisdiction, written differently")
    {
        auto matches = expectOk(people::likelyDuplicates(
            *db, makePerson(QStringLiteral("dana"), QStringLiteral("WHITFIELD"), Role::CityManager, QStringLiteral("albany"))));
        REQUIRE(matches.size() == 1);
        CHECK(matches[0].person.id == dana);
        CHECK(matches[0].reason == QStringLiteral("same name and jurisdiction"));
    }
    SECTION("same name elsewhere is a different person")
    {
        auto matches = expectOk(people::likelyDuplicates(
            *db, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem"))));
        CHECK(matches.empty());
    }
    SECTION("a person is not their own duplicate")
    {
        Person self = expectOk(people::get(*db, dana));
        CHECK(expectOk(people::likelyDuplicates(*db, self)).empty());
    }
}

TEST_CASE("Jurisdiction keys ignore case, accents and 'City of'")
{
    CHECK(jurisdictionKey(QStringLiteral("City of Salem")) == jurisdictionKey(QStringLiteral("salem ")));
    CHECK(jurisdictionKey(QStringLiteral("Oregon City")) == QStringLiteral("oregon city"));
    CHECK(jurisdictionKey(QStringLiteral("Cañon City")) == QStringLiteral("canon city"));
}

TEST_CASE("The directory lists everyone with how many workshops they are in")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id w1 = addWorkshop(*db, 10, QStringLiteral("One"));
    const Id w2 = addWorkshop(*db, 10, QStringLiteral("Two"));
    const Id dana = enrollNew(*db, w1, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    expectOk(roster::enroll(*db, w2, dana));
    expectOk(people::add(*db, makePerson(QStringLiteral("Ann"), QStringLiteral("Archer"), Role::FireChief, QStringLiteral("Bend"))));
    const auto list = expectOk(people::directory(*db));
    REQUIRE(list.size() == 2);
    CHECK(list[0].person.lastName == QStringLiteral("Archer"));
    CHECK(list[0].workshops == 0);
    CHECK(list[1].workshops == 2);
    CHECK(expectOk(people::workshopsOf(*db, dana)).size() == 2);
}

TEST_CASE("Only people on no roster can be removed")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id enrolled = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("W"), Role::CityManager, QStringLiteral("Albany")));
    const Id loose = expectOk(people::add(*db, makePerson(QStringLiteral("Ann"), QStringLiteral("A"), Role::FireChief, QStringLiteral("Bend")))).subject;
    auto refused = people::remove(*db, enrolled);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("Cancel the registration")));
    expectOk(people::remove(*db, loose));
    CHECK_FALSE(people::get(*db, loose).has_value());
}

TEST_CASE("Editing a person changes them everywhere and keeps their identity")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id id = expectOk(people::add(*db, makePerson(QStringLiteral("Dana"), QStringLiteral("W"), Role::CityManager, QStringLiteral("Albany")))).subject;
    Person p = expectOk(people::get(*db, id));
    const QString uuid = p.uuid;
    p.role = Role::Other;
    p.roleOther = QStringLiteral("Interim City Manager");
    expectOk(people::update(*db, p));
    Person saved = expectOk(people::get(*db, id));
    CHECK(saved.roleText() == QStringLiteral("Interim City Manager"));
    CHECK(saved.uuid == uuid);
}

TEST_CASE("Searching people finds them by any words, accents or not")
{
    TempDir dir;
    auto db = newDatabase(dir);
    expectOk(people::add(*db, makePerson(QStringLiteral("Elena"), QStringLiteral("Vásquez"), Role::PoliceChief, QStringLiteral("Tigard"))));
    expectOk(people::add(*db, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany"),
                                         QStringLiteral("dana@albany.example.org"))));
    expectOk(people::add(*db, makePerson(QStringLiteral("100%"), QStringLiteral("Under_score"), Role::Other, QStringLiteral("X"))));
    CHECK(expectOk(people::search(*db, QStringLiteral("vasq"))).size() == 1);
    CHECK(expectOk(people::search(*db, QStringLiteral("VÁS tig"))).size() == 1);
    CHECK(expectOk(people::search(*db, QStringLiteral("albany.example"))).size() == 1);
    CHECK(expectOk(people::search(*db, QStringLiteral("dana bend"))).empty());
    CHECK(expectOk(people::search(*db, QStringLiteral("%"))).size() == 1);
    CHECK(expectOk(people::search(*db, QStringLiteral("_"))).size() == 1);
    CHECK(expectOk(people::search(*db, QString())).empty());
}
