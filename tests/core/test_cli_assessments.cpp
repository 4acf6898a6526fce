// roundtable-cli's assessment commands on a small file: listing the
// questionnaires, saving a participant's answers with every kind of mistake
// refused, and the results as text and JSON.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "assessments/Assessments.h"
#include "people/Teams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

namespace {

struct File {
    TempDir dir;
    QString path = dir.path(QStringLiteral("outcomes.roundtable"));
    Id workshop = 0;
    Id other = 0;
    Id dana = 0, ann = 0, marcus = 0, stranger = 0;
    Id salem = 0, elsewhere = 0;

    File()
    {
        auto db = newDatabase(dir, QStringLiteral("outcomes.roundtable"));
        workshop = addWorkshop(*db);
        other = addWorkshop(*db, 20, QStringLiteral("Another workshop"));
        dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem")));
        ann = enrollNew(*db, workshop,
                        makePerson(QStringLiteral("Ann"), QStringLiteral("Archer"), Role::AssistantCityManager, QStringLiteral("Salem")));
        marcus = enrollNew(*db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Salem")));
        stranger = enrollNew(*db, other, makePerson(QStringLiteral("Sam"), QStringLiteral("Stranger"), Role::PoliceChief, QStringLiteral("Bend")));
        salem = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, ann, marcus})).subject;
        elsewhere = expectOk(teams::create(*db, other, QStringLiteral("Bend"), QStringLiteral("OR"), {stranger})).subject;
    }

    QStringList base() const { return {QStringLiteral("-d"), path}; }

    Run assess(Id person, const QString& phase, const QString& scores, const QStringList& more = {}) const
    {
        return cli(base() + QStringList{QStringLiteral("assess"), QStringLiteral("--workshop"), QString::number(workshop),
                                        QStringLiteral("--person"), QString::number(person), QStringLiteral("--template"),
                                        QStringLiteral("1"), QStringLiteral("--phase"), phase, QStringLiteral("--scores"), scores}
                   + more);
    }
};

// Twelve scores: the first ones given, the rest "-".
QString scores(const QStringList& first)
{
    QStringList all = first;
    while (all.size() < 12)
        all << QStringLiteral("-");
    return all.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("assessments lists the questionnaires and shows one's statements")
{
    File f;
    Run list = cli(f.base() + QStringList{QStringLiteral("assessments")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("  1  Manager/chief relationship · 12 statements · 0 answers")));
    CHECK(list.out.contains(QStringLiteral("  2  Department: 21st Century Policing · 12 statements · 0 answers")));
    CHECK(list.out.contains(QStringLiteral("2 assessments")));

    Run one = cli(f.base() + QStringList{QStringLiteral("assessments"), QStringLiteral("--template"), QStringLiteral("manager/chief RELATIONSHIP")});
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.contains(QStringLiteral(" 1. Communication — We talk regularly, not only when something has gone wrong.")));
    CHECK(one.out.contains(QStringLiteral("12. Community confidence — ")));
    CHECK(one.out.contains(QStringLiteral("12 statements, scored 1")));

    Run pillars = cli(f.base() + QStringList{QStringLiteral("assessments"), QStringLiteral("--template"), QStringLiteral("2")});
    REQUIRE(pillars.exitCode == 0);
    CHECK(pillars.out.contains(QStringLiteral(" 1. Building Trust and Legitimacy (pillar 1) — Officers treat people fairly")));
    CHECK(pillars.out.contains(QStringLiteral("12. Officer Wellness and Safety (pillar 6) — ")));

    Run missing = cli(f.base() + QStringList{QStringLiteral("assessments"), QStringLiteral("--template"), QStringLiteral("Budget")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("There is no assessment called “Budget”")));
    CHECK(missing.out.isEmpty());
}

TEST_CASE("assess saves a participant's scores and comments, and refuses what it cannot use")
{
    File f;
    Run saved = f.assess(f.dana, QStringLiteral("before"), QStringLiteral("4,5, 3 ,-,,2,1,5,4,3,2,1"),
                         {QStringLiteral("--comment"), QStringLiteral("1=We meet weekly"), QStringLiteral("--comment"),
                          QStringLiteral("4=Never asked = never told")});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(QStringLiteral("Saved Dana Whitfield's answers to “Manager/chief relationship” (before): 10 of 12 statements scored.")));
    {
        auto db = expectOk(Database::open(f.path));
        const Id t = expectOk(assessments::findTemplate(*db, QStringLiteral("1")));
        const auto answers = expectOk(assessments::answers(*db, f.workshop, f.dana, t, Phase::Before));
        REQUIRE(answers.size() == 11); // ten scores and a comment alone
        CHECK(answers[0].score == 4);
        CHECK(answers[0].comment == QStringLiteral("We meet weekly"));
        CHECK(answers[2].score == 3);
        CHECK_FALSE(answers[3].score);
        CHECK(answers[3].comment == QStringLiteral("Never asked = never told"));
        CHECK(answers[4].score == 2);
    }
    // Saving again replaces the phase's answers: "-" clears a score.
    REQUIRE(f.assess(f.dana, QStringLiteral("before"), scores({QStringLiteral("5")})).exitCode == 0);
    {
        auto db = expectOk(Database::open(f.path));
        const auto answers = expectOk(assessments::answers(*db, f.workshop, f.dana, 1, Phase::Before));
        REQUIRE(answers.size() == 1);
        CHECK(answers[0].score == 5);
    }

    Run short_ = f.assess(f.dana, QStringLiteral("before"), QStringLiteral("4,5,3"));
    CHECK(short_.exitCode == 2);
    CHECK(short_.err.contains(QStringLiteral("--scores has 3 values, but “Manager/chief relationship” has 12 statements")));

    Run tooHigh = f.assess(f.dana, QStringLiteral("after"), scores({QStringLiteral("4"), QStringLiteral("7")}));
    CHECK(tooHigh.exitCode == 2);
    CHECK(tooHigh.err.contains(QStringLiteral("Scores run from 1 to 5; statement 2 has “7”.")));
    CHECK(f.assess(f.dana, QStringLiteral("after"), scores({QStringLiteral("four")})).exitCode == 2);

    Run phase = f.assess(f.dana, QStringLiteral("during"), scores({}));
    CHECK(phase.exitCode == 2);
    CHECK(phase.err.contains(QStringLiteral("--phase before")));

    Run comment = f.assess(f.dana, QStringLiteral("after"), scores({}), {QStringLiteral("--comment"), QStringLiteral("13=Too far")});
    CHECK(comment.exitCode == 2);
    CHECK(comment.err.contains(QStringLiteral("from 1 to 12")));

    Run outsider = f.assess(f.stranger, QStringLiteral("before"), scores({QStringLiteral("3")}));
    CHECK(outsider.exitCode == 1);
    CHECK(outsider.err.contains(QStringLiteral("Sam Stranger is not registered for this workshop")));

    Run noScores = cli(f.base() + QStringList{QStringLiteral("assess"), QStringLiteral("--workshop"), QString::number(f.workshop),
                                              QStringLiteral("--person"), QString::number(f.dana), QStringLiteral("--template"),
                                              QStringLiteral("1"), QStringLiteral("--phase"), QStringLiteral("after")});
    CHECK(noScores.exitCode == 2);
    CHECK(noScores.err.contains(QStringLiteral("--scores")));
}

TEST_CASE("results prints the cohort by role and a team's gaps, as text and as JSON")
{
    File f;
    // Statement 1: managers 4 and 5, chief 2 before; 5, -, 4 after.
    REQUIRE(f.assess(f.dana, QStringLiteral("before"), scores({QStringLiteral("4"), QStringLiteral("3")})).exitCode == 0);
    REQUIRE(f.assess(f.ann, QStringLiteral("before"), scores({QStringLiteral("5")})).exitCode == 0);
    REQUIRE(f.assess(f.marcus, QStringLiteral("before"), scores({QStringLiteral("2"), QStringLiteral("4")})).exitCode == 0);
    REQUIRE(f.assess(f.dana, QStringLiteral("after"), scores({QStringLiteral("5"), QStringLiteral("4")})).exitCode == 0);
    REQUIRE(f.assess(f.marcus, QStringLiteral("after"), scores({QStringLiteral("4"), QStringLiteral("4")})).exitCode == 0);

    const QStringList results = f.base() + QStringList{QStringLiteral("results"), QStringLiteral("--workshop"), QString::number(f.workshop),
                                                       QStringLiteral("--template"), QStringLiteral("Manager/chief relationship")};
    Run text = cli(results);
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("“Manager/chief relationship” in “Test workshop”")));
    CHECK(text.out.contains(QStringLiteral("3 before, 2 after")));
    CHECK(text.out.contains(QStringLiteral(" 1. Communication — We talk regularly")));
    CHECK(text.out.contains(QStringLiteral("Managers  before 4.50  after 5.00  change +0.50")));
    CHECK(text.out.contains(QStringLiteral("Chiefs    before 2.00  after 4.00  change +2.00")));
    CHECK(text.out.contains(QStringLiteral("Everyone  before 3.67  after 4.50  change +0.83")));
    CHECK(text.out.contains(QStringLiteral("Managers  before –  after –  change –")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Team Salem")));

    Run team = cli(results + QStringList{QStringLiteral("--team"), QString::number(f.salem)});
    REQUIRE(team.exitCode == 0);
    CHECK(team.out.contains(QStringLiteral("Team Salem, OR · managers: Dana Whitfield, Ann Archer · chiefs: Marcus Ortega")));
    CHECK(team.out.contains(QStringLiteral("Before  manager 4.50  chief 2.00  gap +2.50")));
    CHECK(team.out.contains(QStringLiteral("After   manager 5.00  chief 4.00  gap +1.00")));
    CHECK(team.out.contains(QStringLiteral("Before  manager 3.00  chief 4.00  gap -1.00")));
    CHECK(team.out.contains(QStringLiteral("After   manager 4.00  chief 4.00  gap 0.00")));
    CHECK(team.out.contains(QStringLiteral("Mean gap, either way: before 1.75, after 0.50")));

    Run json = cli(results + QStringList{QStringLiteral("--team"), QString::number(f.salem), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("respondents")).toObject().value(QStringLiteral("before")).toInt() == 3);
    const QJsonArray statements = root.value(QStringLiteral("statements")).toArray();
    REQUIRE(statements.size() == 12);
    const QJsonObject first = statements.at(0).toObject();
    CHECK(first.value(QStringLiteral("before")).toObject().value(QStringLiteral("managers")).toDouble() == Approx(4.5));
    CHECK(first.value(QStringLiteral("before")).toObject().value(QStringLiteral("manager_scores")).toInt() == 2);
    CHECK(first.value(QStringLiteral("change")).toObject().value(QStringLiteral("chiefs")).toDouble() == Approx(2));
    CHECK(statements.at(5).toObject().value(QStringLiteral("change")).toObject().value(QStringLiteral("everyone")).isNull());
    const QJsonObject salem = root.value(QStringLiteral("team")).toObject();
    CHECK(salem.value(QStringLiteral("label")).toString() == QStringLiteral("Salem, OR"));
    const QJsonObject gap = salem.value(QStringLiteral("statements")).toArray().at(0).toObject().value(QStringLiteral("before")).toObject();
    CHECK(gap.value(QStringLiteral("gap")).toDouble() == Approx(2.5));
    CHECK(salem.value(QStringLiteral("mean_absolute_gap")).toObject().value(QStringLiteral("after")).toDouble() == Approx(0.5));
    CHECK_FALSE(QJsonDocument::fromJson(cli(results + QStringList{QStringLiteral("--json")}).out.toUtf8()).object().contains(QStringLiteral("team")));

    Run foreign = cli(results + QStringList{QStringLiteral("--team"), QString::number(f.elsewhere)});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("is not one of the teams of “Test workshop”")));

    Run noTemplate = cli(f.base() + QStringList{QStringLiteral("results"), QStringLiteral("--workshop"), QString::number(f.workshop)});
    CHECK(noTemplate.exitCode == 2);
    CHECK(noTemplate.err.contains(QStringLiteral("--template")));

    Run help = cli({QStringLiteral("results"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--team ID")));
}
