#pragma once
// Assessment results, computed from stored answers:
// - per team, the manager side's and the chief side's scores on each
//   statement, side by side, with the gap (manager minus chief) per phase;
// - the cohort by role (managers, chiefs, everyone) before and after, with the
//   change (after minus before).
// A side's score is the mean of its members' scores (a team may send two
// managers). A value is empty when nobody on that side scored the statement;
// gaps and changes are empty unless both of their values exist.

#include "assessments/Assessments.h"
#include "people/Person.h"

#include <QStringList>

namespace rt {

class Database;

// The mean of some scores; empty for none.
std::optional<double> meanOf(const std::vector<int>& scores);
// a - b, or empty when either is missing.
std::optional<double> difference(std::optional<double> a, std::optional<double> b);

struct SidePair {
    std::optional<double> manager;
    std::optional<double> chief;
    std::optional<double> gap() const { return difference(manager, chief); } // manager - chief
};

struct TeamRow {
    Id questionId = 0;
    SidePair before;
    SidePair after;
    const SidePair& in(Phase phase) const { return phase == Phase::Before ? before : after; }
};

struct TeamResult {
    Id teamId = 0;
    QString label;          // "Salem, OR"
    QStringList managers;   // names on the manager side
    QStringList chiefs;
    std::vector<TeamRow> rows; // one per statement, in template order

    // The mean of |gap| over statements where both sides scored; empty if none.
    std::optional<double> meanAbsoluteGap(Phase phase) const;
    // Statements whose |gap| in the phase is at least `threshold`, largest first
    // (ties: template order).
    std::vector<TeamRow> gapsAtLeast(Phase phase, double threshold) const;
};

struct RoleMeans {
    std::optional<double> managers;
    std::optional<double> chiefs;
    std::optional<double> everyone; // every participant who scored, any role
    int managerCount = 0;           // how many scores each mean is of
    int chiefCount = 0;
    int everyoneCount = 0;
};

struct CohortRow {
    Id questionId = 0;
    RoleMeans before;
    RoleMeans after;
    std::optional<double> change() const { return difference(after.everyone, before.everyone); }
    std::optional<double> managerChange() const { return difference(after.managers, before.managers); }
    std::optional<double> chiefChange() const { return difference(after.chiefs, before.chiefs); }
};

// Section means: a section's value is the mean of its statements' values
// (each statement counts once), for charts with one bar pair per section.
struct SectionRow {
    QString section;
    SidePair before;     // teams: the side means; cohort: managers and chiefs
    SidePair after;
    std::optional<double> everyoneBefore;
    std::optional<double> everyoneAfter;
};

struct AssessmentResults {
    AssessmentTemplate assessment;
    std::vector<TeamResult> teams; // in the workshop's team order
    std::vector<CohortRow> cohort; // one per statement
    int respondentsBefore = 0;     // people with at least one score
    int respondentsAfter = 0;

    const AssessmentQuestion* question(Id questionId) const;
    const TeamResult* team(Id teamId) const;
    std::vector<SectionRow> cohortSections() const;
    std::vector<SectionRow> teamSections(Id teamId) const;
};

// What results are computed from, so the arithmetic is tested without a file.
struct ResultsInput {
    struct Member {
        Id personId = 0;
        QString name;
        RoleSide side = RoleSide::Neither;
    };
    struct TeamInput {
        Id teamId = 0;
        QString label;
        std::vector<Member> members;
    };
    AssessmentTemplate assessment;
    std::vector<TeamInput> teams;
    std::vector<Member> participants; // everyone registered (sides for the cohort)
    std::vector<AnswerRecord> answers;
};

namespace results {

AssessmentResults compute(const ResultsInput& input);
Result<ResultsInput> inputFor(const Database& db, Id workshopId, Id templateId);
Result<AssessmentResults> load(const Database& db, Id workshopId, Id templateId);

} // namespace results
} // namespace rt
