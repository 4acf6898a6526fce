// Assessment results against numbers worked out by hand: side means and gaps
// per team, the cohort by role with before/after change, section means, the
// charts built from them, and the same figures read from a file.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "assessments/ResultCharts.h"
#include "assessments/Results.h"
#include "people/Roster.h"
#include "people/Teams.h"

using namespace rt;
using namespace rt::test;
using Catch::Detail::Approx;

namespace {

// Four statements in two sections; ids 11..14.
AssessmentTemplate fourStatements()
{
    AssessmentTemplate t;
    t.id = 1;
    t.name = QStringLiteral("Relationship");
    const char* sections[] = {"Trust", "Trust", "Roles", "Roles"};
    for (int i = 0; i < 4; ++i) {
        AssessmentQuestion q;
        q.id = 11 + i;
        q.templateId = 1;
        q.position = i;
        q.section = QString::fromLatin1(sections[i]);
        q.text = QStringLiteral("Statement %1").arg(i + 1);
        t.questions.push_back(q);
    }
    return t;
}

enum : Id { M1 = 1, M2 = 2, C1 = 3, M3 = 4, O1 = 5, Gone = 99 };
enum : Id { Q1 = 11, Q2 = 12, Q3 = 13, Q4 = 14 };

AnswerRecord score(Id person, Id question, Phase phase, int value)
{
    return AnswerRecord{person, question, phase, value, {}};
}

// Salem: two managers (4 and 5 on the first statement) and a chief (2), and
// someone of role Other. Albany: a manager alone.
ResultsInput handWorked()
{
    ResultsInput in;
    in.assessment = fourStatements();
    const ResultsInput::Member m1{M1, QStringLiteral("Dana Whitfield"), RoleSide::Manager};
    const ResultsInput::Member m2{M2, QStringLiteral("Ann Archer"), RoleSide::Manager};
    const ResultsInput::Member c1{C1, QStringLiteral("Marcus Ortega"), RoleSide::Chief};
    const ResultsInput::Member m3{M3, QStringLiteral("Lee Park"), RoleSide::Manager};
    const ResultsInput::Member o1{O1, QStringLiteral("Teresa Moyer"), RoleSide::Neither};
    in.teams = {{7, QStringLiteral("Salem, OR"), {m1, m2, c1, o1}}, {8, QStringLiteral("Albany, OR"), {m3}}};
    in.participants = {m1, m2, c1, m3, o1};
    const Phase B = Phase::Before;
    const Phase A = Phase::After;
    in.answers = {
        score(M1, Q1, B, 4), score(M2, Q1, B, 5), score(C1, Q1, B, 2), score(M3, Q1, B, 3), score(O1, Q1, B, 1),
        score(M1, Q2, B, 3), score(C1, Q2, B, 3),
        score(C1, Q3, B, 5),
        score(M1, Q1, A, 5), score(M2, Q1, A, 5), score(C1, Q1, A, 4),
        score(M1, Q2, A, 4), score(C1, Q2, A, 2),
        score(M2, Q3, A, 2), score(C1, Q3, A, 4),
        // Someone no longer registered counts nowhere; a comment is no score.
        score(Gone, Q1, B, 1), score(Gone, Q1, A, 1),
        AnswerRecord{M3, Q4, A, std::nullopt, QStringLiteral("No idea yet")},
    };
    return in;
}

const CohortRow& cohortRow(const AssessmentResults& r, Id question)
{
    const auto at = std::find_if(r.cohort.begin(), r.cohort.end(), [&](const CohortRow& row) { return row.questionId == question; });
    REQUIRE(at != r.cohort.end());
    return *at;
}

} // namespace

TEST_CASE("Means and differences are empty where a value is missing")
{
    CHECK_FALSE(meanOf({}));
    CHECK(*meanOf({4, 5}) == Approx(4.5));
    CHECK(*meanOf({1, 2, 2}) == Approx(5.0 / 3));
    CHECK(*difference(4.5, 2.0) == Approx(2.5));
    CHECK_FALSE(difference(std::nullopt, 2.0));
    CHECK_FALSE(difference(3.0, std::nullopt));
    CHECK(SidePair{4.0, 4.0}.gap() == 0.0);
}

TEST_CASE("A team's side is the mean of its members, the gap is manager minus chief")
{
    const AssessmentResults r = results::compute(handWorked());
    REQUIRE(r.teams.size() == 2);
    const TeamResult& salem = *r.team(7);
    CHECK(salem.label == QStringLiteral("Salem, OR"));
    CHECK(salem.managers == QStringList{QStringLiteral("Dana Whitfield"), QStringLiteral("Ann Archer")});
    CHECK(salem.chiefs == QStringList{QStringLiteral("Marcus Ortega")}); // Other is on neither side
    REQUIRE(salem.rows.size() == 4);
    CHECK(salem.rows[0].questionId == Q1);

    // Managers 4 and 5, chief 2.
    CHECK(*salem.rows[0].before.manager == Approx(4.5));
    CHECK(*salem.rows[0].before.chief == Approx(2));
    CHECK(*salem.rows[0].before.gap() == Approx(2.5));
    // Only one manager scored: that manager is the side.
    CHECK(*salem.rows[1].before.manager == Approx(3));
    CHECK(*salem.rows[1].before.gap() == Approx(0));
    // No manager scored: no gap.
    CHECK_FALSE(salem.rows[2].before.manager);
    CHECK(*salem.rows[2].before.chief == Approx(5));
    CHECK_FALSE(salem.rows[2].before.gap());
    CHECK_FALSE(salem.rows[3].before.gap());
    // After.
    CHECK(*salem.rows[0].after.gap() == Approx(1));
    CHECK(*salem.rows[1].after.gap() == Approx(2));
    CHECK(*salem.rows[2].after.gap() == Approx(-2));
    CHECK(&salem.rows[2].in(Phase::After) == &salem.rows[2].after);

    CHECK(*salem.meanAbsoluteGap(Phase::Before) == Approx(1.25));
    CHECK(*salem.meanAbsoluteGap(Phase::After) == Approx(5.0 / 3));
    const auto wide = salem.gapsAtLeast(Phase::After, 2);
    REQUIRE(wide.size() == 2); // 2 and -2 tie: template order
    CHECK(wide[0].questionId == Q2);
    CHECK(wide[1].questionId == Q3);
    const auto before = salem.gapsAtLeast(Phase::Before, 0.5);
    REQUIRE(before.size() == 1);
    CHECK(before[0].questionId == Q1);
    const auto largestFirst = salem.gapsAtLeast(Phase::After, 0.5);
    REQUIRE(largestFirst.size() == 3);
    CHECK(largestFirst[2].questionId == Q1);

    // A team without a chief has no gaps at all.
    const TeamResult& albany = *r.team(8);
    CHECK(*albany.rows[0].before.manager == Approx(3));
    CHECK_FALSE(albany.rows[0].before.chief);
    CHECK_FALSE(albany.rows[0].before.gap());
    CHECK_FALSE(albany.meanAbsoluteGap(Phase::Before));
    CHECK(albany.gapsAtLeast(Phase::Before, 0).empty());
    CHECK(albany.chiefs.isEmpty());
    CHECK(r.team(42) == nullptr);
}

TEST_CASE("The cohort by role: Other counts in everyone only, and change needs both phases")
{
    const AssessmentResults r = results::compute(handWorked());
    REQUIRE(r.cohort.size() == 4);
    const CohortRow& q1 = cohortRow(r, Q1);
    CHECK(*q1.before.managers == Approx(4)); // 4, 5, 3
    CHECK(q1.before.managerCount == 3);
    CHECK(*q1.before.chiefs == Approx(2));
    CHECK(q1.before.chiefCount == 1);
    CHECK(*q1.before.everyone == Approx(3)); // 4, 5, 2, 3, 1: the unregistered 1 left out
    CHECK(q1.before.everyoneCount == 5);
    CHECK(*q1.after.everyone == Approx(14.0 / 3));
    CHECK(*q1.change() == Approx(14.0 / 3 - 3));
    CHECK(*q1.managerChange() == Approx(1));
    CHECK(*q1.chiefChange() == Approx(2));

    const CohortRow& q3 = cohortRow(r, Q3);
    CHECK_FALSE(q3.before.managers);
    CHECK(q3.before.managerCount == 0);
    CHECK(*q3.after.managers == Approx(2));
    CHECK_FALSE(q3.managerChange()); // nothing before
    CHECK(*q3.chiefChange() == Approx(-1));
    CHECK(*q3.change() == Approx(3 - 5));

    const CohortRow& q4 = cohortRow(r, Q4);
    CHECK_FALSE(q4.before.everyone);
    CHECK_FALSE(q4.after.everyone);
    CHECK(q4.after.everyoneCount == 0);
    CHECK_FALSE(q4.change());

    CHECK(r.respondentsBefore == 5);
    CHECK(r.respondentsAfter == 3); // a comment alone does not make a respondent
    CHECK(r.question(Q2)->text == QStringLiteral("Statement 2"));
    CHECK(r.question(999) == nullptr);
}

TEST_CASE("Section means take each statement once and skip the empty ones")
{
    const AssessmentResults r = results::compute(handWorked());
    const auto cohort = r.cohortSections();
    REQUIRE(cohort.size() == 2);
    CHECK(cohort[0].section == QStringLiteral("Trust"));
    CHECK(*cohort[0].before.manager == Approx(3.5)); // statement means 4 and 3
    CHECK(*cohort[0].before.chief == Approx(2.5));   // 2 and 3
    CHECK(*cohort[0].everyoneBefore == Approx(3));   // 3 and 3
    CHECK(*cohort[1].everyoneBefore == Approx(5));   // statement 4 has none
    CHECK_FALSE(cohort[1].before.manager);
    CHECK(*cohort[1].everyoneAfter == Approx(3));

    const auto salem = r.teamSections(7);
    REQUIRE(salem.size() == 2);
    CHECK(*salem[0].before.manager == Approx(3.75)); // 4.5 and 3
    CHECK(*salem[0].before.chief == Approx(2.5));
    CHECK(*salem[0].before.gap() == Approx(1.25));
    CHECK_FALSE(salem[1].before.manager);
    CHECK(*salem[1].after.manager == Approx(2));
    CHECK(r.teamSections(42).empty());
}

TEST_CASE("Nothing answered: every value empty, nobody responded")
{
    ResultsInput in = handWorked();
    in.answers.clear();
    const AssessmentResults r = results::compute(in);
    CHECK(r.respondentsBefore == 0);
    for (const CohortRow& row : r.cohort)
        CHECK_FALSE(row.before.everyone);
    CHECK(charts::cohortChange(r).isEmpty());
    CHECK(charts::teamGaps(r, 7, Phase::Before).isEmpty());
}

TEST_CASE("Charts: sections as categories, a series per side or phase, fixed colours and a 0 to 5 scale")
{
    const AssessmentResults r = results::compute(handWorked());
    const ChartSpec team = charts::teamGaps(r, 7, Phase::Before);
    CHECK(team.title == QStringLiteral("Salem, OR – before"));
    CHECK(team.categories == QStringList{QStringLiteral("Trust"), QStringLiteral("Roles")});
    REQUIRE(team.series.size() == 2);
    CHECK(team.series[0].name == QStringLiteral("Manager"));
    CHECK(team.series[0].color == charts::managerColor());
    CHECK(team.series[1].name == QStringLiteral("Chief"));
    CHECK(team.series[1].color == charts::chiefColor());
    CHECK(*team.series[0].values[0] == Approx(3.75));
    CHECK_FALSE(team.series[0].values[1]);
    CHECK(*team.series[1].values[1] == Approx(5));
    CHECK(team.minimum == 0);
    CHECK(team.maximum == 5);
    CHECK(team.tickCount == 6);
    CHECK(team.valueTitle.startsWith(QStringLiteral("Mean score")));
    CHECK_FALSE(team.isEmpty());
    CHECK(charts::teamGaps(r, 7, Phase::After).title == QStringLiteral("Salem, OR – after"));

    const ChartSpec byRole = charts::cohortByRole(r);
    REQUIRE(byRole.series.size() == 4);
    CHECK(byRole.series[0].name == QStringLiteral("Managers, before"));
    CHECK(byRole.series[3].name == QStringLiteral("Chiefs, after"));
    CHECK(byRole.series[1].color == charts::managerColor());
    CHECK(byRole.series[0].color != byRole.series[1].color);
    CHECK(*byRole.series[2].values[0] == Approx(2.5));

    const ChartSpec change = charts::cohortChange(r);
    REQUIRE(change.series.size() == 2);
    CHECK(change.series[0].color == charts::beforeColor());
    CHECK(change.series[1].color == charts::afterColor());
    CHECK(*change.series[1].values[1] == Approx(3));

    // Four colours, all different.
    const QList<QColor> colours{charts::managerColor(), charts::chiefColor(), charts::beforeColor(), charts::afterColor()};
    for (qsizetype i = 0; i < colours.size(); ++i)
        for (qsizetype j = i + 1; j < colours.size(); ++j)
            CHECK(colours[i] != colours[j]);
}

TEST_CASE("An empty chart has no category or no value")
{
    ChartSpec chart;
    CHECK(chart.isEmpty());
    chart.categories = {QStringLiteral("Trust")};
    CHECK(chart.isEmpty());
    chart.series.push_back(ChartSeries{QStringLiteral("Manager"), {std::nullopt}, Qt::blue});
    CHECK(chart.isEmpty());
    chart.series.push_back(ChartSeries{QStringLiteral("Chief"), {3.0}, Qt::red});
    CHECK_FALSE(chart.isEmpty());
}

TEST_CASE("Results from a file: teams, registered participants and their answers")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem")));
    const Id ann = enrollNew(*db, workshop, makePerson(QStringLiteral("Ann"), QStringLiteral("Archer"), Role::AssistantCityManager, QStringLiteral("Salem")));
    const Id marcus = enrollNew(*db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Salem")));
    const Id teresa = enrollNew(*db, workshop, makePerson(QStringLiteral("Teresa"), QStringLiteral("Moyer"), Role::FireChief, QStringLiteral("Salem")));
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, ann, marcus, teresa})).subject;
    const Id t = expectOk(assessments::findTemplate(*db, QStringLiteral("Manager/chief relationship")));
    const auto q = expectOk(assessments::getTemplate(*db, t)).questions;
    const auto save = [&](Id person, Phase phase, std::optional<int> first, std::optional<int> second) {
        expectOk(assessments::saveAnswers(*db, workshop, person, phase, {Answer{q[0].id, first, {}}, Answer{q[1].id, second, {}}}));
    };
    save(dana, Phase::Before, 4, 2);
    save(ann, Phase::Before, 5, std::nullopt);
    save(marcus, Phase::Before, 2, 4);
    save(teresa, Phase::Before, 1, 1);
    save(dana, Phase::After, 5, 4);
    save(marcus, Phase::After, 4, 4);

    const auto input = expectOk(results::inputFor(*db, workshop, t));
    CHECK(input.participants.size() == 4);
    REQUIRE(input.teams.size() == 1);
    CHECK(input.teams[0].label == QStringLiteral("Salem, OR"));
    CHECK(input.answers.size() == 11); // six sittings of two, less Ann's unanswered second statement

    const AssessmentResults r = expectOk(results::load(*db, workshop, t));
    const TeamResult& salem = *r.team(team);
    CHECK(salem.managers.size() == 2);
    CHECK(salem.chiefs == QStringList{QStringLiteral("Marcus Ortega")});
    CHECK(*salem.rows[0].before.manager == Approx(4.5));
    CHECK(*salem.rows[0].before.gap() == Approx(2.5));
    CHECK(*salem.rows[1].before.gap() == Approx(-2));
    CHECK(*salem.rows[0].after.gap() == Approx(1));
    CHECK(*r.cohort[0].before.everyone == Approx(3)); // 4, 5, 2, 1
    CHECK(*r.cohort[0].change() == Approx(1.5));
    CHECK(*r.cohort[0].managerChange() == Approx(0.5));
    CHECK(r.respondentsBefore == 4);
    CHECK(r.respondentsAfter == 2);
    CHECK(r.cohortSections().size() == 6);
}
