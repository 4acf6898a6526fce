// Reading discussion rounds: the rounds, one round with its groups and items,
// and who the solver places in a round.

#include "discussions/Discussions.h"

#include "agenda/Agenda.h"
#include "agenda/Schedule.h"
#include "attendance/Attendance.h"
#include "people/PersonRows.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QObject>
#include <algorithm>
#include <set>

namespace rt {

namespace {
constexpr ItemTag kTags[] = {ItemTag::Insight, ItemTag::Obstacle, ItemTag::Question, ItemTag::ParkingLot};
}

QString itemTagKey(ItemTag tag)
{
    switch (tag) {
    case ItemTag::Insight: return QStringLiteral("insight");
    case ItemTag::Obstacle: return QStringLiteral("obstacle");
    case ItemTag::Question: return QStringLiteral("question");
    case ItemTag::ParkingLot: return QStringLiteral("parking_lot");
    }
    return QStringLiteral("insight");
}

std::optional<ItemTag> itemTagFromKey(const QString& key)
{
    for (ItemTag t : kTags) {
        if (itemTagKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString itemTagLabel(ItemTag tag)
{
    switch (tag) {
    case ItemTag::Insight: return QObject::tr("Insight");
    case ItemTag::Obstacle: return QObject::tr("Obstacle");
    case ItemTag::Question: return QObject::tr("Question");
    case ItemTag::ParkingLot: return QObject::tr("Parking lot");
    }
    return {};
}

std::vector<DiscussionItem> RoundDetail::ranked() const
{
    std::vector<DiscussionItem> result = items;
    std::stable_sort(result.begin(), result.end(), [](const DiscussionItem& a, const DiscussionItem& b) {
        if (a.dots != b.dots)
            return a.dots > b.dots;
        if (a.groupNumber != b.groupNumber)
            return a.groupNumber < b.groupNumber;
        return a.position < b.position;
    });
    return result;
}

namespace discussions {
namespace {

const QString kRoundColumns = QStringLiteral(
    "r.id, r.workshop_id, r.number, r.agenda_item_id, coalesce(a.title, ''), r.prompt, r.mode, r.group_count, r.seed, r.locked, "
    "r.votes_per_person FROM discussion_rounds r LEFT JOIN agenda_items a ON a.id = r.agenda_item_id");

DiscussionRound roundFrom(const QSqlQuery& q)
{
    DiscussionRound r;
    r.id = q.value(0).toLongLong();
    r.workshopId = q.value(1).toLongLong();
    r.number = q.value(2).toInt();
    if (!q.value(3).isNull())
        r.agendaItemId = q.value(3).toLongLong();
    r.agendaItemTitle = q.value(4).toString();
    r.prompt = q.value(5).toString();
    r.mode = groupModeFromKey(q.value(6).toString()).value_or(GroupMode::Mixed);
    r.groupCount = q.value(7).toInt();
    r.seed = std::uint64_t(q.value(8).toLongLong());
    r.locked = q.value(9).toInt() != 0;
    r.votesPerPerson = q.value(10).toInt();
    return r;
}

// The items of a round (or, with parking lot only, of a workshop), with their dots.
Result<std::vector<DiscussionItem>> itemsWhere(const Database& db, const QString& where, const QVariantList& binds)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT i.id, i.round_id, i.group_id, coalesce(g.number, 0), i.text, i.tag, i.position, "
                                     "(SELECT coalesce(sum(v.dots), 0) FROM discussion_votes v WHERE v.item_id = i.id) "
                                     "FROM discussion_items i JOIN discussion_rounds r ON r.id = i.round_id "
                                     "LEFT JOIN discussion_groups g ON g.id = i.group_id WHERE %1 "
                                     "ORDER BY r.number, coalesce(g.number, 0), i.position, i.id")
                          .arg(where),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<DiscussionItem> result;
    while (q->next()) {
        DiscussionItem i;
        i.id = q->value(0).toLongLong();
        i.roundId = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            i.groupId = q->value(2).toLongLong();
        i.groupNumber = q->value(3).toInt();
        i.text = q->value(4).toString();
        i.tag = itemTagFromKey(q->value(5).toString()).value_or(ItemTag::Insight);
        i.position = q->value(6).toInt();
        i.dots = q->value(7).toInt();
        result.push_back(i);
    }
    return result;
}

SolverPerson solverPerson(const RosterEntry& e)
{
    return SolverPerson{e.person.id, sideOf(e.person.role), e.teamId, std::nullopt};
}

// The attendance block the round's agenda item starts in, if any.
Result<std::optional<AttendanceBlock>> blockOfItem(const Database& db, Id workshopId, Id agendaItemId)
{
    auto item = agenda::item(db, agendaItemId);
    if (!item)
        return std::unexpected(item.error());
    auto day = agenda::dayOf(db, workshopId, item->day);
    auto window = agenda::dayWindow(db, workshopId, item->day);
    auto blocks = attendance::blocksOf(db, workshopId);
    if (!day || !window || !blocks)
        return std::unexpected(!day ? day.error() : !window ? window.error() : blocks.error());
    const DaySchedule schedule = agenda::schedule(*day, *window);
    const auto at = std::find_if(day->begin(), day->end(), [&](const AgendaItem& i) { return i.id == agendaItemId; });
    if (at == day->end() || size_t(at - day->begin()) >= schedule.items.size())
        return std::optional<AttendanceBlock>();
    const QTime start = schedule.items[size_t(at - day->begin())].start();
    for (const AttendanceBlock& b : *blocks) {
        if (b.day == item->day && b.starts <= start && start < b.ends)
            return std::optional<AttendanceBlock>(b);
    }
    return std::optional<AttendanceBlock>();
}

} // namespace

Result<DiscussionRound> get(const Database& db, Id roundId)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT %1 WHERE r.id = ?").arg(kRoundColumns), {roundId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Discussion round %1 is not in this file.").arg(roundId));
    return roundFrom(*q);
}

Result<std::vector<DiscussionRound>> rounds(const Database& db, Id workshopId)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT %1 WHERE r.workshop_id = ? ORDER BY r.number").arg(kRoundColumns),
                      {workshopId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<DiscussionRound> result;
    while (q->next())
        result.push_back(roundFrom(*q));
    return result;
}

Result<Id> roundByNumber(const Database& db, Id workshopId, int number)
{
    auto id = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM discussion_rounds WHERE workshop_id = ? AND number = ?"),
                          {workshopId, number});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return fail(QObject::tr("This workshop has no discussion round %1.").arg(number));
    return id->toLongLong();
}

Result<SolverInput> solverInputFor(const Database& db, const DiscussionRound& r)
{
    auto entries = roster::list(db, r.workshopId);
    if (!entries)
        return std::unexpected(entries.error());
    std::unordered_map<Id, AttendanceMark> marks;
    if (r.agendaItemId) {
        auto block = blockOfItem(db, r.workshopId, *r.agendaItemId);
        if (!block)
            return std::unexpected(block.error());
        if (*block) {
            auto m = attendance::marksOf(db, (*block)->id);
            if (!m)
                return std::unexpected(m.error());
            marks = std::move(*m);
        }
    }
    // Where people were placed and pinned so far (a new round has none).
    std::map<Id, int> placed;
    std::set<Id> pinned;
    auto members = sql::run(db.connection(),
                            QStringLiteral("SELECT m.person_id, g.number, m.pinned FROM discussion_members m "
                                           "JOIN discussion_groups g ON g.id = m.group_id WHERE m.round_id = ?"),
                            {r.id});
    if (!members)
        return std::unexpected(members.error());
    while (members->next()) {
        placed[members->value(0).toLongLong()] = members->value(1).toInt() - 1;
        if (members->value(2).toInt() != 0)
            pinned.insert(members->value(0).toLongLong());
    }

    SolverInput input;
    input.groupCount = r.groupCount;
    input.mode = r.mode;
    input.seed = r.seed;
    for (const RosterEntry& e : *entries) {
        if (e.status != EnrollmentStatus::Registered)
            continue;
        const auto mark = marks.find(e.person.id);
        const bool present = marks.empty() || (mark != marks.end() && statusIsAttended(mark->second.status));
        // A person put in a group by hand stays there even when not marked in.
        if (!present && !pinned.contains(e.person.id))
            continue;
        SolverPerson p = solverPerson(e);
        const auto at = placed.find(e.person.id);
        // In manual mode everyone already placed stays; the solver only seats newcomers.
        if (at != placed.end() && at->second < r.groupCount && (pinned.contains(e.person.id) || r.mode == GroupMode::Manual))
            p.pinnedGroup = at->second;
        input.people.push_back(p);
    }

    auto met = sql::run(db.connection(),
                        QStringLiteral("SELECT a.person_id, b.person_id FROM discussion_members a "
                                       "JOIN discussion_members b ON b.group_id = a.group_id AND b.person_id <> a.person_id "
                                       "JOIN discussion_rounds r ON r.id = a.round_id WHERE r.workshop_id = ? AND r.number < ? "
                                       "AND a.person_id < b.person_id"),
                        {r.workshopId, r.number});
    if (!met)
        return std::unexpected(met.error());
    while (met->next())
        ++input.metBefore[{met->value(0).toLongLong(), met->value(1).toLongLong()}];
    return input;
}

Result<SolverInput> solverInput(const Database& db, Id roundId)
{
    auto r = get(db, roundId);
    if (!r)
        return std::unexpected(r.error());
    return solverInputFor(db, *r);
}

Result<RoundDetail> detail(const Database& db, Id roundId)
{
    RoundDetail d;
    auto r = get(db, roundId);
    if (!r)
        return std::unexpected(r.error());
    d.round = *r;
    auto groups = sql::run(db.connection(), QStringLiteral("SELECT id, number, scribe_notes FROM discussion_groups WHERE round_id = ? ORDER BY number"),
                           {roundId});
    if (!groups)
        return std::unexpected(groups.error());
    while (groups->next())
        d.groups.push_back(DiscussionGroup{groups->value(0).toLongLong(), groups->value(1).toInt(), groups->value(2).toString(), {}});
    auto members = sql::run(db.connection(),
                            QStringLiteral("SELECT m.group_id, m.pinned, %1 FROM discussion_members m JOIN people p ON p.id = m.person_id "
                                           "WHERE m.round_id = ?")
                                .arg(people::personColumns(QStringLiteral("p."))),
                            {roundId});
    if (!members)
        return std::unexpected(members.error());
    while (members->next()) {
        const Id groupId = members->value(0).toLongLong();
        auto g = std::find_if(d.groups.begin(), d.groups.end(), [&](const DiscussionGroup& g) { return g.id == groupId; });
        if (g != d.groups.end())
            g->members.push_back(GroupMember{people::personFrom(*members, 2), members->value(1).toInt() != 0});
    }
    for (DiscussionGroup& g : d.groups)
        std::sort(g.members.begin(), g.members.end(),
                  [](const GroupMember& a, const GroupMember& b) { return a.person.sortKey() < b.person.sortKey(); });
    auto items = itemsWhere(db, QStringLiteral("i.round_id = ?"), {roundId});
    if (!items)
        return std::unexpected(items.error());
    d.items = std::move(*items);

    // The quality of the groups as they stand; people placed by hand who are
    // not in the room are scored too.
    auto input = solverInputFor(db, *r);
    if (!input)
        return std::unexpected(input.error());
    auto entries = roster::list(db, r->workshopId);
    if (!entries)
        return std::unexpected(entries.error());
    std::vector<std::vector<Id>> placed;
    for (const DiscussionGroup& g : d.groups) {
        placed.emplace_back();
        for (const GroupMember& m : g.members) {
            placed.back().push_back(m.person.id);
            const bool known = std::any_of(input->people.begin(), input->people.end(), [&](const SolverPerson& p) { return p.id == m.person.id; });
            const auto e = std::find_if(entries->begin(), entries->end(), [&](const RosterEntry& e) { return e.person.id == m.person.id; });
            if (!known)
                input->people.push_back(e != entries->end() ? solverPerson(*e) : SolverPerson{m.person.id, sideOf(m.person.role), {}, {}});
        }
    }
    d.quality = groups::evaluate(*input, placed);
    return d;
}

Result<std::vector<DiscussionItem>> parkingLot(const Database& db, Id workshopId)
{
    return itemsWhere(db, QStringLiteral("r.workshop_id = ? AND i.tag = 'parking_lot'"), {workshopId});
}

Result<int> dotsUsed(const Database& db, Id roundId, Id personId)
{
    auto used = sql::scalar(db.connection(),
                            QStringLiteral("SELECT coalesce(sum(v.dots), 0) FROM discussion_votes v JOIN discussion_items i ON i.id = v.item_id "
                                           "WHERE i.round_id = ? AND v.person_id = ?"),
                            {roundId, personId});
    if (!used)
        return std::unexpected(used.error());
    return used->toInt();
}

Result<int> dotsOn(const Database& db, Id itemId, Id personId)
{
    auto dots = sql::scalar(db.connection(), QStringLiteral("SELECT coalesce(sum(dots), 0) FROM discussion_votes WHERE item_id = ? AND person_id = ?"),
                            {itemId, personId});
    if (!dots)
        return std::unexpected(dots.error());
    return dots->toInt();
}

} // namespace discussions
} // namespace rt
