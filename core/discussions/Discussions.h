#pragma once
// Discussion rounds of a workshop: the groups (placed by the solver or by
// hand), each group's scribe notes and report-out items, dot votes and the
// parking lot. Every change is one action, undoable.

#include "common/Result.h"
#include "discussions/GroupSolver.h"
#include "people/Person.h"
#include "storage/ChangeSet.h"

#include <vector>

namespace rt {

class Database;
class Writer;

enum class ItemTag { Insight, Obstacle, Question, ParkingLot };

QString itemTagKey(ItemTag tag);
std::optional<ItemTag> itemTagFromKey(const QString& key);
QString itemTagLabel(ItemTag tag);

struct DiscussionRound {
    Id id = 0;
    Id workshopId = 0;
    int number = 1;
    std::optional<Id> agendaItemId;
    QString agendaItemTitle; // read along with the round
    QString prompt;
    GroupMode mode = GroupMode::Mixed;
    int groupCount = 4;
    std::uint64_t seed = 1;
    bool locked = false;
    int votesPerPerson = 3;
};

struct GroupMember {
    Person person;
    bool pinned = false;
};

struct DiscussionGroup {
    Id id = 0;
    int number = 1;
    QString scribeNotes;
    std::vector<GroupMember> members; // by last name
};

struct DiscussionItem {
    Id id = 0;
    Id roundId = 0;
    std::optional<Id> groupId; // empty: raised in the large group
    int groupNumber = 0;       // 0 for the large group
    QString text;
    ItemTag tag = ItemTag::Insight;
    int position = 0;
    int dots = 0;              // all votes on it
};

// A round with everything in it, as the tab, the PDF and the CLI show it.
struct RoundDetail {
    DiscussionRound round;
    std::vector<DiscussionGroup> groups;
    std::vector<DiscussionItem> items; // by group, then position
    GroupQuality quality;              // of the groups as they stand
    std::vector<DiscussionItem> ranked() const; // most dots first (ties: by group and position)
};

namespace discussions {

Result<std::vector<DiscussionRound>> rounds(const Database& db, Id workshopId);
Result<DiscussionRound> get(const Database& db, Id roundId);
Result<RoundDetail> detail(const Database& db, Id roundId);
// Round `number` of the workshop (1-based).
Result<Id> roundByNumber(const Database& db, Id workshopId, int number);

// Who the solver places: registered people, and of them only those marked
// present (present, late or left early) in the block the round falls in, when
// attendance for that block exists. The people of earlier rounds give metBefore.
Result<SolverInput> solverInput(const Database& db, Id roundId);
// The same for a round's settings as given (a round not yet saved has id 0).
Result<SolverInput> solverInputFor(const Database& db, const DiscussionRound& round);

// A new round: numbered after the last, groups placed by the solver (none
// placed in manual mode; the groups are created empty).
Result<ChangeSet> addRound(Database& db, const DiscussionRound& round);
// Saves prompt, mode, group count, agenda item and votes per person.
Result<ChangeSet> updateRound(Database& db, const DiscussionRound& round);
Result<ChangeSet> removeRound(Database& db, Id roundId);
// Places everyone again with a new seed (pinned people stay). Refused when locked.
Result<ChangeSet> regenerate(Database& db, Id roundId, std::uint64_t seed);
Result<ChangeSet> setLocked(Database& db, Id roundId, bool locked);
// Moves a person into a group (by hand: they are pinned there). Refused when locked.
Result<ChangeSet> movePerson(Database& db, Id roundId, Id personId, Id groupId);
Result<ChangeSet> setPinned(Database& db, Id roundId, Id personId, bool pinned);

Result<ChangeSet> setScribeNotes(Database& db, Id groupId, const QString& notes);
Result<ChangeSet> addItem(Database& db, Id roundId, std::optional<Id> groupId, const QString& text, ItemTag tag);
Result<ChangeSet> updateItem(Database& db, Id itemId, const QString& text, ItemTag tag);
Result<ChangeSet> removeItem(Database& db, Id itemId);
// Sets a person's dots on an item (0 removes them); refused past the round's votes per person.
Result<ChangeSet> vote(Database& db, Id itemId, Id personId, int dots);
// The dots a person has used in a round, and on one item.
Result<int> dotsUsed(const Database& db, Id roundId, Id personId);
Result<int> dotsOn(const Database& db, Id itemId, Id personId);
// Every parking-lot item of the workshop, for later action items.
Result<std::vector<DiscussionItem>> parkingLot(const Database& db, Id workshopId);

// Inside other actions: a deleted workshop's rounds.
Status removeAllOf(Writer& writer, Id workshopId);
// Inside agenda actions: rounds lose their link to agenda items about to be
// removed (one item, or all of a workshop's), so no reference blocks the delete.
Status unlinkAgendaItem(Writer& writer, Id agendaItemId);
Status unlinkAgendaOf(Writer& writer, Id workshopId);

} // namespace discussions
} // namespace rt
