#pragma once
// Action plans: each team's short-range plan, written during the work
// sessions and followed up at 30, 60 and 90 days. Items can start from a
// parking-lot entry of the discussions or from a gap in the team's
// assessment. Status changes made during follow-up carry a dated note.

#include "assessments/Assessments.h"
#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace rt {

class Database;
class Writer;

enum class ActionStatus { NotStarted, InProgress, Done, Blocked };

const std::vector<ActionStatus>& allActionStatuses();
QString actionStatusKey(ActionStatus status);   // "not_started", "in_progress", "done", "blocked"
// Also accepts "not-started", "in-progress" and the labels, case ignored.
std::optional<ActionStatus> actionStatusFromKey(const QString& key);
QString actionStatusLabel(ActionStatus status); // "Not started", …

struct ActionItem {
    Id id = 0;
    QString uuid;
    Id teamId = 0;
    int position = 0;
    QString goal;
    QString actions;
    std::optional<Id> ownerId; // a member of the team
    QString ownerName;         // read along: "Dana Whitfield"
    std::optional<QDate> due;
    ActionStatus status = ActionStatus::NotStarted;
    QString measure;           // the measure of success
    std::optional<int> pillar; // 1..6
    std::optional<Id> practiceGroupId;
    QString practiceGroupLabel; // read along
    QString notes;
    QString origin;            // "Parking lot, round 2", "Assessment gap: …"; empty when typed
    QString originUuid;
};

struct ActionUpdate {
    Id id = 0;
    Id itemId = 0;
    QDate date;
    ActionStatus status = ActionStatus::NotStarted;
    QString note;
};

namespace actionplans {

// The quick picks: `days` (30, 60, 90) after the workshop's last day.
constexpr int kQuickPicks[] = {30, 60, 90};
Result<QDate> dueAfterWorkshop(const Database& db, Id workshopId, int days);

Result<std::vector<ActionItem>> items(const Database& db, Id teamId);            // by position
Result<std::vector<ActionItem>> itemsOfWorkshop(const Database& db, Id workshopId); // by team, then position
Result<ActionItem> get(const Database& db, Id itemId);

// Adds at the end of the team's plan (subject: the new item). The goal is
// required; the owner must be a member of the team; the pillar 1..6; the
// practice group must exist.
Result<ChangeSet> add(Database& db, const ActionItem& item);
// Saves every field but the position and team.
Result<ChangeSet> update(Database& db, const ActionItem& item);
Result<ChangeSet> remove(Database& db, Id itemId);
// Moves an item to index `to` (0-based) within its team's plan.
Result<ChangeSet> move(Database& db, Id itemId, int to);

// New items from the discussions' parking lot (the entry's text becomes the
// goal) and from an assessment statement (goal from its text, its pillar).
// The workshop of the entry or answers must be the team's.
Result<ChangeSet> addFromParkingLot(Database& db, Id teamId, Id discussionItemId);
Result<ChangeSet> addFromGap(Database& db, Id teamId, Id questionId);

// Follow-up: records a dated update and sets the item's status to it (to the
// newest update's, when one dated later is already there). Refused for a date
// after today.
Result<ChangeSet> recordUpdate(Database& db, Id itemId, const QDate& date, ActionStatus status,
                               const QString& note);
Result<std::vector<ActionUpdate>> updates(const Database& db, Id itemId); // newest first

// Inside other actions: a deleted team's items with their updates, and a
// person's ownership when they leave a team.
Status removeOfTeam(Writer& writer, Id teamId);
// Clears the owner of the team's items that `personId` owns, with a notice
// ("Dana Whitfield no longer owns 2 action items.").
Status releaseOwner(Writer& writer, Id teamId, Id personId);

// Today's date by the clock of common/Clock.h (local time), which tests set.
QDate today();

} // namespace actionplans
} // namespace rt
