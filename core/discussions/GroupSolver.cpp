#include "discussions/GroupSolver.h"

#include <QObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

// How the solver works. People are gathered into units: in TeamsTogether a
// unit is a team (a singleton for anyone without one), otherwise one person.
// Sizes are fixed first: pinned units go to their group, then the others,
// largest first, to the least loaded group (for single people that is
// water-filling, so sizes are n/g and n/g+1 whenever the pins allow). The
// search then only makes exchanges that keep the multiset of group sizes:
// two units of one size change groups, or a unit of size k swaps with one of
// size j (or with nothing) between groups whose sizes differ by k - j, so the
// two groups trade sizes. Each restart builds greedily from a random order and
// anneals with incremental cost deltas under a budget scaled to the instance;
// the best state over all restarts wins, and the search stops early once it
// reaches a lower bound of the objective.

namespace rt {

namespace {

struct Problem {
    int n = 0;
    int g = 0;
    GroupMode mode = GroupMode::Mixed;
    std::vector<Id> ids;
    std::vector<int> isManager, isChief; // 0 or 1 per person
    std::vector<int> team;               // dense team index, -1 for none
    int teams = 0;
    std::vector<int> teamSize;
    std::vector<int> pin; // -1 for none
    std::vector<int> met; // n * n, symmetric
    long long weight = 1; // one hard violation outweighs every repeated pair
    int managers = 0, chiefs = 0;
    std::vector<std::vector<int>> units;
    std::vector<int> unitPin, unitManagers, unitChiefs;
    std::vector<long long> unitInternal; // earlier meetings inside the unit
};

bool keepsTeamsTogether(GroupMode mode)
{
    return mode == GroupMode::TeamsTogether;
}

bool splitsPartners(GroupMode mode)
{
    return mode == GroupMode::Mixed || mode == GroupMode::Manual;
}

// People of the input (first occurrence of an id) with dense indices.
Problem buildProblem(const SolverInput& input, int groupCount)
{
    Problem p;
    p.g = groupCount;
    p.mode = input.mode;
    std::map<Id, int> index;
    std::map<Id, int> teamIndex;
    std::vector<const SolverPerson*> people;
    for (const SolverPerson& person : input.people) {
        if (index.emplace(person.id, int(people.size())).second)
            people.push_back(&person);
    }
    for (const SolverPerson* person : people) {
        if (person->teamId)
            teamIndex.emplace(*person->teamId, 0);
    }
    int next = 0;
    for (auto& [id, dense] : teamIndex)
        dense = next++;
    p.n = int(people.size());
    p.teams = next;
    p.teamSize.assign(std::size_t(next), 0);
    for (const SolverPerson* person : people) {
        p.ids.push_back(person->id);
        p.isManager.push_back(person->side == RoleSide::Manager ? 1 : 0);
        p.isChief.push_back(person->side == RoleSide::Chief ? 1 : 0);
        p.managers += p.isManager.back();
        p.chiefs += p.isChief.back();
        const int t = person->teamId ? teamIndex.at(*person->teamId) : -1;
        p.team.push_back(t);
        if (t >= 0)
            ++p.teamSize[std::size_t(t)];
        p.pin.push_back(person->pinnedGroup ? *person->pinnedGroup : -1);
    }
    p.met.assign(std::size_t(p.n) * std::size_t(p.n), 0);
    for (const auto& [pair, count] : input.metBefore) {
        const auto a = index.find(pair.first);
        const auto b = index.find(pair.second);
        if (a == index.end() || b == index.end() || a->second == b->second || count <= 0)
            continue;
        p.met[std::size_t(a->second) * std::size_t(p.n) + std::size_t(b->second)] += count;
        p.met[std::size_t(b->second) * std::size_t(p.n) + std::size_t(a->second)] += count;
        p.weight += count;
    }

    // Units. A team pinned to several groups is split by pin (its unpinned
    // members join the first pinned part); teamsSplit then reports it.
    if (keepsTeamsTogether(p.mode)) {
        std::vector<std::map<int, std::vector<int>>> parts(std::size_t(p.teams));
        std::vector<std::vector<int>> unpinned(std::size_t(p.teams));
        for (int i = 0; i < p.n; ++i) {
            const int t = p.team[std::size_t(i)];
            if (t < 0)
                p.units.push_back({i});
            else if (p.pin[std::size_t(i)] >= 0)
                parts[std::size_t(t)][p.pin[std::size_t(i)]].push_back(i);
            else
                unpinned[std::size_t(t)].push_back(i);
        }
        for (int t = 0; t < p.teams; ++t) {
            auto& free = unpinned[std::size_t(t)];
            if (parts[std::size_t(t)].empty()) {
                p.units.push_back(free);
                continue;
            }
            bool first = true;
            for (auto& [group, members] : parts[std::size_t(t)]) {
                if (first)
                    members.insert(members.end(), free.begin(), free.end());
                first = false;
                p.units.push_back(members);
            }
        }
    } else {
        for (int i = 0; i < p.n; ++i)
            p.units.push_back({i});
    }
    for (const auto& unit : p.units) {
        int pinned = -1, m = 0, c = 0;
        long long internal = 0;
        for (int i : unit) {
            pinned = std::max(pinned, p.pin[std::size_t(i)]);
            m += p.isManager[std::size_t(i)];
            c += p.isChief[std::size_t(i)];
            for (int j : unit)
                internal += i < j ? p.met[std::size_t(i) * std::size_t(p.n) + std::size_t(j)] : 0;
        }
        p.unitPin.push_back(pinned);
        p.unitManagers.push_back(m);
        p.unitChiefs.push_back(c);
        p.unitInternal.push_back(internal);
    }
    return p;
}

int outside(int value, int lo, int hi)
{
    return value < lo ? lo - value : (value > hi ? value - hi : 0);
}

// One group's role cost, before the forced part is taken off.
int roleCost(const Problem& p, int managers, int chiefs)
{
    switch (p.mode) {
    case GroupMode::Mixed:
    case GroupMode::Manual:
        return outside(managers, p.managers / p.g, (p.managers + p.g - 1) / p.g)
             + outside(chiefs, p.chiefs / p.g, (p.chiefs + p.g - 1) / p.g);
    case GroupMode::ByRole: return std::min(managers, chiefs);
    case GroupMode::TeamsTogether: return 0;
    }
    return 0;
}

// One (group, team) cell's cost for the team goal of the mode.
int teamCost(const Problem& p, int members)
{
    if (splitsPartners(p.mode))
        return std::max(0, members - 1);
    if (keepsTeamsTogether(p.mode))
        return members > 0 ? 1 : 0;
    return 0;
}

// ByRole: the least sum of min(managers, chiefs) over groups of these sizes.
int forcedMixing(const Problem& p, const std::vector<int>& sizes)
{
    if (p.mode != GroupMode::ByRole)
        return 0;
    const int M = p.managers, C = p.chiefs;
    const int inf = std::numeric_limits<int>::max() / 2;
    const auto at = [C](int m, int c) { return std::size_t(m) * std::size_t(C + 1) + std::size_t(c); };
    std::vector<int> cur(std::size_t(M + 1) * std::size_t(C + 1), inf);
    cur[0] = 0;
    for (int s : sizes) {
        std::vector<int> next(cur.size(), inf);
        for (int m0 = 0; m0 <= M; ++m0) {
            for (int c0 = 0; c0 <= C; ++c0) {
                if (cur[at(m0, c0)] >= inf)
                    continue;
                for (int dm = 0; dm <= std::min(s, M - m0); ++dm) {
                    for (int dc = 0; dc <= std::min(s - dm, C - c0); ++dc) {
                        int& cell = next[at(m0 + dm, c0 + dc)];
                        cell = std::min(cell, cur[at(m0, c0)] + std::min(dm, dc));
                    }
                }
            }
        }
        cur = std::move(next);
    }
    return cur[at(M, C)] >= inf ? 0 : cur[at(M, C)];
}

struct Tally {
    long long pairs = 0;
    int role = 0;
    int team = 0;
};

long long costOf(const Problem& p, const Tally& t)
{
    return p.weight * (t.role + t.team) + t.pairs;
}

GroupQuality qualityOf(const Problem& p, const Tally& t, const std::vector<int>& sizes, int teamsPresent)
{
    GroupQuality q;
    q.repeatedPairs = int(t.pairs);
    q.roleImbalance = t.role - forcedMixing(p, sizes);
    const auto [lo, hi] = std::minmax_element(sizes.begin(), sizes.end());
    q.sizeSpread = sizes.empty() ? 0 : *hi - *lo;
    if (splitsPartners(p.mode))
        q.partnersTogether = t.team;
    if (keepsTeamsTogether(p.mode))
        q.teamsSplit = t.team - teamsPresent;
    return q;
}

// Reproducible on every standard library: no std distributions.
struct Rng {
    std::mt19937_64 engine;
    int below(int n) { return int(engine() % std::uint64_t(n)); }
    double unit() { return double(engine() >> 11) * 0x1.0p-53; }
};

class State {
public:
    explicit State(const Problem& p)
        : p_(p)
        , unitGroup_(p.units.size(), -1)
        , size_(std::size_t(p.g), 0)
        , managers_(std::size_t(p.g), 0)
        , chiefs_(std::size_t(p.g), 0)
        , teamCount_(std::size_t(p.g) * std::size_t(p.teams), 0)
        , metIn_(std::size_t(p.n) * std::size_t(p.g), 0)
        , movable_(std::size_t(p.g))
        , slot_(p.units.size(), -1)
    {
        for (int g = 0; g < p.g; ++g)
            tally_.role += roleCost(p, 0, 0);
    }

    const Tally& tally() const { return tally_; }
    const std::vector<int>& sizes() const { return size_; }
    const std::vector<int>& unitGroups() const { return unitGroup_; }
    int groupOf(int unit) const { return unitGroup_[std::size_t(unit)]; }

    void place(int u, int g)
    {
        const auto& unit = p_.units[std::size_t(u)];
        const std::size_t n = std::size_t(p_.n);
        for (int i : unit) {
            tally_.pairs += metIn_[std::size_t(i) * std::size_t(p_.g) + std::size_t(g)];
            const int* row = &p_.met[std::size_t(i) * n];
            for (std::size_t j = 0; j < n; ++j)
                metIn_[j * std::size_t(p_.g) + std::size_t(g)] += row[j];
            addTeam(i, g, +1);
        }
        addRoles(g, p_.unitManagers[std::size_t(u)], p_.unitChiefs[std::size_t(u)]);
        size_[std::size_t(g)] += int(unit.size());
        unitGroup_[std::size_t(u)] = g;
        if (p_.unitPin[std::size_t(u)] < 0) {
            slot_[std::size_t(u)] = int(movable_[std::size_t(g)].size());
            movable_[std::size_t(g)].push_back(u);
        }
    }

    void remove(int u)
    {
        const int g = unitGroup_[std::size_t(u)];
        const auto& unit = p_.units[std::size_t(u)];
        const std::size_t n = std::size_t(p_.n);
        for (int i : unit) {
            const int* row = &p_.met[std::size_t(i) * n];
            for (std::size_t j = 0; j < n; ++j)
                metIn_[j * std::size_t(p_.g) + std::size_t(g)] -= row[j];
            tally_.pairs -= metIn_[std::size_t(i) * std::size_t(p_.g) + std::size_t(g)];
            addTeam(i, g, -1);
        }
        addRoles(g, -p_.unitManagers[std::size_t(u)], -p_.unitChiefs[std::size_t(u)]);
        size_[std::size_t(g)] -= int(unit.size());
        unitGroup_[std::size_t(u)] = -1;
        if (p_.unitPin[std::size_t(u)] < 0) {
            auto& list = movable_[std::size_t(g)];
            const int at = slot_[std::size_t(u)];
            list[std::size_t(at)] = list.back();
            slot_[std::size_t(list[std::size_t(at)])] = at;
            list.pop_back();
        }
    }

    // Cost change of placing unit u in group g (u not placed yet).
    long long placeDelta(int u, int g)
    {
        long long pairs = 0;
        for (int i : p_.units[std::size_t(u)])
            pairs += metIn_[std::size_t(i) * std::size_t(p_.g) + std::size_t(g)];
        pairs += p_.unitInternal[std::size_t(u)];
        const int role = roleDelta(g, p_.unitManagers[std::size_t(u)], p_.unitChiefs[std::size_t(u)]);
        int team = 0;
        for (int i : p_.units[std::size_t(u)])
            team += bumpTeam(i, g, +1);
        for (int i : p_.units[std::size_t(u)])
            bumpTeam(i, g, -1);
        return p_.weight * (role + team) + pairs;
    }

    // Change of (hard goals, repeated pairs) when unit u (in a) and unit v
    // (in b; -1: nothing) trade groups.
    std::pair<int, long long> exchangeDelta(int u, int v, int b)
    {
        const int a = groupOf(u);
        const std::size_t G = std::size_t(p_.g);
        long long pairs = 2 * p_.unitInternal[std::size_t(u)];
        for (int i : p_.units[std::size_t(u)])
            pairs += metIn_[std::size_t(i) * G + std::size_t(b)] - metIn_[std::size_t(i) * G + std::size_t(a)];
        int dm = -p_.unitManagers[std::size_t(u)], dc = -p_.unitChiefs[std::size_t(u)];
        int team = 0;
        for (int i : p_.units[std::size_t(u)])
            team += bumpTeam(i, a, -1) + bumpTeam(i, b, +1);
        if (v >= 0) {
            pairs += 2 * p_.unitInternal[std::size_t(v)];
            for (int j : p_.units[std::size_t(v)]) {
                pairs += metIn_[std::size_t(j) * G + std::size_t(a)] - metIn_[std::size_t(j) * G + std::size_t(b)];
                for (int i : p_.units[std::size_t(u)])
                    pairs -= 2 * p_.met[std::size_t(i) * std::size_t(p_.n) + std::size_t(j)];
                team += bumpTeam(j, b, -1) + bumpTeam(j, a, +1);
            }
            dm += p_.unitManagers[std::size_t(v)];
            dc += p_.unitChiefs[std::size_t(v)];
            for (int j : p_.units[std::size_t(v)]) {
                bumpTeam(j, a, -1);
                bumpTeam(j, b, +1);
            }
        }
        for (int i : p_.units[std::size_t(u)]) {
            bumpTeam(i, b, -1);
            bumpTeam(i, a, +1);
        }
        const int role = roleDelta(a, dm, dc) + roleDelta(b, -dm, -dc);
        return {role + team, pairs};
    }

    void exchange(int u, int v, int b)
    {
        const int a = groupOf(u);
        remove(u);
        if (v >= 0) {
            remove(v);
            place(v, a);
        }
        place(u, b);
    }

    // Sizes stay a permutation of what they were (see the top of the file).
    bool keepsSizes(int u, int v, int b) const
    {
        const int ku = int(p_.units[std::size_t(u)].size());
        const int kv = v >= 0 ? int(p_.units[std::size_t(v)].size()) : 0;
        return ku == kv || size_[std::size_t(groupOf(u))] - ku + kv == size_[std::size_t(b)];
    }

    const std::vector<int>& movableIn(int g) const { return movable_[std::size_t(g)]; }

    bool meetsAgain(int u) const
    {
        long long met = -2 * p_.unitInternal[std::size_t(u)];
        for (int i : p_.units[std::size_t(u)])
            met += metIn_[std::size_t(i) * std::size_t(p_.g) + std::size_t(groupOf(u))];
        return met > 0;
    }

private:
    int roleDelta(int g, int dm, int dc) const
    {
        const int m = managers_[std::size_t(g)], c = chiefs_[std::size_t(g)];
        return roleCost(p_, m + dm, c + dc) - roleCost(p_, m, c);
    }
    void addRoles(int g, int dm, int dc)
    {
        tally_.role += roleDelta(g, dm, dc);
        managers_[std::size_t(g)] += dm;
        chiefs_[std::size_t(g)] += dc;
    }
    // Changes one (group, team) count and returns the cost change.
    int bumpTeam(int person, int g, int by)
    {
        const int t = p_.team[std::size_t(person)];
        if (t < 0)
            return 0;
        int& count = teamCount_[std::size_t(g) * std::size_t(p_.teams) + std::size_t(t)];
        const int before = teamCost(p_, count);
        count += by;
        return teamCost(p_, count) - before;
    }
    void addTeam(int person, int g, int by) { tally_.team += bumpTeam(person, g, by); }

    const Problem& p_;
    std::vector<int> unitGroup_, size_, managers_, chiefs_, teamCount_, metIn_;
    std::vector<std::vector<int>> movable_;
    std::vector<int> slot_;
    Tally tally_;
};

// Group sizes: pinned units where pinned, then the rest largest first into the
// least loaded group (lowest index on ties).
std::vector<int> targetSizes(const Problem& p)
{
    std::vector<int> load(std::size_t(p.g), 0);
    std::vector<int> free;
    for (std::size_t u = 0; u < p.units.size(); ++u) {
        if (p.unitPin[u] >= 0)
            load[std::size_t(p.unitPin[u])] += int(p.units[u].size());
        else
            free.push_back(int(p.units[u].size()));
    }
    std::sort(free.begin(), free.end(), std::greater<>());
    for (int k : free)
        *std::min_element(load.begin(), load.end()) += k;
    return load;
}

// Greedy start: units largest first (random order within a size), each into
// the group with room that it makes least costly (random among ties).
void construct(State& s, const Problem& p, const std::vector<int>& target, Rng& rng)
{
    std::vector<int> order;
    for (int u = 0; u < int(p.units.size()); ++u) {
        if (p.unitPin[std::size_t(u)] >= 0)
            s.place(u, p.unitPin[std::size_t(u)]);
        else
            order.push_back(u);
    }
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[std::size_t(rng.below(int(i)))]);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return p.units[std::size_t(a)].size() > p.units[std::size_t(b)].size(); });
    for (int u : order) {
        const int k = int(p.units[std::size_t(u)].size());
        int chosen = -1, ties = 0, mostRoom = 0;
        long long best = 0;
        for (int g = 0; g < p.g; ++g) {
            const int room = target[std::size_t(g)] - s.sizes()[std::size_t(g)];
            if (room > target[std::size_t(mostRoom)] - s.sizes()[std::size_t(mostRoom)])
                mostRoom = g;
            if (room < k)
                continue;
            const long long delta = s.placeDelta(u, g);
            if (chosen < 0 || delta < best) {
                chosen = g, best = delta, ties = 1;
            } else if (delta == best && rng.below(++ties) == 0) {
                chosen = g;
            }
        }
        // A unit that fits nowhere (awkward team sizes) goes where most room is left.
        s.place(u, chosen >= 0 ? chosen : mostRoom);
    }
}

long long lowerBound(const Problem& p)
{
    long long hard = 0;
    if (splitsPartners(p.mode)) {
        for (int size : p.teamSize)
            hard += std::max(0, size - p.g);
    }
    return p.weight * hard;
}

int teamsPresent(const Problem& p)
{
    return int(std::count_if(p.teamSize.begin(), p.teamSize.end(), [](int s) { return s > 0; }));
}

// Simulated annealing from the current state; leaves the best state seen in best.
void anneal(State& s, const Problem& p, Rng& rng, long long iterations, long long bound, std::vector<int>& best,
            long long& bestCost)
{
    std::vector<int> movable;
    for (int u = 0; u < int(p.units.size()); ++u) {
        if (p.unitPin[std::size_t(u)] < 0)
            movable.push_back(u);
    }
    long long cost = costOf(p, s.tally());
    if (cost < bestCost)
        best = s.unitGroups(), bestCost = cost;
    if (movable.empty() || p.g < 2 || bestCost <= bound)
        return;
    // The walk weighs a hard goal as only a few pairs, so it can pass through
    // a brief imbalance to a better place; the best is still kept by the true
    // objective. Temperatures in repeated pairs: early on a move that costs a
    // pair or two is often taken, at the end hardly ever.
    const int walkWeight = 8;
    const double hot = 2.0, cold = 0.1;
    const double cooling = std::pow(cold / hot, 1.0 / double(iterations));
    double temperature = hot;
    for (long long it = 0; it < iterations; ++it, temperature *= cooling) {
        // Late in the search most people sit well; look a few times for one
        // who meets someone again, so the tries go where they can help.
        int u = movable[std::size_t(rng.below(int(movable.size())))];
        for (int look = 0; look < 6 && !s.meetsAgain(u); ++look)
            u = movable[std::size_t(rng.below(int(movable.size())))];
        const int a = s.groupOf(u);
        int b = rng.below(p.g - 1);
        b += b >= a ? 1 : 0;
        const auto& there = s.movableIn(b);
        const int pick = rng.below(int(there.size()) + 1);
        const int v = pick < int(there.size()) ? there[std::size_t(pick)] : -1;
        if (!s.keepsSizes(u, v, b))
            continue;
        const auto [hard, pairs] = s.exchangeDelta(u, v, b);
        const long long walk = walkWeight * hard + pairs;
        if (walk > 0 && rng.unit() >= std::exp(-double(walk) / temperature))
            continue;
        s.exchange(u, v, b);
        cost += p.weight * hard + pairs;
        if (cost < bestCost) {
            best = s.unitGroups(), bestCost = cost;
            if (bestCost <= bound)
                return;
        }
    }
}

} // namespace

namespace groups {

int groupCountForSize(int people, int groupSize)
{
    if (people < 1 || groupSize < 1)
        return 1;
    return std::max(1, (people + groupSize - 1) / groupSize);
}

GroupQuality evaluate(const SolverInput& input, const std::vector<std::vector<Id>>& groups)
{
    const int g = std::max(1, int(groups.size()));
    const Problem p = buildProblem(input, g);
    std::map<Id, int> index;
    for (int i = 0; i < p.n; ++i)
        index.emplace(p.ids[std::size_t(i)], i);
    Tally t;
    std::vector<int> sizes;
    std::vector<int> teamGroups(std::size_t(p.teams), 0);
    for (const auto& group : groups) {
        std::vector<int> members;
        for (Id id : group) {
            const auto found = index.find(id);
            if (found != index.end())
                members.push_back(found->second);
        }
        sizes.push_back(int(members.size()));
        int m = 0, c = 0;
        std::map<int, int> teamCounts;
        for (std::size_t x = 0; x < members.size(); ++x) {
            const int i = members[x];
            m += p.isManager[std::size_t(i)];
            c += p.isChief[std::size_t(i)];
            if (p.team[std::size_t(i)] >= 0)
                ++teamCounts[p.team[std::size_t(i)]];
            for (std::size_t y = x + 1; y < members.size(); ++y)
                t.pairs += p.met[std::size_t(i) * std::size_t(p.n) + std::size_t(members[y])];
        }
        t.role += roleCost(p, m, c);
        for (const auto& [team, count] : teamCounts) {
            t.team += teamCost(p, count);
            ++teamGroups[std::size_t(team)];
        }
    }
    return qualityOf(p, t, sizes, int(std::count_if(teamGroups.begin(), teamGroups.end(), [](int k) { return k > 0; })));
}

long long objective(const SolverInput& input, const GroupQuality& quality)
{
    long long weight = 1;
    for (const auto& [pair, count] : input.metBefore)
        weight += pair.first != pair.second ? std::max(0, count) : 0;
    long long hard = quality.roleImbalance;
    if (splitsPartners(input.mode))
        hard += quality.partnersTogether;
    if (keepsTeamsTogether(input.mode))
        hard += quality.teamsSplit;
    return weight * hard + quality.repeatedPairs;
}

Result<GroupAssignment> solve(const SolverInput& input)
{
    if (input.groupCount < 1)
        return fail(QObject::tr("Choose at least one group."));
    const Problem p = buildProblem(input, input.groupCount);
    if (input.groupCount > p.n)
        return fail(QObject::tr("There are more groups (%1) than people (%2). Choose fewer groups.")
                        .arg(input.groupCount)
                        .arg(p.n));
    for (const SolverPerson& person : input.people) {
        if (!person.pinnedGroup)
            continue;
        if (*person.pinnedGroup >= p.g)
            return fail(QObject::tr("Someone is pinned to group %1, but there are only %2 groups. Unpin them or add groups.")
                            .arg(*person.pinnedGroup + 1)
                            .arg(p.g));
        if (*person.pinnedGroup < 0)
            return fail(QObject::tr("Someone is pinned to a group that does not exist. Unpin them."));
    }

    Rng rng{std::mt19937_64(input.seed)};
    const std::vector<int> target = targetSizes(p);
    const long long bound = lowerBound(p);
    // Budget: about 150 tries per unit and group, five runs.
    const long long iterations = std::clamp<long long>(150LL * (long long)(p.units.size()) * p.g, 5000, 1000000);
    const int restarts = 5;
    std::vector<int> best;
    long long bestCost = std::numeric_limits<long long>::max();
    for (int r = 0; r < restarts && bestCost > bound; ++r) {
        // The first run starts greedy, later ones reheat the best so far.
        State s(p);
        if (best.empty())
            construct(s, p, target, rng);
        else
            for (int u = 0; u < int(p.units.size()); ++u)
                s.place(u, best[std::size_t(u)]);
        anneal(s, p, rng, iterations, bound, best, bestCost);
    }

    // Rebuilt from the units so the reported quality is the solver's own tally.
    State s(p);
    for (int u = 0; u < int(p.units.size()); ++u)
        s.place(u, best[std::size_t(u)]);
    GroupAssignment result;
    result.groups.resize(std::size_t(p.g));
    for (int u = 0; u < int(p.units.size()); ++u) {
        for (int i : p.units[std::size_t(u)])
            result.groups[std::size_t(best[std::size_t(u)])].push_back(p.ids[std::size_t(i)]);
    }
    for (auto& group : result.groups)
        std::sort(group.begin(), group.end());
    result.quality = qualityOf(p, s.tally(), s.sizes(), teamsPresent(p));
    return result;
}

} // namespace groups
} // namespace rt
