// Every action is one transaction with a ChangeSet that undo and redo replay.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QUuid>

using namespace rt;
using namespace rt::test;

namespace {

int count(const Database& db, const QString& table)
{
    return expectOk(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))).toInt();
}

} // namespace

TEST_CASE("A failed action writes nothing")
{
    TempDir dir;
    auto db = newDatabase(dir);
    auto result = db->write(QStringLiteral("half an action"), [](Writer& w) -> Status {
        auto id = w.insert(QStringLiteral("venues"), {{QStringLiteral("name"), QStringLiteral("Hall A")}});
        if (!id)
            return std::unexpected(id.error());
        return fail(QStringLiteral("the second half failed"));
    });
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == QStringLiteral("the second half failed"));
    CHECK(count(*db, QStringLiteral("venues")) == 0);
}

TEST_CASE("Every inserted row gets a UUID and UTC timestamps")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    auto row = expectOk(sql::run(db->connection(), QStringLiteral("SELECT uuid, created_at, updated_at FROM workshops WHERE id = ?"), {workshop}));
    REQUIRE(row.next());
    CHECK(QUuid::fromString(row.value(0).toString()).isNull() == false);
    CHECK(row.value(1).toString().endsWith(QLatin1Char('Z')));
    CHECK(row.value(2).toString().endsWith(QLatin1Char('Z')));
}

TEST_CASE("Undo and redo replay an action exactly")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    auto added = expectOk(roster::enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"),
                                                                      Role::CityManager, QStringLiteral("Albany"))));
    const Id person = added.subject;
    const QString uuid = expectOk(people::get(*db, person)).uuid;
    CHECK(count(*db, QStringLiteral("people")) == 1);
    CHECK(count(*db, QStringLiteral("enrollments")) == 1);

    expectOk(db->revert(added));
    CHECK(count(*db, QStringLiteral("people")) == 0);
    CHECK(count(*db, QStringLiteral("enrollments")) == 0);

    expectOk(db->reapply(added));
    CHECK(count(*db, QStringLiteral("people")) == 1);
    CHECK(count(*db, QStringLiteral("enrollments")) == 1);
    // The same row comes back, with the same identity.
    CHECK(expectOk(people::get(*db, person)).uuid == uuid);
}

TEST_CASE("Undoing an update restores every column")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    Workshop before = expectOk(workshops::get(*db, workshop));
    Workshop edited = before;
    edited.title = QStringLiteral("Renamed");
    edited.capacity = 30;
    edited.affiliated = false;
    auto change = expectOk(workshops::update(*db, edited));
    REQUIRE(change.rows.size() == 1);
    expectOk(db->revert(change));
    Workshop after = expectOk(workshops::get(*db, workshop));
    CHECK(after.title == before.title);
    CHECK(after.capacity == before.capacity);
    CHECK(after.affiliated == before.affiliated);
}

TEST_CASE("Undo refuses when the row was changed since, and changes nothing")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                        QStringLiteral("Albany")));
    Person p = expectOk(people::get(*db, dana));
    p.phone = QStringLiteral("(541) 555-0100");
    auto first = expectOk(people::update(*db, p));
    p.phone = QStringLiteral("(541) 555-0199");
    expectOk(people::update(*db, p));

    auto undone = db->revert(first);
    REQUIRE_FALSE(undone.has_value());
    CHECK(undone.error().message.contains(QStringLiteral("changed afterwards")));
    CHECK(expectOk(people::get(*db, dana)).phone == QStringLiteral("(541) 555-0199"));
}

TEST_CASE("Undo of a multi-row action (a team deleted with its members) restores all rows")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id a = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    const Id b = enrollNew(*db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Albany"), QStringLiteral("OR"), {a, b})).subject;
    auto removed = expectOk(teams::remove(*db, team));
    CHECK(count(*db, QStringLiteral("team_members")) == 0);
    expectOk(db->revert(removed));
    auto restored = expectOk(teams::get(*db, team));
    CHECK(restored.members.size() == 2);
}
