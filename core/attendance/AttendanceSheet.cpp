#include "attendance/AttendanceSheet.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

#include <unordered_map>

namespace rt {

double AttendanceSheet::hoursNeeded() const
{
    return credit::hoursNeeded(offeredHours, rules.certificateShare);
}

int AttendanceSheet::markedIn(size_t block) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const AttendanceRow& r) { return r.marks[block].has_value(); }));
}

int AttendanceSheet::attendedIn(size_t block) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [&](const AttendanceRow& r) { return r.marks[block] && statusIsAttended(r.marks[block]->status); }));
}

int AttendanceSheet::qualifying() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const AttendanceRow& r) { return r.qualifies; }));
}

QString AttendanceSheet::venueLabel() const
{
    return venue ? venue->label() : QString();
}

namespace attendance {

Result<AttendanceSheet> sheet(const Database& db, Id workshopId)
{
    AttendanceSheet s;
    auto summary = workshops::summary(db, workshopId);
    if (!summary)
        return std::unexpected(summary.error());
    s.workshop = summary->workshop;
    s.programTitle = summary->programTitle;
    if (s.workshop.venueId) {
        auto venue = venues::get(db, *s.workshop.venueId);
        if (!venue)
            return std::unexpected(venue.error());
        s.venue = *venue;
    }
    auto facilitators = facilitators::ofWorkshop(db, workshopId);
    if (!facilitators)
        return std::unexpected(facilitators.error());
    s.facilitators = std::move(*facilitators);
    if (s.workshop.programId) {
        auto groups = catalog::practiceGroupsOf(db, *s.workshop.programId);
        if (!groups)
            return std::unexpected(groups.error());
        s.practiceGroups = std::move(*groups);
    }
    auto rules = credit::rules(db, workshopId);
    if (!rules)
        return std::unexpected(rules.error());
    s.rules = *rules;
    auto blockList = blocksOf(db, workshopId);
    if (!blockList)
        return std::unexpected(blockList.error());
    s.blocks = std::move(*blockList);
    std::unordered_map<Id, size_t> blockIndex;
    for (size_t i = 0; i < s.blocks.size(); ++i) {
        blockIndex.emplace(s.blocks[i].id, i);
        s.offeredHours += s.blocks[i].creditHours;
    }

    auto roster = roster::list(db, workshopId);
    if (!roster)
        return std::unexpected(roster.error());
    std::unordered_map<Id, size_t> rowOf;
    for (RosterEntry& entry : *roster) {
        if (entry.status != EnrollmentStatus::Registered)
            continue;
        rowOf.emplace(entry.person.id, s.rows.size());
        AttendanceRow row;
        row.entry = std::move(entry);
        row.marks.resize(s.blocks.size());
        s.rows.push_back(std::move(row));
    }

    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT person_id, block_id, status, marked_at FROM attendance_marks WHERE workshop_id = ?"),
                      {workshopId});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        auto row = rowOf.find(q->value(0).toLongLong());
        auto block = blockIndex.find(q->value(1).toLongLong());
        if (row == rowOf.end() || block == blockIndex.end())
            continue; // marks of people no longer registered earn nothing here
        AttendanceMark m;
        m.status = attendanceFromKey(q->value(2).toString()).value_or(AttendanceStatus::Present);
        m.at = blocks::timeFromKey(q->value(3).toString());
        s.rows[row->second].marks[block->second] = m;
    }

    const double needed = s.hoursNeeded();
    for (AttendanceRow& row : s.rows) {
        for (size_t i = 0; i < s.blocks.size(); ++i)
            row.hours += credit::hoursFor(s.blocks[i], row.marks[i], s.rules.partial);
        row.qualifies = s.offeredHours > 0 && row.hours + 1e-9 >= needed;
    }
    return s;
}

} // namespace attendance
} // namespace rt
