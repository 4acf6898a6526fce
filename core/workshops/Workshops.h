#pragma once
// Storage and rules for workshops.

#include "common/Result.h"
#include "storage/ChangeSet.h"
#include "attendance/Block.h"
#include "workshops/Venues.h"
#include "workshops/Workshop.h"

#include <vector>

namespace rt {

class Database;

// A workshop with what the list and the CLI show beside it.
struct WorkshopSummary {
    Workshop workshop;
    QString programTitle;
    QString venueName;
    QString venueCity;
    QString venueState;
    int registered = 0;
    int waitlisted = 0;
    int cancelled = 0;
    int teams = 0;
};

namespace workshops {

Status validate(const Workshop& workshop);

enum class Counts { Include, Skip };

// Newest first. Counting every roster reads every enrollment; a list that
// shows counts only for the rows on screen skips them and asks per workshop.
Result<std::vector<WorkshopSummary>> list(const Database& db, Counts counts = Counts::Include);
Result<WorkshopSummary> summary(const Database& db, Id id);
Result<Workshop> get(const Database& db, Id id);

// With `newVenue`, the venue is created too and the workshop placed there, as
// one action. `day`: the attendance blocks each day gets (the app's
// preference; empty: the standard morning and afternoon).
Result<ChangeSet> create(Database& db, const Workshop& workshop, const std::optional<Venue>& newVenue = {},
                         const blocks::DayPlan& day = {});
// Saves every field; refuses a capacity below the number already registered.
Result<ChangeSet> update(Database& db, const Workshop& workshop, const std::optional<Venue>& newVenue = {});
// Removes the workshop with its enrollments, teams and facilitator links (the
// people stay in the file: they may attend other workshops).
Result<ChangeSet> remove(Database& db, Id id);

} // namespace workshops
} // namespace rt
