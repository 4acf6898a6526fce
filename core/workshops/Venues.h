#pragma once
// Venues and the facilitators (instructors) who run workshops.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QString>
#include <QVariantMap>
#include <vector>

namespace rt {

class Database;

struct Venue {
    Id id = 0;
    QString name;
    QString address;
    QString city;
    QString state;
    QString notes;

    // "Oregon State Police Academy, Salem, OR"
    QString label() const;
};

struct Facilitator {
    Id id = 0;
    QString name;
    QString credentials; // "Ph.D."
    QString organisation;
    QString email;
    bool lead = false; // within one workshop

    // "Paul O'Connell, Ph.D."
    QString displayName() const;
};

namespace venues {
Result<std::vector<Venue>> list(const Database& db);
Result<Venue> get(const Database& db, Id id);
Status validate(const Venue& venue);
QVariantMap valuesOf(const Venue& venue);
// Adds (id 0) or updates a venue.
Result<ChangeSet> save(Database& db, const Venue& venue);
} // namespace venues

namespace facilitators {
Result<std::vector<Facilitator>> list(const Database& db);
// A workshop's facilitators, lead first, in the order they were added.
Result<std::vector<Facilitator>> ofWorkshop(const Database& db, Id workshopId);
Status validate(const Facilitator& facilitator);
Result<ChangeSet> save(Database& db, const Facilitator& facilitator);
// Adds a facilitator to a workshop; with id 0 the facilitator is created too.
Result<ChangeSet> addToWorkshop(Database& db, Id workshopId, const Facilitator& facilitator);
Result<ChangeSet> removeFromWorkshop(Database& db, Id workshopId, Id facilitatorId);
Result<ChangeSet> setLead(Database& db, Id workshopId, Id facilitatorId);
} // namespace facilitators

} // namespace rt
