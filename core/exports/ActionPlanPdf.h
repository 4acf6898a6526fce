#pragma once
// Action plans on paper: one team's plan, or every team's plan of a workshop
// (each team on new pages), with each item's goal, actions, owner, due date,
// status, measure of success, pillar and practice group, and signature lines
// for the team's manager and chief.

#include "actionplans/ActionPlans.h"
#include "exports/PrintOptions.h"
#include "people/Teams.h"
#include "workshops/Workshop.h"

namespace rt {
class Database;
}

namespace rt::exports {

struct ActionPlanDocument {
    Workshop workshop;
    QString where; // venue and dates
    struct TeamPlan {
        Team team;
        std::vector<ActionItem> items;
    };
    std::vector<TeamPlan> teams;
};

// Every team of the workshop, or only `teamId`. Fails when there is no team.
Result<ActionPlanDocument> actionPlanDocument(const Database& db, Id workshopId, std::optional<Id> teamId = {});
// items: the action items printed.
Result<PdfSummary> writeActionPlans(const ActionPlanDocument& doc, const QString& path, const PrintOptions& options);

} // namespace rt::exports
