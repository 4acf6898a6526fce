// Action plans: the statuses, reading items back, and the quick-pick dates.

#include "actionplans/ActionPlans.h"

#include "actionplans/ActionRows.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

#include <QObject>

namespace rt {

const std::vector<ActionStatus>& allActionStatuses()
{
    static const std::vector<ActionStatus> statuses = {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Done,
                                                       ActionStatus::Blocked};
    return statuses;
}

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted: return QStringLiteral("not_started");
    case ActionStatus::InProgress: return QStringLiteral("in_progress");
    case ActionStatus::Done: return QStringLiteral("done");
    case ActionStatus::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    QString asKey = wanted;
    asKey.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (ActionStatus s : allActionStatuses()) {
        if (actionStatusKey(s) == asKey || actionStatusLabel(s).toLower() == wanted)
            return s;
    }
    return std::nullopt;
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted: return QObject::tr("Not started");
    case ActionStatus::InProgress: return QObject::tr("In progress");
    case ActionStatus::Done: return QObject::tr("Done");
    case ActionStatus::Blocked: return QObject::tr("Blocked");
    }
    return {};
}

namespace actionplans {
namespace detail {

QString itemColumns()
{
    return QStringLiteral("a.id, a.uuid, a.team_id, a.position, a.goal, a.actions, a.owner_person_id, "
                          "trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), a.due_date, a.status, "
                          "a.measure, a.pillar, a.practice_group_id, g.number, g.name, a.notes, a.origin, a.origin_uuid");
}

QString itemJoins()
{
    return QStringLiteral("LEFT JOIN people p ON p.id = a.owner_person_id "
                          "LEFT JOIN practice_groups g ON g.id = a.practice_group_id");
}

ActionItem itemFrom(const QSqlQuery& q, int c)
{
    ActionItem item;
    item.id = q.value(c).toLongLong();
    item.uuid = q.value(c + 1).toString();
    item.teamId = q.value(c + 2).toLongLong();
    item.position = q.value(c + 3).toInt();
    item.goal = q.value(c + 4).toString();
    item.actions = q.value(c + 5).toString();
    if (!q.value(c + 6).isNull()) {
        item.ownerId = q.value(c + 6).toLongLong();
        item.ownerName = q.value(c + 7).toString();
    }
    if (!q.value(c + 8).isNull())
        item.due = QDate::fromString(q.value(c + 8).toString(), Qt::ISODate);
    item.status = actionStatusFromKey(q.value(c + 9).toString()).value_or(ActionStatus::NotStarted);
    item.measure = q.value(c + 10).toString();
    if (!q.value(c + 11).isNull())
        item.pillar = q.value(c + 11).toInt();
    if (!q.value(c + 12).isNull()) {
        item.practiceGroupId = q.value(c + 12).toLongLong();
        item.practiceGroupLabel = PracticeGroup{*item.practiceGroupId, q.value(c + 13).toInt(), q.value(c + 14).toString()}.label();
    }
    item.notes = q.value(c + 15).toString();
    item.origin = q.value(c + 16).toString();
    item.originUuid = q.value(c + 17).toString();
    return item;
}

QString shortGoal(const QString& goal)
{
    constexpr int kLongest = 60;
    const QString simple = goal.simplified();
    return simple.size() <= kLongest ? simple : simple.left(kLongest - 1).trimmed() + QChar(0x2026);
}

} // namespace detail

namespace {

Result<std::vector<ActionItem>> select(const Database& db, const QString& where, const QString& order, const QVariantList& binds)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT %1 FROM action_items a %2 JOIN teams t ON t.id = a.team_id WHERE %3 ORDER BY %4")
                          .arg(detail::itemColumns(), detail::itemJoins(), where, order),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<ActionItem> result;
    while (q->next())
        result.push_back(detail::itemFrom(*q));
    return result;
}

} // namespace

QDate today()
{
    return currentUtc().toLocalTime().date();
}

Result<QDate> dueAfterWorkshop(const Database& db, Id workshopId, int days)
{
    if (days < 1)
        return fail(QObject::tr("Give the number of days after the workshop, 1 or more."));
    auto workshop = workshops::get(db, workshopId);
    if (!workshop)
        return std::unexpected(workshop.error());
    return workshop->endDate().addDays(days);
}

Result<std::vector<ActionItem>> items(const Database& db, Id teamId)
{
    auto team = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM teams WHERE id = ?"), {teamId});
    if (!team)
        return std::unexpected(team.error());
    if (team->isNull())
        return fail(QObject::tr("That team no longer exists."));
    return select(db, QStringLiteral("a.team_id = ?"), QStringLiteral("a.position, a.id"), {teamId});
}

Result<std::vector<ActionItem>> itemsOfWorkshop(const Database& db, Id workshopId)
{
    // Teams in the order the teams list shows them.
    return select(db, QStringLiteral("t.workshop_id = ?"), QStringLiteral("t.jurisdiction COLLATE NOCASE, t.id, a.position, a.id"),
                  {workshopId});
}

Result<ActionItem> get(const Database& db, Id itemId)
{
    auto found = select(db, QStringLiteral("a.id = ?"), QStringLiteral("a.id"), {itemId});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(QObject::tr("Action item %1 is not in this file.").arg(itemId));
    return found->front();
}

} // namespace actionplans
} // namespace rt
