// roundtable-cli's attendance commands (blocks, checkin, attendance) on the
// demo file: output, exit codes, and errors that say what to do.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "attendance/Attendance.h"
#include "people/People.h"
#include "workshops/Workshops.h"

#include <QRegularExpression>

using namespace rt;
using namespace rt::test;

namespace {

struct Demo {
    TempDir dir;
    QString file;
    QStringList base;

    Demo()
        : file(dir.path(QStringLiteral("demo.roundtable")))
        , base{QStringLiteral("-d"), file}
    {
        const Run made = cli({QStringLiteral("-d"), file, QStringLiteral("demo")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    // The number "people" would show for someone in the demo.
    QString person(const QString& lastName) const
    {
        auto db = expectOk(Database::open(file));
        for (const PersonListing& listing : expectOk(people::directory(*db))) {
            if (listing.person.lastName == lastName)
                return QString::number(listing.person.id);
        }
        FAIL("no one called " << lastName.toStdString());
        return {};
    }

    Run checkin(const QString& lastName, const QStringList& more) const
    {
        return cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("--workshop"), QStringLiteral("1"),
                                      QStringLiteral("--person"), person(lastName)}
                   + more);
    }
};

} // namespace

TEST_CASE("blocks lists a workshop's blocks with times and credit hours")
{
    Demo demo;
    Run blocks = cli(demo.base + QStringList{QStringLiteral("blocks"), QStringLiteral("--workshop"), QStringLiteral("1")});
    INFO(blocks.err.toStdString());
    REQUIRE(blocks.exitCode == 0);
    const QStringList lines = blocks.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].contains(QStringLiteral("Day 1 · Morning    2027-03-09  08:30–12:00  3.5 h")));
    CHECK(lines[3].contains(QStringLiteral("Day 2 · Afternoon  2027-03-10  13:00–16:30  3.5 h")));
    CHECK(lines[4] == QStringLiteral("14 h offered · 10.5 h needed for a certificate"));

    Run noWorkshop = cli(demo.base + QStringList{QStringLiteral("blocks")});
    CHECK(noWorkshop.exitCode == 2);
    CHECK(noWorkshop.err.contains(QStringLiteral("Give --workshop ID")));
}

TEST_CASE("checkin marks a person in a named block, with the status and time asked for")
{
    Demo demo;
    Run in = demo.checkin(QStringLiteral("Holt"), {QStringLiteral("--block"), QStringLiteral("Day 1 Afternoon")});
    INFO(in.err.toStdString());
    CHECK(in.exitCode == 0);
    CHECK(in.out == QStringLiteral("Check in Karen Holt (Day 1 · Afternoon)\n"));

    Run late = demo.checkin(QStringLiteral("Keller"), {QStringLiteral("--block"), QStringLiteral("Day 1 · Afternoon"),
                                                       QStringLiteral("--status"), QStringLiteral("late"), QStringLiteral("--time"),
                                                       QStringLiteral("13:40")});
    CHECK(late.exitCode == 0);
    CHECK(late.out == QStringLiteral("Mark Thomas Keller late at 13:40 (Day 1 · Afternoon)\n"));
    // A mark is changed by marking again; "9:05" is read as 09:05.
    Run again = demo.checkin(QStringLiteral("Marsh"), {QStringLiteral("--block"), QStringLiteral("morning"), QStringLiteral("--status"),
                                                       QStringLiteral("Late"), QStringLiteral("--time"), QStringLiteral("9:05")});
    CHECK(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("Mark Daniel Marsh late at 09:05 (Day 1 · Morning)\n"));

    // Late without --time: now.
    const QTime before = QTime::currentTime();
    Run now = demo.checkin(QStringLiteral("Lund"), {QStringLiteral("--block"), QStringLiteral("Day 2 Morning"), QStringLiteral("--status"),
                                                    QStringLiteral("left-early")});
    const QTime after = QTime::currentTime();
    CHECK(now.exitCode == 0);
    const auto m = QRegularExpression(QStringLiteral("^Mark Gregory Lund left early at (\\d\\d:\\d\\d) \\(Day 2 · Morning\\)\n$")).match(now.out);
    REQUIRE(m.hasMatch());
    const QString stamped = m.captured(1);
    CHECK((stamped == before.toString(QStringLiteral("HH:mm")) || stamped == after.toString(QStringLiteral("HH:mm"))));

    Run cleared = demo.checkin(QStringLiteral("Whitfield"), {QStringLiteral("--block"), QStringLiteral("Day 1 Morning"),
                                                             QStringLiteral("--status"), QStringLiteral("clear")});
    CHECK(cleared.exitCode == 0);
    CHECK(cleared.out == QStringLiteral("Clear Dana Whitfield's attendance (Day 1 · Morning)\n"));

    Run grid = cli(demo.base + QStringList{QStringLiteral("attendance"), QStringLiteral("--workshop"), QStringLiteral("1"),
                                           QStringLiteral("--block"), QStringLiteral("Day 1 Afternoon")});
    CHECK(grid.exitCode == 0);
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nHolt, Karen +Present "))));
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nKeller, Thomas +Late 13:40 "))));
    CHECK(grid.out.contains(QStringLiteral("Day 1 · Afternoon: 16 attended, 4 not yet marked")));
}

TEST_CASE("checkin without --block uses the block the clock points at")
{
    Demo demo;
    auto db = expectOk(Database::open(demo.file));
    const auto blocks = expectOk(attendance::blocksOf(*db, 1));
    const Workshop workshop = expectOk(workshops::get(*db, 1));
    db.reset(); // the file has one writer: the command below
    const auto expected = [&] {
        const int index = attendance::currentBlockIndex(blocks, workshop, QDateTime::currentDateTime());
        REQUIRE(index >= 0);
        return QStringLiteral("Mark Karen Holt excused (%1)\n").arg(blocks[size_t(index)].name());
    };
    const QString before = expected();
    Run in = demo.checkin(QStringLiteral("Holt"), {QStringLiteral("--status"), QStringLiteral("excused")});
    const QString after = expected(); // the clock may have passed a block's end meanwhile
    INFO(in.err.toStdString());
    CHECK(in.exitCode == 0);
    CHECK((in.out == before || in.out == after));
}

TEST_CASE("checkin refuses what it cannot do and says what to do instead")
{
    Demo demo;
    Run unknown = demo.checkin(QStringLiteral("Holt"), {QStringLiteral("--block"), QStringLiteral("Evening")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("There is no block “Evening” in this workshop. Name one of: Day 1 · Morning, "
                                              "Day 1 · Afternoon, Day 2 · Morning, Day 2 · Afternoon")));

    Run status = demo.checkin(QStringLiteral("Holt"), {QStringLiteral("--status"), QStringLiteral("tardy")});
    CHECK(status.exitCode == 2);
    CHECK(status.err.contains(QStringLiteral("--status: say present, late, left-early, excused, absent or clear")));

    Run time = demo.checkin(QStringLiteral("Holt"), {QStringLiteral("--status"), QStringLiteral("late"), QStringLiteral("--time"),
                                                     QStringLiteral("quarter past")});
    CHECK(time.exitCode == 2);
    CHECK(time.err.contains(QStringLiteral("give the time as HH:MM")));

    Run presentAt = demo.checkin(QStringLiteral("Holt"), {QStringLiteral("--time"), QStringLiteral("09:00")});
    CHECK(presentAt.exitCode == 2);
    CHECK(presentAt.err.contains(QStringLiteral("--time goes with --status late or left-early")));

    Run waiting = demo.checkin(QStringLiteral("Greene"), {QStringLiteral("--block"), QStringLiteral("Day 1 Morning")});
    CHECK(waiting.exitCode == 1);
    CHECK(waiting.err.contains(QStringLiteral("Paula Greene is on the waitlist")));

    Run noPerson = cli(demo.base + QStringList{QStringLiteral("checkin"), QStringLiteral("--workshop"), QStringLiteral("1")});
    CHECK(noPerson.exitCode == 2);
    CHECK(noPerson.err.contains(QStringLiteral("Give --person ID")));

    // None of these changed the file: Karen Holt is still not marked.
    Run grid = cli(demo.base + QStringList{QStringLiteral("attendance"), QStringLiteral("--workshop"), QStringLiteral("1"),
                                           QStringLiteral("--block"), QStringLiteral("Day 1 Afternoon")});
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nHolt, Karen +- "))));
}

TEST_CASE("attendance shows the grid with codes, hours, totals and who qualifies")
{
    Demo demo;
    Run grid = cli(demo.base + QStringList{QStringLiteral("attendance"), QStringLiteral("--workshop"), QStringLiteral("1")});
    INFO(grid.err.toStdString());
    REQUIRE(grid.exitCode == 0);
    CHECK(grid.out.contains(QStringLiteral("  1  Day 1 · Morning, 08:30–12:00 · 3.5 h\n")));
    CHECK(grid.out.contains(QStringLiteral("P present · L late · E left early · X excused · A absent · - not marked")));
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nName +1 +2 +3 +4 +Hours +Certificate\n"))));
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nRaman, Priya +L +P +- +- +\\d+(\\.\\d+)? h\n"))));
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nFuller, Curtis +X +P +- +- +3.5 h\n"))));
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nHolt, Karen +P +- +- +- +3.5 h\n"))));
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nAttended +19 +14 +0 +0\n"))));
    CHECK(grid.out.contains(QStringLiteral("Day 1 · Afternoon: 14 attended, 6 not yet marked")));
    CHECK(grid.out.contains(QStringLiteral("14 h offered · 10.5 h needed for a certificate")));
    CHECK(grid.out.contains(QStringLiteral("Qualify for a certificate: 0 of 20\n")));

    // Day two, in full for Dana Whitfield: 14 h, a certificate.
    for (const char* block : {"Day 2 Morning", "Day 2 Afternoon"})
        REQUIRE(demo.checkin(QStringLiteral("Whitfield"), {QStringLiteral("--block"), QString::fromLatin1(block)}).exitCode == 0);
    grid = cli(demo.base + QStringList{QStringLiteral("attendance"), QStringLiteral("--workshop"), QStringLiteral("1")});
    CHECK(grid.out.contains(QRegularExpression(QStringLiteral("\nWhitfield, Dana +P +P +P +P +14 h +yes\n"))));
    CHECK(grid.out.contains(QStringLiteral("Qualify for a certificate: 1 of 20 (Dana Whitfield)\n")));

    Run unknown = cli(demo.base + QStringList{QStringLiteral("attendance"), QStringLiteral("--workshop"), QStringLiteral("1"),
                                              QStringLiteral("--block"), QStringLiteral("Day 3 Morning")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Name one of: Day 1 · Morning")));
}
