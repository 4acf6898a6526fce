#pragma once
// Everything the attendance grid, the printed records, the certificates and
// the spreadsheets show, read in one pass: the workshop, its blocks, and each
// registered person's marks and hours.

#include "attendance/Attendance.h"
#include "attendance/Credit.h"
#include "catalog/Catalog.h"
#include "people/Roster.h"
#include "workshops/Venues.h"
#include "workshops/Workshop.h"

#include <QStringList>

namespace rt {

struct AttendanceRow {
    RosterEntry entry;
    std::vector<std::optional<AttendanceMark>> marks; // one per block
    double hours = 0;
    bool qualifies = false;
};

struct AttendanceSheet {
    Workshop workshop;
    QString programTitle;
    std::optional<Venue> venue;
    std::vector<Facilitator> facilitators; // lead first
    std::vector<PracticeGroup> practiceGroups;
    std::vector<AttendanceBlock> blocks;
    CreditRules rules;
    std::vector<AttendanceRow> rows; // registered people, by last name
    double offeredHours = 0;

    double hoursNeeded() const;
    int markedIn(size_t block) const;   // any mark
    int attendedIn(size_t block) const; // present, late or left early
    int qualifying() const;
    QString venueLabel() const;
};

namespace attendance {

Result<AttendanceSheet> sheet(const Database& db, Id workshopId);

} // namespace attendance
} // namespace rt
