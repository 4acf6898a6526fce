// Changing a team's action plan. Every change is one action; positions stay
// 0..n-1 within a team so that moves and the printed plan agree. Plans are
// follow-up work done after the workshop, so a closed workshop does not
// freeze them.

#include "actionplans/ActionPlans.h"

#include "actionplans/ActionRows.h"
#include "assessments/Pillars.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "storage/Positions.h"
#include "storage/Writer.h"

#include <QObject>

namespace rt::actionplans {
namespace {

using detail::kItems;
using detail::kUpdates;

struct TeamInfo {
    Id workshopId = 0;
    QString label; // "Salem, OR"
};

Result<TeamInfo> teamInfo(Writer& w, Id teamId)
{
    auto q = w.query(QStringLiteral("SELECT workshop_id, jurisdiction, state FROM teams WHERE id = ?"), {teamId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("That team no longer exists."));
    TeamInfo info{q->value(0).toLongLong(), teamLabel(q->value(1).toString(), q->value(2).toString())};
    q->finish();
    return info;
}

Result<QString> personName(Writer& w, Id personId)
{
    auto name = w.scalar(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM people WHERE id = ?"), {personId});
    if (!name)
        return std::unexpected(name.error());
    if (name->isNull())
        return fail(QObject::tr("Person %1 is not in this file.").arg(personId));
    return name->toString();
}

Status validate(Writer& w, const ActionItem& item, Id teamId)
{
    if (item.goal.trimmed().isEmpty())
        return fail(QObject::tr("An action item needs a goal."));
    if (item.pillar && !pillars::isValid(*item.pillar))
        return fail(QObject::tr("The pillar is a number from 1 to %1.").arg(pillars::count));
    if (item.due && !item.due->isValid())
        return fail(QObject::tr("The due date is not a valid date."));
    if (item.practiceGroupId) {
        auto group = w.scalar(QStringLiteral("SELECT id FROM practice_groups WHERE id = ?"), {*item.practiceGroupId});
        if (!group)
            return std::unexpected(group.error());
        if (group->isNull())
            return fail(QObject::tr("That practice group is not in this file."));
    }
    if (item.ownerId) {
        auto name = personName(w, *item.ownerId);
        if (!name)
            return std::unexpected(name.error());
        auto member = w.scalar(QStringLiteral("SELECT count(*) FROM team_members WHERE team_id = ? AND person_id = ?"),
                               {teamId, *item.ownerId});
        if (!member)
            return std::unexpected(member.error());
        if (member->toInt() == 0)
            return fail(QObject::tr("%1 is not a member of this team.").arg(*name));
    }
    return ok();
}

QVariantMap valuesOf(const ActionItem& item)
{
    return {{QStringLiteral("goal"), item.goal.trimmed()},
            {QStringLiteral("actions"), item.actions.trimmed()},
            {QStringLiteral("owner_person_id"), item.ownerId ? QVariant(*item.ownerId) : QVariant()},
            {QStringLiteral("due_date"), item.due ? QVariant(item.due->toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("status"), actionStatusKey(item.status)},
            {QStringLiteral("measure"), item.measure.trimmed()},
            {QStringLiteral("pillar"), item.pillar ? QVariant(*item.pillar) : QVariant()},
            {QStringLiteral("practice_group_id"), item.practiceGroupId ? QVariant(*item.practiceGroupId) : QVariant()},
            {QStringLiteral("notes"), item.notes.trimmed()},
            {QStringLiteral("origin"), item.origin.trimmed()},
            {QStringLiteral("origin_uuid"), item.originUuid.trimmed()}};
}

// Adds at the end of the team's plan; the new row is the action's subject.
Status insertItem(Writer& w, const ActionItem& item, Id teamId)
{
    if (auto s = validate(w, item, teamId); !s)
        return s;
    auto count = w.scalar(QStringLiteral("SELECT count(*) FROM action_items WHERE team_id = ?"), {teamId});
    if (!count)
        return std::unexpected(count.error());
    QVariantMap values = valuesOf(item);
    values.insert(QStringLiteral("team_id"), teamId);
    values.insert(QStringLiteral("position"), count->toInt());
    auto id = w.insert(kItems, values);
    if (!id)
        return std::unexpected(id.error());
    w.changes().subject = *id;
    return ok();
}

// The team's items in plan order.
Result<std::vector<Id>> order(Writer& w, Id teamId)
{
    return positions::ordered(w, kItems, QStringLiteral("team_id = ?"), {teamId});
}

struct StoredItem {
    Id teamId = 0;
    QString goal;
};

Result<StoredItem> storedItem(Writer& w, Id itemId)
{
    auto q = w.query(QStringLiteral("SELECT team_id, goal FROM action_items WHERE id = ?"), {itemId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Action item %1 is not in this file.").arg(itemId));
    StoredItem found{q->value(0).toLongLong(), q->value(1).toString()};
    q->finish();
    return found;
}

// One entry becomes at most one item per team.
Status refuseSecond(Writer& w, Id teamId, const QString& originUuid, const QString& message)
{
    auto taken = w.scalar(QStringLiteral("SELECT count(*) FROM action_items WHERE team_id = ? AND origin_uuid = ?"),
                          {teamId, originUuid});
    if (!taken)
        return std::unexpected(taken.error());
    return taken->toInt() > 0 ? Status(fail(message)) : ok();
}

// "Before: Dana Whitfield 2, Marcus Ortega 4. After: …", the team's own scores
// on the statement, so the item says what gap it is about.
Result<QString> scoresOf(Writer& w, Id teamId, Id questionId)
{
    auto q = w.query(QStringLiteral("SELECT a.phase, trim(p.first_name || ' ' || p.last_name), a.score FROM assessment_answers a "
                                    "JOIN team_members m ON m.person_id = a.person_id AND m.workshop_id = a.workshop_id "
                                    "JOIN people p ON p.id = a.person_id "
                                    "WHERE m.team_id = ? AND a.question_id = ? AND a.score IS NOT NULL "
                                    "ORDER BY CASE a.phase WHEN 'before' THEN 0 ELSE 1 END, p.last_name COLLATE NOCASE, p.id"),
                     {teamId, questionId});
    if (!q)
        return std::unexpected(q.error());
    QStringList before;
    QStringList after;
    while (q->next()) {
        const QString score = QStringLiteral("%1 %2").arg(q->value(1).toString()).arg(q->value(2).toInt());
        (q->value(0).toString() == QLatin1String("before") ? before : after) << score;
    }
    QStringList parts;
    if (!before.isEmpty())
        parts << QObject::tr("Scores before the workshop: %1.").arg(before.join(QStringLiteral(", ")));
    if (!after.isEmpty())
        parts << QObject::tr("Scores after the workshop: %1.").arg(after.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace

Result<ChangeSet> add(Database& db, const ActionItem& item)
{
    return db.write(QObject::tr("Add an action item"), [&](Writer& w) -> Status {
        auto team = teamInfo(w, item.teamId);
        if (!team)
            return std::unexpected(team.error());
        w.changes().description = QObject::tr("Add “%1” to the %2 action plan").arg(detail::shortGoal(item.goal), team->label);
        return insertItem(w, item, item.teamId);
    });
}

Result<ChangeSet> update(Database& db, const ActionItem& item)
{
    return db.write(QObject::tr("Edit an action item"), [&](Writer& w) -> Status {
        auto stored = storedItem(w, item.id);
        if (!stored)
            return std::unexpected(stored.error());
        auto team = teamInfo(w, stored->teamId);
        if (!team)
            return std::unexpected(team.error());
        if (auto s = validate(w, item, stored->teamId); !s)
            return s;
        w.changes().description = QObject::tr("Edit “%1” in the %2 action plan").arg(detail::shortGoal(item.goal), team->label);
        w.changes().subject = item.id;
        return w.update(kItems, item.id, valuesOf(item));
    });
}

Result<ChangeSet> remove(Database& db, Id itemId)
{
    return db.write(QObject::tr("Delete an action item"), [&](Writer& w) -> Status {
        auto stored = storedItem(w, itemId);
        if (!stored)
            return std::unexpected(stored.error());
        auto team = teamInfo(w, stored->teamId);
        if (!team)
            return std::unexpected(team.error());
        w.changes().description = QObject::tr("Delete “%1” from the %2 action plan").arg(detail::shortGoal(stored->goal), team->label);
        w.changes().subject = itemId;
        if (auto s = w.removeWhere(kUpdates, QStringLiteral("action_item_id"), itemId); !s)
            return s;
        if (auto s = w.remove(kItems, itemId); !s)
            return s;
        return positions::tidy(w, kItems, QStringLiteral("team_id = ?"), {stored->teamId});
    });
}

Result<ChangeSet> move(Database& db, Id itemId, int to)
{
    return db.write(QObject::tr("Move an action item"), [&](Writer& w) -> Status {
        auto stored = storedItem(w, itemId);
        if (!stored)
            return std::unexpected(stored.error());
        auto team = teamInfo(w, stored->teamId);
        if (!team)
            return std::unexpected(team.error());
        w.changes().description = QObject::tr("Move “%1” in the %2 action plan").arg(detail::shortGoal(stored->goal), team->label);
        w.changes().subject = itemId;
        return positions::move(w, kItems, QStringLiteral("team_id = ?"), {stored->teamId}, itemId, to);
    });
}

Result<ChangeSet> addFromParkingLot(Database& db, Id teamId, Id discussionItemId)
{
    return db.write(QObject::tr("Add a parking-lot entry to an action plan"), [&](Writer& w) -> Status {
        auto team = teamInfo(w, teamId);
        if (!team)
            return std::unexpected(team.error());
        auto q = w.query(QStringLiteral("SELECT i.uuid, i.text, i.tag, r.number, r.workshop_id FROM discussion_items i "
                                        "JOIN discussion_rounds r ON r.id = i.round_id WHERE i.id = ?"),
                         {discussionItemId});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(QObject::tr("Report-out item %1 is not in this file.").arg(discussionItemId));
        ActionItem item;
        item.teamId = teamId;
        item.originUuid = q->value(0).toString();
        item.goal = q->value(1).toString();
        const bool parked = q->value(2).toString() == QLatin1String("parking_lot");
        const int round = q->value(3).toInt();
        const Id workshopId = q->value(4).toLongLong();
        q->finish();
        if (!parked)
            return fail(QObject::tr("“%1” is not in the parking lot; only parking-lot entries become action items this way.")
                            .arg(detail::shortGoal(item.goal)));
        if (workshopId != team->workshopId)
            return fail(QObject::tr("That parking-lot entry was raised at another workshop than the %1 team's.").arg(team->label));
        if (auto s = refuseSecond(w, teamId, item.originUuid,
                                  QObject::tr("The %1 action plan already has an item from this parking-lot entry.").arg(team->label));
            !s)
            return s;
        item.origin = QObject::tr("Parking lot, round %1").arg(round);
        w.changes().description = QObject::tr("Add “%1” to the %2 action plan").arg(detail::shortGoal(item.goal), team->label);
        return insertItem(w, item, teamId);
    });
}

Result<ChangeSet> addFromGap(Database& db, Id teamId, Id questionId)
{
    return db.write(QObject::tr("Add an assessment gap to an action plan"), [&](Writer& w) -> Status {
        auto team = teamInfo(w, teamId);
        if (!team)
            return std::unexpected(team.error());
        auto q = w.query(QStringLiteral("SELECT q.uuid, q.text, q.pillar, t.name FROM assessment_questions q "
                                        "JOIN assessment_templates t ON t.id = q.template_id WHERE q.id = ?"),
                         {questionId});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(QObject::tr("Statement %1 is not in this file.").arg(questionId));
        ActionItem item;
        item.teamId = teamId;
        item.originUuid = q->value(0).toString();
        const QString statement = q->value(1).toString().trimmed();
        if (!q->value(2).isNull())
            item.pillar = q->value(2).toInt();
        item.origin = QObject::tr("Assessment gap: %1").arg(q->value(3).toString());
        q->finish();
        auto scores = scoresOf(w, teamId, questionId);
        if (!scores)
            return std::unexpected(scores.error());
        // The answers must be from this team at its own workshop: without
        // them there is no gap to close.
        if (scores->isEmpty())
            return fail(QObject::tr("Nobody on the %1 team has scored “%2” yet, so there is no gap to act on.")
                            .arg(team->label, detail::shortGoal(statement)));
        if (auto s = refuseSecond(w, teamId, item.originUuid,
                                  QObject::tr("The %1 action plan already has an item for this statement.").arg(team->label));
            !s)
            return s;
        item.goal = QObject::tr("Close the gap: %1").arg(statement);
        item.notes = *scores;
        w.changes().description = QObject::tr("Add “%1” to the %2 action plan").arg(detail::shortGoal(item.goal), team->label);
        return insertItem(w, item, teamId);
    });
}

Status removeOfTeam(Writer& w, Id teamId)
{
    auto ids = order(w, teamId);
    if (!ids)
        return std::unexpected(ids.error());
    for (Id id : *ids) {
        if (auto s = w.removeWhere(kUpdates, QStringLiteral("action_item_id"), id); !s)
            return s;
        if (auto s = w.remove(kItems, id); !s)
            return s;
    }
    return ok();
}

Status releaseOwner(Writer& w, Id teamId, Id personId)
{
    auto q = w.query(QStringLiteral("SELECT id FROM action_items WHERE team_id = ? AND owner_person_id = ?"), {teamId, personId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Id> owned;
    while (q->next())
        owned.push_back(q->value(0).toLongLong());
    q->finish();
    if (owned.empty())
        return ok();
    for (Id id : owned) {
        if (auto s = w.update(kItems, id, {{QStringLiteral("owner_person_id"), QVariant()}}); !s)
            return s;
    }
    auto name = personName(w, personId);
    if (!name)
        return std::unexpected(name.error());
    w.changes().addNotice(QObject::tr("%1 no longer owns %n action item(s).", nullptr, int(owned.size())).arg(*name));
    return ok();
}

} // namespace rt::actionplans
