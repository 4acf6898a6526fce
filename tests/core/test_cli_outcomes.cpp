// roundtable-cli's outcome commands: the workload worksheet, action plans
// (added, listed, from the parking lot, updated, removed) and the follow-up
// list, on a file made here so the figures are known.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "discussions/Discussions.h"
#include "people/Teams.h"
#include "workload/Workload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

namespace {

struct Setup {
    TempDir dir;
    QString file = dir.path(QStringLiteral("outcomes.roundtable"));
    Id workshop = 0;
    Id salem = 0;
    Id albany = 0;
    Id parked = 0;

    Setup()
    {
        auto db = newDatabase(dir, QStringLiteral("outcomes.roundtable"));
        workshop = addWorkshop(*db, 10, QStringLiteral("Spring workshop"));
        const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                            QStringLiteral("Salem")));
        const Id marcus = enrollNew(*db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief,
                                                              QStringLiteral("Salem")));
        const Id ann = enrollNew(*db, workshop, makePerson(QStringLiteral("Ann"), QStringLiteral("Archer"), Role::CityManager,
                                                           QStringLiteral("Albany")));
        salem = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, marcus})).subject;
        albany = expectOk(teams::create(*db, workshop, QStringLiteral("Albany"), QStringLiteral("OR"), {ann})).subject;
        DiscussionRound round;
        round.workshopId = workshop;
        round.mode = GroupMode::Manual;
        round.groupCount = 1;
        const Id roundId = expectOk(discussions::addRound(*db, round)).subject;
        parked = expectOk(discussions::addItem(*db, roundId, std::nullopt, QStringLiteral("Joint budget briefing for council"),
                                               ItemTag::ParkingLot))
                     .subject;
    }
    Run run(const QStringList& arguments) const { return cli(QStringList{QStringLiteral("-d"), file} + arguments); }
    std::unique_ptr<Database> open() const { return expectOk(Database::open(file)); }
};

QString id(Id value)
{
    return QString::number(value);
}

QJsonDocument json(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("worksheet saves figures, merges with what is stored, clears with an empty value and prints the Rule of 60")
{
    Setup s;
    const QStringList team{QStringLiteral("worksheet"), QStringLiteral("--team"), id(s.salem)};
    Run saved = s.run(team + QStringList{QStringLiteral("--population"), QStringLiteral("50,000"), QStringLiteral("--sworn"), QStringLiteral("100"),
                                         QStringLiteral("--patrol"), QStringLiteral("60"), QStringLiteral("--calls"), QStringLiteral("30000"),
                                         QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--officers-per-call"), QStringLiteral("1.5"),
                                         QStringLiteral("--notes"), QStringLiteral("2026 budget")});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(QStringLiteral("Workload worksheet: Salem, OR")));
    CHECK(saved.out.contains(QStringLiteral("Net available hours per officer: not given")));
    CHECK(saved.out.contains(QStringLiteral("fill in: Net available hours per officer")));

    Run merged = s.run(team + QStringList{QStringLiteral("--net-hours"), QStringLiteral("1800")});
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QStringLiteral("Officers per 1,000 residents: 2.0")));
    CHECK(merged.out.contains(QStringLiteral("(Rule of 60: about 60%): 60%")));
    CHECK(merged.out.contains(QStringLiteral("(Rule of 60: no more than 60%): 20.8%")));
    CHECK(merged.out.contains(QStringLiteral("Notes: 2026 budget")));
    WorkloadInputs stored = expectOk(workload::load(*s.open(), s.salem));
    CHECK(stored.population == 50000.0);
    CHECK(stored.netHoursPerOfficer == 1800.0);

    Run invalid = s.run(team + QStringList{QStringLiteral("--patrol"), QStringLiteral("120"), QStringLiteral("--population"), QStringLiteral("60000")});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("Patrol officers can't be more than sworn officers")));
    Run notNumber = s.run(team + QStringList{QStringLiteral("--calls"), QStringLiteral("lots")});
    CHECK(notNumber.exitCode == 1);
    CHECK(notNumber.err.contains(QStringLiteral("Calls for service per year must be a number")));
    stored = expectOk(workload::load(*s.open(), s.salem));
    CHECK(stored.population == 50000.0); // nothing saved
    CHECK(stored.patrolOfficers == 60.0);

    Run cleared = s.run(team + QStringList{QStringLiteral("--population"), QString(), QStringLiteral("--json")});
    INFO(cleared.err.toStdString());
    REQUIRE(cleared.exitCode == 0);
    const QJsonObject o = json(cleared).object();
    CHECK(o.value(QStringLiteral("team")).toString() == QStringLiteral("Salem, OR"));
    CHECK(o.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("population")).isNull());
    CHECK(o.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("officers-per-call")).toDouble() == 1.5);
    CHECK(o.value(QStringLiteral("patrolShare")).toObject().value(QStringLiteral("standing")).toString() == QStringLiteral("within"));
    CHECK(o.value(QStringLiteral("saturation")).toObject().value(QStringLiteral("value")).toDouble() == Approx(22500.0 / 108000.0));
    CHECK(o.value(QStringLiteral("officersPerThousand")).toObject().value(QStringLiteral("value")).isNull());
    CHECK(o.value(QStringLiteral("callHoursPerYear")).toDouble() == Approx(22500));

    // Just looking changes nothing.
    Run shown = s.run(team);
    CHECK(shown.exitCode == 0);
    CHECK_FALSE(shown.out.contains(QStringLiteral("Saved.")));
    CHECK(shown.out.contains(QStringLiteral("Population: not given")));

    CHECK(s.run({QStringLiteral("worksheet")}).exitCode == 2);
    CHECK(s.run({QStringLiteral("worksheet"), QStringLiteral("--team"), QStringLiteral("99")}).exitCode == 2);
}

TEST_CASE("actions adds items, lists plans, takes up parking-lot entries, records updates and removes items")
{
    Setup s;
    const QStringList team{QStringLiteral("actions"), QStringLiteral("--team"), id(s.salem)};
    Run added = s.run(team + QStringList{QStringLiteral("--add"), QStringLiteral("--goal"), QStringLiteral("Meet monthly"),
                                         QStringLiteral("--owner"), QStringLiteral("Whitfield"), QStringLiteral("--due"), QStringLiteral("30"),
                                         QStringLiteral("--pillar"), QStringLiteral("1"), QStringLiteral("--practice-group"), QStringLiteral("7"),
                                         QStringLiteral("--measure"), QStringLiteral("Ten meetings a year"), QStringLiteral("--status"),
                                         QStringLiteral("in-progress"), QStringLiteral("--actions"), QStringLiteral("Set a standing meeting")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("Add “Meet monthly” to the Salem, OR action plan")));
    CHECK(added.out.contains(QStringLiteral("1. Meet monthly [In progress]")));
    CHECK(added.out.contains(QStringLiteral("Owner: Dana Whitfield · Due: 2027-04-09 · Pillar 1 – Building Trust and Legitimacy")));
    CHECK(added.out.contains(QStringLiteral("Practice group 7 – Strategic Planning")));

    Run dated = s.run(team + QStringList{QStringLiteral("--add"), QStringLiteral("--goal"), QStringLiteral("Publish the policy"),
                                         QStringLiteral("--due"), QStringLiteral("2027-06-01"), QStringLiteral("--json")});
    REQUIRE(dated.exitCode == 0);
    const QJsonObject item = json(dated).object();
    CHECK(item.value(QStringLiteral("due")).toString() == QStringLiteral("2027-06-01"));
    CHECK(item.value(QStringLiteral("position")).toInt() == 2);
    const QString itemId = QString::number(item.value(QStringLiteral("id")).toInteger());

    Run stranger = s.run(team + QStringList{QStringLiteral("--add"), QStringLiteral("--goal"), QStringLiteral("X"), QStringLiteral("--owner"),
                                            QStringLiteral("Ann Archer")});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err.contains(QStringLiteral("nobody on the Salem, OR team is called “Ann Archer”")));
    CHECK(s.run(team + QStringList{QStringLiteral("--add")}).exitCode == 2);
    CHECK(s.run(team + QStringList{QStringLiteral("--add"), QStringLiteral("--goal"), QStringLiteral("X"), QStringLiteral("--status"),
                                   QStringLiteral("finished")})
              .exitCode
          == 2);
    CHECK(s.run(team + QStringList{QStringLiteral("--add"), QStringLiteral("--goal"), QStringLiteral("X"), QStringLiteral("--due"),
                                   QStringLiteral("soon")})
              .exitCode
          == 2);
    CHECK(s.run(team + QStringList{QStringLiteral("--goal"), QStringLiteral("X")}).exitCode == 2);
    CHECK(s.run({QStringLiteral("actions")}).exitCode == 2);

    Run fromLot = s.run(team + QStringList{QStringLiteral("--from-parking-lot"), id(s.parked)});
    INFO(fromLot.err.toStdString());
    CHECK(fromLot.exitCode == 0);
    CHECK(fromLot.out.contains(QStringLiteral("From: Parking lot, round 1")));
    Run again = s.run(team + QStringList{QStringLiteral("--from-parking-lot"), id(s.parked)});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already has an item from this parking-lot entry")));
    CHECK(s.run(team + QStringList{QStringLiteral("--from-gap"), QStringLiteral("1")}).exitCode == 1); // nobody answered yet

    Run listed = s.run({QStringLiteral("actions"), QStringLiteral("--workshop"), id(s.workshop)});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Salem, OR (team %1)").arg(s.salem)));
    CHECK(listed.out.contains(QStringLiteral("Albany, OR (team %1)\n   No action items yet.").arg(s.albany)));
    CHECK(listed.out.contains(QStringLiteral("3. Joint budget briefing for council [Not started]")));
    const QJsonArray all = json(s.run({QStringLiteral("actions"), QStringLiteral("--workshop"), id(s.workshop), QStringLiteral("--json")})).array();
    CHECK(all.size() == 3);
    CHECK(all.at(0).toObject().value(QStringLiteral("team")).toString() == QStringLiteral("Salem, OR"));

    const QStringList one{QStringLiteral("actions"), QStringLiteral("--item"), itemId};
    const QString tomorrow = actionplans::today().addDays(1).toString(Qt::ISODate);
    Run future = s.run(one + QStringList{QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--date"), tomorrow});
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("An update can't be dated after today.")));
    Run updated = s.run(one + QStringList{QStringLiteral("--status"), QStringLiteral("blocked"), QStringLiteral("--note"),
                                          QStringLiteral("Council delayed"), QStringLiteral("--date"), QStringLiteral("2026-01-15")});
    INFO(updated.err.toStdString());
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.out.contains(QStringLiteral("Publish the policy [Blocked]")));
    CHECK(updated.out.contains(QStringLiteral("2026-01-15 · Blocked · Council delayed")));
    CHECK(s.run(one + QStringList{QStringLiteral("--note"), QStringLiteral("x")}).exitCode == 2);

    Run removed = s.run(one + QStringList{QStringLiteral("--remove")});
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.contains(QStringLiteral("Delete “Publish the policy” from the Salem, OR action plan")));
    CHECK(expectOk(actionplans::items(*s.open(), s.salem)).size() == 2);
    CHECK(s.run(one).exitCode == 2); // no such item any more
}

TEST_CASE("followup lists what needs a call first, filters it and counts it")
{
    Setup s;
    const QDate today = actionplans::today();
    {
        auto db = s.open();
        const auto add = [&](const char* goal, Id team, std::optional<QDate> due, ActionStatus status) {
            ActionItem i;
            i.teamId = team;
            i.goal = QString::fromLatin1(goal);
            i.due = due;
            i.status = status;
            return expectOk(actionplans::add(*db, i)).subject;
        };
        const Id late = add("Late item", s.salem, today.addDays(-3), ActionStatus::InProgress);
        add("Soon item", s.albany, today.addDays(5), ActionStatus::NotStarted);
        add("Later item", s.salem, today.addDays(60), ActionStatus::Blocked);
        add("Done item", s.salem, today.addDays(-10), ActionStatus::Done);
        expectOk(actionplans::recordUpdate(*db, late, today.addDays(-1), ActionStatus::InProgress, QStringLiteral("Left a message")));
    }
    Run all = s.run({QStringLiteral("followup")});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.indexOf(QStringLiteral("Late item")) < all.out.indexOf(QStringLiteral("Done item")));
    CHECK(all.out.indexOf(QStringLiteral("Done item")) < all.out.indexOf(QStringLiteral("Soon item")));
    CHECK(all.out.indexOf(QStringLiteral("Soon item")) < all.out.indexOf(QStringLiteral("Later item")));
    CHECK(all.out.contains(QStringLiteral("Overdue by 3 days · due %1 · In progress").arg(today.addDays(-3).toString(Qt::ISODate))));
    CHECK(all.out.contains(QStringLiteral("5 days left")));
    CHECK(all.out.contains(QStringLiteral("Spring workshop (2027-03-09) · Salem, OR")));
    CHECK(all.out.contains(QStringLiteral("Last update: %1 · In progress · Left a message").arg(today.addDays(-1).toString(Qt::ISODate))));
    CHECK(all.out.contains(QStringLiteral("Items: 4 · overdue: 1 · due within 14 days: 1 · Not started: 1 · In progress: 1 · Done: 1 · Blocked: 1")));

    Run soon = s.run({QStringLiteral("followup"), QStringLiteral("--due-within"), QStringLiteral("14")});
    CHECK(soon.out.contains(QStringLiteral("Late item")));
    CHECK(soon.out.contains(QStringLiteral("Soon item")));
    CHECK_FALSE(soon.out.contains(QStringLiteral("Later item")));
    CHECK_FALSE(soon.out.contains(QStringLiteral("Done item")));

    Run overdue = s.run({QStringLiteral("followup"), QStringLiteral("--overdue"), QStringLiteral("--json")});
    REQUIRE(overdue.exitCode == 0);
    const QJsonObject o = json(overdue).object();
    REQUIRE(o.value(QStringLiteral("items")).toArray().size() == 1);
    const QJsonObject late = o.value(QStringLiteral("items")).toArray().at(0).toObject();
    CHECK(late.value(QStringLiteral("daysLeft")).toInt() == -3);
    CHECK(late.value(QStringLiteral("overdue")).toBool());
    CHECK(late.value(QStringLiteral("workshop")).toString() == QStringLiteral("Spring workshop"));
    CHECK(late.value(QStringLiteral("lastUpdate")).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Left a message"));
    CHECK(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("total")).toInt() == 1);

    Run blocked = s.run({QStringLiteral("followup"), QStringLiteral("--status"), QStringLiteral("blocked"), QStringLiteral("--workshop"), id(s.workshop)});
    CHECK(blocked.out.contains(QStringLiteral("Later item")));
    CHECK_FALSE(blocked.out.contains(QStringLiteral("Late item")));

    CHECK(s.run({QStringLiteral("followup"), QStringLiteral("--due-within"), QStringLiteral("-1")}).exitCode == 2);
    CHECK(s.run({QStringLiteral("followup"), QStringLiteral("--status"), QStringLiteral("someday")}).exitCode == 2);
    Run none = s.run({QStringLiteral("followup"), QStringLiteral("--workshop"), id(s.workshop), QStringLiteral("--status"), QStringLiteral("done"),
                      QStringLiteral("--overdue")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("No action items match.")));
}
