// roundtable-cli export: the printed documents as scripts make them.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "attendance/Attendance.h"

#include <QPdfDocument>

using namespace rt;
using namespace rt::test;

namespace {

int pagesOf(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    return doc.pageCount();
}

// A file with one workshop of `people` registered, the first `present` of
// them at every block; returns the workshop's id.
Id fileWith(const QString& path, int people, int present)
{
    auto db = expectOk(Database::create(path));
    const Id workshop = addWorkshop(*db, 20);
    const auto blocks = expectOk(attendance::blocksOf(*db, workshop));
    for (int i = 1; i <= people; ++i) {
        const Id person = enrollNew(*db, workshop, makePerson(QStringLiteral("P%1").arg(i), QStringLiteral("Person%1").arg(i), Role::CityManager,
                                                              QStringLiteral("Town %1").arg(i)));
        for (const AttendanceBlock& b : blocks) {
            if (i <= present)
                expectOk(attendance::mark(*db, workshop, person, b.id, AttendanceStatus::Present));
        }
    }
    return workshop;
}

} // namespace

TEST_CASE("export writes each kind of document and says what it wrote")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("w.roundtable"));
    const QString workshop = QString::number(fileWith(file, 12, 3));
    const QStringList base{QStringLiteral("-d"), file, QStringLiteral("export")};
    const auto exportTo = [&](const QString& kind, const QString& out, const QStringList& more = {}) {
        return cli(base + QStringList{kind, QStringLiteral("--workshop"), workshop, QStringLiteral("--out"), dir.path(out)} + more);
    };

    Run signin = exportTo(QStringLiteral("signin"), QStringLiteral("signin.pdf"),
                          {QStringLiteral("--block"), QStringLiteral("Day 2 Afternoon"), QStringLiteral("--page"), QStringLiteral("a4")});
    INFO(signin.err.toStdString());
    REQUIRE(signin.exitCode == 0);
    CHECK(signin.out.contains(QStringLiteral("sign-in sheet for Day 2 · Afternoon; people: 12; pages: 1)")));
    CHECK(signin.err.isEmpty());
    CHECK(pagesOf(dir.path(QStringLiteral("signin.pdf"))) == 1);

    Run every = exportTo(QStringLiteral("signin"), QStringLiteral("every.pdf"), {QStringLiteral("--by-team"), QStringLiteral("--blank-rows"), QStringLiteral("0")});
    CHECK(every.exitCode == 0);
    CHECK(every.out.contains(QStringLiteral("sign-in sheets for every block; people: 12; pages: 4)")));

    Run certificates = exportTo(QStringLiteral("certificates"), QStringLiteral("certificates.pdf"),
                                {QStringLiteral("--organisation"), QStringLiteral("League of Oregon Cities")});
    CHECK(certificates.exitCode == 0);
    CHECK(certificates.out == QStringLiteral("Wrote %1 (certificates: 3; pages: 3).\n").arg(dir.path(QStringLiteral("certificates.pdf"))));
    CHECK(pagesOf(dir.path(QStringLiteral("certificates.pdf"))) == 3);

    Run attendance = exportTo(QStringLiteral("attendance"), QStringLiteral("attendance.pdf"));
    CHECK(attendance.exitCode == 0);
    CHECK(attendance.out.contains(QStringLiteral("attendance record; people: 12; pages: 1")));

    Run tents = exportTo(QStringLiteral("tents"), QStringLiteral("tents.pdf"));
    CHECK(tents.out.contains(QStringLiteral("name tents: 12; pages: 12")));
    Run badges = exportTo(QStringLiteral("badges"), QStringLiteral("badges.pdf"));
    CHECK(badges.out.contains(QStringLiteral("badges: 12; pages: 2")));
    CHECK(pagesOf(dir.path(QStringLiteral("badges.pdf"))) == 2);
}

TEST_CASE("export attendance --format csv|xlsx writes the spreadsheet forms")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("w.roundtable"));
    const QString workshop = QString::number(fileWith(file, 3, 0));
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString out = dir.path(QStringLiteral("attendance.") + format);
        Run run = cli({QStringLiteral("-d"), file, QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("--format"), format,
                       QStringLiteral("--workshop"), workshop, QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("attendance of 3 people")));
        const QByteArray bytes = readBytes(out);
        if (format == QLatin1String("csv"))
            CHECK(bytes.startsWith(QByteArray("\xEF\xBB\xBFLast name,First name")));
        else
            CHECK(bytes.startsWith(QByteArray("PK"))); // a zip container, as XLSX is
    }
}

TEST_CASE("export refuses what it cannot do, on stderr with a non-zero exit, and writes nothing")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("w.roundtable"));
    const QString workshop = QString::number(fileWith(file, 2, 0));
    const QStringList base{QStringLiteral("-d"), file, QStringLiteral("export")};
    const QString out = dir.path(QStringLiteral("out.pdf"));
    const QStringList target{QStringLiteral("--workshop"), workshop, QStringLiteral("--out"), out};

    Run none = cli(base + target);
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("Say what to export: signin, attendance, certificates, tents, badges, agenda, ics, discussions, groups, actionplans, outcomes.")));
    Run unknown = cli(base + QStringList{QStringLiteral("posters")} + target);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("There is no export “posters”")));
    Run extra = cli(base + QStringList{QStringLiteral("signin"), QStringLiteral("more")} + target);
    CHECK(extra.exitCode == 2);
    CHECK(extra.err.contains(QStringLiteral("Unexpected argument “more”")));
    Run page = cli(base + QStringList{QStringLiteral("signin"), QStringLiteral("--page"), QStringLiteral("legal")} + target);
    CHECK(page.exitCode == 2);
    CHECK(page.err.contains(QStringLiteral("--page is letter or a4")));
    Run block = cli(base + QStringList{QStringLiteral("signin"), QStringLiteral("--block"), QStringLiteral("Evening")} + target);
    CHECK(block.exitCode == 1);
    CHECK(block.err.contains(QStringLiteral("has no block “Evening”. Its blocks: Day 1 · Morning")));
    Run teamTents = cli(base + QStringList{QStringLiteral("tents"), QStringLiteral("--by-team")} + target);
    CHECK(teamTents.exitCode == 2);
    Run nobody = cli(base + QStringList{QStringLiteral("certificates")} + target);
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("Nobody qualifies")));
    CHECK(nobody.out.isEmpty());
    Run csvSignin = cli(base + QStringList{QStringLiteral("signin"), QStringLiteral("--format"), QStringLiteral("csv")} + target);
    CHECK(csvSignin.exitCode == 2);
    Run missingFolder = cli(base + QStringList{QStringLiteral("signin"), QStringLiteral("--workshop"), workshop, QStringLiteral("--out"),
                                               dir.path(QStringLiteral("nowhere/out.pdf"))});
    CHECK(missingFolder.exitCode == 1);
    CHECK(missingFolder.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(out));

    Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("export signin|attendance|certificates|tents|badges")));
    CHECK(help.out.contains(QStringLiteral("--blank-rows N")));
}
