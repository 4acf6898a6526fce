// Assessment templates and answers: the shipped questionnaires, editing with
// its refusals, saving a participant's answers as one undoable action, and
// what happens to answers when their workshop goes.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "assessments/Assessments.h"
#include "people/Roster.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

namespace {

int count(const Database& db, const QString& table)
{
    return expectOk(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))).toInt();
}

QString errorOf(const Result<ChangeSet>& result)
{
    REQUIRE_FALSE(result.has_value());
    return result.error().message;
}

struct Room {
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = addWorkshop(*db);
    Id relationship = expectOk(assessments::findTemplate(*db, QStringLiteral("Manager/chief relationship")));

    Id add(const char* first, const char* last, Role role)
    {
        return enrollNew(*db, workshop, makePerson(QString::fromUtf8(first), QString::fromUtf8(last), role, QStringLiteral("Salem")));
    }
    std::vector<Id> questions() const
    {
        std::vector<Id> ids;
        for (const AssessmentQuestion& q : expectOk(assessments::getTemplate(*db, relationship)).questions)
            ids.push_back(q.id);
        return ids;
    }
};

std::vector<Answer> scored(const std::vector<Id>& questions, std::initializer_list<int> scores)
{
    std::vector<Answer> result;
    auto score = scores.begin();
    for (size_t i = 0; i < questions.size() && score != scores.end(); ++i, ++score)
        result.push_back(Answer{questions[i], *score, {}});
    return result;
}

} // namespace

TEST_CASE("A new file has the two shipped questionnaires, their statements in order")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const auto all = expectOk(assessments::templates(*db));
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("Manager/chief relationship"));
    CHECK(all[1].name == QStringLiteral("Department: 21st Century Policing"));
    for (const AssessmentTemplate& t : all) {
        CHECK(t.questions.size() == 12);
        CHECK(t.answerCount == 0);
        for (size_t i = 0; i < t.questions.size(); ++i)
            CHECK(t.questions[i].position == int(i));
    }
    CHECK(all[0].sections().first() == QStringLiteral("Communication"));
    CHECK(all[0].sections().size() == 6);
    CHECK(all[1].sections().size() == 6);
    CHECK(all[1].questions.front().pillar == 1);
    CHECK(all[1].questions.back().pillar == 6);
}

TEST_CASE("Templates are found by number, UUID or name in any case")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const auto all = expectOk(assessments::templates(*db));
    CHECK(expectOk(assessments::findTemplate(*db, QString::number(all[1].id))) == all[1].id);
    CHECK(expectOk(assessments::findTemplate(*db, all[1].uuid)) == all[1].id);
    CHECK(expectOk(assessments::findTemplate(*db, QStringLiteral("  manager/CHIEF relationship "))) == all[0].id);
    auto missing = assessments::findTemplate(*db, QStringLiteral("Budget"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("“Budget”")));
    CHECK(missing.error().message.contains(QStringLiteral("“Manager/chief relationship”")));
    CHECK_FALSE(assessments::findTemplate(*db, QStringLiteral("99")));
}

TEST_CASE("Template names are required and unique whatever their case")
{
    TempDir dir;
    auto db = newDatabase(dir);
    CHECK(errorOf(assessments::createTemplate(*db, QStringLiteral("   "), {})) == QStringLiteral("An assessment needs a name."));
    CHECK(errorOf(assessments::createTemplate(*db, QStringLiteral("manager/chief RELATIONSHIP"), {}))
              .startsWith(QStringLiteral("There is already an assessment called “Manager/chief relationship”")));

    const Id made = expectOk(assessments::createTemplate(*db, QStringLiteral(" Budget questions "), QStringLiteral("Money."))).subject;
    auto t = expectOk(assessments::getTemplate(*db, made));
    CHECK(t.name == QStringLiteral("Budget questions"));
    CHECK(t.description == QStringLiteral("Money."));
    CHECK(t.questions.empty());

    // Renaming to its own name in another case is fine; to another's is not.
    expectOk(assessments::updateTemplate(*db, made, QStringLiteral("BUDGET questions"), QString()));
    CHECK(expectOk(assessments::getTemplate(*db, made)).name == QStringLiteral("BUDGET questions"));
    CHECK(errorOf(assessments::updateTemplate(*db, made, QStringLiteral("Department: 21st Century Policing"), QString()))
              .contains(QStringLiteral("There is already an assessment called")));
    CHECK(errorOf(assessments::updateTemplate(*db, 999, QStringLiteral("Anything"), QString())).contains(QStringLiteral("not in this file")));
}

TEST_CASE("Statements: text required, pillars 1 to 6, added at the end, moved and removed with positions kept tidy")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id t = expectOk(assessments::createTemplate(*db, QStringLiteral("Short"), {})).subject;
    CHECK(errorOf(assessments::addQuestion(*db, t, QStringLiteral("Trust"), QStringLiteral("  "), std::nullopt))
          == QStringLiteral("A statement needs some text."));
    CHECK(errorOf(assessments::addQuestion(*db, t, QStringLiteral("Trust"), QStringLiteral("Text"), 7)) == QStringLiteral("Pillars run from 1 to 6."));
    CHECK_FALSE(assessments::addQuestion(*db, 999, QStringLiteral("Trust"), QStringLiteral("Text"), std::nullopt));

    const Id a = expectOk(assessments::addQuestion(*db, t, QStringLiteral("Trust"), QStringLiteral("A"), std::nullopt)).subject;
    const Id b = expectOk(assessments::addQuestion(*db, t, QStringLiteral("Trust"), QStringLiteral("B"), 2)).subject;
    const Id c = expectOk(assessments::addQuestion(*db, t, QStringLiteral("Roles"), QStringLiteral(" C "), std::nullopt)).subject;
    const auto texts = [&] {
        QStringList list;
        const auto tmpl = expectOk(assessments::getTemplate(*db, t));
        for (size_t i = 0; i < tmpl.questions.size(); ++i) {
            CHECK(tmpl.questions[i].position == int(i));
            list << tmpl.questions[i].text;
        }
        return list;
    };
    CHECK(texts() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    expectOk(assessments::moveQuestion(*db, c, 0));
    CHECK(texts() == QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")});
    expectOk(assessments::moveQuestion(*db, c, 99)); // past the end: the last place
    CHECK(texts() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    auto moved = expectOk(assessments::moveQuestion(*db, a, 1));
    CHECK(texts() == QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")});
    expectOk(db->revert(moved));
    CHECK(texts() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    AssessmentQuestion edited = expectOk(assessments::getTemplate(*db, t)).questions[1];
    edited.text = QStringLiteral("B, reworded");
    edited.section = QStringLiteral("Roles");
    edited.pillar = std::nullopt;
    expectOk(assessments::updateQuestion(*db, edited));
    const auto after = expectOk(assessments::getTemplate(*db, t));
    CHECK(after.questions[1].text == QStringLiteral("B, reworded"));
    CHECK_FALSE(after.questions[1].pillar);
    CHECK(after.sections() == QStringList{QStringLiteral("Trust"), QStringLiteral("Roles")});
    edited.text = QString();
    CHECK(errorOf(assessments::updateQuestion(*db, edited)) == QStringLiteral("A statement needs some text."));

    expectOk(assessments::removeQuestion(*db, a));
    CHECK(texts() == QStringList{QStringLiteral("B, reworded"), QStringLiteral("C")});
    (void)b;
}

TEST_CASE("A copy has every statement, a template goes with its statements and comes back on undo")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id original = expectOk(assessments::findTemplate(*db, QStringLiteral("Department: 21st Century Policing")));
    CHECK(errorOf(assessments::duplicateTemplate(*db, original, QStringLiteral("department: 21st century policing")))
              .contains(QStringLiteral("There is already an assessment called")));
    const Id copy = expectOk(assessments::duplicateTemplate(*db, original, QStringLiteral("Department, short"))).subject;
    const auto a = expectOk(assessments::getTemplate(*db, original));
    const auto b = expectOk(assessments::getTemplate(*db, copy));
    REQUIRE(b.questions.size() == a.questions.size());
    for (size_t i = 0; i < a.questions.size(); ++i) {
        CHECK(b.questions[i].text == a.questions[i].text);
        CHECK(b.questions[i].section == a.questions[i].section);
        CHECK(b.questions[i].pillar == a.questions[i].pillar);
        CHECK(b.questions[i].id != a.questions[i].id);
    }
    const int statements = count(*db, QStringLiteral("assessment_questions"));
    auto removed = expectOk(assessments::removeTemplate(*db, copy));
    CHECK(count(*db, QStringLiteral("assessment_questions")) == statements - 12);
    CHECK_FALSE(assessments::getTemplate(*db, copy));
    expectOk(db->revert(removed));
    CHECK(expectOk(assessments::getTemplate(*db, copy)).questions.size() == 12);
}

TEST_CASE("Answered templates and statements stay, and the refusal says how many answers")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager);
    const Id marcus = room.add("Marcus", "Ortega", Role::PoliceChief);
    const auto q = room.questions();
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, scored(q, {4, 5})));
    expectOk(assessments::saveAnswers(*room.db, room.workshop, marcus, Phase::Before, scored(q, {3})));

    CHECK(expectOk(assessments::getTemplate(*room.db, room.relationship)).answerCount == 3);
    const QString template_ = errorOf(assessments::removeTemplate(*room.db, room.relationship));
    CHECK(template_.contains(QStringLiteral("answered 3 times")));
    CHECK(template_.contains(QStringLiteral("must be kept")));
    const QString statement = errorOf(assessments::removeQuestion(*room.db, q[0]));
    CHECK(statement.contains(QStringLiteral("answered 2 times")));
    CHECK(errorOf(assessments::removeQuestion(*room.db, q[1])).contains(QStringLiteral("answered 1 time,")));
    // An unanswered statement of the same template can go.
    expectOk(assessments::removeQuestion(*room.db, q[2]));
}

TEST_CASE("Saving answers: registered people only, known statements, scores 1 to 5")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager);
    const auto q = room.questions();

    CHECK(errorOf(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, {Answer{q[0], 6, {}}}))
              .startsWith(QStringLiteral("Scores run from 1 to 5")));
    CHECK(errorOf(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, {Answer{q[0], 0, {}}}))
              .startsWith(QStringLiteral("Scores run from 1 to 5")));
    CHECK(errorOf(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, {Answer{99999, 3, {}}}))
              .contains(QStringLiteral("in no assessment")));
    CHECK(errorOf(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, {Answer{q[0], 3, {}}, Answer{q[0], 4, {}}}))
              .contains(QStringLiteral("answered twice")));
    // A refused save writes nothing, not even the valid answers before the bad one.
    CHECK_FALSE(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, {Answer{q[0], 3, {}}, Answer{q[1], 9, {}}}));
    CHECK(count(*room.db, QStringLiteral("assessment_answers")) == 0);

    const Id waiting = room.add("Wendy", "Waits", Role::PoliceChief);
    expectOk(roster::moveToWaitlist(*room.db, room.workshop, waiting));
    CHECK(errorOf(assessments::saveAnswers(*room.db, room.workshop, waiting, Phase::Before, {Answer{q[0], 3, {}}}))
          == QStringLiteral("Wendy Waits is not registered for this workshop, so has no answers to give here."));
    const Id other = addWorkshop(*room.db, 20, QStringLiteral("Another"));
    CHECK(errorOf(assessments::saveAnswers(*room.db, other, dana, Phase::Before, {Answer{q[0], 3, {}}})).contains(QStringLiteral("not registered")));
    CHECK_FALSE(assessments::saveAnswers(*room.db, room.workshop, 4242, Phase::Before, {Answer{q[0], 3, {}}}));
}

TEST_CASE("Saved answers read back by phase, a comment alone is kept and an empty answer removes the stored one")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager);
    const auto q = room.questions();
    auto saved = expectOk(assessments::saveAnswers(
        *room.db, room.workshop, dana, Phase::Before,
        {Answer{q[0], 4, QStringLiteral(" Weekly meetings ")}, Answer{q[1], std::nullopt, QStringLiteral("Not sure")}, Answer{q[2], 2, {}},
         Answer{q[3], std::nullopt, QStringLiteral("  ")}}));
    CHECK(saved.description == QStringLiteral("Save Dana Whitfield's answers (before)"));
    CHECK(saved.subject == dana);

    auto before = expectOk(assessments::answers(*room.db, room.workshop, dana, room.relationship, Phase::Before));
    REQUIRE(before.size() == 3);
    CHECK(before[0].questionId == q[0]);
    CHECK(before[0].score == 4);
    CHECK(before[0].comment == QStringLiteral("Weekly meetings"));
    CHECK_FALSE(before[1].score);
    CHECK(before[1].comment == QStringLiteral("Not sure"));
    CHECK(expectOk(assessments::answers(*room.db, room.workshop, dana, room.relationship, Phase::After)).empty());

    // The same person after the workshop: a separate set of answers.
    auto afterSave = expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::After, scored(q, {5})));
    CHECK(afterSave.description == QStringLiteral("Save Dana Whitfield's answers (after)"));

    // Changing one, emptying another, leaving the third alone.
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, {Answer{q[0], 5, {}}, Answer{q[2], std::nullopt, {}}}));
    before = expectOk(assessments::answers(*room.db, room.workshop, dana, room.relationship, Phase::Before));
    REQUIRE(before.size() == 2);
    CHECK(before[0].score == 5);
    CHECK(before[0].comment.isEmpty());
    CHECK(before[1].questionId == q[1]);

    const auto all = expectOk(assessments::answersOf(*room.db, room.workshop, room.relationship));
    CHECK(all.size() == 3);
    CHECK(std::count_if(all.begin(), all.end(), [](const AnswerRecord& r) { return r.phase == Phase::After; }) == 1);
}

TEST_CASE("Undoing a save puts the earlier answers back, redo brings the new ones")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager);
    const auto q = room.questions();
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, scored(q, {1, 2, 3})));
    auto second = expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before,
                                                    {Answer{q[0], 5, QStringLiteral("Better")}, Answer{q[1], std::nullopt, {}}, Answer{q[3], 4, {}}}));
    const auto scores = [&] {
        std::vector<std::pair<Id, std::optional<int>>> list;
        for (const Answer& a : expectOk(assessments::answers(*room.db, room.workshop, dana, room.relationship, Phase::Before)))
            list.emplace_back(a.questionId, a.score);
        return list;
    };
    using List = std::vector<std::pair<Id, std::optional<int>>>;
    CHECK(scores() == List{{q[0], 5}, {q[2], 3}, {q[3], 4}});
    expectOk(room.db->revert(second));
    CHECK(scores() == List{{q[0], 1}, {q[1], 2}, {q[2], 3}});
    CHECK(expectOk(assessments::answers(*room.db, room.workshop, dana, room.relationship, Phase::Before))[0].comment.isEmpty());
    expectOk(room.db->reapply(second));
    CHECK(scores() == List{{q[0], 5}, {q[2], 3}, {q[3], 4}});
}

TEST_CASE("Progress lists each registered participant by last name with statements scored per phase")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager);
    const Id marcus = room.add("Marcus", "Ortega", Role::PoliceChief);
    const Id gone = room.add("Gail", "Gone", Role::CityManager);
    const auto q = room.questions();
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, scored(q, {4, 4, 4})));
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::After,
                                      {Answer{q[0], 5, {}}, Answer{q[1], std::nullopt, QStringLiteral("comment only")}}));
    expectOk(assessments::saveAnswers(*room.db, room.workshop, gone, Phase::Before, scored(q, {2})));
    expectOk(roster::cancel(*room.db, room.workshop, gone));

    const auto list = expectOk(assessments::progress(*room.db, room.workshop, room.relationship));
    REQUIRE(list.size() == 2);
    CHECK(list[0].personId == marcus);
    CHECK(list[0].name == QStringLiteral("Ortega, Marcus"));
    CHECK(list[0].roleText == QStringLiteral("Police Chief"));
    CHECK(list[0].answeredBefore == 0);
    CHECK(list[1].personId == dana);
    CHECK(list[1].answeredBefore == 3);
    CHECK(list[1].answeredAfter == 1); // a comment alone is not a score
    CHECK(list[1].questionCount == 12);
}

TEST_CASE("Deleting a workshop removes its answers, and undo restores them")
{
    Room room;
    const Id dana = room.add("Dana", "Whitfield", Role::CityManager);
    const auto q = room.questions();
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::Before, scored(q, {4, 3})));
    expectOk(assessments::saveAnswers(*room.db, room.workshop, dana, Phase::After, scored(q, {5, 4})));
    REQUIRE(count(*room.db, QStringLiteral("assessment_answers")) == 4);

    auto removed = expectOk(workshops::remove(*room.db, room.workshop));
    CHECK(count(*room.db, QStringLiteral("assessment_answers")) == 0);
    CHECK(expectOk(assessments::getTemplate(*room.db, room.relationship)).answerCount == 0);
    expectOk(room.db->revert(removed));
    CHECK(count(*room.db, QStringLiteral("assessment_answers")) == 4);
}

TEST_CASE("Phases and scores have keys and labels")
{
    CHECK(phaseKey(Phase::Before) == QStringLiteral("before"));
    CHECK(phaseFromKey(QStringLiteral(" AFTER ")) == Phase::After);
    CHECK_FALSE(phaseFromKey(QStringLiteral("during")));
    CHECK(phaseLabel(Phase::After) == QStringLiteral("After"));
    CHECK(scoreLabel(1) == QStringLiteral("1 – Strongly disagree"));
    CHECK(scoreLabel(5) == QStringLiteral("5 – Strongly agree"));
    CHECK(scoreLabel(6).isEmpty());
}
