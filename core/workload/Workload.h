#pragma once
// The workload worksheet from "Asking your police chief the right questions":
// a team's department figures, and what follows from them.
// - Officers per 1,000 residents = sworn / population × 1,000.
// - Rule of 60, part one: the share of sworn officers assigned to patrol
//   (patrol / sworn); CPSM's rule of thumb is about 60%.
// - Rule of 60, part two, the patrol saturation index: the share of patrol's
//   available time committed to calls for service, that is
//   (calls × minutes per call × officers per call ÷ 60) ÷ (patrol × net
//   available hours per officer); the rule is no more than 60%.
// Inputs may be left empty (not yet known); a figure is computed once the
// inputs it needs are there and valid.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QString>
#include <optional>
#include <vector>

namespace rt {

class Database;
class Writer;

enum class WorkloadField {
    Population,
    SwornOfficers,
    PatrolOfficers,
    CallsPerYear,
    MinutesPerCall,
    OfficersPerCall,
    NetHoursPerOfficer,
};

const std::vector<WorkloadField>& allWorkloadFields();
QString workloadFieldKey(WorkloadField field);    // "population", "sworn", "patrol", "calls", "minutes", "officers-per-call", "net-hours"
std::optional<WorkloadField> workloadFieldFromKey(const QString& key);
QString workloadFieldLabel(WorkloadField field);  // "Population", "Sworn officers", …
QString workloadFieldHint(WorkloadField field);   // one line on what to enter

struct WorkloadInputs {
    std::optional<double> population;
    std::optional<double> swornOfficers;
    std::optional<double> patrolOfficers;
    std::optional<double> callsPerYear;
    std::optional<double> minutesPerCall;
    std::optional<double> officersPerCall;
    std::optional<double> netHoursPerOfficer;
    QString notes;

    std::optional<double> value(WorkloadField field) const;
    void set(WorkloadField field, std::optional<double> value);
    bool isEmpty() const;
};

struct WorkloadProblem {
    WorkloadField field;
    QString message; // "Sworn officers can't be negative."
};

// Where a figure stands against the rule (for colouring and the plain note).
enum class Standing { Unknown, Within, Near, Beyond };

struct WorkloadFigure {
    std::optional<double> value; // officers per 1,000, or a share 0..n (0.6 = 60%)
    Standing standing = Standing::Unknown;
    QString note;                // plain language: what it means and where this department stands
};

struct WorkloadResult {
    std::vector<WorkloadProblem> problems; // empty when every given input is valid
    WorkloadFigure officersPerThousand;
    WorkloadFigure patrolShare;
    WorkloadFigure saturation;
    std::optional<double> callHoursPerYear;      // calls × minutes × officers ÷ 60
    std::optional<double> availablePatrolHours;  // patrol × net hours

    bool isValid() const { return problems.empty(); }
};

// Parses a typed figure ("12,500", " 42 ", "1.5"); empty text is no value.
// Fails with a message naming the field for anything else.
Result<std::optional<double>> parseWorkloadValue(WorkloadField field, const QString& text);
// Validates and computes. Pure.
WorkloadResult evaluateWorkload(const WorkloadInputs& inputs);

// Figures as the worksheet shows them, in the default locale: an input with
// at most two decimals ("12,500", "1.5"), a share as a percentage ("20.8%").
QString formatWorkloadValue(double value);
QString formatShare(double share);
QString formatOfficersPerThousand(double value); // "2.0", "0.85"
QString standingKey(Standing standing); // "unknown", "within", "near", "beyond"

namespace workload {

// A team's worksheet (all empty when none is saved yet).
Result<WorkloadInputs> load(const Database& db, Id teamId);
// Saves it as one action; refused with the first problem's message when any
// input is invalid.
Result<ChangeSet> save(Database& db, Id teamId, const WorkloadInputs& inputs);
// Inside other actions: a deleted team's or workshop's worksheets.
Status removeOfTeam(Writer& writer, Id teamId);

} // namespace workload
} // namespace rt
