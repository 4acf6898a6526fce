#pragma once
// Teams: the people from one jurisdiction who attend together, normally its
// manager and its police chief. Members must be registered for the team's
// workshop and belong to one team there; a team missing a manager or a chief
// is allowed but flagged.

#include "common/Result.h"
#include "people/Person.h"
#include "storage/ChangeSet.h"

#include <QStringList>
#include <vector>

namespace rt {

class Database;

struct TeamMember {
    Person person;
};

struct Team {
    Id id = 0;
    Id workshopId = 0;
    QString jurisdiction;
    QString state;
    QString notes;
    std::vector<TeamMember> members;

    QString label() const; // "Salem, OR"
    // Plain-language flags: what the team is missing. Empty when complete.
    QStringList flags() const;
};

// "Salem, OR", or the jurisdiction alone when no state is given.
QString teamLabel(const QString& jurisdiction, const QString& state);

// The flags for a set of members (shared with suggestions).
QStringList teamFlags(const std::vector<Person>& members);

struct TeamSuggestion {
    QString jurisdiction;
    QString state;
    std::vector<Person> members;
    QStringList flags;
};

namespace teams {

Result<std::vector<Team>> list(const Database& db, Id workshopId);
Result<Team> get(const Database& db, Id teamId);

Result<ChangeSet> create(Database& db, Id workshopId, const QString& jurisdiction, const QString& state,
                         const std::vector<Id>& personIds);
Result<ChangeSet> rename(Database& db, Id teamId, const QString& jurisdiction, const QString& state, const QString& notes);
// Makes the team's members exactly these people (the team editor).
Result<ChangeSet> setMembers(Database& db, Id teamId, const std::vector<Id>& personIds);
// Adds people to a team, taking them out of any other team (a drop onto a team).
Result<ChangeSet> addMembers(Database& db, Id teamId, const std::vector<Id>& personIds);
// Takes people out of whatever team they are in.
Result<ChangeSet> removeMembers(Database& db, Id workshopId, const std::vector<Id>& personIds);
Result<ChangeSet> remove(Database& db, Id teamId);

// Registered people not yet in a team, grouped by jurisdiction. Groups of one
// are suggested too (flagged), so nobody is forgotten.
Result<std::vector<TeamSuggestion>> suggest(const Database& db, Id workshopId);
// Creates the chosen suggestions as teams, as one action.
Result<ChangeSet> applySuggestions(Database& db, Id workshopId, const std::vector<TeamSuggestion>& suggestions);

} // namespace teams
} // namespace rt
