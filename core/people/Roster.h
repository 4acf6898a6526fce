#pragma once
// Enrollments: who is registered for a workshop, who waits for a place, who
// cancelled. Capacity is a rule here: past it, people go on the waitlist and
// are told so; a cancellation frees a place for the first person waiting.

#include "common/Result.h"
#include "people/Person.h"
#include "storage/ChangeSet.h"

#include <optional>
#include <vector>

namespace rt {

class Database;
class Writer;

enum class EnrollmentStatus { Registered, Waitlisted, Cancelled };

QString enrollmentKey(EnrollmentStatus status);
std::optional<EnrollmentStatus> enrollmentFromKey(const QString& key);
QString enrollmentLabel(EnrollmentStatus status);

struct RosterEntry {
    Id enrollmentId = 0;
    EnrollmentStatus status = EnrollmentStatus::Registered;
    QString statusSince;
    int waitlistPosition = 0; // 1-based; 0 unless waitlisted
    Person person;
    std::optional<Id> teamId;
    QString teamName;
};

struct RosterCounts {
    int capacity = 0;
    int registered = 0;
    int waitlisted = 0;
    int cancelled = 0;
    int placesLeft() const { return capacity > registered ? capacity - registered : 0; }
};

namespace roster {

// Registered first, then the waitlist in order, then cancellations; by last name.
Result<std::vector<RosterEntry>> list(const Database& db, Id workshopId);
Result<RosterCounts> counts(const Database& db, Id workshopId);
// The first person on the waitlist, if any.
Result<std::optional<RosterEntry>> nextInLine(const Database& db, Id workshopId);

// Enrolls someone already in the file (or re-enrolls after a cancellation).
Result<ChangeSet> enroll(Database& db, Id workshopId, Id personId);
// Adds a new person and enrolls them, as one action.
Result<ChangeSet> enrollNew(Database& db, Id workshopId, const Person& person);
Result<ChangeSet> cancel(Database& db, Id workshopId, Id personId);
Result<ChangeSet> moveToWaitlist(Database& db, Id workshopId, Id personId);
// Gives a waitlisted or cancelled person a place, if there is one.
Result<ChangeSet> promote(Database& db, Id workshopId, Id personId);

// The enroll rule inside a larger action (an import, say).
Status enrollIn(Writer& writer, Id workshopId, Id personId);

} // namespace roster
} // namespace rt
