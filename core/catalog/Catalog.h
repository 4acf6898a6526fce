#pragma once
// The program catalog (the workshops an organisation offers) and the practice
// groups programs are filed under. Both are reference data the user can edit.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QString>
#include <optional>
#include <vector>

namespace rt {

class Database;

struct PracticeGroup {
    Id id = 0;
    int number = 0;
    QString name; // may be empty: the source material names only some groups

    // "7 – Strategic Planning", or "Practice group 8" while unnamed.
    QString label() const;
};

struct Program {
    Id id = 0;
    QString title;
    QString provider;
    QString summary;
    QString audience;
    int halfDays = 1;
    std::optional<int> capacity;
    std::vector<Id> practiceGroupIds;
};

namespace catalog {

Result<std::vector<PracticeGroup>> practiceGroups(const Database& db);
Result<std::vector<Program>> programs(const Database& db);
Result<Program> program(const Database& db, Id id);
// Practice groups of a program, in number order.
Result<std::vector<PracticeGroup>> practiceGroupsOf(const Database& db, Id programId);

Result<ChangeSet> addPracticeGroup(Database& db, int number, const QString& name);
Result<ChangeSet> renamePracticeGroup(Database& db, Id id, const QString& name);
Result<ChangeSet> removePracticeGroup(Database& db, Id id);

Status validate(const Program& program);
// Adds (id 0) or updates a program with its practice groups, as one action.
Result<ChangeSet> saveProgram(Database& db, const Program& program);
Result<ChangeSet> removeProgram(Database& db, Id id);

} // namespace catalog
} // namespace rt
