// Several stations checking people in on one server database: a person checked
// in for a block at two stations has one mark, and neither station's check-in
// is lost to an error. (Processes checking in at the same moment are
// tests/stations; these are the rules, station by station, in one process.)

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "attendance/Attendance.h"
#include "people/Roster.h"
#include "storage/Sql.h"

using namespace rt;
using namespace rt::test;

namespace {

qint64 marksInDatabase(const Database& db, Id block, Id person)
{
    return expectOk(sql::scalar(db.connection(),
                                QStringLiteral("SELECT COUNT(*) FROM attendance_marks WHERE block_id = ? AND person_id = ?"),
                                {block, person}))
        .toLongLong();
}

AttendanceMark markOf(const Database& db, Id block, Id person)
{
    const auto marks = expectOk(attendance::marksOf(db, block));
    REQUIRE(marks.count(person) == 1);
    return marks.at(person);
}

} // namespace

TEST_CASE("A person checked in for the same block at two stations has one mark, and no check-in is lost")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 10);
    const Id block = expectOk(attendance::blocksOf(*db, workshop)).front().id;
    const Id ann = enrollNew(*db, workshop, makePerson(QStringLiteral("Ann"), QStringLiteral("Lee"), Role::CityManager,
                                                       QStringLiteral("Salem")));

    if (!db->isServer()) {
        // A file has one writer (a second window opens it read-only): the
        // nearest case is one station checking someone in twice.
        expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Present));
        CHECK(expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Present)).isEmpty());
        CHECK(marksInDatabase(*db, block, ann) == 1);
        return;
    }

    // The second station connects now, so it has seen everything so far.
    auto other = expectOk(Database::openServer(*db->server()));

    SECTION("both check them in: the second finds the first's mark and changes nothing")
    {
        auto first = expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Present));
        CHECK(first.rows.size() == 1);
        auto second = expectOk(attendance::mark(*other, workshop, ann, block, AttendanceStatus::Present));
        CHECK(second.isEmpty());
        CHECK(marksInDatabase(*db, block, ann) == 1);
        CHECK(markOf(*other, block, ann).status == AttendanceStatus::Present);
    }
    SECTION("already marked late at the other station: that mark stands, and the station is told")
    {
        expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Late, QTime(9, 10)));
        auto second = expectOk(attendance::mark(*other, workshop, ann, block, AttendanceStatus::Present));
        CHECK(second.isEmpty());
        CHECK(second.notice.contains(QStringLiteral("already checked in")));
        CHECK(second.notice.contains(QStringLiteral("late at 09:10")));
        CHECK(marksInDatabase(*db, block, ann) == 1);
        const AttendanceMark mark = markOf(*db, block, ann);
        CHECK(mark.status == AttendanceStatus::Late);
        CHECK(mark.at == QTime(9, 10));
    }
    SECTION("marked absent at the other station: the person is here, so the check-in replaces it")
    {
        expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Absent));
        auto second = expectOk(attendance::mark(*other, workshop, ann, block, AttendanceStatus::Late, QTime(8, 50)));
        CHECK(second.rows.size() == 1);
        CHECK(second.notice.contains(QStringLiteral("replaces")));
        CHECK(marksInDatabase(*db, block, ann) == 1);
        const AttendanceMark mark = markOf(*db, block, ann);
        CHECK(mark.status == AttendanceStatus::Late);
        CHECK(mark.at == QTime(8, 50));
        // The replacement is an action of its own: undone, the absence is back.
        expectOk(other->revert(second));
        CHECK(markOf(*db, block, ann).status == AttendanceStatus::Absent);
    }
    SECTION("marking them absent over the other station's newer check-in is an edit, and is refused")
    {
        expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Present));
        auto refused = attendance::mark(*other, workshop, ann, block, AttendanceStatus::Absent);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Collision);
        CHECK(markOf(*db, block, ann).status == AttendanceStatus::Present);
        // Once the station shows the check-in, the change is its to make.
        other->catchUp();
        expectOk(attendance::mark(*other, workshop, ann, block, AttendanceStatus::Absent));
        CHECK(markOf(*db, block, ann).status == AttendanceStatus::Absent);
        CHECK(marksInDatabase(*db, block, ann) == 1);
    }
    SECTION("a walk-in registered at both stations is registered and checked in once")
    {
        const Id elsewhere = addWorkshop(*db, 10, QStringLiteral("Elsewhere"));
        const Id bo = enrollNew(*db, elsewhere, makePerson(QStringLiteral("Bo"), QStringLiteral("Diaz"), Role::PoliceChief,
                                                            QStringLiteral("Eugene")));
        other->catchUp();
        expectOk(attendance::walkIn(*db, workshop, block, bo, AttendanceStatus::Present));
        auto second = expectOk(attendance::walkIn(*other, workshop, block, bo, AttendanceStatus::Present));
        CHECK(second.notice.contains(QStringLiteral("already registered")));
        CHECK(second.isEmpty());
        CHECK(marksInDatabase(*db, block, bo) == 1);
        CHECK(expectOk(roster::counts(*db, workshop)).registered == 2);
    }
    SECTION("everyone marked present at one station leaves the other station's marks alone")
    {
        expectOk(attendance::mark(*db, workshop, ann, block, AttendanceStatus::Excused));
        auto all = attendance::markAllPresent(*other, workshop, block);
        REQUIRE_FALSE(all); // Ann was the only one registered, and has a mark
        CHECK(all.error().message.contains(QStringLiteral("already has a mark")));
        CHECK(markOf(*db, block, ann).status == AttendanceStatus::Excused);
    }
}
