// Follow-up on an action item: a dated note with the status it was found in.
// The item's own status follows its newest update, in the same action.

#include "actionplans/ActionPlans.h"

#include "actionplans/ActionRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>

namespace rt::actionplans {

Result<ChangeSet> recordUpdate(Database& db, Id itemId, const QDate& date, ActionStatus status, const QString& note)
{
    if (!date.isValid())
        return fail(QObject::tr("Give the date of the update."));
    if (date > today())
        return fail(QObject::tr("An update can't be dated after today."));
    return db.write(QObject::tr("Record an update"), [&](Writer& w) -> Status {
        auto goal = w.scalar(QStringLiteral("SELECT goal FROM action_items WHERE id = ?"), {itemId});
        if (!goal)
            return std::unexpected(goal.error());
        if (goal->isNull())
            return fail(QObject::tr("Action item %1 is not in this file.").arg(itemId));
        w.changes().description = QObject::tr("Record an update on “%1”").arg(detail::shortGoal(goal->toString()));
        auto id = w.insert(detail::kUpdates, {{QStringLiteral("action_item_id"), itemId},
                                              {QStringLiteral("on_date"), date.toString(Qt::ISODate)},
                                              {QStringLiteral("status"), actionStatusKey(status)},
                                              {QStringLiteral("note"), note.trimmed()}});
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        // The item stands where its newest update says: an update filled in
        // later for an earlier date does not undo a later one.
        auto newest = w.scalar(QStringLiteral("SELECT status FROM action_updates WHERE action_item_id = ? "
                                              "ORDER BY on_date DESC, id DESC LIMIT 1"),
                               {itemId});
        if (!newest)
            return std::unexpected(newest.error());
        return w.update(detail::kItems, itemId, {{QStringLiteral("status"), newest->toString()}});
    });
}

Result<std::vector<ActionUpdate>> updates(const Database& db, Id itemId)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT id, on_date, status, note FROM action_updates WHERE action_item_id = ? "
                                     "ORDER BY on_date DESC, id DESC"),
                      {itemId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<ActionUpdate> result;
    while (q->next()) {
        ActionUpdate u;
        u.id = q->value(0).toLongLong();
        u.itemId = itemId;
        u.date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        u.status = actionStatusFromKey(q->value(2).toString()).value_or(ActionStatus::NotStarted);
        u.note = q->value(3).toString();
        result.push_back(u);
    }
    return result;
}

} // namespace rt::actionplans
