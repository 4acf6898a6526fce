#pragma once
// The follow-up view: action items across every workshop in the file, with
// what needs a call (overdue, due soon) and where each stands.

#include "actionplans/ActionPlans.h"

namespace rt {

struct FollowUpRow {
    ActionItem item;
    Id workshopId = 0;
    QString workshopTitle;
    QDate workshopDate;
    QString teamLabel;                // "Salem, OR"
    std::optional<int> daysLeft;      // due - today (negative: overdue); empty when no due date
    std::optional<ActionUpdate> lastUpdate;

    bool isOpen() const { return item.status != ActionStatus::Done; }
    bool isOverdue() const { return isOpen() && daysLeft && *daysLeft < 0; }
    bool isDueWithin(int days) const { return isOpen() && daysLeft && *daysLeft >= 0 && *daysLeft <= days; }
};

struct FollowUpFilter {
    std::optional<int> dueWithinDays; // open items due in the next N days, and overdue ones
    bool overdueOnly = false;
    std::optional<ActionStatus> status;
    std::optional<Id> workshopId;
    bool includeDone = true;
};

namespace followup {

constexpr int kDueSoonDays = 14;

bool matches(const FollowUpRow& row, const FollowUpFilter& filter);
// Every item matching the filter, most urgent first: overdue (longest first),
// then by due date, then items without one; ties by workshop, team and position.
Result<std::vector<FollowUpRow>> rows(const Database& db, const QDate& today, const FollowUpFilter& filter = {});

struct Counts {
    int total = 0;
    int overdue = 0;
    int dueSoon = 0; // within kDueSoonDays
    int byStatus[4] = {0, 0, 0, 0}; // indexed by ActionStatus
};
Counts count(const std::vector<FollowUpRow>& rows);

} // namespace followup
} // namespace rt
