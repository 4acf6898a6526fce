// Action plans: the rules for an item, order, items from the parking lot and
// from assessment gaps, dated updates, owners who leave a team, and undo.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "catalog/Catalog.h"
#include "check/FileCheck.h"
#include "common/Clock.h"
#include "discussions/Discussions.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Sql.h"
#include "storage/Writer.h"


using namespace rt;
using namespace rt::test;

namespace {

// Today is 1 May 2027 for these tests (the workshop ends on 10 March 2027).
struct FixedClock {
    FixedClock() { setClockForTesting([] { return QDateTime(QDate(2027, 5, 1), QTime(12, 0), Qt::UTC); }); }
    ~FixedClock() { setClockForTesting({}); }
};

struct Plan {
    FixedClock clock;
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = addWorkshop(*db, 10);
    Id dana = add("Dana", "Whitfield", Role::CityManager, "Salem");
    Id marcus = add("Marcus", "Ortega", Role::PoliceChief, "Salem");
    Id ann = add("Ann", "Archer", Role::CityManager, "Albany");
    Id salem = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, marcus})).subject;
    Id albany = expectOk(teams::create(*db, workshop, QStringLiteral("Albany"), QStringLiteral("OR"), {ann})).subject;

    Id add(const char* first, const char* last, Role role, const char* place)
    {
        return enrollNew(*db, workshop, makePerson(QString::fromUtf8(first), QString::fromUtf8(last), role, QString::fromUtf8(place)));
    }
    ActionItem item(const QString& goal, std::optional<Id> owner = std::nullopt) const
    {
        ActionItem i;
        i.teamId = salem;
        i.goal = goal;
        i.ownerId = owner;
        return i;
    }
    Id addItem(const QString& goal, std::optional<Id> owner = std::nullopt)
    {
        return expectOk(actionplans::add(*db, item(goal, owner))).subject;
    }
    QStringList goals(Id team) const
    {
        QStringList list;
        for (const ActionItem& i : expectOk(actionplans::items(*db, team)))
            list << i.goal;
        return list;
    }
    int count(const char* table) const
    {
        return expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))).toInt();
    }
};

QString refusal(const Result<ChangeSet>& r)
{
    REQUIRE_FALSE(r.has_value());
    return r.error().message;
}

} // namespace

TEST_CASE("Statuses have keys, labels and forgiving spellings")
{
    CHECK(allActionStatuses().size() == 4);
    for (ActionStatus s : allActionStatuses())
        CHECK(actionStatusFromKey(actionStatusKey(s)) == s);
    CHECK(actionStatusKey(ActionStatus::InProgress) == QStringLiteral("in_progress"));
    CHECK(actionStatusFromKey(QStringLiteral("in-progress")) == ActionStatus::InProgress);
    CHECK(actionStatusFromKey(QStringLiteral("Not started")) == ActionStatus::NotStarted);
    CHECK(actionStatusFromKey(QStringLiteral(" BLOCKED ")) == ActionStatus::Blocked);
    CHECK(actionStatusLabel(ActionStatus::Done) == QStringLiteral("Done"));
    CHECK_FALSE(actionStatusFromKey(QStringLiteral("finished")));
}

TEST_CASE("An item needs a goal, an owner from the team, a pillar 1 to 6 and a practice group that exists")
{
    Plan p;
    CHECK(refusal(actionplans::add(*p.db, p.item(QStringLiteral("   ")))) == QStringLiteral("An action item needs a goal."));
    CHECK(refusal(actionplans::add(*p.db, p.item(QStringLiteral("Meet monthly"), p.ann))) == QStringLiteral("Ann Archer is not a member of this team."));
    CHECK(refusal(actionplans::add(*p.db, p.item(QStringLiteral("Meet monthly"), 999))) == QStringLiteral("Person 999 is not in this file."));
    ActionItem bad = p.item(QStringLiteral("Meet monthly"));
    bad.pillar = 7;
    CHECK(refusal(actionplans::add(*p.db, bad)) == QStringLiteral("The pillar is a number from 1 to 6."));
    bad.pillar.reset();
    bad.practiceGroupId = 999;
    CHECK(refusal(actionplans::add(*p.db, bad)) == QStringLiteral("That practice group is not in this file."));
    bad.practiceGroupId.reset();
    bad.teamId = 999;
    CHECK(refusal(actionplans::add(*p.db, bad)) == QStringLiteral("That team no longer exists."));
    CHECK(p.count("action_items") == 0);

    const std::vector<PracticeGroup> groups = expectOk(catalog::practiceGroups(*p.db));
    REQUIRE_FALSE(groups.empty());
    ActionItem full = p.item(QStringLiteral("  Meet monthly, manager and chief  "), p.dana);
    full.actions = QStringLiteral("Set a standing meeting");
    full.due = expectOk(actionplans::dueAfterWorkshop(*p.db, p.workshop, 30));
    full.status = ActionStatus::InProgress;
    full.measure = QStringLiteral("Ten meetings held in a year");
    full.pillar = 1;
    full.practiceGroupId = groups.front().id;
    full.notes = QStringLiteral("Agreed on day two");
    const ChangeSet added = expectOk(actionplans::add(*p.db, full));
    CHECK(added.description == QStringLiteral("Add “Meet monthly, manager and chief” to the Salem, OR action plan"));
    const ActionItem stored = expectOk(actionplans::get(*p.db, added.subject));
    CHECK(stored.goal == QStringLiteral("Meet monthly, manager and chief"));
    CHECK(stored.ownerId == p.dana);
    CHECK(stored.ownerName == QStringLiteral("Dana Whitfield"));
    CHECK(stored.due == QDate(2027, 4, 9)); // 30 days after the last day, 10 March
    CHECK(stored.status == ActionStatus::InProgress);
    CHECK(stored.pillar == 1);
    CHECK(stored.practiceGroupLabel == groups.front().label());
    CHECK(stored.position == 0);
    CHECK_FALSE(stored.uuid.isEmpty());
    CHECK(stored.origin.isEmpty());
    CHECK(p.addItem(QStringLiteral("Second")) != 0);
    CHECK(expectOk(actionplans::items(*p.db, p.salem)).back().position == 1);

    expectOk(p.db->revert(added));
    CHECK(p.goals(p.salem) == QStringList{QStringLiteral("Second")});
}

TEST_CASE("The quick picks count from the workshop's last day")
{
    Plan p;
    CHECK(expectOk(actionplans::dueAfterWorkshop(*p.db, p.workshop, 30)) == QDate(2027, 4, 9));
    CHECK(expectOk(actionplans::dueAfterWorkshop(*p.db, p.workshop, 60)) == QDate(2027, 5, 9));
    CHECK(expectOk(actionplans::dueAfterWorkshop(*p.db, p.workshop, 90)) == QDate(2027, 6, 8));
    CHECK_FALSE(actionplans::dueAfterWorkshop(*p.db, p.workshop, 0).has_value());
    CHECK_FALSE(actionplans::dueAfterWorkshop(*p.db, 999, 30).has_value());
}

TEST_CASE("Editing keeps the team and place, moving and removing keep the order tidy, and undo restores all")
{
    Plan p;
    const Id a = p.addItem(QStringLiteral("A"));
    const Id b = p.addItem(QStringLiteral("B"));
    const Id c = p.addItem(QStringLiteral("C"));

    ActionItem edited = expectOk(actionplans::get(*p.db, b));
    edited.goal = QStringLiteral("B, reworded");
    edited.ownerId = p.marcus;
    edited.teamId = p.albany; // ignored
    edited.position = 7;      // ignored
    const ChangeSet changed = expectOk(actionplans::update(*p.db, edited));
    ActionItem stored = expectOk(actionplans::get(*p.db, b));
    CHECK(stored.teamId == p.salem);
    CHECK(stored.position == 1);
    CHECK(stored.ownerName == QStringLiteral("Marcus Ortega"));
    edited.ownerId = p.ann;
    CHECK(refusal(actionplans::update(*p.db, edited)) == QStringLiteral("Ann Archer is not a member of this team."));
    expectOk(p.db->revert(changed));
    CHECK(expectOk(actionplans::get(*p.db, b)).goal == QStringLiteral("B"));

    const ChangeSet moved = expectOk(actionplans::move(*p.db, c, 0));
    CHECK(p.goals(p.salem) == QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")});
    expectOk(actionplans::move(*p.db, c, 99)); // past the end: last
    CHECK(p.goals(p.salem) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    expectOk(actionplans::move(*p.db, a, 1));
    CHECK(p.goals(p.salem) == QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")});

    expectOk(actionplans::recordUpdate(*p.db, b, QDate(2027, 4, 1), ActionStatus::Blocked, QStringLiteral("Waiting on budget")));
    const ChangeSet removed = expectOk(actionplans::remove(*p.db, b));
    CHECK(p.goals(p.salem) == QStringList{QStringLiteral("A"), QStringLiteral("C")});
    const auto positions = expectOk(actionplans::items(*p.db, p.salem));
    CHECK(positions[0].position == 0);
    CHECK(positions[1].position == 1);
    CHECK(p.count("action_updates") == 0);
    expectOk(p.db->revert(removed));
    CHECK(p.goals(p.salem) == QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")});
    CHECK(expectOk(actionplans::updates(*p.db, b)).size() == 1);
    CHECK(moved.description.contains(QStringLiteral("Salem, OR action plan")));
    CHECK_FALSE(actionplans::remove(*p.db, 999).has_value());
}

TEST_CASE("A parking-lot entry becomes one item per team, with where it came from")
{
    Plan p;
    DiscussionRound round;
    round.workshopId = p.workshop;
    round.mode = GroupMode::Manual;
    round.groupCount = 1;
    const Id roundId = expectOk(discussions::addRound(*p.db, round)).subject;
    const Id parked = expectOk(discussions::addItem(*p.db, roundId, std::nullopt, QStringLiteral("Joint budget briefing for council"),
                                                    ItemTag::ParkingLot))
                          .subject;
    const Id insight = expectOk(discussions::addItem(*p.db, roundId, std::nullopt, QStringLiteral("Trust is built before a crisis"),
                                                     ItemTag::Insight))
                           .subject;

    const ChangeSet added = expectOk(actionplans::addFromParkingLot(*p.db, p.salem, parked));
    const ActionItem item = expectOk(actionplans::get(*p.db, added.subject));
    CHECK(item.goal == QStringLiteral("Joint budget briefing for council"));
    CHECK(item.origin == QStringLiteral("Parking lot, round 1"));
    CHECK(item.originUuid == expectOk(sql::scalar(p.db->connection(), QStringLiteral("SELECT uuid FROM discussion_items WHERE id = ?"), {parked})).toString());
    CHECK(item.teamId == p.salem);

    CHECK(refusal(actionplans::addFromParkingLot(*p.db, p.salem, parked))
          == QStringLiteral("The Salem, OR action plan already has an item from this parking-lot entry."));
    CHECK(refusal(actionplans::addFromParkingLot(*p.db, p.salem, insight)).contains(QStringLiteral("is not in the parking lot")));
    CHECK(refusal(actionplans::addFromParkingLot(*p.db, p.salem, 999)) == QStringLiteral("Report-out item 999 is not in this file."));
    expectOk(actionplans::addFromParkingLot(*p.db, p.albany, parked)); // another team may take it up too

    // An entry from another workshop is not this team's.
    const Id other = addWorkshop(*p.db, 10, QStringLiteral("Other workshop"));
    DiscussionRound elsewhere = round;
    elsewhere.workshopId = other;
    const Id otherRound = expectOk(discussions::addRound(*p.db, elsewhere)).subject;
    const Id foreign = expectOk(discussions::addItem(*p.db, otherRound, std::nullopt, QStringLiteral("Body cameras"), ItemTag::ParkingLot)).subject;
    CHECK(refusal(actionplans::addFromParkingLot(*p.db, p.salem, foreign)).contains(QStringLiteral("another workshop")));

    expectOk(p.db->revert(added));
    CHECK(p.goals(p.salem).isEmpty());
}

TEST_CASE("An assessment statement the team scored becomes an item that names the gap")
{
    Plan p;
    auto q = expectOk(sql::run(p.db->connection(), QStringLiteral("SELECT q.id, q.text, q.pillar, t.name FROM assessment_questions q "
                                                                   "JOIN assessment_templates t ON t.id = q.template_id "
                                                                   "WHERE q.pillar IS NOT NULL ORDER BY q.id LIMIT 1")));
    REQUIRE(q.next());
    const Id question = q.value(0).toLongLong();
    const QString text = q.value(1).toString();
    const int pillar = q.value(2).toInt();
    const QString templateName = q.value(3).toString();
    q.finish();

    CHECK(refusal(actionplans::addFromGap(*p.db, p.salem, question)).contains(QStringLiteral("Nobody on the Salem, OR team has scored")));
    CHECK(refusal(actionplans::addFromGap(*p.db, p.salem, 99999)) == QStringLiteral("Statement 99999 is not in this file."));

    expectOk(p.db->write(QStringLiteral("answers"), [&](Writer& w) -> Status {
        for (const auto& [person, score] : {std::pair{p.dana, 4}, std::pair{p.marcus, 2}}) {
            auto id = w.insert(QStringLiteral("assessment_answers"), {{QStringLiteral("workshop_id"), p.workshop},
                                                                      {QStringLiteral("person_id"), person},
                                                                      {QStringLiteral("question_id"), question},
                                                                      {QStringLiteral("phase"), QStringLiteral("before")},
                                                                      {QStringLiteral("score"), score}});
            if (!id)
                return std::unexpected(id.error());
        }
        return ok();
    }));
    // Albany's members did not answer: still no gap for them.
    CHECK_FALSE(actionplans::addFromGap(*p.db, p.albany, question).has_value());

    const ChangeSet added = expectOk(actionplans::addFromGap(*p.db, p.salem, question));
    const ActionItem item = expectOk(actionplans::get(*p.db, added.subject));
    CHECK(item.goal == QStringLiteral("Close the gap: %1").arg(text));
    CHECK(item.pillar == pillar);
    CHECK(item.origin == QStringLiteral("Assessment gap: %1").arg(templateName));
    CHECK(item.notes == QStringLiteral("Scores before the workshop: Marcus Ortega 2, Dana Whitfield 4."));
    CHECK(refusal(actionplans::addFromGap(*p.db, p.salem, question))
          == QStringLiteral("The Salem, OR action plan already has an item for this statement."));
}

TEST_CASE("Dated updates set the status, are listed newest first and are never in the future")
{
    Plan p;
    const Id item = p.addItem(QStringLiteral("Publish the use-of-force policy"), p.dana);
    CHECK(refusal(actionplans::recordUpdate(*p.db, item, QDate(2027, 5, 2), ActionStatus::Done, {}))
          == QStringLiteral("An update can't be dated after today."));
    CHECK_FALSE(actionplans::recordUpdate(*p.db, item, QDate(), ActionStatus::Done, {}).has_value());
    CHECK_FALSE(actionplans::recordUpdate(*p.db, 999, QDate(2027, 4, 1), ActionStatus::Done, {}).has_value());

    const ChangeSet first = expectOk(actionplans::recordUpdate(*p.db, item, QDate(2027, 4, 10), ActionStatus::InProgress,
                                                               QStringLiteral(" Draft with legal ")));
    CHECK(first.description == QStringLiteral("Record an update on “Publish the use-of-force policy”"));
    CHECK(expectOk(actionplans::get(*p.db, item)).status == ActionStatus::InProgress);
    const ChangeSet today = expectOk(actionplans::recordUpdate(*p.db, item, QDate(2027, 5, 1), ActionStatus::Done, QStringLiteral("Posted")));
    CHECK(expectOk(actionplans::get(*p.db, item)).status == ActionStatus::Done);
    // Filled in later for an earlier date: kept, but the item stays Done.
    expectOk(actionplans::recordUpdate(*p.db, item, QDate(2027, 3, 20), ActionStatus::NotStarted, QStringLiteral("First call")));
    CHECK(expectOk(actionplans::get(*p.db, item)).status == ActionStatus::Done);

    const std::vector<ActionUpdate> list = expectOk(actionplans::updates(*p.db, item));
    REQUIRE(list.size() == 3);
    CHECK(list[0].date == QDate(2027, 5, 1));
    CHECK(list[1].note == QStringLiteral("Draft with legal"));
    CHECK(list[2].status == ActionStatus::NotStarted);

    CHECK(actionplans::today() == QDate(2027, 5, 1));
    CHECK(today.subject == list[0].id);
}

TEST_CASE("Undoing an update puts the item's status back")
{
    Plan p;
    const Id item = p.addItem(QStringLiteral("Quarterly review"));
    const ChangeSet update = expectOk(actionplans::recordUpdate(*p.db, item, QDate(2027, 4, 1), ActionStatus::Blocked, QStringLiteral("No budget")));
    CHECK(expectOk(actionplans::get(*p.db, item)).status == ActionStatus::Blocked);
    expectOk(p.db->revert(update));
    CHECK(expectOk(actionplans::get(*p.db, item)).status == ActionStatus::NotStarted);
    CHECK(expectOk(actionplans::updates(*p.db, item)).empty());
}

TEST_CASE("Someone who leaves a team no longer owns its items, and is told so")
{
    Plan p;
    const Id first = p.addItem(QStringLiteral("Meet monthly"), p.dana);
    const Id second = p.addItem(QStringLiteral("Joint press protocol"), p.dana);
    const Id kept = p.addItem(QStringLiteral("Staffing study"), p.marcus);
    const auto owner = [&](Id item) { return expectOk(actionplans::get(*p.db, item)).ownerId; };

    SECTION("the team's members are set without them")
    {
        const ChangeSet changed = expectOk(teams::setMembers(*p.db, p.salem, {p.marcus}));
        CHECK(changed.notice.contains(QStringLiteral("Dana Whitfield no longer owns 2 action items.")));
        CHECK_FALSE(owner(first));
        CHECK_FALSE(owner(second));
        CHECK(owner(kept) == p.marcus);
        expectOk(p.db->revert(changed));
        CHECK(owner(first) == p.dana);
        CHECK(owner(second) == p.dana);
    }
    SECTION("they are moved to another team")
    {
        const ChangeSet moved = expectOk(teams::addMembers(*p.db, p.albany, {p.marcus}));
        CHECK(moved.notice.contains(QStringLiteral("Marcus Ortega no longer owns 1 action item.")));
        CHECK_FALSE(owner(kept));
        CHECK(owner(first) == p.dana);
    }
    SECTION("they are taken off their team")
    {
        const ChangeSet removed = expectOk(teams::removeMembers(*p.db, p.workshop, {p.dana}));
        CHECK(removed.notice.contains(QStringLiteral("Dana Whitfield no longer owns 2 action items.")));
        CHECK_FALSE(owner(first));
        expectOk(p.db->revert(removed));
        CHECK(owner(first) == p.dana);
    }
    SECTION("their registration is cancelled")
    {
        const ChangeSet cancelled = expectOk(roster::cancel(*p.db, p.workshop, p.dana));
        CHECK(cancelled.notice.contains(QStringLiteral("Dana Whitfield no longer owns 2 action items.")));
        CHECK_FALSE(owner(second));
    }
    SECTION("members who stay keep their items, with no notice")
    {
        const ChangeSet same = expectOk(teams::setMembers(*p.db, p.salem, {p.dana, p.marcus}));
        CHECK_FALSE(same.notice.contains(QStringLiteral("no longer owns")));
        CHECK(owner(first) == p.dana);
    }
}

TEST_CASE("The file check finds an owner who is not on the item's team")
{
    Plan p;
    p.addItem(QStringLiteral("Publish response times"), p.dana);
    CHECK(checkDatabase(*p.db).ok());
    // Only a file edited elsewhere (or merged) can hold this; the check must say so.
    expectOk(sql::run(p.db->connection(), QStringLiteral("UPDATE action_items SET owner_person_id = %1").arg(p.ann)));
    const CheckReport report = checkDatabase(*p.db);
    CHECK_FALSE(report.ok());
    CHECK(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("Publish response times (team Salem)")));
}
