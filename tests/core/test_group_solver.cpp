// The breakout-group solver: optimal on small rooms (checked against every
// possible grouping), its promises over many random rooms, and a workshop of
// several rounds in which nobody meets anyone twice.

#include <catch2/catch.hpp>

#include "StringMaker.h"
#include "discussions/GroupSolver.h"

#include <algorithm>
#include <random>
#include <set>

using namespace rt;

namespace {

struct Random {
    std::mt19937_64 engine;
    int below(int n) { return int(engine() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

const GroupMode kModes[] = {GroupMode::TeamsTogether, GroupMode::Mixed, GroupMode::ByRole, GroupMode::Manual};

// Earlier rounds: random groups, every pair in one group met once more.
void addRandomRounds(SolverInput& input, Random& rnd, int rounds)
{
    for (int r = 0; r < rounds; ++r) {
        std::vector<int> groupOf;
        for (std::size_t i = 0; i < input.people.size(); ++i)
            groupOf.push_back(rnd.below(input.groupCount));
        for (std::size_t i = 0; i < input.people.size(); ++i) {
            for (std::size_t j = i + 1; j < input.people.size(); ++j) {
                if (groupOf[i] == groupOf[j]) {
                    const Id a = input.people[i].id, b = input.people[j].id;
                    ++input.metBefore[{std::min(a, b), std::max(a, b)}];
                }
            }
        }
    }
}

// A room: some manager-and-chief teams of two, a few others on their own.
// Pins never push a group past the smaller size, so sizes can stay even;
// in TeamsTogether only people without a team are pinned.
SolverInput randomRoom(Random& rnd, int n, int groups, GroupMode mode, int pinPercent)
{
    SolverInput input;
    input.groupCount = groups;
    input.mode = mode;
    input.seed = rnd.engine();
    std::vector<int> pinned(std::size_t(groups), 0);
    Id nextTeam = 500;
    std::optional<Id> open; // a manager's team still waiting for its chief
    for (int i = 0; i < n; ++i) {
        SolverPerson person;
        person.id = 1000 + 7 * i; // not 0..n-1: ids are looked up, not indexed
        if (open && rnd.chance(85)) {
            person.side = RoleSide::Chief;
            person.teamId = open;
            open.reset();
        } else if (rnd.chance(55)) {
            person.side = RoleSide::Manager;
            person.teamId = nextTeam++;
            open = person.teamId;
        } else {
            open.reset();
            const int side = rnd.below(3);
            person.side = side == 0 ? RoleSide::Manager : side == 1 ? RoleSide::Chief : RoleSide::Neither;
        }
        const int group = rnd.below(groups);
        if (rnd.chance(pinPercent) && pinned[std::size_t(group)] < n / groups
            && !(mode == GroupMode::TeamsTogether && person.teamId)) {
            person.pinnedGroup = group;
            ++pinned[std::size_t(group)];
        }
        input.people.push_back(person);
    }
    // A manager whose chief never came is a team of one.
    addRandomRounds(input, rnd, rnd.below(3) + 1);
    return input;
}

void checkSameQuality(const GroupQuality& a, const GroupQuality& b)
{
    CHECK(a.repeatedPairs == b.repeatedPairs);
    CHECK(a.roleImbalance == b.roleImbalance);
    CHECK(a.sizeSpread == b.sizeSpread);
    CHECK(a.partnersTogether == b.partnersTogether);
    CHECK(a.teamsSplit == b.teamsSplit);
}

std::map<Id, int> groupOfId(const GroupAssignment& a)
{
    std::map<Id, int> at;
    for (std::size_t g = 0; g < a.groups.size(); ++g) {
        for (Id id : a.groups[g])
            at[id] = int(g);
    }
    return at;
}

bool teamSplit(const SolverInput& input, const std::map<Id, int>& at)
{
    std::map<Id, std::set<int>> groupsOfTeam;
    for (const SolverPerson& p : input.people) {
        if (p.teamId)
            groupsOfTeam[*p.teamId].insert(at.at(p.id));
    }
    return std::any_of(groupsOfTeam.begin(), groupsOfTeam.end(), [](const auto& e) { return e.second.size() > 1; });
}

int spreadOf(const std::vector<std::vector<Id>>& groups)
{
    const auto [lo, hi] = std::minmax_element(groups.begin(), groups.end(),
                                              [](const auto& a, const auto& b) { return a.size() < b.size(); });
    return int(hi->size() - lo->size());
}

} // namespace

TEST_CASE("On small rooms the solver finds the best grouping there is")
{
    Random rnd{std::mt19937_64(20270309)};
    int instances = 0;
    for (GroupMode mode : kModes) {
        for (int k = 0; k < 12; ++k) {
            const int n = 6 + rnd.below(4);
            const int g = 2 + rnd.below(2);
            const SolverInput input = randomRoom(rnd, n, g, mode, mode == GroupMode::Manual ? 30 : 8);
            const GroupAssignment solved = groups::solve(input).value();

            // Every assignment of people to groups that keeps the pins; among
            // those the smallest size spread (and, teams together, no team
            // split) is what a valid grouping is; the best objective among them.
            long long bestObjective = std::numeric_limits<long long>::max();
            int bestSpread = n;
            bool anyWhole = false;
            std::vector<int> at(std::size_t(n), 0);
            struct Candidate { int spread; bool whole; long long objective; };
            std::vector<Candidate> all;
            for (long long code = 0;; ++code) {
                long long c = code;
                for (int i = 0; i < n; ++i, c /= g)
                    at[std::size_t(i)] = int(c % g);
                if (c > 0)
                    break;
                bool keepsPins = true;
                std::vector<std::vector<Id>> grouping{std::size_t(g)};
                for (int i = 0; i < n; ++i) {
                    const SolverPerson& p = input.people[std::size_t(i)];
                    keepsPins = keepsPins && (!p.pinnedGroup || *p.pinnedGroup == at[std::size_t(i)]);
                    grouping[std::size_t(at[std::size_t(i)])].push_back(p.id);
                }
                if (!keepsPins)
                    continue;
                std::map<Id, int> byId;
                for (int i = 0; i < n; ++i)
                    byId[input.people[std::size_t(i)].id] = at[std::size_t(i)];
                const bool whole = mode != GroupMode::TeamsTogether || !teamSplit(input, byId);
                anyWhole = anyWhole || whole;
                all.push_back({spreadOf(grouping), whole, groups::objective(input, groups::evaluate(input, grouping))});
            }
            for (const Candidate& c : all) {
                if (c.whole || !anyWhole)
                    bestSpread = std::min(bestSpread, c.spread);
            }
            for (const Candidate& c : all) {
                if ((c.whole || !anyWhole) && c.spread == bestSpread)
                    bestObjective = std::min(bestObjective, c.objective);
            }
            INFO("mode " << groupModeKey(mode).toStdString() << ", " << n << " people, " << g << " groups, instance " << k);
            CHECK(solved.quality.sizeSpread == bestSpread);
            CHECK(groups::objective(input, solved.quality) == bestObjective);
            ++instances;
        }
    }
    CHECK(instances == 48);
}

TEST_CASE("Over many random rooms every promise holds")
{
    Random rnd{std::mt19937_64(4242)};
    int differentSeedsDiffer = 0;
    for (int k = 0; k < 320; ++k) {
        const GroupMode mode = kModes[k % 4];
        const int n = 2 + rnd.below(29);
        const int g = 1 + rnd.below(std::min(n, 6));
        const bool withPins = rnd.chance(40);
        SolverInput input = randomRoom(rnd, n, g, mode, withPins ? 15 : 0);
        INFO("instance " << k << ", mode " << groupModeKey(mode).toStdString() << ", " << n << " people, " << g << " groups");
        const GroupAssignment a = groups::solve(input).value();

        // Everyone exactly once, pins kept, sizes even.
        REQUIRE(int(a.groups.size()) == g);
        std::multiset<Id> placed;
        for (const auto& group : a.groups)
            placed.insert(group.begin(), group.end());
        std::multiset<Id> everyone;
        for (const SolverPerson& p : input.people)
            everyone.insert(p.id);
        CHECK(placed == everyone);
        const std::map<Id, int> at = groupOfId(a);
        for (const SolverPerson& p : input.people) {
            if (p.pinnedGroup)
                CHECK(at.at(p.id) == *p.pinnedGroup);
        }
        int singles = 0, managers = 0, chiefs = 0;
        for (const SolverPerson& p : input.people) {
            singles += p.teamId ? 0 : 1;
            managers += p.side == RoleSide::Manager ? 1 : 0;
            chiefs += p.side == RoleSide::Chief ? 1 : 0;
        }
        if (mode != GroupMode::TeamsTogether || (singles >= g && !withPins))
            CHECK(spreadOf(a.groups) <= 1);
        CHECK(a.quality.sizeSpread == spreadOf(a.groups));
        checkSameQuality(a.quality, groups::evaluate(input, a.groups));

        // Reproducible for a seed; another seed is free to differ.
        const GroupAssignment again = groups::solve(input).value();
        CHECK(again.groups == a.groups);
        input.seed += 1;
        differentSeedsDiffer += groups::solve(input).value().groups != a.groups ? 1 : 0;

        if (withPins)
            continue;
        if (mode == GroupMode::Mixed && g >= 2) {
            CHECK(a.quality.partnersTogether == 0);
            for (const SolverPerson& p : input.people) {
                for (const SolverPerson& q : input.people) {
                    if (p.id < q.id && p.teamId && p.teamId == q.teamId)
                        CHECK(at.at(p.id) != at.at(q.id));
                }
            }
            if (managers >= g && chiefs >= g) {
                for (const auto& group : a.groups) {
                    int m = 0, c = 0;
                    for (Id id : group) {
                        const auto& p = *std::find_if(input.people.begin(), input.people.end(), [id](const auto& x) { return x.id == id; });
                        m += p.side == RoleSide::Manager ? 1 : 0;
                        c += p.side == RoleSide::Chief ? 1 : 0;
                    }
                    CHECK(m >= 1);
                    CHECK(c >= 1);
                }
            }
        }
        if (mode == GroupMode::ByRole) {
            // The counts allow unmixed groups when some groups can hold every
            // manager and the rest every chief.
            bool allow = false;
            for (int mask = 0; mask < (1 << g); ++mask) {
                int forManagers = 0, forChiefs = 0;
                for (int x = 0; x < g; ++x)
                    ((mask >> x) & 1 ? forManagers : forChiefs) += int(a.groups[std::size_t(x)].size());
                allow = allow || (forManagers >= managers && forChiefs >= chiefs);
            }
            int mixedGroups = 0;
            for (const auto& group : a.groups) {
                int m = 0, c = 0;
                for (Id id : group) {
                    const auto& p = *std::find_if(input.people.begin(), input.people.end(), [id](const auto& x) { return x.id == id; });
                    m += p.side == RoleSide::Manager ? 1 : 0;
                    c += p.side == RoleSide::Chief ? 1 : 0;
                }
                mixedGroups += m > 0 && c > 0 ? 1 : 0;
            }
            if (allow)
                CHECK(mixedGroups == 0);
            CHECK(a.quality.roleImbalance == 0);
        }
        if (mode == GroupMode::TeamsTogether) {
            CHECK_FALSE(teamSplit(input, at));
            CHECK(a.quality.teamsSplit == 0);
        }
    }
    CHECK(differentSeedsDiffer > 50);
}

TEST_CASE("Four mixed rounds of 50 people in 8 groups: nobody meets anyone twice")
{
    SolverInput input;
    input.groupCount = 8;
    input.mode = GroupMode::Mixed;
    for (int t = 0; t < 25; ++t) {
        input.people.push_back({2 * t + 1, RoleSide::Manager, Id(100 + t), std::nullopt});
        input.people.push_back({2 * t + 2, RoleSide::Chief, Id(100 + t), std::nullopt});
    }
    for (int round = 0; round < 4; ++round) {
        input.seed = std::uint64_t(round + 1);
        const GroupAssignment a = groups::solve(input).value();
        INFO("round " << round + 1);
        CHECK(a.quality.repeatedPairs == 0);
        CHECK(a.quality.partnersTogether == 0);
        CHECK(a.quality.roleImbalance == 0);
        CHECK(a.quality.sizeSpread == 1);
        for (const auto& group : a.groups) {
            for (std::size_t x = 0; x < group.size(); ++x) {
                for (std::size_t y = x + 1; y < group.size(); ++y)
                    ++input.metBefore[{group[x], group[y]}];
            }
        }
    }
    // Every pair met at most once over the four rounds.
    for (const auto& [pair, count] : input.metBefore)
        CHECK(count == 1);
    CHECK(input.metBefore.size() > 4 * 8 * 15);
}

TEST_CASE("Impossible input is refused with a reason")
{
    SolverInput input;
    for (Id id = 1; id <= 5; ++id)
        input.people.push_back({id, RoleSide::Neither, std::nullopt, std::nullopt});
    input.groupCount = 0;
    auto r = groups::solve(input);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("at least one group")));
    input.groupCount = 6;
    r = groups::solve(input);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("(6)")));
    input.groupCount = 2;
    input.people[3].pinnedGroup = 2;
    r = groups::solve(input);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("group 3")));
    input.people[3].pinnedGroup = -1;
    CHECK_FALSE(groups::solve(input));
    input.people[3].pinnedGroup = 1;
    CHECK(groups::solve(input).value().groups[1].size() >= 2);
}

TEST_CASE("Group counts, mode keys and the evaluation of a hand-made grouping")
{
    CHECK(groups::groupCountForSize(50, 6) == 9);
    CHECK(groups::groupCountForSize(48, 6) == 8);
    CHECK(groups::groupCountForSize(3, 6) == 1);
    for (GroupMode mode : kModes)
        CHECK(groupModeFromKey(groupModeKey(mode)) == mode);
    CHECK_FALSE(groupModeFromKey(QStringLiteral("nonsense")));

    // Two teams (1,2) and (3,4), managers 1 and 3, chiefs 2 and 4; 1 and 3 met twice.
    SolverInput input;
    input.people = {{1, RoleSide::Manager, Id(9), std::nullopt}, {2, RoleSide::Chief, Id(9), std::nullopt},
                    {3, RoleSide::Manager, Id(8), std::nullopt}, {4, RoleSide::Chief, Id(8), std::nullopt},
                    {5, RoleSide::Neither, std::nullopt, std::nullopt}};
    input.metBefore[{1, 3}] = 2;
    input.mode = GroupMode::Mixed;
    GroupQuality q = groups::evaluate(input, {{1, 3, 5}, {2, 4}});
    CHECK(q.repeatedPairs == 2);
    CHECK(q.roleImbalance == 4); // each group one over its share of one side and one under the other
    CHECK(q.sizeSpread == 1);
    CHECK(q.partnersTogether == 0);
    q = groups::evaluate(input, {{1, 2, 5}, {3, 4}});
    CHECK(q.partnersTogether == 2);
    CHECK(q.roleImbalance == 0);
    input.mode = GroupMode::TeamsTogether;
    CHECK(groups::evaluate(input, {{1, 4, 5}, {3, 2}}).teamsSplit == 2);
    input.mode = GroupMode::ByRole;
    q = groups::evaluate(input, {{1, 3, 5}, {2, 4}});
    CHECK(q.roleImbalance == 0);
    q = groups::evaluate(input, {{1, 2, 5}, {3, 4}});
    CHECK(q.roleImbalance == 2);
    CHECK(groups::objective(input, q) == 2 * 3);
}
