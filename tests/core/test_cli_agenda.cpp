// roundtable-cli and the agenda: printing it, starting it from a template or
// another workshop, and exporting it as a PDF or a calendar file.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "agenda/Agenda.h"
#include "workshops/Workshops.h"

#include <QPdfDocument>

using namespace rt;
using namespace rt::test;

namespace {

struct AgendaFile {
    TempDir dir;
    QString file = dir.path(QStringLiteral("w.roundtable"));
    QString twoDay;
    QString halfDay;

    AgendaFile()
    {
        auto db = expectOk(Database::create(file));
        twoDay = QString::number(addWorkshop(*db, 20, QStringLiteral("Two days in Salem")));
        Workshop w;
        w.title = QStringLiteral("A morning in Eugene");
        w.startDate = QDate(2027, 4, 22);
        w.halfDays = 1;
        w.hostState = QStringLiteral("OR");
        halfDay = QString::number(expectOk(workshops::create(*db, w)).subject);
    }

    Run run(const QStringList& arguments) const { return cli(QStringList{QStringLiteral("-d"), file} + arguments); }
    Run agenda(const QString& workshop, const QStringList& more = {}) const
    {
        return run(QStringList{QStringLiteral("agenda"), QStringLiteral("--workshop"), workshop} + more);
    }
};

} // namespace

TEST_CASE("agenda lists the templates, starts an agenda from one and prints it by day")
{
    AgendaFile f;
    const Run templates = f.run({QStringLiteral("agenda"), QStringLiteral("--templates")});
    REQUIRE(templates.exitCode == 0);
    CHECK(templates.out.contains(QStringLiteral("Two-day manager/chief workshop (2 days, 25 items)")));
    CHECK(templates.out.contains(QStringLiteral("Half-day workshop (1 day, 8 items)")));

    const Run empty = f.agenda(f.twoDay);
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("No agenda yet")));

    const Run applied = f.agenda(f.twoDay, {QStringLiteral("--template"), QStringLiteral("two-day MANAGER/chief workshop")});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains(QStringLiteral("Use the agenda “Two-day manager/chief workshop”. “Two days in Salem” now has 25 agenda items.")));

    const Run printed = f.agenda(f.twoDay);
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.startsWith(QStringLiteral("Two days in Salem · ")));
    CHECK(printed.out.contains(QStringLiteral("Day 1 · Tuesday 9 March 2027 · 08:30–16:30")));
    CHECK(printed.out.contains(QStringLiteral("Day 2 · Wednesday 10 March 2027")));
    CHECK(printed.out.contains(QStringLiteral("  08:30–09:00  30 min     Presentation")));
    CHECK(printed.out.contains(QStringLiteral("Lunch (fixed at 12:00)")));
    CHECK(printed.out.contains(QStringLiteral("12:00–13:00  1 h")));
    CHECK_FALSE(printed.out.contains(QStringLiteral("Warning")));

    const Run dayTwo = f.agenda(f.twoDay, {QStringLiteral("--day"), QStringLiteral("2")});
    REQUIRE(dayTwo.exitCode == 0);
    CHECK_FALSE(dayTwo.out.contains(QStringLiteral("Day 1 ·")));
    CHECK(dayTwo.out.contains(QStringLiteral("16:15–16:30  15 min")));

    const Run noDay = f.agenda(f.twoDay, {QStringLiteral("--day"), QStringLiteral("3")});
    CHECK(noDay.exitCode == 2);
    CHECK(noDay.err.contains(QStringLiteral("has no day 3; it has 2 days")));
    CHECK(noDay.out.isEmpty());

    SECTION("what does not fit is printed under its day")
    {
        {
            auto db = expectOk(Database::open(f.file));
            for (AgendaItem item : expectOk(agenda::itemsOf(*db, f.twoDay.toLongLong()))) {
                if (item.title == QStringLiteral("What gets in the way")) {
                    item.minutes += 20;
                    expectOk(agenda::updateItem(*db, item));
                }
            }
        }
        const Run warned = f.agenda(f.twoDay, {QStringLiteral("--day"), QStringLiteral("1")});
        CHECK(warned.out.contains(QStringLiteral("  Warning: “Lunch” is fixed at 12:00, but the items before it run to 12:10 (10 min over).")));
    }
    SECTION("an unknown template changes nothing and names the ones there are")
    {
        const Run wrong = f.agenda(f.halfDay, {QStringLiteral("--template"), QStringLiteral("Three-day retreat")});
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.contains(QStringLiteral("There is no agenda template “Three-day retreat”")));
        CHECK(wrong.err.contains(QStringLiteral("“Half-day workshop”")));
        CHECK(f.agenda(f.halfDay).out.contains(QStringLiteral("No agenda yet")));
    }
    SECTION("copying to a shorter workshop says what was left out")
    {
        const Run copied = f.agenda(f.halfDay, {QStringLiteral("--copy-from"), f.twoDay});
        INFO(copied.err.toStdString());
        REQUIRE(copied.exitCode == 0);
        CHECK(copied.out.contains(QStringLiteral("“A morning in Eugene” now has 12 agenda items.")));
        CHECK(copied.out.contains(QStringLiteral("so 13 items for later days were left out.")));
        const Run printedCopy = f.agenda(f.halfDay);
        CHECK(printedCopy.out.contains(QStringLiteral("Thursday 22 April 2027 · 08:30–12:00")));
        CHECK(printedCopy.out.contains(QStringLiteral("Warning: The day runs to 16:30")));
    }
    SECTION("options that do not go together")
    {
        CHECK(f.run({QStringLiteral("agenda"), QStringLiteral("--templates"), QStringLiteral("--workshop"), f.twoDay}).exitCode == 2);
        CHECK(f.agenda(f.twoDay, {QStringLiteral("--template"), QStringLiteral("1"), QStringLiteral("--copy-from"), f.halfDay}).exitCode == 2);
        CHECK(f.agenda(f.twoDay, {QStringLiteral("--day"), QStringLiteral("none")}).exitCode == 2);
        CHECK(f.run({QStringLiteral("agenda")}).exitCode == 2);
    }
}

TEST_CASE("export agenda and export ics write the agenda, and refuse a workshop without one")
{
    AgendaFile f;
    const auto exportTo = [&](const QString& kind, const QString& workshop, const QString& out, const QStringList& more = {}) {
        return f.run(QStringList{QStringLiteral("export"), kind, QStringLiteral("--workshop"), workshop, QStringLiteral("--out"), f.dir.path(out)}
                     + more);
    };
    const QStringList before = f.dir.entries();
    const Run none = exportTo(QStringLiteral("agenda"), f.twoDay, QStringLiteral("none.pdf"));
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("has no agenda yet. Build one on its Agenda tab")));
    CHECK(exportTo(QStringLiteral("ics"), f.twoDay, QStringLiteral("none.ics")).exitCode == 1);
    CHECK(f.dir.entries() == before);

    REQUIRE(f.agenda(f.twoDay, {QStringLiteral("--template"), QStringLiteral("Two-day manager/chief workshop")}).exitCode == 0);
    const Run handout = exportTo(QStringLiteral("agenda"), f.twoDay, QStringLiteral("agenda.pdf"), {QStringLiteral("--page"), QStringLiteral("a4")});
    INFO(handout.err.toStdString());
    REQUIRE(handout.exitCode == 0);
    CHECK(handout.out.contains(QStringLiteral("(agenda; items: 25; pages: ")));
    QPdfDocument pdf;
    REQUIRE(pdf.load(f.dir.path(QStringLiteral("agenda.pdf"))) == QPdfDocument::Error::None);
    CHECK(std::abs(pdf.pagePointSize(0).height() - 841.9) < 1);
    CHECK(pdf.getAllText(0).text().contains(QStringLiteral("08:30")));

    const Run facilitators = exportTo(QStringLiteral("agenda"), f.twoDay, QStringLiteral("facilitators.pdf"), {QStringLiteral("--facilitator")});
    REQUIRE(facilitators.exitCode == 0);
    CHECK(facilitators.out.contains(QStringLiteral("(agenda for facilitators; items: 25; pages: 2)")));

    const Run calendar = exportTo(QStringLiteral("ics"), f.twoDay, QStringLiteral("agenda.ics"));
    REQUIRE(calendar.exitCode == 0);
    CHECK(calendar.out.contains(QStringLiteral("(calendar; events: 25)")));
    const QByteArray ics = readBytes(f.dir.path(QStringLiteral("agenda.ics")));
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") == 25);

    // Options that belong to other documents are refused before anything is written.
    CHECK(exportTo(QStringLiteral("ics"), f.twoDay, QStringLiteral("x.ics"), {QStringLiteral("--page"), QStringLiteral("a4")}).exitCode == 2);
    CHECK(exportTo(QStringLiteral("ics"), f.twoDay, QStringLiteral("x.ics"), {QStringLiteral("--facilitator")}).exitCode == 2);
    CHECK(exportTo(QStringLiteral("agenda"), f.twoDay, QStringLiteral("x.pdf"), {QStringLiteral("--block"), QStringLiteral("1")}).exitCode == 2);
    CHECK(exportTo(QStringLiteral("signin"), f.twoDay, QStringLiteral("x.pdf"), {QStringLiteral("--facilitator")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(f.dir.path(QStringLiteral("x.ics"))));
    CHECK_FALSE(QFile::exists(f.dir.path(QStringLiteral("x.pdf"))));
    const Run unknown = f.run({QStringLiteral("export"), QStringLiteral("calendar")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("agenda, ics")));
}
