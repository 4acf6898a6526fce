// The printed action plans and the workshop outcome report, read back with
// Qt's PDF reader: what each page says, that long text is never cut, that
// each team starts a page, and what an empty workshop prints instead.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "charts/BarChart.h"
#include "demo/Demo.h"
#include "exports/ActionPlanPdf.h"
#include "exports/OutcomeReportPdf.h"
#include "people/Teams.h"
#include "workshops/Workshops.h"

#include <QPdfDocument>
#include <QRegularExpression>

using namespace rt;
using namespace rt::test;

namespace {

// Every page's text with its white space collapsed: wrapped lines read as one.
QStringList pagesOf(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages << doc.getAllText(i).text().simplified();
    return pages;
}

int pageWith(const QStringList& pages, const QString& text)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(text))
            return i;
    }
    return -1;
}

// A long sentence made of numbered words, so its last word proves nothing was cut.
QString longText(const QString& what, int words)
{
    QStringList list;
    for (int i = 1; i <= words; ++i)
        list << QStringLiteral("%1%2").arg(what).arg(i);
    return list.join(QLatin1Char(' '));
}

exports::PrintOptions a4WithOrganisation()
{
    exports::PrintOptions options;
    options.pageSize = QPageSize::A4;
    options.organisation = QStringLiteral("League of Oregon Cities");
    return options;
}

struct Workshop2 {
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = addWorkshop(*db, 10, QStringLiteral("Manager and Chief — Salem"));
    Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem")));
    Id marcus = enrollNew(*db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Salem")));
    Id ann = enrollNew(*db, workshop, makePerson(QStringLiteral("Ann"), QStringLiteral("Archer"), Role::CityManager, QStringLiteral("Albany")));
    Id salem = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, marcus})).subject;
    Id albany = expectOk(teams::create(*db, workshop, QStringLiteral("Albany"), QStringLiteral("OR"), {ann})).subject;

    void addItem(Id team, const QString& goal, const QString& actions, std::optional<Id> owner = std::nullopt, const QString& notes = {})
    {
        ActionItem i;
        i.teamId = team;
        i.goal = goal;
        i.actions = actions;
        i.measure = QStringLiteral("Measured by %1").arg(goal);
        i.ownerId = owner;
        i.notes = notes;
        i.pillar = 2;
        i.due = expectOk(actionplans::dueAfterWorkshop(*db, workshop, 60));
        i.status = ActionStatus::InProgress;
        expectOk(actionplans::add(*db, i));
    }
};

} // namespace

TEST_CASE("A team's plan of twelve long items prints every word, and its signatures stay together on one page")
{
    Workshop2 w;
    for (int i = 1; i <= 12; ++i)
        w.addItem(w.salem, QStringLiteral("Goal %1 %2").arg(i).arg(longText(QStringLiteral("g%1w").arg(i), 18)),
                  longText(QStringLiteral("a%1w").arg(i), 60), i % 2 ? w.dana : w.marcus);
    // One item's notes run longer than a page: they flow on, nothing is cut.
    w.addItem(w.salem, QStringLiteral("The item with very long notes"), QStringLiteral("Short."), w.dana,
              longText(QStringLiteral("n"), 1400));

    const auto doc = expectOk(exports::actionPlanDocument(*w.db, w.workshop, w.salem));
    REQUIRE(doc.teams.size() == 1);
    const QString out = w.dir.path(QStringLiteral("salem.pdf"));
    const auto written = expectOk(exports::writeActionPlans(doc, out, {}));
    CHECK(written.items == 13);
    const QStringList pages = pagesOf(out);
    CHECK(written.pages == pages.size());
    REQUIRE(pages.size() > 4);
    const QString all = pages.join(QLatin1Char(' '));
    CHECK(pages[0].contains(QStringLiteral("Action plan")));
    CHECK(pages[0].contains(QStringLiteral("Dana Whitfield, City Manager")));
    for (int i = 1; i <= 12; ++i) {
        INFO("item " << i);
        CHECK(all.contains(QStringLiteral("Goal %1 g%1w1").arg(i)));
        CHECK(all.contains(QStringLiteral("g%1w18").arg(i)));
        CHECK(all.contains(QStringLiteral("a%1w1 ").arg(i)));
        CHECK(all.contains(QStringLiteral("a%1w60").arg(i)));
        // An item that fits a page is kept on one page: its goal and its last action word together.
        CHECK(pageWith(pages, QStringLiteral("Goal %1 g%1w1").arg(i)) == pageWith(pages, QStringLiteral("a%1w60").arg(i)));
    }
    CHECK(all.contains(QStringLiteral("n1 n2 n3")));
    CHECK(all.contains(QStringLiteral("n1399 n1400")));
    CHECK(all.contains(QStringLiteral("Pillar 2")));
    CHECK(all.contains(QStringLiteral("(60 days after the workshop)")));
    CHECK(all.contains(QStringLiteral("In progress")));

    const int signatures = pageWith(pages, QStringLiteral("Signatures"));
    REQUIRE(signatures >= 0);
    CHECK(signatures == pages.size() - 1);
    const QString last = pages[signatures].mid(pages[signatures].indexOf(QStringLiteral("Signatures")));
    CHECK(last.contains(QStringLiteral("Dana Whitfield")));
    CHECK(last.contains(QStringLiteral("City Manager, Salem, OR")));
    CHECK(last.contains(QStringLiteral("Marcus Ortega")));
    CHECK(last.contains(QStringLiteral("Police Chief, Salem, OR")));
    CHECK(last.count(QStringLiteral("Date")) == 2);
}

TEST_CASE("Every team's plan starts on its own page, an empty plan says so, and a team missing a chief gets a blank line for one")
{
    Workshop2 w;
    w.addItem(w.salem, QStringLiteral("Meet every week"), QStringLiteral("Mondays at eight."), w.dana);
    const auto doc = expectOk(exports::actionPlanDocument(*w.db, w.workshop));
    REQUIRE(doc.teams.size() == 2);
    const QString out = w.dir.path(QStringLiteral("all.pdf"));
    const auto written = expectOk(exports::writeActionPlans(doc, out, a4WithOrganisation()));
    CHECK(written.items == 1);
    const QStringList pages = pagesOf(out);
    REQUIRE(pages.size() == 2);
    // The teams in the workshop's order (Albany before Salem), a page each.
    CHECK(doc.teams[0].team.label() == QStringLiteral("Albany, OR"));
    const QString& albany = pages[0];
    const QString& salem = pages[1];
    CHECK(albany.contains(QStringLiteral("Action plans")));
    CHECK(albany.contains(QStringLiteral("League of Oregon Cities")));
    CHECK(salem.contains(QStringLiteral("Meet every week")));
    CHECK(salem.contains(QStringLiteral("Mondays at eight.")));
    CHECK(salem.contains(QStringLiteral("Marcus Ortega")));
    CHECK_FALSE(salem.contains(QStringLiteral("Albany")));
    CHECK(albany.contains(QStringLiteral("Albany, OR")));
    CHECK_FALSE(albany.contains(QStringLiteral("Salem, OR")));
    CHECK(albany.contains(QStringLiteral("No action items yet.")));
    CHECK(albany.contains(QStringLiteral("Ann Archer")));
    CHECK(albany.contains(QStringLiteral("Police chief, Albany, OR")));
    CHECK(albany.contains(QStringLiteral("Signatures")));
}

TEST_CASE("Action plans of a workshop without teams, or of another workshop's team, are refused and nothing is written")
{
    Workshop2 w;
    const Id empty = addWorkshop(*w.db, 10, QStringLiteral("Nobody yet"));
    auto none = exports::actionPlanDocument(*w.db, empty);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(QStringLiteral("has no teams yet")));
    auto other = exports::actionPlanDocument(*w.db, empty, w.salem);
    REQUIRE_FALSE(other.has_value());
    CHECK(other.error().message.contains(QStringLiteral("no team")));

    exports::ActionPlanDocument blank;
    blank.workshop.title = QStringLiteral("Nobody yet");
    const QString out = w.dir.path(QStringLiteral("none.pdf"));
    auto refused = exports::writeActionPlans(blank, out, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("The outcome report of the demo has every section, with its charts drawn")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(path));
    auto db = expectOk(Database::open(path));
    const Id twoDay = expectOk(workshops::list(*db))[1].workshop.id;
    const auto doc = expectOk(exports::outcomeDocument(*db, twoDay));
    REQUIRE(doc.assessments.size() == 2);
    CHECK(doc.worksheets.size() == 10);
    CHECK(doc.plans.size() == 10);
    CHECK(doc.rounds.size() == 2);

    int charts = 0;
    const ChartPainter counting = [&charts](QPainter& p, const QRectF& r, const ChartSpec& spec) {
        ++charts;
        CHECK(r.width() > r.height());
        ui::paintChart(p, r, spec);
    };
    const QString out = dir.path(QStringLiteral("outcomes.pdf"));
    const auto written = expectOk(exports::writeOutcomeReport(doc, out, {}, counting));
    CHECK(charts == 4); // two per questionnaire
    CHECK(written.items == 2);
    const QStringList pages = pagesOf(out);
    CHECK(written.pages == pages.size());
    const QString all = pages.join(QLatin1Char(' '));
    for (const char* heading : {"Workshop outcome report", "At a glance", "Attendance", "Assessment: Manager/chief relationship",
                                "Assessment: Department: 21st Century Policing", "Statement by statement", "Manager and chief gaps by team",
                                "Workload worksheets", "Discussion highlights", "Parking lot", "Action plans", "Goals by team"}) {
        INFO(heading);
        CHECK(all.contains(QString::fromUtf8(heading)));
    }
    CHECK(pages[0].contains(QStringLiteral("Items: 26 (done: 2)")));
    CHECK(pages[0].contains(QStringLiteral("Worksheets from 10 of 10 teams")));
    // The charts' own text is in the PDF: their titles, categories and legends.
    CHECK(all.contains(QStringLiteral("Managers and chiefs, before and after")));
    CHECK(all.contains(QStringLiteral("Community Policing and Crime Reduction")));
    CHECK(all.contains(QStringLiteral("Chiefs, after")));
    // The sections' content.
    CHECK(all.contains(QStringLiteral("Registered: 20")));
    CHECK(all.contains(QStringLiteral("We talk regularly, not only when something has gone wrong.")));
    CHECK(all.contains(QStringLiteral("Albany, OR")));
    CHECK(all.contains(QStringLiteral("Illustrative figures for the demo.")));
    CHECK(all.contains(QStringLiteral("A standing weekly meeting, even 20 minutes, keeps surprises small.")));
    CHECK(all.contains(QStringLiteral("Model language for the chief's employment agreement.")));
    CHECK(all.contains(QStringLiteral("Check patrol staffing against the Rule of 60")));
    CHECK(all.contains(QStringLiteral("By pillar")));
    // Each questionnaire begins a page with its charts.
    const int second = pageWith(pages, QStringLiteral("Assessment: Department: 21st Century Policing"));
    REQUIRE(second > 0);
    CHECK(pages[second].contains(QStringLiteral("All participants, before and after")));
}

TEST_CASE("The outcome report of an empty workshop says in each section that there is nothing yet, and needs a chart painter")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 10, QStringLiteral("Nothing yet"));
    const auto doc = expectOk(exports::outcomeDocument(*db, workshop));
    CHECK(doc.assessments.empty());

    const QString missing = dir.path(QStringLiteral("no-charts.pdf"));
    auto refused = exports::writeOutcomeReport(doc, missing, {}, ChartPainter());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("charts")));
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString out = dir.path(QStringLiteral("empty.pdf"));
    expectOk(exports::writeOutcomeReport(doc, out, {}, ui::paintChart));
    const QString all = pagesOf(out).join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("No one is registered for this workshop.")));
    CHECK(all.contains(QStringLiteral("No one has answered an assessment in this workshop yet.")));
    CHECK(all.contains(QStringLiteral("No team has filled in a workload worksheet yet.")));
    CHECK(all.contains(QStringLiteral("The workshop had no discussion rounds.")));
    CHECK(all.contains(QStringLiteral("Nothing was put in the parking lot.")));
    CHECK(all.contains(QStringLiteral("The workshop has no teams, so no action plans.")));
    CHECK(all.contains(QStringLiteral("The workshop has no teams yet.")));

    // A folder that does not exist: refused, nothing written.
    auto nowhere = exports::writeOutcomeReport(doc, dir.path(QStringLiteral("nowhere/report.pdf")), {}, ui::paintChart);
    REQUIRE_FALSE(nowhere.has_value());
    CHECK(nowhere.error().message.contains(QStringLiteral("does not exist")));
}
