// Suggesting teams from the jurisdictions people registered with.

#include "common/Text.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Database.h"

#include <QMap>

namespace rt::teams {
namespace {

// Of several spellings of one jurisdiction, the one to show: without a
// "City of" prefix, and capitalised, if anyone wrote it so.
int spellingPenalty(const QString& spelling)
{
    const QString trimmed = spelling.simplified();
    int penalty = 0;
    if (foldForSearch(trimmed) != jurisdictionKey(trimmed))
        penalty += 2;
    if (!trimmed.isEmpty() && trimmed.front().isLower())
        penalty += 1;
    return penalty;
}

} // namespace

Result<std::vector<TeamSuggestion>> suggest(const Database& db, Id workshopId)
{
    auto roster = roster::list(db, workshopId);
    if (!roster)
        return std::unexpected(roster.error());
    // Group by jurisdiction and state, so Salem, OR and Salem, MA stay apart.
    QMap<QString, TeamSuggestion> groups;
    for (const RosterEntry& entry : *roster) {
        if (entry.status != EnrollmentStatus::Registered || entry.teamId || entry.person.jurisdiction.trimmed().isEmpty())
            continue;
        const QString key = jurisdictionKey(entry.person.jurisdiction) + QLatin1Char('\n') + entry.person.state.toUpper();
        TeamSuggestion& group = groups[key];
        if (group.members.empty() || spellingPenalty(entry.person.jurisdiction) < spellingPenalty(group.jurisdiction))
            group.jurisdiction = entry.person.jurisdiction.simplified();
        if (group.state.isEmpty())
            group.state = entry.person.state.simplified();
        group.members.push_back(entry.person);
    }
    std::vector<TeamSuggestion> result;
    for (TeamSuggestion& group : groups) {
        group.flags = teamFlags(group.members);
        result.push_back(std::move(group));
    }
    return result;
}

} // namespace rt::teams
