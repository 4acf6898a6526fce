#pragma once
// Attendance marks: how each registered person attended each block. Every
// check-in is one action (one transaction, synced to disk before it returns),
// so the screen shows a check-in done only once it is safe in the file.

#include "attendance/Block.h"
#include "common/Result.h"
#include "people/Person.h"
#include "storage/ChangeSet.h"

#include <QDateTime>
#include <QTime>
#include <optional>
#include <unordered_map>
#include <vector>

namespace rt {

class Database;
class Writer;
struct Workshop;

enum class AttendanceStatus { Present, Late, LeftEarly, Excused, Absent };

QString attendanceKey(AttendanceStatus status);
std::optional<AttendanceStatus> attendanceFromKey(const QString& key);
// Also accepts "left-early", labels and any case: what people type in scripts.
std::optional<AttendanceStatus> attendanceFromText(const QString& text);
QString attendanceLabel(AttendanceStatus status);
// Late arrivals and early leavers carry the time they came or went.
bool statusHasTime(AttendanceStatus status);
// Counts toward "present" (in the room at some point).
bool statusIsAttended(AttendanceStatus status);
// The grid's click order: none, present, late, left early, excused, absent, none.
std::optional<AttendanceStatus> nextStatus(std::optional<AttendanceStatus> status);

struct AttendanceMark {
    AttendanceStatus status = AttendanceStatus::Present;
    QTime at; // valid only for late and left early
};

namespace attendance {

// Ordered by day, then start time.
Result<std::vector<AttendanceBlock>> blocksOf(const Database& db, Id workshopId);
// The block the clock points at: on a workshop day, the block under way, else
// the next one that day, else the day's last; before the workshop the first
// block, after it the last. -1 when there are no blocks.
int currentBlockIndex(const std::vector<AttendanceBlock>& blocks, const Workshop& workshop, const QDateTime& localNow);
// Looks a block up by its id or its label ("Morning", "Day 2 Afternoon",
// "Day 2 · Afternoon"); a bare label names the block on the first day that has it.
std::optional<AttendanceBlock> findBlock(const std::vector<AttendanceBlock>& blocks, const QString& text);

// Replaces the workshop's blocks with `blocks` as one action: blocks with an
// id are updated, new ones added, missing ones removed (refused while any
// removed block has marks).
Result<ChangeSet> saveBlocks(Database& db, Id workshopId, const std::vector<AttendanceBlock>& blocks);
Status writeBlocks(Writer& writer, Id workshopId, const std::vector<AttendanceBlock>& blocks);
// Inside other actions: a new workshop's blocks, a changed length, a delete.
// `day`: the blocks each day gets (empty: the standard morning and afternoon).
Status addDefaultBlocks(Writer& writer, Id workshopId, int halfDays, const blocks::DayPlan& day = {});
Status fitBlocksToLength(Writer& writer, Id workshopId, int halfDays);
Status removeAllOf(Writer& writer, Id workshopId);

// One block's marks by person id.
Result<std::unordered_map<Id, AttendanceMark>> marksOf(const Database& db, Id blockId);

// Sets one person's mark in one block (late and left early need `at`).
Result<ChangeSet> mark(Database& db, Id workshopId, Id personId, Id blockId, AttendanceStatus status, QTime at = {});
Result<ChangeSet> clearMark(Database& db, Id workshopId, Id personId, Id blockId);
// Marks everyone registered who has no mark in the block present.
Result<ChangeSet> markAllPresent(Database& db, Id workshopId, Id blockId);
// A walk-in: the new person is added, enrolled and, if a place was free,
// checked in, as one action. At capacity they are waitlisted, and told so.
Result<ChangeSet> walkIn(Database& db, Id workshopId, Id blockId, const Person& person, AttendanceStatus status, QTime at = {});
// The same for someone already in the file (a returning participant).
Result<ChangeSet> walkIn(Database& db, Id workshopId, Id blockId, Id personId, AttendanceStatus status, QTime at = {});

} // namespace attendance
} // namespace rt
