// Assessment results: plain arithmetic over the stored answers (compute), and
// the reads that gather what it needs (inputFor).

#include "assessments/Results.h"

#include "people/Roster.h"
#include "people/Teams.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace rt {

std::optional<double> meanOf(const std::vector<int>& scores)
{
    if (scores.empty())
        return std::nullopt;
    return double(std::accumulate(scores.begin(), scores.end(), 0)) / double(scores.size());
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

namespace {

// The mean of the values that exist; empty when none does.
std::optional<double> meanOfValues(const std::vector<std::optional<double>>& values)
{
    double sum = 0;
    int count = 0;
    for (const auto& v : values) {
        if (v) {
            sum += *v;
            ++count;
        }
    }
    return count ? std::optional<double>(sum / count) : std::nullopt;
}

} // namespace

std::optional<double> TeamResult::meanAbsoluteGap(Phase phase) const
{
    std::vector<std::optional<double>> gaps;
    for (const TeamRow& row : rows) {
        if (const auto gap = row.in(phase).gap())
            gaps.push_back(std::abs(*gap));
    }
    return meanOfValues(gaps);
}

std::vector<TeamRow> TeamResult::gapsAtLeast(Phase phase, double threshold) const
{
    std::vector<TeamRow> result;
    for (const TeamRow& row : rows) {
        const auto gap = row.in(phase).gap();
        if (gap && std::abs(*gap) >= threshold)
            result.push_back(row);
    }
    std::stable_sort(result.begin(), result.end(), [phase](const TeamRow& a, const TeamRow& b) {
        return std::abs(*a.in(phase).gap()) > std::abs(*b.in(phase).gap());
    });
    return result;
}

const AssessmentQuestion* AssessmentResults::question(Id questionId) const
{
    for (const AssessmentQuestion& q : assessment.questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

const TeamResult* AssessmentResults::team(Id teamId) const
{
    for (const TeamResult& t : teams) {
        if (t.teamId == teamId)
            return &t;
    }
    return nullptr;
}

std::vector<SectionRow> AssessmentResults::cohortSections() const
{
    std::vector<SectionRow> result;
    for (const QString& section : assessment.sections()) {
        std::vector<std::optional<double>> managersBefore, managersAfter, chiefsBefore, chiefsAfter, everyoneBefore, everyoneAfter;
        for (size_t i = 0; i < cohort.size() && i < assessment.questions.size(); ++i) {
            if (assessment.questions[i].section != section)
                continue;
            const CohortRow& row = cohort[i];
            managersBefore.push_back(row.before.managers);
            managersAfter.push_back(row.after.managers);
            chiefsBefore.push_back(row.before.chiefs);
            chiefsAfter.push_back(row.after.chiefs);
            everyoneBefore.push_back(row.before.everyone);
            everyoneAfter.push_back(row.after.everyone);
        }
        SectionRow s;
        s.section = section;
        s.before = SidePair{meanOfValues(managersBefore), meanOfValues(chiefsBefore)};
        s.after = SidePair{meanOfValues(managersAfter), meanOfValues(chiefsAfter)};
        s.everyoneBefore = meanOfValues(everyoneBefore);
        s.everyoneAfter = meanOfValues(everyoneAfter);
        result.push_back(s);
    }
    return result;
}

std::vector<SectionRow> AssessmentResults::teamSections(Id teamId) const
{
    const TeamResult* t = team(teamId);
    if (!t)
        return {};
    std::vector<SectionRow> result;
    for (const QString& section : assessment.sections()) {
        std::vector<std::optional<double>> managersBefore, managersAfter, chiefsBefore, chiefsAfter;
        for (size_t i = 0; i < t->rows.size() && i < assessment.questions.size(); ++i) {
            if (assessment.questions[i].section != section)
                continue;
            const TeamRow& row = t->rows[i];
            managersBefore.push_back(row.before.manager);
            managersAfter.push_back(row.after.manager);
            chiefsBefore.push_back(row.before.chief);
            chiefsAfter.push_back(row.after.chief);
        }
        SectionRow s;
        s.section = section;
        s.before = SidePair{meanOfValues(managersBefore), meanOfValues(chiefsBefore)};
        s.after = SidePair{meanOfValues(managersAfter), meanOfValues(chiefsAfter)};
        result.push_back(s);
    }
    return result;
}

namespace results {
namespace {

// Scores by person, statement and phase.
using ScoreKey = std::tuple<Id, Id, Phase>;

std::map<ScoreKey, int> scoresOf(const std::vector<AnswerRecord>& answers)
{
    std::map<ScoreKey, int> scores;
    for (const AnswerRecord& a : answers) {
        if (a.score)
            scores[{a.personId, a.questionId, a.phase}] = *a.score;
    }
    return scores;
}

// Each listed person's score on a statement, where they gave one.
std::vector<int> scoresFrom(const std::map<ScoreKey, int>& scores, const std::vector<Id>& people, Id questionId, Phase phase)
{
    std::vector<int> result;
    for (Id person : people) {
        const auto at = scores.find({person, questionId, phase});
        if (at != scores.end())
            result.push_back(at->second);
    }
    return result;
}

RoleMeans roleMeans(const std::map<ScoreKey, int>& scores, const std::vector<Id>& managers, const std::vector<Id>& chiefs,
                    const std::vector<Id>& everyone, Id questionId, Phase phase)
{
    const std::vector<int> m = scoresFrom(scores, managers, questionId, phase);
    const std::vector<int> c = scoresFrom(scores, chiefs, questionId, phase);
    const std::vector<int> e = scoresFrom(scores, everyone, questionId, phase);
    return RoleMeans{meanOf(m), meanOf(c), meanOf(e), int(m.size()), int(c.size()), int(e.size())};
}

int respondents(const std::map<ScoreKey, int>& scores, const std::vector<Id>& everyone, const AssessmentTemplate& assessment, Phase phase)
{
    int count = 0;
    for (Id person : everyone) {
        const bool scored = std::any_of(assessment.questions.begin(), assessment.questions.end(), [&](const AssessmentQuestion& q) {
            return scores.contains({person, q.id, phase});
        });
        count += scored ? 1 : 0;
    }
    return count;
}

} // namespace

AssessmentResults compute(const ResultsInput& input)
{
    AssessmentResults results;
    results.assessment = input.assessment;
    const std::map<ScoreKey, int> scores = scoresOf(input.answers);

    for (const ResultsInput::TeamInput& t : input.teams) {
        TeamResult team;
        team.teamId = t.teamId;
        team.label = t.label;
        std::vector<Id> managers, chiefs;
        for (const ResultsInput::Member& m : t.members) {
            if (m.side == RoleSide::Manager) {
                managers.push_back(m.personId);
                team.managers << m.name;
            } else if (m.side == RoleSide::Chief) {
                chiefs.push_back(m.personId);
                team.chiefs << m.name;
            }
        }
        for (const AssessmentQuestion& q : input.assessment.questions) {
            TeamRow row;
            row.questionId = q.id;
            for (Phase phase : {Phase::Before, Phase::After}) {
                SidePair& pair = phase == Phase::Before ? row.before : row.after;
                pair.manager = meanOf(scoresFrom(scores, managers, q.id, phase));
                pair.chief = meanOf(scoresFrom(scores, chiefs, q.id, phase));
            }
            team.rows.push_back(row);
        }
        results.teams.push_back(team);
    }

    std::vector<Id> managers, chiefs, everyone;
    for (const ResultsInput::Member& p : input.participants) {
        everyone.push_back(p.personId);
        if (p.side == RoleSide::Manager)
            managers.push_back(p.personId);
        else if (p.side == RoleSide::Chief)
            chiefs.push_back(p.personId);
    }
    for (const AssessmentQuestion& q : input.assessment.questions) {
        CohortRow row;
        row.questionId = q.id;
        row.before = roleMeans(scores, managers, chiefs, everyone, q.id, Phase::Before);
        row.after = roleMeans(scores, managers, chiefs, everyone, q.id, Phase::After);
        results.cohort.push_back(row);
    }
    results.respondentsBefore = respondents(scores, everyone, input.assessment, Phase::Before);
    results.respondentsAfter = respondents(scores, everyone, input.assessment, Phase::After);
    return results;
}

Result<ResultsInput> inputFor(const Database& db, Id workshopId, Id templateId)
{
    ResultsInput input;
    auto assessment = assessments::getTemplate(db, templateId);
    if (!assessment)
        return std::unexpected(assessment.error());
    input.assessment = *assessment;
    auto teamList = teams::list(db, workshopId);
    if (!teamList)
        return std::unexpected(teamList.error());
    for (const Team& t : *teamList) {
        ResultsInput::TeamInput team{t.id, t.label(), {}};
        for (const TeamMember& m : t.members)
            team.members.push_back({m.person.id, m.person.fullName(), sideOf(m.person.role)});
        input.teams.push_back(team);
    }
    auto entries = roster::list(db, workshopId);
    if (!entries)
        return std::unexpected(entries.error());
    for (const RosterEntry& e : *entries) {
        if (e.status == EnrollmentStatus::Registered)
            input.participants.push_back({e.person.id, e.person.fullName(), sideOf(e.person.role)});
    }
    auto answers = assessments::answersOf(db, workshopId, templateId);
    if (!answers)
        return std::unexpected(answers.error());
    input.answers = *answers;
    return input;
}

Result<AssessmentResults> load(const Database& db, Id workshopId, Id templateId)
{
    auto input = inputFor(db, workshopId, templateId);
    if (!input)
        return std::unexpected(input.error());
    return compute(*input);
}

} // namespace results
} // namespace rt
