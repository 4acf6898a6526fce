#pragma once
// Breakout groups that mix well. Given who is in the room, how many groups,
// the mode and who met whom in earlier rounds, the solver places everyone so
// that group sizes differ by at most one, managers and chiefs are balanced as
// the mode asks, people pinned by hand stay where they were put, and as few
// pairs as possible meet again. Deterministic for a given seed. Pure: no file.

#include "common/Result.h"
#include "people/Person.h"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace rt {

enum class GroupMode {
    TeamsTogether, // each team (a manager and their chief) stays in one group
    Mixed,         // partners split up; every group has managers and chiefs
    ByRole,        // managers with managers, chiefs with chiefs
    Manual,        // the solver only places whoever is not placed yet
};

QString groupModeKey(GroupMode mode);
std::optional<GroupMode> groupModeFromKey(const QString& key);
QString groupModeLabel(GroupMode mode);

struct SolverPerson {
    Id id = 0;
    RoleSide side = RoleSide::Neither;
    std::optional<Id> teamId;
    std::optional<int> pinnedGroup; // 0-based; stays there
};

struct SolverInput {
    std::vector<SolverPerson> people;
    int groupCount = 2;
    GroupMode mode = GroupMode::Mixed;
    // How often each pair (smaller id first) met in earlier rounds.
    std::map<std::pair<Id, Id>, int> metBefore;
    std::uint64_t seed = 1;
};

struct GroupQuality {
    int repeatedPairs = 0; // pairs in one group who met before (counted once per earlier meeting)
    int roleImbalance = 0; // sum over groups of |managers - chiefs| beyond what the numbers force
    int sizeSpread = 0;    // largest group minus smallest
    int partnersTogether = 0; // mixed mode: teams whose members share a group
    int teamsSplit = 0;       // teams-together mode: teams spread over groups
};

struct GroupAssignment {
    std::vector<std::vector<Id>> groups; // each group's people, by id
    GroupQuality quality;
};

namespace groups {

// The group count for a group size ("groups of 6" for 50 people: 9 groups).
int groupCountForSize(int people, int groupSize);
// Scores an assignment (used live while people are dragged by hand).
GroupQuality evaluate(const SolverInput& input, const std::vector<std::vector<Id>>& groups);
// Places everyone. Fails only on impossible input (no groups, more groups
// than people, a pin outside the groups).
Result<GroupAssignment> solve(const SolverInput& input);

} // namespace groups
} // namespace rt
