// Changing discussion rounds. Every change is one action; deletes remove the
// votes, items, members and groups explicitly (the schema has no cascades)
// so that undo puts every row back.

#include "discussions/Discussions.h"

#include "people/People.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>
#include <set>

namespace rt::discussions {
namespace {

const QString kRounds = QStringLiteral("discussion_rounds");
const QString kGroups = QStringLiteral("discussion_groups");
const QString kMembers = QStringLiteral("discussion_members");
const QString kItems = QStringLiteral("discussion_items");
const QString kVotes = QStringLiteral("discussion_votes");

constexpr int kMostGroups = 200;
constexpr int kMostVotes = 20;

// Closed workshops keep their discussions as they were.
Status refuseIfClosed(Writer& w, Id workshopId)
{
    auto ws = w.query(QStringLiteral("SELECT title, status FROM workshops WHERE id = ?"), {workshopId});
    if (!ws)
        return std::unexpected(ws.error());
    if (!ws->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    if (ws->value(1).toString() == QLatin1String("closed"))
        return fail(QObject::tr("“%1” is closed, so its discussions are final. Set its status back to Live to change them.")
                        .arg(ws->value(0).toString()));
    return ok();
}

Status refuseIfLocked(const DiscussionRound& r)
{
    if (r.locked)
        return fail(QObject::tr("Round %1 is locked, so its groups stay as they are. Unlock it first.").arg(r.number));
    return ok();
}

// The round, read inside the action, after checking that its workshop is open.
Result<DiscussionRound> openRound(const Database& db, Writer& w, Id roundId)
{
    auto r = get(db, roundId);
    if (!r)
        return r;
    if (auto s = refuseIfClosed(w, r->workshopId); !s)
        return std::unexpected(s.error());
    return r;
}

Status validate(const Database& db, const DiscussionRound& r)
{
    if (r.groupCount < 1 || r.groupCount > kMostGroups)
        return fail(QObject::tr("A round has from 1 to %1 groups.").arg(kMostGroups));
    if (r.votesPerPerson < 1 || r.votesPerPerson > kMostVotes)
        return fail(QObject::tr("Give each person from 1 to %1 votes.").arg(kMostVotes));
    if (r.agendaItemId) {
        auto owner = sql::scalar(db.connection(), QStringLiteral("SELECT workshop_id FROM agenda_items WHERE id = ?"), {*r.agendaItemId});
        if (!owner)
            return std::unexpected(owner.error());
        if (owner->isNull() || owner->toLongLong() != r.workshopId)
            return fail(QObject::tr("That agenda item is not on this workshop's agenda."));
    }
    return ok();
}

QVariantMap settingsOf(const DiscussionRound& r)
{
    return {{QStringLiteral("prompt"), r.prompt.trimmed()},
            {QStringLiteral("mode"), groupModeKey(r.mode)},
            {QStringLiteral("group_count"), r.groupCount},
            {QStringLiteral("agenda_item_id"), r.agendaItemId ? QVariant(*r.agendaItemId) : QVariant()},
            {QStringLiteral("votes_per_person"), r.votesPerPerson}};
}

// The ids of the round's groups 1..n, creating missing ones and removing
// those past n (refused while they hold notes or report-outs).
Result<std::vector<Id>> fitGroups(Writer& w, Id roundId, int count)
{
    auto q = w.query(QStringLiteral("SELECT g.id, g.number, g.scribe_notes, (SELECT count(*) FROM discussion_items i WHERE i.group_id = g.id) "
                                    "FROM discussion_groups g WHERE g.round_id = ? ORDER BY g.number"),
                     {roundId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Id> ids(size_t(count), 0);
    std::vector<Id> surplus;
    while (q->next()) {
        const int number = q->value(1).toInt();
        if (number <= count) {
            ids[size_t(number - 1)] = q->value(0).toLongLong();
            continue;
        }
        if (!q->value(2).toString().isEmpty() || q->value(3).toInt() > 0)
            return fail(QObject::tr("Group %1 has notes or report-outs, so the round cannot have fewer groups. Move or remove them first.")
                            .arg(number));
        surplus.push_back(q->value(0).toLongLong());
    }
    q->finish();
    for (Id id : surplus) {
        if (auto s = w.removeWhere(kMembers, QStringLiteral("group_id"), id); !s)
            return std::unexpected(s.error());
        if (auto s = w.remove(kGroups, id); !s)
            return std::unexpected(s.error());
    }
    for (int n = 1; n <= count; ++n) {
        if (ids[size_t(n - 1)] != 0)
            continue;
        auto id = w.insert(kGroups, {{QStringLiteral("round_id"), roundId}, {QStringLiteral("number"), n}});
        if (!id)
            return std::unexpected(id.error());
        ids[size_t(n - 1)] = *id;
    }
    return ids;
}

// Places the round's people with the solver, changing only the member rows
// that move, so undo has little to replay.
Status place(const Database& db, Writer& w, const DiscussionRound& r)
{
    auto groupIds = fitGroups(w, r.id, r.groupCount);
    if (!groupIds)
        return std::unexpected(groupIds.error());
    auto input = solverInputFor(db, r);
    if (!input)
        return std::unexpected(input.error());
    if (int(input->people.size()) < r.groupCount && r.mode != GroupMode::Manual)
        return fail(QObject::tr("Only %1 people are in the room for round %2: too few for %3 groups.")
                        .arg(input->people.size())
                        .arg(r.number)
                        .arg(r.groupCount));
    std::map<Id, Id> wanted; // person -> group row
    if (!input->people.empty()) {
        auto solved = groups::solve(*input);
        if (!solved)
            return std::unexpected(solved.error());
        for (size_t g = 0; g < solved->groups.size() && g < groupIds->size(); ++g) {
            for (Id person : solved->groups[g])
                wanted[person] = (*groupIds)[g];
        }
    }
    auto current = w.query(QStringLiteral("SELECT id, person_id, group_id FROM discussion_members WHERE round_id = ?"), {r.id});
    if (!current)
        return std::unexpected(current.error());
    std::vector<std::tuple<Id, Id, Id>> rows;
    while (current->next())
        rows.emplace_back(current->value(0).toLongLong(), current->value(1).toLongLong(), current->value(2).toLongLong());
    current->finish();
    for (const auto& [row, person, group] : rows) {
        const auto to = wanted.find(person);
        if (to == wanted.end()) {
            if (auto s = w.remove(kMembers, row); !s)
                return s;
            continue;
        }
        if (to->second != group) {
            if (auto s = w.update(kMembers, row, {{QStringLiteral("group_id"), to->second}}); !s)
                return s;
        }
        wanted.erase(to);
    }
    for (const auto& [person, group] : wanted) {
        auto id = w.insert(kMembers, {{QStringLiteral("round_id"), r.id}, {QStringLiteral("group_id"), group}, {QStringLiteral("person_id"), person}});
        if (!id)
            return std::unexpected(id.error());
    }
    return ok();
}

// Everything of one round, innermost rows first.
Status removeRoundRows(Writer& w, Id roundId)
{
    auto votes = w.query(QStringLiteral("SELECT v.id FROM discussion_votes v JOIN discussion_items i ON i.id = v.item_id WHERE i.round_id = ?"),
                         {roundId});
    if (!votes)
        return std::unexpected(votes.error());
    std::vector<Id> ids;
    while (votes->next())
        ids.push_back(votes->value(0).toLongLong());
    votes->finish();
    for (Id id : ids) {
        if (auto s = w.remove(kVotes, id); !s)
            return s;
    }
    for (const QString& table : {kItems, kMembers, kGroups}) {
        if (auto s = w.removeWhere(table, QStringLiteral("round_id"), roundId); !s)
            return s;
    }
    return w.remove(kRounds, roundId);
}

Result<Id> registeredPerson(Writer& w, Id workshopId, Id personId)
{
    auto status = w.scalar(QStringLiteral("SELECT status FROM enrollments WHERE workshop_id = ? AND person_id = ?"), {workshopId, personId});
    if (!status)
        return std::unexpected(status.error());
    if (status->toString() != QLatin1String("registered"))
        return fail(QObject::tr("Person %1 is not registered for this workshop.").arg(personId));
    return personId;
}

Result<DiscussionRound> roundOfItem(const Database& db, Writer& w, Id itemId)
{
    auto roundId = w.scalar(QStringLiteral("SELECT round_id FROM discussion_items WHERE id = ?"), {itemId});
    if (!roundId)
        return std::unexpected(roundId.error());
    if (roundId->isNull())
        return fail(QObject::tr("Report-out item %1 is not in this file.").arg(itemId));
    return openRound(db, w, roundId->toLongLong());
}

Status checkText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return fail(QObject::tr("A report-out item needs some text."));
    return ok();
}

} // namespace

Result<ChangeSet> addRound(Database& db, const DiscussionRound& wanted)
{
    if (auto s = validate(db, wanted); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Add a discussion round"), [&](Writer& w) -> Status {
        if (auto s = refuseIfClosed(w, wanted.workshopId); !s)
            return s;
        auto last = w.scalar(QStringLiteral("SELECT coalesce(max(number), 0) FROM discussion_rounds WHERE workshop_id = ?"), {wanted.workshopId});
        if (!last)
            return std::unexpected(last.error());
        DiscussionRound r = wanted;
        r.number = last->toInt() + 1;
        r.locked = false;
        QVariantMap values = settingsOf(r);
        values.insert(QStringLiteral("workshop_id"), r.workshopId);
        values.insert(QStringLiteral("number"), r.number);
        values.insert(QStringLiteral("seed"), qint64(r.seed));
        auto id = w.insert(kRounds, values);
        if (!id)
            return std::unexpected(id.error());
        r.id = *id;
        w.changes().subject = r.id;
        w.changes().description = QObject::tr("Add discussion round %1").arg(r.number);
        if (r.mode == GroupMode::Manual) {
            auto made = fitGroups(w, r.id, r.groupCount);
            return made ? ok() : Status(std::unexpected(made.error()));
        }
        return place(db, w, r);
    });
}

Result<ChangeSet> updateRound(Database& db, const DiscussionRound& wanted)
{
    return db.write(QObject::tr("Edit discussion round %1").arg(wanted.number), [&](Writer& w) -> Status {
        auto r = openRound(db, w, wanted.id);
        if (!r)
            return std::unexpected(r.error());
        DiscussionRound changed = wanted;
        changed.workshopId = r->workshopId;
        if (auto s = validate(db, changed); !s)
            return s;
        w.changes().subject = r->id;
        w.changes().description = QObject::tr("Edit discussion round %1").arg(r->number);
        const bool regroup = changed.groupCount != r->groupCount;
        if (regroup) {
            if (auto s = refuseIfLocked(*r); !s)
                return s;
        }
        if (auto s = w.update(kRounds, r->id, settingsOf(changed)); !s)
            return s;
        if (!regroup)
            return ok();
        // A new group count places everyone again with the round's own seed.
        DiscussionRound saved = *r;
        saved.groupCount = changed.groupCount;
        saved.mode = changed.mode;
        saved.agendaItemId = changed.agendaItemId;
        return place(db, w, saved);
    });
}

Result<ChangeSet> removeRound(Database& db, Id roundId)
{
    return db.write(QObject::tr("Remove a discussion round"), [&](Writer& w) -> Status {
        auto r = openRound(db, w, roundId);
        if (!r)
            return std::unexpected(r.error());
        w.changes().description = QObject::tr("Remove discussion round %1").arg(r->number);
        w.changes().subject = r->workshopId;
        if (auto s = removeRoundRows(w, roundId); !s)
            return s;
        // Later rounds move up, so the numbers stay 1, 2, 3 with no gap.
        auto later = w.query(QStringLiteral("SELECT id, number FROM discussion_rounds WHERE workshop_id = ? AND number > ? ORDER BY number"),
                             {r->workshopId, r->number});
        if (!later)
            return std::unexpected(later.error());
        std::vector<std::pair<Id, int>> moves;
        while (later->next())
            moves.emplace_back(later->value(0).toLongLong(), later->value(1).toInt() - 1);
        later->finish();
        for (const auto& [id, number] : moves) {
            if (auto s = w.update(kRounds, id, {{QStringLiteral("number"), number}}); !s)
                return s;
        }
        return ok();
    });
}

Result<ChangeSet> regenerate(Database& db, Id roundId, std::uint64_t seed)
{
    return db.write(QObject::tr("Place the groups again"), [&](Writer& w) -> Status {
        auto r = openRound(db, w, roundId);
        if (!r)
            return std::unexpected(r.error());
        if (auto s = refuseIfLocked(*r); !s)
            return s;
        w.changes().description = QObject::tr("Place the groups of round %1 again").arg(r->number);
        w.changes().subject = roundId;
        if (auto s = w.update(kRounds, roundId, {{QStringLiteral("seed"), qint64(seed)}}); !s)
            return s;
        r->seed = seed;
        return place(db, w, *r);
    });
}

Result<ChangeSet> setLocked(Database& db, Id roundId, bool locked)
{
    return db.write(locked ? QObject::tr("Lock the groups") : QObject::tr("Unlock the groups"), [&](Writer& w) -> Status {
        auto r = openRound(db, w, roundId);
        if (!r)
            return std::unexpected(r.error());
        w.changes().description = locked ? QObject::tr("Lock the groups of round %1").arg(r->number)
                                         : QObject::tr("Unlock the groups of round %1").arg(r->number);
        w.changes().subject = roundId;
        return w.update(kRounds, roundId, {{QStringLiteral("locked"), locked ? 1 : 0}});
    });
}

Result<ChangeSet> movePerson(Database& db, Id roundId, Id personId, Id groupId)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Move %1").arg(person->fullName()), [&](Writer& w) -> Status {
        auto r = openRound(db, w, roundId);
        if (!r)
            return std::unexpected(r.error());
        if (auto s = refuseIfLocked(*r); !s)
            return s;
        if (auto p = registeredPerson(w, r->workshopId, personId); !p)
            return std::unexpected(p.error());
        auto number = w.scalar(QStringLiteral("SELECT number FROM discussion_groups WHERE id = ? AND round_id = ?"), {groupId, roundId});
        if (!number)
            return std::unexpected(number.error());
        if (number->isNull())
            return fail(QObject::tr("That group is not part of round %1.").arg(r->number));
        w.changes().description = QObject::tr("Move %1 to group %2").arg(person->fullName()).arg(number->toInt());
        w.changes().subject = personId;
        auto row = w.scalar(QStringLiteral("SELECT id FROM discussion_members WHERE round_id = ? AND person_id = ?"), {roundId, personId});
        if (!row)
            return std::unexpected(row.error());
        if (!row->isNull())
            return w.update(kMembers, row->toLongLong(), {{QStringLiteral("group_id"), groupId}, {QStringLiteral("pinned"), 1}});
        auto id = w.insert(kMembers, {{QStringLiteral("round_id"), roundId}, {QStringLiteral("group_id"), groupId},
                                      {QStringLiteral("person_id"), personId}, {QStringLiteral("pinned"), 1}});
        return id ? ok() : Status(std::unexpected(id.error()));
    });
}

Result<ChangeSet> setPinned(Database& db, Id roundId, Id personId, bool pinned)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(pinned ? QObject::tr("Pin %1").arg(person->fullName()) : QObject::tr("Unpin %1").arg(person->fullName()),
                    [&](Writer& w) -> Status {
                        auto r = openRound(db, w, roundId);
                        if (!r)
                            return std::unexpected(r.error());
                        w.changes().subject = personId;
                        auto row = w.scalar(QStringLiteral("SELECT id FROM discussion_members WHERE round_id = ? AND person_id = ?"),
                                            {roundId, personId});
                        if (!row)
                            return std::unexpected(row.error());
                        if (row->isNull())
                            return fail(QObject::tr("%1 is in no group of round %2.").arg(person->fullName()).arg(r->number));
                        return w.update(kMembers, row->toLongLong(), {{QStringLiteral("pinned"), pinned ? 1 : 0}});
                    });
}

Result<ChangeSet> setScribeNotes(Database& db, Id groupId, const QString& notes)
{
    return db.write(QObject::tr("Edit the scribe's notes"), [&](Writer& w) -> Status {
        auto roundId = w.scalar(QStringLiteral("SELECT round_id FROM discussion_groups WHERE id = ?"), {groupId});
        if (!roundId)
            return std::unexpected(roundId.error());
        if (roundId->isNull())
            return fail(QObject::tr("Discussion group %1 is not in this file.").arg(groupId));
        if (auto r = openRound(db, w, roundId->toLongLong()); !r)
            return std::unexpected(r.error());
        w.changes().subject = groupId;
        return w.update(kGroups, groupId, {{QStringLiteral("scribe_notes"), notes}});
    });
}

Result<ChangeSet> addItem(Database& db, Id roundId, std::optional<Id> groupId, const QString& text, ItemTag tag)
{
    if (auto s = checkText(text); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Add a report-out item"), [&](Writer& w) -> Status {
        auto r = openRound(db, w, roundId);
        if (!r)
            return std::unexpected(r.error());
        if (groupId) {
            auto owner = w.scalar(QStringLiteral("SELECT round_id FROM discussion_groups WHERE id = ?"), {*groupId});
            if (!owner)
                return std::unexpected(owner.error());
            if (owner->isNull() || owner->toLongLong() != roundId)
                return fail(QObject::tr("That group is not part of round %1.").arg(r->number));
        }
        const QVariant group = groupId ? QVariant(*groupId) : QVariant();
        auto last = w.scalar(QStringLiteral("SELECT coalesce(max(position), -1) FROM discussion_items WHERE round_id = ? AND group_id IS NOT DISTINCT FROM ?"),
                             {roundId, group});
        if (!last)
            return std::unexpected(last.error());
        auto id = w.insert(kItems, {{QStringLiteral("round_id"), roundId}, {QStringLiteral("group_id"), group},
                                    {QStringLiteral("text"), text.trimmed()}, {QStringLiteral("tag"), itemTagKey(tag)},
                                    {QStringLiteral("position"), last->toInt() + 1}});
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> updateItem(Database& db, Id itemId, const QString& text, ItemTag tag)
{
    if (auto s = checkText(text); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Edit a report-out item"), [&](Writer& w) -> Status {
        if (auto r = roundOfItem(db, w, itemId); !r)
            return std::unexpected(r.error());
        w.changes().subject = itemId;
        return w.update(kItems, itemId, {{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("tag"), itemTagKey(tag)}});
    });
}

Result<ChangeSet> removeItem(Database& db, Id itemId)
{
    return db.write(QObject::tr("Remove a report-out item"), [&](Writer& w) -> Status {
        if (auto r = roundOfItem(db, w, itemId); !r)
            return std::unexpected(r.error());
        if (auto s = w.removeWhere(kVotes, QStringLiteral("item_id"), itemId); !s)
            return s;
        return w.remove(kItems, itemId);
    });
}

Result<ChangeSet> vote(Database& db, Id itemId, Id personId, int dots)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    if (dots < 0)
        return fail(QObject::tr("Dots are 0 or more."));
    return db.write(QObject::tr("%1 votes").arg(person->fullName()), [&](Writer& w) -> Status {
        auto r = roundOfItem(db, w, itemId);
        if (!r)
            return std::unexpected(r.error());
        if (auto p = registeredPerson(w, r->workshopId, personId); !p)
            return std::unexpected(p.error());
        w.changes().subject = itemId;
        auto elsewhere = w.scalar(QStringLiteral("SELECT coalesce(sum(v.dots), 0) FROM discussion_votes v JOIN discussion_items i ON i.id = v.item_id "
                                                 "WHERE i.round_id = ? AND v.person_id = ? AND v.item_id <> ?"),
                                  {r->id, personId, itemId});
        if (!elsewhere)
            return std::unexpected(elsewhere.error());
        if (elsewhere->toInt() + dots > r->votesPerPerson)
            return fail(QObject::tr("%1 has %2 of the %3 dots of round %4 left.")
                            .arg(person->fullName())
                            .arg(r->votesPerPerson - elsewhere->toInt())
                            .arg(r->votesPerPerson)
                            .arg(r->number));
        auto row = w.scalar(QStringLiteral("SELECT id FROM discussion_votes WHERE item_id = ? AND person_id = ?"), {itemId, personId});
        if (!row)
            return std::unexpected(row.error());
        if (dots == 0)
            return row->isNull() ? ok() : w.remove(kVotes, row->toLongLong());
        if (!row->isNull())
            return w.update(kVotes, row->toLongLong(), {{QStringLiteral("dots"), dots}});
        auto id = w.insert(kVotes, {{QStringLiteral("item_id"), itemId}, {QStringLiteral("person_id"), personId}, {QStringLiteral("dots"), dots}});
        return id ? ok() : Status(std::unexpected(id.error()));
    });
}

Status removeAllOf(Writer& w, Id workshopId)
{
    auto q = w.query(QStringLiteral("SELECT id FROM discussion_rounds WHERE workshop_id = ?"), {workshopId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Id> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    q->finish();
    for (Id id : ids) {
        if (auto s = removeRoundRows(w, id); !s)
            return s;
    }
    return ok();
}

namespace {
Status unlinkWhere(Writer& w, const QString& where, Id value)
{
    auto q = w.query(QStringLiteral("SELECT r.id FROM discussion_rounds r JOIN agenda_items a ON a.id = r.agenda_item_id WHERE %1").arg(where),
                     {value});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Id> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    q->finish();
    for (Id id : ids) {
        if (auto s = w.update(kRounds, id, {{QStringLiteral("agenda_item_id"), QVariant()}}); !s)
            return s;
    }
    return ok();
}
} // namespace

Status unlinkAgendaItem(Writer& w, Id agendaItemId)
{
    return unlinkWhere(w, QStringLiteral("a.id = ?"), agendaItemId);
}

Status unlinkAgendaOf(Writer& w, Id workshopId)
{
    return unlinkWhere(w, QStringLiteral("a.workshop_id = ?"), workshopId);
}

} // namespace rt::discussions
