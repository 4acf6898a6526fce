// Several stations checking people in at once, each its own process on the
// loopback server: nothing reported saved is lost, nothing is recorded twice,
// and a station watching the others hears of their commits.

#include "Fixtures.h"
#include "Stations.h"

#include "attendance/Attendance.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <set>

using namespace rt;
using namespace rt::test;

namespace {

// Marks of the block per person: every person at most once.
qint64 peopleMarkedTwice(const Database& db, Id block)
{
    return count(db,
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT person_id FROM attendance_marks WHERE block_id = ? "
                                "GROUP BY person_id HAVING COUNT(*) > 1) AS twice"),
                 {block});
}

// Journal lines recording a mark of the block being made (inserted).
qint64 markInsertsJournaled(const Database& db)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM journal_rows WHERE table_name = 'attendance_marks' AND op = 'insert'"));
}

} // namespace

TEST_CASE("Four station processes checking in different people at once record every check-in once")
{
    constexpr int kStations = 4;
    constexpr int kEach = 25;
    Stage s = stage(kStations * kEach);
    std::vector<std::vector<Id>> lists(kStations);
    for (size_t i = 0; i < s.people.size(); ++i)
        lists[i % kStations].push_back(s.people[i]);

    const auto runs = runStations(s.address, s.workshop, s.block, lists);

    std::multiset<Id> saved;
    for (const auto& run : runs) {
        INFO(run.errors.toStdString() << run.refused.join(QLatin1Char('\n')).toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.refused.isEmpty());
        CHECK(run.saved.size() == size_t(kEach));
        saved.insert(run.saved.begin(), run.saved.end());
    }
    CHECK(saved == std::multiset<Id>(s.people.begin(), s.people.end()));

    const auto marks = expectOk(attendance::marksOf(*s.db, s.block));
    CHECK(marks.size() == s.people.size());
    for (Id person : s.people) {
        INFO("person " << person);
        REQUIRE(marks.count(person) == 1);
        CHECK(marks.at(person).status == AttendanceStatus::Present);
    }
    CHECK(peopleMarkedTwice(*s.db, s.block) == 0);
    CHECK(markInsertsJournaled(*s.db) == qint64(s.people.size()));
    // Each station wrote under its own name in the journal.
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(DISTINCT station) FROM journal WHERE description LIKE 'Check in %'"))
          == kStations);
}

TEST_CASE("Station processes checking in the same people for the same block at once leave one mark each")
{
    constexpr int kStations = 4;
    Stage s = stage(30);
    // Every station has everyone, in orders that make them meet head-on.
    std::vector<std::vector<Id>> lists(kStations, s.people);
    std::reverse(lists[1].begin(), lists[1].end());
    std::rotate(lists[2].begin(), lists[2].begin() + 10, lists[2].end());
    std::rotate(lists[3].begin(), lists[3].begin() + 20, lists[3].end());

    const auto runs = runStations(s.address, s.workshop, s.block, lists);

    for (const auto& run : runs) {
        INFO(run.errors.toStdString() << run.refused.join(QLatin1Char('\n')).toStdString());
        // No station fails or loses one: a person already checked in by
        // another station is simply checked in.
        CHECK(run.exitCode == 0);
        CHECK(run.refused.isEmpty());
        CHECK(std::multiset<Id>(run.saved.begin(), run.saved.end()) == std::multiset<Id>(s.people.begin(), s.people.end()));
    }
    const auto marks = expectOk(attendance::marksOf(*s.db, s.block));
    CHECK(marks.size() == s.people.size());
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM attendance_marks WHERE block_id = ?"), {s.block})
          == qint64(s.people.size()));
    CHECK(peopleMarkedTwice(*s.db, s.block) == 0);
    // The first station to reach a person made the mark; the rest changed nothing.
    CHECK(markInsertsJournaled(*s.db) == qint64(s.people.size()));
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM journal_rows WHERE table_name = 'attendance_marks' AND op <> 'insert'"))
          == 0);
}

TEST_CASE("A station watching the others is told when another station process commits")
{
    Stage s = stage(3);
    QObject context;
    int calls = 0;
    QEventLoop loop;
    expectOk(s.db->watchOtherStations(&context, [&] {
        ++calls;
        loop.quit();
    }));

    // This station's own commit does not wake it.
    expectOk(attendance::mark(*s.db, s.workshop, s.people[0], s.block, AttendanceStatus::Present));

    const auto runs = runStations(s.address, s.workshop, s.block, {{s.people[1]}});
    REQUIRE(runs.front().exitCode == 0);
    REQUIRE(runs.front().saved == std::vector<Id>{s.people[1]});

    if (calls == 0) {
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(20000);
        loop.exec();
    }
    // Both notifications, ours and theirs, came in order on one connection:
    // by the time theirs is seen, ours would have been counted too.
    QCoreApplication::processEvents();
    CHECK(calls == 1);

    // Caught up, the station sees the other's check-in.
    s.db->catchUp();
    CHECK(expectOk(attendance::marksOf(*s.db, s.block)).count(s.people[1]) == 1);
}
