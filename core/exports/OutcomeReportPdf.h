#pragma once
// The workshop outcome report: attendance summary, assessment results with
// charts (per template: the cohort by role before and after, and each team's
// manager/chief gaps), workload figures per team, discussion highlights and a
// summary of the action plans.

#include "actionplans/ActionPlans.h"
#include "assessments/Results.h"
#include "attendance/AttendanceSheet.h"
#include "discussions/Discussions.h"
#include "exports/ChartSpec.h"
#include "exports/PrintOptions.h"
#include "people/Teams.h"
#include "workload/Workload.h"

namespace rt {
class Database;
}

namespace rt::exports {

struct OutcomeDocument {
    AttendanceSheet attendance;                 // workshop, blocks, people, marks, credit
    std::vector<AssessmentResults> assessments; // templates with any answer in this workshop
    std::vector<std::pair<Team, WorkloadInputs>> worksheets; // teams with a worksheet
    std::vector<RoundDetail> rounds;
    std::vector<DiscussionItem> parkingLot;
    std::vector<std::pair<Team, std::vector<ActionItem>>> plans; // every team
};

Result<OutcomeDocument> outcomeDocument(const Database& db, Id workshopId);
// `paintChart` draws the charts (the app passes Qt Charts); it is required.
Result<PdfSummary> writeOutcomeReport(const OutcomeDocument& doc, const QString& path, const PrintOptions& options,
                                      const ChartPainter& paintChart);

} // namespace rt::exports
