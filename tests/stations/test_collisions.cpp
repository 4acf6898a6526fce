// Two stations on one server editing the same record: the one that had not
// seen the other's newer edit is refused with who and when, nothing is
// overwritten, and once it has caught up its edit goes through. Undo of an
// action whose rows another station changed since is refused the same way.

#include "Fixtures.h"
#include "Stations.h"

#include "people/People.h"
#include "storage/Journal.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace rt;
using namespace rt::test;

namespace {

// The name the journal records for what follows (both stations live in this
// one test process, so each says who it is before it writes).
struct AtStation {
    explicit AtStation(const QString& who) { journal::setAuthor(who); }
    ~AtStation() { journal::setAuthor(QString()); }
};

Person withEmail(const Database& db, Id id, const QString& email)
{
    Person p = expectOk(people::get(db, id));
    p.email = email;
    return p;
}

} // namespace

TEST_CASE("An edit to a record another station changed since is refused, naming who, until the station catches up")
{
    Stage s = stage(2);
    const Id person = s.people[0];
    auto stationA = expectOk(Database::openServer(s.address));
    auto stationB = expectOk(Database::openServer(s.address));
    REQUIRE(stationA->station() != stationB->station());

    // A shows the record (catchUp: its view is current), then B edits it.
    stationA->catchUp();
    const Person seenByA = expectOk(people::get(*stationA, person));
    {
        AtStation b(QStringLiteral("Dana at the door"));
        expectOk(people::update(*stationB, withEmail(*stationB, person, QStringLiteral("dana.new@stations.example"))));
    }

    Person editedByA = seenByA;
    editedByA.email = QStringLiteral("from.a@stations.example");
    {
        AtStation a(QStringLiteral("Lee at the desk"));
        auto refused = people::update(*stationA, editedByA);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().kind == ErrorKind::Collision);
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().message.contains(QLatin1String("Dana at the door")));
        CHECK(refused.error().message.contains(QRegularExpression(QStringLiteral("\\b\\d\\d:\\d\\d\\b"))));
        CHECK(refused.error().message.contains(QLatin1String("Not saved")));
    }
    // B's edit stands; nothing of A's was written.
    CHECK(expectOk(people::get(*s.db, person)).email == QLatin1String("dana.new@stations.example"));
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE station = ?"), {stationA->station()}) == 0);

    // Once A has caught up (its view now shows B's edit), A's edit goes through.
    stationA->catchUp();
    {
        AtStation a(QStringLiteral("Lee at the desk"));
        expectOk(people::update(*stationA, editedByA));
    }
    CHECK(expectOk(people::get(*s.db, person)).email == QLatin1String("from.a@stations.example"));

    // A record B never touched was never in question.
    expectOk(people::update(*stationA, withEmail(*stationA, s.people[1], QStringLiteral("other@stations.example"))));
}

TEST_CASE("Undoing an action whose record another station changed since is refused as a collision")
{
    Stage s = stage(1);
    const Id person = s.people[0];
    auto stationA = expectOk(Database::openServer(s.address));
    auto stationB = expectOk(Database::openServer(s.address));

    ChangeSet edit;
    {
        AtStation a(QStringLiteral("Lee at the desk"));
        edit = expectOk(people::update(*stationA, withEmail(*stationA, person, QStringLiteral("lee.edit@stations.example"))));
    }
    REQUIRE_FALSE(edit.journalEntry.isEmpty());
    // B's view shows A's edit; B then changes the same record.
    stationB->catchUp();

    SECTION("a change to another column")
    {
        Person p = expectOk(people::get(*stationB, person));
        p.phone = QStringLiteral("555-0100");
        AtStation b(QStringLiteral("Dana at the door"));
        expectOk(people::update(*stationB, p));
    }
    SECTION("a change made and changed back, which leaves the row looking untouched")
    {
        AtStation b(QStringLiteral("Dana at the door"));
        expectOk(people::update(*stationB, withEmail(*stationB, person, QStringLiteral("typo@stations.example"))));
        expectOk(people::update(*stationB, withEmail(*stationB, person, QStringLiteral("lee.edit@stations.example"))));
    }
    const Person beforeUndo = expectOk(people::get(*s.db, person));

    auto undone = stationA->revert(edit);
    REQUIRE_FALSE(undone.has_value());
    CHECK(undone.error().kind == ErrorKind::Collision);
    INFO(undone.error().message.toStdString());
    CHECK(undone.error().message.contains(QLatin1String("Dana at the door")));
    CHECK(undone.error().message.contains(QLatin1String("undone")));
    // Nothing was overwritten, and no undo was journaled.
    const Person afterUndo = expectOk(people::get(*s.db, person));
    CHECK(afterUndo.email == beforeUndo.email);
    CHECK(afterUndo.phone == beforeUndo.phone);
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'undo'")) == 0);
}

TEST_CASE("A station undoes and redoes its own action when no other station touched it")
{
    Stage s = stage(2);
    auto stationA = expectOk(Database::openServer(s.address));
    auto stationB = expectOk(Database::openServer(s.address));
    const ChangeSet edit
        = expectOk(people::update(*stationA, withEmail(*stationA, s.people[0], QStringLiteral("mine@stations.example"))));
    // Another station busy with someone else is no collision.
    expectOk(people::update(*stationB, withEmail(*stationB, s.people[1], QStringLiteral("theirs@stations.example"))));

    expectOk(stationA->revert(edit));
    CHECK(expectOk(people::get(*s.db, s.people[0])).email == QLatin1String("guest0@stations.example"));
    expectOk(stationA->reapply(edit));
    CHECK(expectOk(people::get(*s.db, s.people[0])).email == QLatin1String("mine@stations.example"));
}
