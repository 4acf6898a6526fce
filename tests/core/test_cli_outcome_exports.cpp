// roundtable-cli export actionplans|outcomes on the demo file: what the PDFs
// say, and what is refused (with the file at --out left as it was).

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "StringMaker.h"
#include "TestFiles.h"

#include <QFileInfo>
#include <QPdfDocument>

using namespace rt::test;

namespace {

QStringList pagesOf(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages << doc.getAllText(i).text().simplified();
    return pages;
}

struct Demo {
    TempDir dir;
    QString file = dir.path(QStringLiteral("demo.roundtable"));
    Demo() { REQUIRE(cli({QStringLiteral("-d"), file, QStringLiteral("demo")}).exitCode == 0); }

    // The two-day workshop is number 1, the half-day one (without teams) number 2.
    Run exportTo(const QString& kind, const QString& workshop, const QString& out, const QStringList& more = {}) const
    {
        return cli(QStringList{QStringLiteral("-d"), file, QStringLiteral("export"), kind, QStringLiteral("--workshop"), workshop,
                               QStringLiteral("--out"), out}
                   + more);
    }
};

} // namespace

TEST_CASE("export actionplans prints every team's plan, or one team's with --team")
{
    Demo d;
    const QString out = d.dir.path(QStringLiteral("plans.pdf"));
    Run all = d.exportTo(QStringLiteral("actionplans"), QStringLiteral("1"), out,
                         {QStringLiteral("--page"), QStringLiteral("a4"), QStringLiteral("--organisation"), QStringLiteral("OCCMA")});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.err.isEmpty());
    const QStringList pages = pagesOf(out);
    CHECK(all.out == QStringLiteral("Wrote %1 (action plans; teams: 10; items: 26; pages: %2).\n").arg(out).arg(pages.size()));
    CHECK(pages.size() >= 10);
    const QString text = pages.join(QLatin1Char(' '));
    for (const char* team : {"Albany, OR", "Bend, OR", "Eugene, OR", "Tigard, OR"})
        CHECK(text.contains(QString::fromUtf8(team)));
    CHECK(text.contains(QStringLiteral("OCCMA")));
    CHECK(text.contains(QStringLiteral("Meet every week, not only when something goes wrong")));
    CHECK(text.contains(QStringLiteral("Model language for the chief's employment agreement.")));
    CHECK(text.count(QStringLiteral("Signatures")) == 10);
    CHECK(text.contains(QStringLiteral("Elena Vásquez")));

    const QString one = d.dir.path(QStringLiteral("one.pdf"));
    Run single = d.exportTo(QStringLiteral("actionplans"), QStringLiteral("1"), one, {QStringLiteral("--team"), QStringLiteral("1")});
    INFO(single.err.toStdString());
    REQUIRE(single.exitCode == 0);
    CHECK(single.out.contains(QStringLiteral("teams: 1;")));
    const QStringList onePages = pagesOf(one);
    REQUIRE(onePages.size() == 1);
    CHECK(onePages[0].contains(QStringLiteral("Action plan")));
    CHECK(onePages[0].contains(QStringLiteral("Signatures")));
    CHECK(onePages[0].contains(QStringLiteral("Albany, OR"))); // the demo's first team
    CHECK_FALSE(onePages[0].contains(QStringLiteral("Bend, OR")));
}

TEST_CASE("export outcomes prints the outcome report with its sections and charts")
{
    Demo d;
    const QString out = d.dir.path(QStringLiteral("outcomes.pdf"));
    Run run = d.exportTo(QStringLiteral("outcomes"), QStringLiteral("1"), out);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList pages = pagesOf(out);
    CHECK(run.out == QStringLiteral("Wrote %1 (outcome report; assessments: 2; pages: %2).\n").arg(out).arg(pages.size()));
    const QString text = pages.join(QLatin1Char(' '));
    for (const char* heading : {"Attendance", "Assessment: Manager/chief relationship", "Statement by statement", "Workload worksheets",
                                "Discussion highlights", "Parking lot", "Action plans"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK(text.contains(QStringLiteral("All participants, before and after"))); // a chart's title
    CHECK(pages[0].startsWith(QStringLiteral("Workshop outcome report")));

    // The half-day workshop has nothing but its roster: each section says so.
    const QString empty = d.dir.path(QStringLiteral("empty.pdf"));
    Run half = d.exportTo(QStringLiteral("outcomes"), QStringLiteral("2"), empty);
    REQUIRE(half.exitCode == 0);
    const QString halfText = pagesOf(empty).join(QLatin1Char(' '));
    CHECK(halfText.contains(QStringLiteral("No one has answered an assessment")));
    CHECK(halfText.contains(QStringLiteral("The workshop has no teams, so no action plans.")));
}

TEST_CASE("export actionplans and outcomes refuse what they cannot do and leave the file at --out as it was")
{
    Demo d;
    const QString out = d.dir.path(QStringLiteral("keep.pdf"));
    writeBytes(out, QByteArray("an earlier file"));

    Run unknown = d.exportTo(QStringLiteral("outcomes"), QStringLiteral("99"), out);
    CHECK(unknown.exitCode != 0);
    CHECK_FALSE(unknown.err.isEmpty());
    CHECK(unknown.out.isEmpty());
    Run unknownPlans = d.exportTo(QStringLiteral("actionplans"), QStringLiteral("99"), out);
    CHECK(unknownPlans.exitCode != 0);

    Run noTeams = d.exportTo(QStringLiteral("actionplans"), QStringLiteral("2"), out);
    CHECK(noTeams.exitCode == 1);
    CHECK(noTeams.err.contains(QStringLiteral("has no teams yet")));

    Run badTeam = d.exportTo(QStringLiteral("actionplans"), QStringLiteral("1"), out, {QStringLiteral("--team"), QStringLiteral("99")});
    CHECK(badTeam.exitCode != 0);
    CHECK_FALSE(badTeam.err.isEmpty());
    Run teamElsewhere = d.exportTo(QStringLiteral("outcomes"), QStringLiteral("1"), out, {QStringLiteral("--team"), QStringLiteral("1")});
    CHECK(teamElsewhere.exitCode == 2);
    CHECK(teamElsewhere.err.contains(QStringLiteral("--team is for action plans")));
    Run block = d.exportTo(QStringLiteral("outcomes"), QStringLiteral("1"), out, {QStringLiteral("--block"), QStringLiteral("1")});
    CHECK(block.exitCode == 2);
    Run page = d.exportTo(QStringLiteral("actionplans"), QStringLiteral("1"), out, {QStringLiteral("--page"), QStringLiteral("legal")});
    CHECK(page.exitCode == 2);
    CHECK(readBytes(out) == QByteArray("an earlier file"));

    Run noOut = cli({QStringLiteral("-d"), d.file, QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--workshop"), QStringLiteral("1")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));

    const QString nowhere = d.dir.path(QStringLiteral("nowhere/plans.pdf"));
    for (const QString& kind : {QStringLiteral("actionplans"), QStringLiteral("outcomes")}) {
        Run missing = d.exportTo(kind, QStringLiteral("1"), nowhere);
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains(QStringLiteral("does not exist")));
    }
    CHECK_FALSE(QFileInfo::exists(d.dir.path(QStringLiteral("nowhere"))));
    CHECK(d.dir.entries() == (QStringList{QStringLiteral("demo.roundtable"), QStringLiteral("keep.pdf")}));
}
