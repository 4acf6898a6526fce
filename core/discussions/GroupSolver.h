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
    // Mixed, Manual: sum over groups of how far the group's managers and its
    // chiefs each fall outside their even share (floor..ceil of total/groups);
    // an even share is always possible without pins, so 0 is the best.
    // ByRole: sum over groups of min(managers, chiefs) (people mixed into the
    // other side's group) minus the least the group sizes force. TeamsTogether: 0.
    int roleImbalance = 0;
    int sizeSpread = 0;    // largest group minus smallest
    // Mixed, Manual: per team, its members minus the groups they are in
    // (a team of two in one group: 1). A team larger than the group count
    // cannot reach 0.
    int partnersTogether = 0;
    // TeamsTogether: per team, the groups it is in minus one.
    int teamsSplit = 0;
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
// What the solver minimises: the mode's hard goals (role imbalance, partners
// together, teams split) each weigh more than all repeated pairs could, then
// repeated pairs. Sizes are not in it: they are fixed before the search.
long long objective(const SolverInput& input, const GroupQuality& quality);
// Places everyone. Fails only on impossible input (no groups, more groups
// than people, a pin outside the groups).
Result<GroupAssignment> solve(const SolverInput& input);

} // namespace groups
} // namespace rt
