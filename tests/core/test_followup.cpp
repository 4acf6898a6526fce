// The follow-up list across workshops: what is overdue, what is due soon,
// the filters, the order, the counts and each item's newest update.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/FollowUp.h"
#include "common/Clock.h"
#include "people/Teams.h"
#include "workshops/Workshops.h"


using namespace rt;
using namespace rt::test;

namespace {

const QDate kToday(2027, 5, 1);

// Updates can't be dated after today, so today is kToday here.
struct FixedClock {
    FixedClock() { setClockForTesting([] { return QDateTime(kToday, QTime(12, 0), Qt::UTC); }); }
    ~FixedClock() { setClockForTesting({}); }
};

struct Cohorts {
    FixedClock clock;
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id spring = addWorkshop(*db, 10, QStringLiteral("Spring workshop")); // 9–10 March 2027
    Id winter = 0;
    Id salem = 0;
    Id albany = 0;
    Id eugene = 0;
    std::map<QString, Id> items;

    Cohorts()
    {
        Workshop w;
        w.title = QStringLiteral("Winter workshop");
        w.startDate = QDate(2027, 1, 12);
        w.halfDays = 4;
        w.capacity = 10;
        winter = expectOk(workshops::create(*db, w)).subject;
        salem = expectOk(teams::create(*db, spring, QStringLiteral("Salem"), QStringLiteral("OR"), {})).subject;
        albany = expectOk(teams::create(*db, spring, QStringLiteral("Albany"), QStringLiteral("OR"), {})).subject;
        eugene = expectOk(teams::create(*db, winter, QStringLiteral("Eugene"), QStringLiteral("OR"), {})).subject;
        add("A", salem, QDate(2027, 4, 20), ActionStatus::InProgress); // 11 days overdue
        add("B", salem, QDate(2027, 4, 28), ActionStatus::NotStarted); // 3 days overdue
        add("C", salem, QDate(2027, 5, 1), ActionStatus::NotStarted);  // due today
        add("D", albany, QDate(2027, 5, 10), ActionStatus::Blocked);   // in 9 days
        add("E", eugene, QDate(2027, 6, 30), ActionStatus::NotStarted); // in 60 days
        add("F", eugene, std::nullopt, ActionStatus::InProgress);
        add("G", salem, QDate(2027, 4, 1), ActionStatus::Done);        // past due but done
    }
    void add(const char* goal, Id team, std::optional<QDate> due, ActionStatus status)
    {
        ActionItem item;
        item.teamId = team;
        item.goal = QString::fromLatin1(goal);
        item.due = due;
        item.status = status;
        items[item.goal] = expectOk(actionplans::add(*db, item)).subject;
    }
    QStringList goals(const FollowUpFilter& filter = {}) const
    {
        QStringList list;
        for (const FollowUpRow& row : expectOk(followup::rows(*db, kToday, filter)))
            list << row.item.goal;
        return list;
    }
};

QStringList list(std::initializer_list<const char*> goals)
{
    QStringList result;
    for (const char* g : goals)
        result << QString::fromLatin1(g);
    return result;
}

} // namespace

TEST_CASE("Follow-up lists the longest overdue first, then by due date, undated last")
{
    Cohorts c;
    CHECK(c.goals() == list({"A", "B", "G", "C", "D", "E", "F"}));

    const std::vector<FollowUpRow> rows = expectOk(followup::rows(*c.db, kToday));
    const FollowUpRow& a = rows.front();
    CHECK(a.daysLeft == -11);
    CHECK(a.isOverdue());
    CHECK(a.workshopTitle == QStringLiteral("Spring workshop"));
    CHECK(a.workshopDate == QDate(2027, 3, 9));
    CHECK(a.workshopId == c.spring);
    CHECK(a.teamLabel == QStringLiteral("Salem, OR"));
    const FollowUpRow& g = rows[2];
    CHECK(g.daysLeft == -30);
    CHECK_FALSE(g.isOverdue()); // done is never overdue
    CHECK(rows[3].isDueWithin(0));
    CHECK_FALSE(rows.back().daysLeft);
    CHECK(rows.back().teamLabel == QStringLiteral("Eugene, OR"));
}

TEST_CASE("Follow-up filters: due within N days takes in the overdue, and the rest narrow as named")
{
    Cohorts c;
    FollowUpFilter soon;
    soon.dueWithinDays = 14;
    CHECK(c.goals(soon) == list({"A", "B", "C", "D"}));
    soon.dueWithinDays = 0;
    CHECK(c.goals(soon) == list({"A", "B", "C"}));

    FollowUpFilter overdue;
    overdue.overdueOnly = true;
    CHECK(c.goals(overdue) == list({"A", "B"}));

    FollowUpFilter done;
    done.status = ActionStatus::Done;
    CHECK(c.goals(done) == list({"G"}));

    FollowUpFilter open;
    open.includeDone = false;
    CHECK(c.goals(open) == list({"A", "B", "C", "D", "E", "F"}));

    FollowUpFilter winter;
    winter.workshopId = c.winter;
    CHECK(c.goals(winter) == list({"E", "F"}));
    winter.status = ActionStatus::InProgress;
    CHECK(c.goals(winter) == list({"F"}));
}

TEST_CASE("Follow-up counts and the newest update of each item")
{
    Cohorts c;
    const auto rows = expectOk(followup::rows(*c.db, kToday));
    const followup::Counts counts = followup::count(rows);
    CHECK(counts.total == 7);
    CHECK(counts.overdue == 2);
    CHECK(counts.dueSoon == 2); // C today, D in 9 days
    CHECK(counts.byStatus[int(ActionStatus::NotStarted)] == 3);
    CHECK(counts.byStatus[int(ActionStatus::InProgress)] == 2);
    CHECK(counts.byStatus[int(ActionStatus::Done)] == 1);
    CHECK(counts.byStatus[int(ActionStatus::Blocked)] == 1);
    CHECK(followup::count({}).total == 0);

    const Id a = c.items.at(QStringLiteral("A"));
    expectOk(actionplans::recordUpdate(*c.db, a, QDate(2027, 4, 2), ActionStatus::InProgress, QStringLiteral("First call")));
    expectOk(actionplans::recordUpdate(*c.db, a, QDate(2027, 4, 15), ActionStatus::Blocked, QStringLiteral("Council delayed")));
    const auto after = expectOk(followup::rows(*c.db, kToday));
    REQUIRE(after.front().item.id == a);
    REQUIRE(after.front().lastUpdate);
    CHECK(after.front().lastUpdate->date == QDate(2027, 4, 15));
    CHECK(after.front().lastUpdate->note == QStringLiteral("Council delayed"));
    CHECK(after.front().lastUpdate->status == ActionStatus::Blocked);
    CHECK(after.front().item.status == ActionStatus::Blocked);
    CHECK_FALSE(after[1].lastUpdate);

    // Looked at a month later, everything still open has come due.
    FollowUpFilter overdue;
    overdue.overdueOnly = true;
    CHECK(expectOk(followup::rows(*c.db, QDate(2027, 7, 1), overdue)).size() == 5);
}

TEST_CASE("matches() on its own, for a view that filters rows it already has")
{
    FollowUpRow row;
    row.workshopId = 3;
    row.daysLeft = 5;
    FollowUpFilter f;
    CHECK(followup::matches(row, f));
    f.dueWithinDays = 4;
    CHECK_FALSE(followup::matches(row, f));
    f.dueWithinDays = 5;
    CHECK(followup::matches(row, f));
    f.workshopId = 4;
    CHECK_FALSE(followup::matches(row, f));
    row.daysLeft.reset();
    f = {};
    f.dueWithinDays = 30;
    CHECK_FALSE(followup::matches(row, f)); // no due date: never "due soon"
}
