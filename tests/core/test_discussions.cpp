// Discussion rounds: placing people, pins and locks, who is in the room,
// report-outs, dot votes, the parking lot, undo, and the printed documents.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "agenda/Agenda.h"
#include "attendance/Attendance.h"
#include "discussions/Discussions.h"
#include "exports/DiscussionsPdf.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

#include <QFile>
#include <QSqlRecord>
#include <QPdfDocument>
#include <set>

using namespace rt;
using namespace rt::test;

namespace {

struct Room {
    std::unique_ptr<Database> db;
    Id workshop = 0;
    std::vector<Id> people;
};

// A two-day workshop with `count` people, managers and chiefs in turn.
Room room(const TempDir& dir, int count = 12)
{
    Room r;
    r.db = newDatabase(dir);
    r.workshop = addWorkshop(*r.db, 30);
    Workshop w = expectOk(workshops::get(*r.db, r.workshop));
    w.halfDays = 4;
    w.startDate = QDate(2027, 3, 9);
    expectOk(workshops::update(*r.db, w));
    for (int i = 0; i < count; ++i)
        r.people.push_back(enrollNew(*r.db, r.workshop,
                                     makePerson(QStringLiteral("P%1").arg(i), QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')),
                                                i % 2 ? Role::PoliceChief : Role::CityManager, QStringLiteral("Town %1").arg(i / 2))));
    return r;
}

DiscussionRound settings(Id workshop, int groups = 3, GroupMode mode = GroupMode::Mixed)
{
    DiscussionRound r;
    r.workshopId = workshop;
    r.groupCount = groups;
    r.mode = mode;
    r.prompt = QStringLiteral("What gets in the way?");
    return r;
}

// Every discussion row and agenda link, to compare the file before and after.
QString dump(const Database& db)
{
    QString text;
    for (const char* table : {"discussion_rounds", "discussion_groups", "discussion_members", "discussion_items", "discussion_votes",
                              "agenda_items", "workshops"}) {
        auto q = expectOk(sql::run(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QString::fromLatin1(table))));
        while (q.next()) {
            // updated_at is bookkeeping: undo writes it anew.
            for (int c = 0; c < q.record().count(); ++c)
                if (q.record().fieldName(c) != QLatin1String("updated_at"))
                    text += q.value(c).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

// Which group (1-based) each person is in.
std::map<Id, int> groupOf(const RoundDetail& d)
{
    std::map<Id, int> result;
    for (const DiscussionGroup& g : d.groups)
        for (const GroupMember& m : g.members)
            result[m.person.id] = g.number;
    return result;
}

Id addRound(Database& db, const DiscussionRound& r)
{
    return expectOk(discussions::addRound(db, r)).subject;
}

} // namespace

TEST_CASE("A round places everyone registered in groups, numbered after the last round")
{
    TempDir dir;
    Room r = room(dir);
    const QString empty = dump(*r.db);
    auto added = expectOk(discussions::addRound(*r.db, settings(r.workshop)));
    const RoundDetail d = expectOk(discussions::detail(*r.db, added.subject));
    CHECK(d.round.number == 1);
    REQUIRE(d.groups.size() == 3);
    for (const DiscussionGroup& g : d.groups)
        CHECK(g.members.size() == 4);
    CHECK(groupOf(d).size() == 12);
    CHECK(d.quality.sizeSpread == 0);

    const Id second = addRound(*r.db, settings(r.workshop, 2, GroupMode::Manual));
    const RoundDetail manual = expectOk(discussions::detail(*r.db, second));
    CHECK(manual.round.number == 2);
    CHECK(manual.groups.size() == 2);
    CHECK(groupOf(manual).empty());
    CHECK(expectOk(discussions::roundByNumber(*r.db, r.workshop, 2)) == second);
    CHECK_FALSE(discussions::roundByNumber(*r.db, r.workshop, 3));

    SECTION("too many groups for the people is refused, saying why")
    {
        auto refused = discussions::addRound(*r.db, settings(r.workshop, 13));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("too few for 13 groups")));
    }
    SECTION("removing a round takes its groups and renumbers the rounds after it, undo puts it all back")
    {
        const QString before = dump(*r.db);
        auto removed = expectOk(discussions::removeRound(*r.db, added.subject));
        CHECK(expectOk(discussions::rounds(*r.db, r.workshop)).size() == 1);
        CHECK(expectOk(discussions::roundByNumber(*r.db, r.workshop, 1)) == second);
        expectOk(r.db->revert(removed));
        CHECK(dump(*r.db) == before);
    }
    SECTION("undoing the adds leaves the file as it was")
    {
        expectOk(r.db->revert(expectOk(discussions::removeRound(*r.db, second))));
        const auto all = expectOk(discussions::rounds(*r.db, r.workshop));
        REQUIRE(all.size() == 2);
    }
    auto manualAdd = expectOk(discussions::rounds(*r.db, r.workshop));
    CHECK(manualAdd.size() == 2);
    expectOk(discussions::removeRound(*r.db, second));
    expectOk(r.db->revert(added));
    CHECK(dump(*r.db) == empty);
}

TEST_CASE("Regenerating keeps pinned people where they were put, a locked round refuses changes")
{
    TempDir dir;
    Room r = room(dir);
    const Id round = addRound(*r.db, settings(r.workshop));
    RoundDetail d = expectOk(discussions::detail(*r.db, round));
    const Id moved = r.people[0];
    const int from = groupOf(d)[moved];
    const DiscussionGroup target = d.groups[size_t(from % 3)];
    const QString beforeMove = dump(*r.db);
    expectOk(r.db->revert(expectOk(discussions::movePerson(*r.db, round, moved, target.id))));
    CHECK(dump(*r.db) == beforeMove);
    expectOk(discussions::movePerson(*r.db, round, moved, target.id));
    d = expectOk(discussions::detail(*r.db, round));
    CHECK(groupOf(d)[moved] == target.number);
    for (const GroupMember& m : d.groups[size_t(target.number - 1)].members)
        CHECK(m.pinned == (m.person.id == moved));

    std::set<std::map<Id, int>> seen;
    for (std::uint64_t seed = 2; seed < 8; ++seed) {
        expectOk(discussions::regenerate(*r.db, round, seed));
        d = expectOk(discussions::detail(*r.db, round));
        CHECK(groupOf(d)[moved] == target.number);
        CHECK(groupOf(d).size() == 12);
        CHECK(d.round.seed == seed);
        seen.insert(groupOf(d));
    }
    CHECK(seen.size() > 1); // the seed changes the groups

    SECTION("undo of a regenerate puts the groups back")
    {
        const QString before = dump(*r.db);
        auto again = expectOk(discussions::regenerate(*r.db, round, 99));
        expectOk(r.db->revert(again));
        CHECK(dump(*r.db) == before);
    }
    SECTION("unpinned, the person is placed by the solver again")
    {
        expectOk(discussions::setPinned(*r.db, round, moved, false));
        d = expectOk(discussions::detail(*r.db, round));
        CHECK(std::none_of(d.groups.begin(), d.groups.end(), [](const DiscussionGroup& g) {
            return std::any_of(g.members.begin(), g.members.end(), [](const GroupMember& m) { return m.pinned; });
        }));
    }
    SECTION("locked: no regenerate, no move, until unlocked")
    {
        expectOk(discussions::setLocked(*r.db, round, true));
        const QString locked = dump(*r.db);
        auto regen = discussions::regenerate(*r.db, round, 42);
        REQUIRE_FALSE(regen);
        CHECK(regen.error().message.contains(QStringLiteral("locked")));
        auto mv = discussions::movePerson(*r.db, round, r.people[1], target.id);
        REQUIRE_FALSE(mv);
        CHECK(dump(*r.db) == locked);
        expectOk(discussions::setLocked(*r.db, round, false));
        expectOk(discussions::regenerate(*r.db, round, 42));
    }
}

TEST_CASE("A moved person is pinned, and undo of the move restores the file")
{
    TempDir dir;
    Room r = room(dir);
    const Id round = addRound(*r.db, settings(r.workshop, 2, GroupMode::Manual));
    const RoundDetail d = expectOk(discussions::detail(*r.db, round));
    const QString before = dump(*r.db);
    auto move = expectOk(discussions::movePerson(*r.db, round, r.people[3], d.groups[1].id));
    const RoundDetail after = expectOk(discussions::detail(*r.db, round));
    REQUIRE(after.groups[1].members.size() == 1);
    CHECK(after.groups[1].members[0].pinned);
    expectOk(r.db->revert(move));
    CHECK(dump(*r.db) == before);
    expectOk(discussions::movePerson(*r.db, round, r.people[3], d.groups[1].id));
    // A manual round: the solver seats only those not placed yet.
    expectOk(discussions::regenerate(*r.db, round, 5));
    const RoundDetail filled = expectOk(discussions::detail(*r.db, round));
    CHECK(groupOf(filled).size() == 12);
    CHECK(groupOf(filled)[r.people[3]] == 2);
    expectOk(r.db->revert(expectOk(discussions::regenerate(*r.db, round, 6))));
    CHECK(groupOf(expectOk(discussions::detail(*r.db, round))) == groupOf(filled));

    auto stranger = discussions::movePerson(*r.db, round, r.people[3], 999);
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().message.contains(QStringLiteral("not part of round 1")));
}

TEST_CASE("Only people marked in the block of the round's agenda item are placed")
{
    TempDir dir;
    Room r = room(dir, 8);
    AgendaItem item;
    item.workshopId = r.workshop;
    item.day = 2;
    item.kind = AgendaKind::SmallGroup;
    item.title = QStringLiteral("Breakouts");
    item.minutes = 45;
    item.fixedStart = QTime(14, 0);
    const Id itemId = expectOk(agenda::addItem(*r.db, item)).subject;
    const auto blocks = expectOk(attendance::blocksOf(*r.db, r.workshop));
    const auto afternoon = attendance::findBlock(blocks, QStringLiteral("Day 2 Afternoon"));
    const auto morning = attendance::findBlock(blocks, QStringLiteral("Day 2 Morning"));
    REQUIRE(afternoon);
    REQUIRE(morning);

    DiscussionRound s = settings(r.workshop, 2);
    s.agendaItemId = itemId;
    SECTION("no marks in that block: everyone registered")
    {
        expectOk(attendance::mark(*r.db, r.workshop, r.people[0], morning->id, AttendanceStatus::Absent));
        const Id round = addRound(*r.db, s);
        CHECK(expectOk(discussions::solverInput(*r.db, round)).people.size() == 8);
        CHECK(expectOk(discussions::detail(*r.db, round)).round.agendaItemTitle == QStringLiteral("Breakouts"));
    }
    SECTION("marks in that block: present, late and left early only")
    {
        expectOk(attendance::mark(*r.db, r.workshop, r.people[0], afternoon->id, AttendanceStatus::Present));
        expectOk(attendance::mark(*r.db, r.workshop, r.people[1], afternoon->id, AttendanceStatus::Late, QTime(13, 30)));
        expectOk(attendance::mark(*r.db, r.workshop, r.people[2], afternoon->id, AttendanceStatus::LeftEarly, QTime(15, 0)));
        expectOk(attendance::mark(*r.db, r.workshop, r.people[3], afternoon->id, AttendanceStatus::Absent));
        expectOk(attendance::mark(*r.db, r.workshop, r.people[4], afternoon->id, AttendanceStatus::Excused));
        // Marks in another block do not count for this one.
        expectOk(attendance::mark(*r.db, r.workshop, r.people[5], morning->id, AttendanceStatus::Present));
        const Id round = addRound(*r.db, s);
        std::set<Id> placed;
        for (const auto& [person, group] : groupOf(expectOk(discussions::detail(*r.db, round))))
            placed.insert(person);
        CHECK(placed == std::set<Id>{r.people[0], r.people[1], r.people[2]});

        SECTION("a round with no agenda item places everyone")
        {
            s.agendaItemId.reset();
            CHECK(groupOf(expectOk(discussions::detail(*r.db, addRound(*r.db, s)))).size() == 8);
        }
        SECTION("removing the agenda item unlinks the round first, undo links it again")
        {
            const QString before = dump(*r.db);
            auto removed = expectOk(agenda::removeItem(*r.db, itemId));
            CHECK_FALSE(expectOk(discussions::get(*r.db, round)).agendaItemId);
            expectOk(r.db->revert(removed));
            CHECK(dump(*r.db) == before);
        }
    }
}

TEST_CASE("Earlier rounds tell the solver who met whom")
{
    TempDir dir;
    Room r = room(dir);
    const Id first = addRound(*r.db, settings(r.workshop));
    CHECK(expectOk(discussions::solverInput(*r.db, first)).metBefore.empty());
    std::map<std::pair<Id, Id>, int> pairs;
    for (const DiscussionGroup& g : expectOk(discussions::detail(*r.db, first)).groups)
        for (const GroupMember& a : g.members)
            for (const GroupMember& b : g.members)
                if (a.person.id < b.person.id)
                    ++pairs[{a.person.id, b.person.id}];
    CHECK(pairs.size() == 18); // three groups of four: six pairs each
    const Id second = addRound(*r.db, settings(r.workshop));
    CHECK(expectOk(discussions::solverInput(*r.db, second)).metBefore == pairs);
}

TEST_CASE("Report-outs are tagged, votes are limited per person and rank the items, the parking lot spans rounds")
{
    TempDir dir;
    Room r = room(dir);
    const Id round = addRound(*r.db, settings(r.workshop));
    RoundDetail d = expectOk(discussions::detail(*r.db, round));
    const Id g1 = d.groups[0].id;
    const Id g2 = d.groups[1].id;
    const Id a = expectOk(discussions::addItem(*r.db, round, g1, QStringLiteral("  Trust is built before the crisis "), ItemTag::Insight)).subject;
    const Id b = expectOk(discussions::addItem(*r.db, round, g1, QStringLiteral("Council surprises"), ItemTag::Obstacle)).subject;
    const Id c = expectOk(discussions::addItem(*r.db, round, g2, QStringLiteral("Who speaks first?"), ItemTag::Question)).subject;
    const Id lot = expectOk(discussions::addItem(*r.db, round, std::nullopt, QStringLiteral("Body-camera policy"), ItemTag::ParkingLot)).subject;
    CHECK_FALSE(discussions::addItem(*r.db, round, g1, QStringLiteral("   "), ItemTag::Insight));
    expectOk(discussions::setScribeNotes(*r.db, g1, QStringLiteral("Long talk about budgets.")));

    d = expectOk(discussions::detail(*r.db, round));
    REQUIRE(d.items.size() == 4);
    CHECK(d.items[0].id == lot); // the large group first, then by group and position
    CHECK(d.items[0].groupNumber == 0);
    CHECK(d.items[1].text == QStringLiteral("Trust is built before the crisis"));
    CHECK(d.items[2].position == 1);
    CHECK(d.groups[0].scribeNotes == QStringLiteral("Long talk about budgets."));

    expectOk(discussions::vote(*r.db, c, r.people[0], 2));
    expectOk(discussions::vote(*r.db, b, r.people[0], 1));
    auto over = discussions::vote(*r.db, a, r.people[0], 1);
    REQUIRE_FALSE(over);
    CHECK(over.error().message.contains(QStringLiteral("0 of the 3 dots")));
    const QString before = dump(*r.db);
    expectOk(r.db->revert(expectOk(discussions::vote(*r.db, c, r.people[0], 1))));
    CHECK(dump(*r.db) == before);
    expectOk(discussions::vote(*r.db, c, r.people[0], 1)); // fewer dots frees one
    expectOk(discussions::vote(*r.db, a, r.people[0], 1));
    expectOk(discussions::vote(*r.db, a, r.people[1], 3));
    d = expectOk(discussions::detail(*r.db, round));
    std::vector<Id> order;
    for (const DiscussionItem& i : d.ranked())
        order.push_back(i.id);
    CHECK(order == std::vector<Id>{a, b, c, lot});
    CHECK(d.ranked().front().dots == 4);

    expectOk(discussions::vote(*r.db, a, r.people[1], 0));
    CHECK(expectOk(discussions::detail(*r.db, round)).ranked().front().dots == 1);

    const Id later = addRound(*r.db, settings(r.workshop));
    expectOk(discussions::addItem(*r.db, later, std::nullopt, QStringLiteral("Mutual aid agreements"), ItemTag::ParkingLot));
    const auto parked = expectOk(discussions::parkingLot(*r.db, r.workshop));
    REQUIRE(parked.size() == 2);
    CHECK(parked[0].text == QStringLiteral("Body-camera policy"));
    CHECK(parked[1].roundId == later);

    SECTION("removing an item takes its votes, undo restores both")
    {
        const QString withVotes = dump(*r.db);
        auto removed = expectOk(discussions::removeItem(*r.db, a));
        CHECK(expectOk(discussions::detail(*r.db, round)).items.size() == 3);
        expectOk(r.db->revert(removed));
        CHECK(dump(*r.db) == withVotes);
    }
    SECTION("editing an item, and undo")
    {
        const QString edited = dump(*r.db);
        auto update = expectOk(discussions::updateItem(*r.db, b, QStringLiteral("Surprises at council"), ItemTag::Question));
        CHECK(expectOk(discussions::detail(*r.db, round)).items[2].tag == ItemTag::Question);
        expectOk(r.db->revert(update));
        CHECK(dump(*r.db) == edited);
    }
}

TEST_CASE("Deleting a workshop removes its rounds, undo brings them back, a closed workshop refuses changes")
{
    TempDir dir;
    Room r = room(dir);
    const Id round = addRound(*r.db, settings(r.workshop));
    const Id group = expectOk(discussions::detail(*r.db, round)).groups[0].id;
    const Id item = expectOk(discussions::addItem(*r.db, round, group, QStringLiteral("Shared calendar"), ItemTag::Insight)).subject;
    expectOk(discussions::vote(*r.db, item, r.people[0], 2));

    SECTION("closed")
    {
        Workshop w = expectOk(workshops::get(*r.db, r.workshop));
        w.status = WorkshopStatus::Closed;
        expectOk(workshops::update(*r.db, w));
        const QString closed = dump(*r.db);
        auto refused = discussions::regenerate(*r.db, round, 3);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("is closed")));
        CHECK_FALSE(discussions::addItem(*r.db, round, group, QStringLiteral("Late idea"), ItemTag::Insight));
        CHECK_FALSE(discussions::vote(*r.db, item, r.people[1], 1));
        CHECK_FALSE(discussions::addRound(*r.db, settings(r.workshop)));
        CHECK(dump(*r.db) == closed);
    }
    SECTION("deleted")
    {
        const QString before = dump(*r.db);
        auto removed = expectOk(workshops::remove(*r.db, r.workshop));
        CHECK(expectOk(sql::scalar(r.db->connection(), QStringLiteral("SELECT count(*) FROM discussion_members"))).toInt() == 0);
        CHECK(expectOk(sql::scalar(r.db->connection(), QStringLiteral("SELECT count(*) FROM discussion_votes"))).toInt() == 0);
        expectOk(r.db->revert(removed));
        CHECK(dump(*r.db) == before);
    }
}

TEST_CASE("The discussion summary and the wall lists print every round, as typed")
{
    TempDir dir;
    Room r = room(dir);
    const QString out = dir.path(QStringLiteral("discussions.pdf"));
    auto none = exports::discussionDocument(*r.db, r.workshop);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("no discussion rounds")));

    DiscussionRound s = settings(r.workshop);
    s.prompt = QStringLiteral("<b>Who calls whom</b> & when?");
    const Id round = addRound(*r.db, s);
    const RoundDetail d = expectOk(discussions::detail(*r.db, round));
    expectOk(discussions::addItem(*r.db, round, d.groups[0].id, QStringLiteral("A 24-hour contact list"), ItemTag::Insight));
    expectOk(discussions::addItem(*r.db, round, std::nullopt, QStringLiteral("Union contract review"), ItemTag::ParkingLot));
    for (int i = 0; i < 30; ++i)
        expectOk(discussions::addItem(*r.db, round, d.groups[1].id, QStringLiteral("Obstacle number %1").arg(i), ItemTag::Obstacle));
    addRound(*r.db, settings(r.workshop, 4));
    const auto doc = expectOk(exports::discussionDocument(*r.db, r.workshop));

    exports::PrintOptions options;
    auto written = expectOk(exports::writeDiscussionSummary(doc, out, options));
    QPdfDocument pdf;
    REQUIRE(pdf.load(out) == QPdfDocument::Error::None);
    CHECK(pdf.pageCount() == written.pages);
    CHECK(written.items == 2);
    QString all;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        const QString page = pdf.getAllText(i).text().simplified();
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.pageCount())));
        all += page + QLatin1Char(' ');
    }
    CHECK(all.contains(QStringLiteral("<b>Who calls whom</b> & when?")));
    CHECK(all.contains(QStringLiteral("A 24-hour contact list")));
    CHECK(all.contains(QStringLiteral("Obstacle number 29")));
    CHECK(all.contains(QStringLiteral("Parking lot")));
    CHECK(all.contains(QStringLiteral("Union contract review")));
    CHECK(all.contains(QStringLiteral("Items by votes")));
    CHECK(all.contains(QStringLiteral("Round 2")));
    CHECK(all.contains(QStringLiteral("P0 Person00")));
    pdf.close();

    const QString wall = dir.path(QStringLiteral("groups.pdf"));
    options.pageSize = QPageSize::A4;
    auto lists = expectOk(exports::writeGroupLists(doc, wall, options));
    REQUIRE(pdf.load(wall) == QPdfDocument::Error::None);
    CHECK(pdf.pageCount() == 2);
    CHECK(lists.pages == 2);
    CHECK(std::abs(pdf.pagePointSize(0).width() - 595.3) < 1);
    CHECK(pdf.getAllText(1).text().simplified().contains(QStringLiteral("Group 4")));
    CHECK(pdf.getAllText(0).text().simplified().contains(QStringLiteral("P11 Person11")));
}
