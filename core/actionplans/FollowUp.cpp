// The follow-up list: every action item in the file with its workshop, team
// and newest update, ordered so that what needs a call comes first.

#include "actionplans/FollowUp.h"

#include "actionplans/ActionRows.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace rt::followup {

bool matches(const FollowUpRow& row, const FollowUpFilter& filter)
{
    if (filter.workshopId && row.workshopId != *filter.workshopId)
        return false;
    if (filter.status && row.item.status != *filter.status)
        return false;
    if (!filter.includeDone && row.item.status == ActionStatus::Done)
        return false;
    if (filter.overdueOnly && !row.isOverdue())
        return false;
    // "Due within" asks what needs a call soon: overdue items need one most.
    if (filter.dueWithinDays && !row.isDueWithin(*filter.dueWithinDays) && !row.isOverdue())
        return false;
    return true;
}

Result<std::vector<FollowUpRow>> rows(const Database& db, const QDate& today, const FollowUpFilter& filter)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT %1, w.id, w.title, w.start_date, t.jurisdiction, t.state, "
                                     "u.id, u.on_date, u.status, u.note "
                                     "FROM action_items a %2 JOIN teams t ON t.id = a.team_id "
                                     "JOIN workshops w ON w.id = t.workshop_id "
                                     "LEFT JOIN action_updates u ON u.id = (SELECT id FROM action_updates "
                                     "WHERE action_item_id = a.id ORDER BY on_date DESC, id DESC LIMIT 1)")
                          .arg(actionplans::detail::itemColumns(), actionplans::detail::itemJoins()));
    if (!q)
        return std::unexpected(q.error());
    constexpr int c = 18; // the columns itemColumns() reads
    std::vector<FollowUpRow> result;
    while (q->next()) {
        FollowUpRow row;
        row.item = actionplans::detail::itemFrom(*q);
        row.workshopId = q->value(c).toLongLong();
        row.workshopTitle = q->value(c + 1).toString();
        row.workshopDate = QDate::fromString(q->value(c + 2).toString(), Qt::ISODate);
        row.teamLabel = teamLabel(q->value(c + 3).toString(), q->value(c + 4).toString());
        if (row.item.due && row.item.due->isValid())
            row.daysLeft = int(today.daysTo(*row.item.due));
        if (!q->value(c + 5).isNull()) {
            ActionUpdate u;
            u.id = q->value(c + 5).toLongLong();
            u.itemId = row.item.id;
            u.date = QDate::fromString(q->value(c + 6).toString(), Qt::ISODate);
            u.status = actionStatusFromKey(q->value(c + 7).toString()).value_or(ActionStatus::NotStarted);
            u.note = q->value(c + 8).toString();
            row.lastUpdate = u;
        }
        if (matches(row, filter))
            result.push_back(std::move(row));
    }
    // Overdue first (longest overdue first), then by due date, then undated;
    // ties by workshop, team and place in the plan.
    std::stable_sort(result.begin(), result.end(), [](const FollowUpRow& a, const FollowUpRow& b) {
        const auto rank = [](const FollowUpRow& r) { return r.isOverdue() ? 0 : r.daysLeft ? 1 : 2; };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft; // both set here, or both empty
        if (a.workshopDate != b.workshopDate)
            return a.workshopDate < b.workshopDate;
        if (a.workshopId != b.workshopId)
            return a.workshopId < b.workshopId;
        if (const int byTeam = a.teamLabel.compare(b.teamLabel, Qt::CaseInsensitive); byTeam != 0)
            return byTeam < 0;
        if (a.item.teamId != b.item.teamId)
            return a.item.teamId < b.item.teamId;
        return a.item.position < b.item.position;
    });
    return result;
}

Counts count(const std::vector<FollowUpRow>& rows)
{
    Counts counts;
    for (const FollowUpRow& row : rows) {
        ++counts.total;
        if (row.isOverdue())
            ++counts.overdue;
        if (row.isDueWithin(kDueSoonDays))
            ++counts.dueSoon;
        ++counts.byStatus[int(row.item.status)];
    }
    return counts;
}

} // namespace rt::followup
