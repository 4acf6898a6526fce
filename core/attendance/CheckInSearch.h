#pragma once
// The check-in box: a few letters of a name, jurisdiction or email find the
// person at once. The workshop's registered people come first, then those
// waiting or cancelled, then everyone else in the file (to register a walk-in
// who came before). Every haystack is folded once, so a keystroke is only
// substring tests, even across 20,000 people.

#include "people/Roster.h"

#include <functional>
#include <vector>

namespace rt {

enum class CandidateKind { Registered, OnRoster, InFile };

struct CheckInCandidate {
    Person person;
    CandidateKind kind = CandidateKind::InFile;
    std::optional<EnrollmentStatus> status; // on this workshop's roster
    QString teamName;
};

class CheckInSearch {
public:
    // `everyone` may include the roster's people; they are listed once.
    void reset(const std::vector<RosterEntry>& roster, const std::vector<Person>& everyone);

    // Best first: registered people before the others; among them, those the
    // caller has not checked in yet (`done` says who is), then those whose
    // first or last name starts with what was typed, then by name. An empty
    // query lists the registered people only, by name.
    std::vector<int> find(const QString& query, const std::function<bool(Id)>& done = {}, int limit = 200) const;

    const CheckInCandidate& at(int index) const { return m_candidates[size_t(index)]; }
    int size() const { return int(m_candidates.size()); }
    // The candidate for a person, or -1.
    int indexOf(Id personId) const;

private:
    std::vector<CheckInCandidate> m_candidates; // in name order within each kind
    std::vector<QString> m_haystacks;
    std::vector<QString> m_names; // folded "first last", for prefix matches
};

} // namespace rt
