// The workload worksheet: the Rule of 60 figures worked out by hand, every
// validation message, typed numbers, and storing a team's worksheet.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "people/Teams.h"
#include "storage/Sql.h"
#include "workload/Workload.h"
#include "workshops/Workshops.h"

#include <QLocale>
#include <cmath>

using namespace rt;
using namespace rt::test;

namespace {

// The worked example: 50,000 residents, 100 sworn, 60 on patrol, 30,000
// calls of 30 minutes with 1.5 officers each, 1,800 net hours per officer.
WorkloadInputs example()
{
    WorkloadInputs in;
    in.population = 50000;
    in.swornOfficers = 100;
    in.patrolOfficers = 60;
    in.callsPerYear = 30000;
    in.minutesPerCall = 30;
    in.officersPerCall = 1.5;
    in.netHoursPerOfficer = 1800;
    return in;
}

QString firstProblem(const WorkloadInputs& in)
{
    const WorkloadResult r = evaluateWorkload(in);
    return r.problems.empty() ? QString() : r.problems.front().message;
}

struct LocaleGuard {
    QLocale saved;
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

} // namespace

TEST_CASE("The worked example gives the figures computed by hand")
{
    const WorkloadResult r = evaluateWorkload(example());
    REQUIRE(r.isValid());
    REQUIRE(r.officersPerThousand.value);
    CHECK(*r.officersPerThousand.value == Approx(2.0));
    CHECK(r.officersPerThousand.standing == Standing::Unknown);
    CHECK(r.officersPerThousand.note.contains(QStringLiteral("2.0 sworn officers per 1,000 residents")));
    CHECK(r.officersPerThousand.note.contains(QStringLiteral("counts staff, not work")));
    CHECK(r.officersPerThousand.note.contains(QStringLiteral("saturation index")));

    REQUIRE(r.patrolShare.value);
    CHECK(*r.patrolShare.value == Approx(0.6));
    CHECK(r.patrolShare.standing == Standing::Within);
    CHECK(r.patrolShare.note.startsWith(QStringLiteral("60% of sworn officers are on patrol, close to")));

    REQUIRE(r.callHoursPerYear);
    CHECK(*r.callHoursPerYear == Approx(22500));
    REQUIRE(r.availablePatrolHours);
    CHECK(*r.availablePatrolHours == Approx(108000));
    REQUIRE(r.saturation.value);
    CHECK(*r.saturation.value == Approx(22500.0 / 108000.0));
    CHECK(r.saturation.standing == Standing::Within);
    CHECK(r.saturation.note.contains(QStringLiteral("20.8% of patrol's available time (22,500 of 108,000 hours a year)")));
    CHECK(r.saturation.note.contains(QStringLiteral("time left for proactive work")));
}

TEST_CASE("Patrol share: within five points of 60% is close to the rule, otherwise the note says what to ask")
{
    WorkloadInputs in = example();
    in.swornOfficers = 1000;
    const auto standing = [&](double patrol) {
        in.patrolOfficers = patrol;
        return evaluateWorkload(in).patrolShare;
    };
    CHECK(standing(550).standing == Standing::Within);
    CHECK(standing(650).standing == Standing::Within);
    const WorkloadFigure low = standing(549);
    CHECK(low.standing == Standing::Beyond);
    CHECK(low.note.startsWith(QStringLiteral("54.9% of sworn officers")));
    CHECK(low.note.contains(QStringLiteral("Ask where the other officers are assigned and why")));
    const WorkloadFigure high = standing(651);
    CHECK(high.standing == Standing::Beyond);
    CHECK(high.note.contains(QStringLiteral("investigations and other functions are thinly staffed")));
}

TEST_CASE("Saturation: up to 60% is within the rule, past it the note explains what it means")
{
    WorkloadInputs in = example();
    in.patrolOfficers = 30; // 54,000 available hours
    in.callsPerYear = 43200; // 32,400 call hours: exactly 60%
    WorkloadResult r = evaluateWorkload(in);
    REQUIRE(r.saturation.value);
    CHECK(*r.saturation.value == Approx(0.6));
    CHECK(r.saturation.standing == Standing::Within);

    in.callsPerYear = 54000; // 40,500 of 54,000 hours: 75%
    r = evaluateWorkload(in);
    CHECK(*r.saturation.value == Approx(0.75));
    CHECK(r.saturation.standing == Standing::Beyond);
    CHECK(r.saturation.note.contains(QStringLiteral("75%")));
    CHECK(r.saturation.note.contains(QStringLiteral("Above 60%, officers spend most of their shift answering calls, with little "
                                                    "time for community policing and problem solving.")));

    in.callsPerYear = 0; // no calls is a possible (if odd) figure
    r = evaluateWorkload(in);
    CHECK(r.isValid());
    CHECK(*r.saturation.value == 0);
    CHECK(r.saturation.standing == Standing::Within);
}

TEST_CASE("Every invalid input is named with what is wrong")
{
    struct Case {
        WorkloadField field;
        double value;
        const char* message;
    };
    const Case cases[] = {
        {WorkloadField::Population, -1, "Population can't be negative."},
        {WorkloadField::Population, 0, "Population must be more than 0."},
        {WorkloadField::SwornOfficers, -3, "Sworn officers can't be negative."},
        {WorkloadField::SwornOfficers, 0, "Sworn officers must be more than 0."},
        {WorkloadField::PatrolOfficers, 0, "Patrol officers must be more than 0."},
        {WorkloadField::PatrolOfficers, 101, "Patrol officers can't be more than sworn officers: patrol officers are sworn officers too."},
        {WorkloadField::CallsPerYear, -10, "Calls for service per year can't be negative."},
        {WorkloadField::MinutesPerCall, 0, "Minutes per call must be more than 0."},
        {WorkloadField::MinutesPerCall, -30, "Minutes per call can't be negative."},
        {WorkloadField::OfficersPerCall, 0, "Officers per call must be more than 0."},
        {WorkloadField::NetHoursPerOfficer, 0, "Net available hours per officer must be more than 0."},
        {WorkloadField::NetHoursPerOfficer, 9000, "Net available hours per officer can't be more than the 8,760 hours in a year."},
        {WorkloadField::NetHoursPerOfficer, std::nan(""), "Net available hours per officer must be a number."},
    };
    for (const Case& c : cases) {
        WorkloadInputs in = example();
        in.set(c.field, c.value);
        INFO(workloadFieldKey(c.field).toStdString() << " = " << c.value);
        const WorkloadResult r = evaluateWorkload(in);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.front().field == c.field);
        CHECK(r.problems.front().message == QString::fromUtf8(c.message));
        CHECK_FALSE(r.isValid());
    }
    // A figure that needs an invalid input is not computed, and says why.
    WorkloadInputs in = example();
    in.patrolOfficers = 101;
    const WorkloadResult r = evaluateWorkload(in);
    CHECK_FALSE(r.patrolShare.value);
    CHECK_FALSE(r.saturation.value);
    CHECK(r.patrolShare.note == QStringLiteral("Correct Patrol officers first."));
    CHECK(r.officersPerThousand.value); // population and sworn are fine
    CHECK(*r.officersPerThousand.value == Approx(2.0));
    // 8,760 itself is allowed.
    in = example();
    in.netHoursPerOfficer = 8760;
    CHECK(firstProblem(in).isEmpty());
}

TEST_CASE("Empty inputs give unknown figures that say what to fill in")
{
    const WorkloadInputs empty;
    CHECK(empty.isEmpty());
    const WorkloadResult r = evaluateWorkload(empty);
    CHECK(r.isValid());
    for (const WorkloadFigure* f : {&r.officersPerThousand, &r.patrolShare, &r.saturation}) {
        CHECK_FALSE(f->value);
        CHECK(f->standing == Standing::Unknown);
        CHECK(f->note.contains(QStringLiteral("fill in")));
    }
    CHECK_FALSE(r.callHoursPerYear);
    CHECK_FALSE(r.availablePatrolHours);

    WorkloadInputs partial;
    partial.swornOfficers = 80;
    partial.patrolOfficers = 48;
    const WorkloadResult some = evaluateWorkload(partial);
    CHECK(some.patrolShare.value);
    CHECK(some.officersPerThousand.note.startsWith(QStringLiteral("To see this figure, fill in: Population.")));
    CHECK(some.saturation.note.contains(QStringLiteral("Calls for service per year, Minutes per call, Officers per call, "
                                                       "Net available hours per officer")));
    CHECK_FALSE(partial.isEmpty());
    WorkloadInputs notesOnly;
    notesOnly.notes = QStringLiteral("Figures from the 2026 budget");
    CHECK_FALSE(notesOnly.isEmpty());
}

TEST_CASE("Typed figures: group separators, decimals, and refusals naming the field")
{
    const auto parsed = [](const QString& text) { return parseWorkloadValue(WorkloadField::Population, text); };
    CHECK(*expectOk(parsed(QStringLiteral("12,500"))) == 12500);
    CHECK(*expectOk(parsed(QStringLiteral(" 42 "))) == 42);
    CHECK(*expectOk(parsed(QStringLiteral("1.5"))) == 1.5);
    CHECK_FALSE(expectOk(parsed(QStringLiteral("  "))).has_value());
    CHECK(*expectOk(parsed(QStringLiteral("-5"))) == -5); // parsed; evaluateWorkload says it can't be negative
    for (const char* bad : {"abc", "1e400", "inf", "nan", "12 apples"}) {
        auto r = parsed(QString::fromUtf8(bad));
        INFO(bad);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.startsWith(QStringLiteral("Population must be a number")));
        CHECK(r.error().message.contains(QString::fromUtf8(bad)));
    }
    auto minutes = parseWorkloadValue(WorkloadField::MinutesPerCall, QStringLiteral("half an hour"));
    REQUIRE_FALSE(minutes.has_value());
    CHECK(minutes.error().message.startsWith(QStringLiteral("Minutes per call must be a number")));

    // A German desk reads its own separators, and plain C-style numbers still work.
    LocaleGuard guard;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(*expectOk(parsed(QStringLiteral("12.500"))) == 12500);
    CHECK(*expectOk(parsed(QStringLiteral("1,5"))) == 1.5);
    CHECK(*expectOk(parsed(QStringLiteral("1.5"))) == 1.5);
}

TEST_CASE("Field keys, labels and hints")
{
    CHECK(allWorkloadFields().size() == 7);
    for (WorkloadField f : allWorkloadFields()) {
        CHECK(workloadFieldFromKey(workloadFieldKey(f)) == f);
        CHECK_FALSE(workloadFieldLabel(f).isEmpty());
        CHECK_FALSE(workloadFieldHint(f).isEmpty());
    }
    CHECK(workloadFieldKey(WorkloadField::OfficersPerCall) == QStringLiteral("officers-per-call"));
    CHECK(workloadFieldFromKey(QStringLiteral("net-hours")) == WorkloadField::NetHoursPerOfficer);
    CHECK_FALSE(workloadFieldFromKey(QStringLiteral("budget")));
}

TEST_CASE("A team's worksheet is saved as one undoable action and refused when invalid")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {})).subject;

    WorkloadInputs loaded = expectOk(workload::load(*db, team));
    CHECK(loaded.isEmpty());

    WorkloadInputs in = example();
    in.notes = QStringLiteral("  From the 2026 annual report ");
    const ChangeSet saved = expectOk(workload::save(*db, team, in));
    CHECK(saved.description == QStringLiteral("Save the workload worksheet for Salem, OR"));
    CHECK(saved.subject != 0);
    loaded = expectOk(workload::load(*db, team));
    CHECK(loaded.population == 50000.0);
    CHECK(loaded.officersPerCall == 1.5);
    CHECK(loaded.netHoursPerOfficer == 1800.0);
    CHECK(loaded.notes == QStringLiteral("From the 2026 annual report"));

    // A second save changes the same row; clearing a figure stores it as unknown.
    in.population.reset();
    const ChangeSet second = expectOk(workload::save(*db, team, in));
    CHECK(second.subject == saved.subject);
    CHECK_FALSE(expectOk(workload::load(*db, team)).population);

    WorkloadInputs bad = example();
    bad.swornOfficers = -1;
    auto refused = workload::save(*db, team, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message == QStringLiteral("Sworn officers can't be negative."));
    CHECK(expectOk(workload::load(*db, team)).swornOfficers == 100.0); // nothing saved

    expectOk(db->revert(second));
    CHECK(expectOk(workload::load(*db, team)).population == 50000.0);
    expectOk(db->revert(saved));
    CHECK(expectOk(workload::load(*db, team)).isEmpty());
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM workload_worksheets"))).toInt() == 0);

    CHECK_FALSE(workload::load(*db, 999).has_value());
    CHECK_FALSE(workload::save(*db, 999, example()).has_value());
}

TEST_CASE("Deleting a team or its workshop takes the worksheet and the plan along, and undo brings them back")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                        QStringLiteral("Salem")));
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana})).subject;
    expectOk(workload::save(*db, team, example()));
    ActionItem item;
    item.teamId = team;
    item.goal = QStringLiteral("Publish the use-of-force policy");
    item.ownerId = dana;
    const Id itemId = expectOk(actionplans::add(*db, item)).subject;
    expectOk(actionplans::recordUpdate(*db, itemId, QDate(2020, 1, 2), ActionStatus::InProgress, QStringLiteral("Draft ready")));

    const auto count = [&](const char* table) {
        return expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))).toInt();
    };
    SECTION("the team")
    {
        const ChangeSet removed = expectOk(teams::remove(*db, team));
        CHECK(count("workload_worksheets") == 0);
        CHECK(count("action_items") == 0);
        CHECK(count("action_updates") == 0);
        expectOk(db->revert(removed));
        CHECK(expectOk(workload::load(*db, team)).population == 50000.0);
        CHECK(expectOk(actionplans::items(*db, team)).size() == 1);
        CHECK(expectOk(actionplans::updates(*db, itemId)).size() == 1);
    }
    SECTION("the workshop")
    {
        const ChangeSet removed = expectOk(workshops::remove(*db, workshop));
        CHECK(count("workload_worksheets") == 0);
        CHECK(count("action_items") == 0);
        CHECK(count("action_updates") == 0);
        CHECK(count("teams") == 0);
        expectOk(db->revert(removed));
        CHECK(count("workload_worksheets") == 1);
        CHECK(count("action_items") == 1);
        CHECK(count("action_updates") == 1);
    }
}
