#include "attendance/CheckInSearch.h"

#include "common/Text.h"

#include <algorithm>
#include <unordered_set>

namespace rt {

void CheckInSearch::reset(const std::vector<RosterEntry>& roster, const std::vector<Person>& everyone)
{
    m_candidates.clear();
    std::unordered_set<Id> onRoster;
    for (const RosterEntry& e : roster) {
        CheckInCandidate c;
        c.person = e.person;
        c.kind = e.status == EnrollmentStatus::Registered ? CandidateKind::Registered : CandidateKind::OnRoster;
        c.status = e.status;
        c.teamName = e.teamName;
        m_candidates.push_back(std::move(c));
        onRoster.insert(e.person.id);
    }
    for (const Person& p : everyone) {
        if (onRoster.count(p.id))
            continue;
        CheckInCandidate c;
        c.person = p;
        m_candidates.push_back(std::move(c));
    }
    std::vector<QString> keys;
    keys.reserve(m_candidates.size());
    for (const CheckInCandidate& c : m_candidates)
        keys.push_back(c.person.sortKey());
    std::vector<size_t> order(m_candidates.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (m_candidates[a].kind != m_candidates[b].kind)
            return int(m_candidates[a].kind) < int(m_candidates[b].kind);
        return keys[a] < keys[b];
    });
    std::vector<CheckInCandidate> sorted;
    sorted.reserve(order.size());
    for (size_t i : order)
        sorted.push_back(std::move(m_candidates[i]));
    m_candidates = std::move(sorted);

    m_haystacks.clear();
    m_names.clear();
    m_haystacks.reserve(m_candidates.size());
    m_names.reserve(m_candidates.size());
    for (const CheckInCandidate& c : m_candidates) {
        m_haystacks.push_back(c.person.searchText());
        m_names.push_back(QLatin1Char(' ') + foldForSearch(c.person.firstName + QLatin1Char(' ') + c.person.lastName));
    }
}

std::vector<int> CheckInSearch::find(const QString& query, const std::function<bool(Id)>& done, int limit) const
{
    const QStringList words = searchWords(query);
    struct Hit {
        int index;
        int rank;
    };
    std::vector<Hit> hits;
    for (int i = 0; i < int(m_candidates.size()); ++i) {
        const CheckInCandidate& c = m_candidates[size_t(i)];
        if (words.isEmpty() && c.kind != CandidateKind::Registered)
            break; // sorted by kind: nothing registered follows
        if (!matchesAllWords(m_haystacks[size_t(i)], words))
            continue;
        int rank = int(c.kind) * 4;
        if (!words.isEmpty() && c.kind == CandidateKind::Registered && done && done(c.person.id))
            rank += 2;
        // A word that starts a name ("jo" for "Joan Ortega") beats one inside
        // an email or a jurisdiction.
        if (!words.isEmpty() && !m_names[size_t(i)].contains(QLatin1Char(' ') + words.front()))
            rank += 1;
        hits.push_back({i, rank});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.rank < b.rank; });
    std::vector<int> result;
    result.reserve(std::min<size_t>(hits.size(), size_t(limit)));
    for (const Hit& h : hits) {
        if (int(result.size()) >= limit)
            break;
        result.push_back(h.index);
    }
    return result;
}

int CheckInSearch::indexOf(Id personId) const
{
    for (int i = 0; i < int(m_candidates.size()); ++i) {
        if (m_candidates[size_t(i)].person.id == personId)
            return i;
    }
    return -1;
}

} // namespace rt
