#include "agenda/Agenda.h"

#include "attendance/Attendance.h"
#include "common/Clock.h"
#include "discussions/Discussions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Positions.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QObject>
#include <algorithm>

namespace rt {

int AgendaTemplate::dayCount() const
{
    int days = 0;
    for (const AgendaItem& i : items)
        days = std::max(days, i.day);
    return days;
}

namespace agenda {
namespace {

const QString kItems = QStringLiteral("agenda_items");
const QString kColumns = QStringLiteral(
    "a.id, a.workshop_id, a.day, a.position, a.kind, a.title, a.presenter_id, coalesce(f.name, ''), a.module, a.notes, a.prompt, "
    "a.minutes, a.fixed_start, a.actual_start, a.actual_end, a.extra_minutes, a.paused_since, a.paused_seconds, a.uuid");

QDateTime utcFrom(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

AgendaItem itemFrom(const QSqlQuery& q)
{
    AgendaItem i;
    i.id = q.value(0).toLongLong();
    i.workshopId = q.value(1).toLongLong();
    i.day = q.value(2).toInt();
    i.position = q.value(3).toInt();
    i.kind = agendaKindFromKey(q.value(4).toString()).value_or(AgendaKind::Presentation);
    i.title = q.value(5).toString();
    if (!q.value(6).isNull())
        i.presenterId = q.value(6).toLongLong();
    i.presenterName = q.value(7).toString();
    i.module = q.value(8).toString();
    i.notes = q.value(9).toString();
    i.prompt = q.value(10).toString();
    i.minutes = q.value(11).toInt();
    i.fixedStart = blocks::timeFromKey(q.value(12).toString());
    i.actualStart = utcFrom(q.value(13).toString());
    i.actualEnd = utcFrom(q.value(14).toString());
    i.extraMinutes = q.value(15).toInt();
    i.pausedSince = utcFrom(q.value(16).toString());
    i.pausedSeconds = q.value(17).toInt();
    i.uuid = q.value(18).toString();
    return i;
}

QVariantMap plannedValues(const AgendaItem& i)
{
    return {{QStringLiteral("day"), i.day},
            {QStringLiteral("kind"), agendaKindKey(i.kind)},
            {QStringLiteral("title"), i.title.trimmed()},
            {QStringLiteral("presenter_id"), i.presenterId ? QVariant(*i.presenterId) : QVariant()},
            {QStringLiteral("module"), i.module.trimmed()},
            {QStringLiteral("notes"), i.notes},
            {QStringLiteral("prompt"), i.prompt.trimmed()},
            {QStringLiteral("minutes"), i.minutes},
            {QStringLiteral("fixed_start"), blocks::timeKey(i.fixedStart)}};
}

Result<std::vector<AgendaItem>> select(const QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    auto q = sql::run(db, QStringLiteral("SELECT %1 FROM agenda_items a LEFT JOIN facilitators f ON f.id = a.presenter_id WHERE %2 "
                                         "ORDER BY a.day, a.position, a.id")
                              .arg(kColumns, where),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<AgendaItem> result;
    while (q->next())
        result.push_back(itemFrom(*q));
    return result;
}

struct WorkshopFacts {
    QString title;
    int days = 1;
    bool closed = false;
};

Result<WorkshopFacts> facts(Writer& w, Id workshopId)
{
    auto q = w.query(QStringLiteral("SELECT title, half_days, status FROM workshops WHERE id = ?"), {workshopId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    WorkshopFacts f{q->value(0).toString(), (q->value(1).toInt() + 1) / 2, q->value(2).toString() == QLatin1String("closed")};
    q->finish();
    return f;
}

// Numbers a day's items 0, 1, 2... in the given order.
Status renumber(Writer& w, const std::vector<Id>& order)
{
    return positions::renumber(w, kItems, order);
}

Result<std::vector<Id>> dayOrder(Writer& w, Id workshopId, int day)
{
    return positions::ordered(w, kItems, QStringLiteral("workshop_id = ? AND day = ?"), {workshopId, day});
}

Status refuseIfPresenterElsewhere(Writer& w, Id workshopId, const std::optional<Id>& presenter)
{
    if (!presenter)
        return ok();
    auto linked = w.scalar(QStringLiteral("SELECT count(*) FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?"),
                           {workshopId, *presenter});
    if (!linked)
        return std::unexpected(linked.error());
    if (linked->toInt() == 0)
        return fail(QObject::tr("The presenter must be one of this workshop's facilitators. Add them on the Overview tab first."));
    return ok();
}

Status refuseIfRunning(Writer& w, Id workshopId)
{
    auto started = w.scalar(QStringLiteral("SELECT count(*) FROM agenda_items WHERE workshop_id = ? AND actual_start <> ''"), {workshopId});
    if (!started)
        return std::unexpected(started.error());
    if (started->toInt() > 0)
        return fail(QObject::tr("This workshop's agenda has already been run live, so it cannot be replaced. Edit its items "
                                "instead, or reset the live record on the Agenda tab first."));
    return ok();
}

// Replaces the agenda with `items` (their day and order kept).
Status replaceItems(Writer& w, Id workshopId, const std::vector<AgendaItem>& items, int days)
{
    if (auto s = refuseIfRunning(w, workshopId); !s)
        return s;
    if (auto s = discussions::unlinkAgendaOf(w, workshopId); !s)
        return s;
    if (auto s = w.removeWhere(kItems, QStringLiteral("workshop_id"), workshopId); !s)
        return s;
    std::vector<int> nextPosition(15, 0);
    int skipped = 0;
    for (const AgendaItem& item : items) {
        if (item.day > days) {
            ++skipped;
            continue;
        }
        QVariantMap values = plannedValues(item);
        values.insert(QStringLiteral("workshop_id"), workshopId);
        values.insert(QStringLiteral("position"), nextPosition[size_t(item.day)]++);
        values.insert(QStringLiteral("presenter_id"), QVariant()); // presenters belong to their own workshop
        if (auto id = w.insert(kItems, values); !id)
            return std::unexpected(id.error());
    }
    if (skipped > 0)
        w.changes().addNotice(QObject::tr("This workshop has %n day(s),", nullptr, days) + QLatin1Char(' ')
                              + QObject::tr("so %n item(s) for later days were left out.", nullptr, skipped));
    return ok();
}

} // namespace

Result<std::vector<AgendaItem>> itemsOf(const Database& db, Id workshopId)
{
    return select(db.connection(), QStringLiteral("a.workshop_id = ?"), {workshopId});
}

Result<std::vector<AgendaItem>> dayOf(const Database& db, Id workshopId, int day)
{
    return select(db.connection(), QStringLiteral("a.workshop_id = ? AND a.day = ?"), {workshopId, day});
}

Result<AgendaItem> item(const Database& db, Id itemId)
{
    auto found = select(db.connection(), QStringLiteral("a.id = ?"), {itemId});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(QObject::tr("Agenda item %1 is not in this file.").arg(itemId));
    return found->front();
}

Result<DayWindow> dayWindow(const Database& db, Id workshopId, int day)
{
    auto list = attendance::blocksOf(db, workshopId);
    if (!list)
        return std::unexpected(list.error());
    DayWindow window;
    auto workshop = workshops::get(db, workshopId);
    if (!workshop)
        return std::unexpected(workshop.error());
    window.date = workshop->startDate.addDays(day - 1);
    bool any = false;
    for (const AttendanceBlock& b : *list) {
        if (b.day != day)
            continue;
        if (!any || b.starts < window.starts)
            window.starts = b.starts;
        if (!any || b.ends > window.ends)
            window.ends = b.ends;
        any = true;
    }
    return window;
}

Result<ChangeSet> addItem(Database& db, const AgendaItem& item, std::optional<int> position)
{
    return db.write(QObject::tr("Add “%1” to the agenda").arg(item.title.trimmed()), [&](Writer& w) -> Status {
        auto f = facts(w, item.workshopId);
        if (!f)
            return std::unexpected(f.error());
        if (auto s = validate(item, f->days); !s)
            return s;
        if (auto s = refuseIfPresenterElsewhere(w, item.workshopId, item.presenterId); !s)
            return s;
        auto order = dayOrder(w, item.workshopId, item.day);
        if (!order)
            return std::unexpected(order.error());
        QVariantMap values = plannedValues(item);
        values.insert(QStringLiteral("workshop_id"), item.workshopId);
        values.insert(QStringLiteral("position"), int(order->size()));
        auto id = w.insert(kItems, values);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        const int at = std::clamp(position.value_or(int(order->size())), 0, int(order->size()));
        order->insert(order->begin() + at, *id);
        return renumber(w, *order);
    });
}

Result<ChangeSet> updateItem(Database& db, const AgendaItem& item)
{
    return db.write(QObject::tr("Edit “%1”").arg(item.title.trimmed()), [&](Writer& w) -> Status {
        auto f = facts(w, item.workshopId);
        if (!f)
            return std::unexpected(f.error());
        if (auto s = validate(item, f->days); !s)
            return s;
        if (auto s = refuseIfPresenterElsewhere(w, item.workshopId, item.presenterId); !s)
            return s;
        auto current = w.query(QStringLiteral("SELECT day FROM agenda_items WHERE id = ? AND workshop_id = ?"), {item.id, item.workshopId});
        if (!current)
            return std::unexpected(current.error());
        if (!current->next())
            return fail(QObject::tr("Agenda item %1 is not in this workshop.").arg(item.id));
        const int oldDay = current->value(0).toInt();
        current->finish();
        w.changes().subject = item.id;
        QVariantMap values = plannedValues(item);
        if (oldDay != item.day) {
            // A new day: it goes to the end of that day.
            auto order = dayOrder(w, item.workshopId, item.day);
            if (!order)
                return std::unexpected(order.error());
            values.insert(QStringLiteral("position"), int(order->size()));
        }
        if (auto s = w.update(kItems, item.id, values); !s)
            return s;
        if (oldDay != item.day) {
            auto old = dayOrder(w, item.workshopId, oldDay);
            if (!old)
                return std::unexpected(old.error());
            return renumber(w, *old);
        }
        return ok();
    });
}

Result<ChangeSet> removeItem(Database& db, Id itemId)
{
    auto existing = item(db, itemId);
    if (!existing)
        return std::unexpected(existing.error());
    return db.write(QObject::tr("Remove “%1” from the agenda").arg(existing->title), [&](Writer& w) -> Status {
        if (auto s = discussions::unlinkAgendaItem(w, itemId); !s)
            return s;
        if (auto s = w.remove(kItems, itemId); !s)
            return s;
        auto order = dayOrder(w, existing->workshopId, existing->day);
        if (!order)
            return std::unexpected(order.error());
        return renumber(w, *order);
    });
}

Result<ChangeSet> moveItem(Database& db, Id itemId, int day, int position)
{
    auto existing = item(db, itemId);
    if (!existing)
        return std::unexpected(existing.error());
    return db.write(QObject::tr("Move “%1”").arg(existing->title), [&](Writer& w) -> Status {
        auto f = facts(w, existing->workshopId);
        if (!f)
            return std::unexpected(f.error());
        if (day < 1 || day > f->days)
            return fail(QObject::tr("The workshop has no day %1.").arg(day));
        w.changes().subject = itemId;
        auto from = dayOrder(w, existing->workshopId, existing->day);
        if (!from)
            return std::unexpected(from.error());
        from->erase(std::remove(from->begin(), from->end(), itemId), from->end());
        if (day != existing->day) {
            if (auto s = w.update(kItems, itemId, {{QStringLiteral("day"), day}}); !s)
                return s;
            if (auto s = renumber(w, *from); !s)
                return s;
            auto to = dayOrder(w, existing->workshopId, day);
            if (!to)
                return std::unexpected(to.error());
            to->erase(std::remove(to->begin(), to->end(), itemId), to->end());
            from = std::move(to);
        }
        const int at = std::clamp(position, 0, int(from->size()));
        from->insert(from->begin() + at, itemId);
        return renumber(w, *from);
    });
}

Result<std::vector<AgendaTemplate>> templates(const Database& db)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT id, name, description FROM agenda_templates ORDER BY name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<AgendaTemplate> result;
    while (q->next())
        result.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), {}});
    auto items = sql::run(db.connection(), QStringLiteral("SELECT template_id, day, position, kind, title, module, notes, prompt, minutes, "
                                                          "fixed_start, id FROM agenda_template_items ORDER BY template_id, day, position"));
    if (!items)
        return std::unexpected(items.error());
    while (items->next()) {
        auto t = std::find_if(result.begin(), result.end(), [&](const AgendaTemplate& t) { return t.id == items->value(0).toLongLong(); });
        if (t == result.end())
            continue;
        AgendaItem i;
        i.id = items->value(10).toLongLong();
        i.day = items->value(1).toInt();
        i.position = items->value(2).toInt();
        i.kind = agendaKindFromKey(items->value(3).toString()).value_or(AgendaKind::Presentation);
        i.title = items->value(4).toString();
        i.module = items->value(5).toString();
        i.notes = items->value(6).toString();
        i.prompt = items->value(7).toString();
        i.minutes = items->value(8).toInt();
        i.fixedStart = blocks::timeFromKey(items->value(9).toString());
        t->items.push_back(i);
    }
    return result;
}

Result<ChangeSet> applyTemplate(Database& db, Id workshopId, Id templateId)
{
    auto all = templates(db);
    if (!all)
        return std::unexpected(all.error());
    auto t = std::find_if(all->begin(), all->end(), [&](const AgendaTemplate& t) { return t.id == templateId; });
    if (t == all->end())
        return fail(QObject::tr("Agenda template %1 is not in this file.").arg(templateId));
    return db.write(QObject::tr("Use the agenda “%1”").arg(t->name), [&](Writer& w) -> Status {
        auto f = facts(w, workshopId);
        if (!f)
            return std::unexpected(f.error());
        w.changes().subject = workshopId;
        return replaceItems(w, workshopId, t->items, f->days);
    });
}

Result<ChangeSet> copyFrom(Database& db, Id workshopId, Id sourceWorkshopId)
{
    if (workshopId == sourceWorkshopId)
        return fail(QObject::tr("Choose another workshop to copy the agenda from."));
    auto source = itemsOf(db, sourceWorkshopId);
    if (!source)
        return std::unexpected(source.error());
    if (source->empty())
        return fail(QObject::tr("That workshop has no agenda to copy."));
    return db.write(QObject::tr("Copy another workshop's agenda"), [&](Writer& w) -> Status {
        auto f = facts(w, workshopId);
        if (!f)
            return std::unexpected(f.error());
        w.changes().subject = workshopId;
        return replaceItems(w, workshopId, *source, f->days);
    });
}

Result<ChangeSet> saveAsTemplate(Database& db, Id workshopId, const QString& name, const QString& description)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return fail(QObject::tr("A template needs a name."));
    auto items = itemsOf(db, workshopId);
    if (!items)
        return std::unexpected(items.error());
    if (items->empty())
        return fail(QObject::tr("This workshop has no agenda yet, so there is nothing to save as a template."));
    return db.write(QObject::tr("Save the agenda as “%1”").arg(clean), [&](Writer& w) -> Status {
        auto taken = w.scalar(QStringLiteral("SELECT count(*) FROM agenda_templates WHERE name = ?"), {clean});
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->toInt() > 0)
            return fail(QObject::tr("There is already a template called “%1”. Choose another name.").arg(clean));
        auto id = w.insert(QStringLiteral("agenda_templates"), {{QStringLiteral("name"), clean}, {QStringLiteral("description"), description.trimmed()}});
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        for (const AgendaItem& i : *items) {
            QVariantMap values = plannedValues(i);
            values.remove(QStringLiteral("presenter_id"));
            values.insert(QStringLiteral("template_id"), *id);
            values.insert(QStringLiteral("position"), i.position);
            if (auto row = w.insert(QStringLiteral("agenda_template_items"), values); !row)
                return std::unexpected(row.error());
        }
        return ok();
    });
}

Result<ChangeSet> removeTemplate(Database& db, Id templateId)
{
    return db.write(QObject::tr("Delete an agenda template"), [&](Writer& w) -> Status {
        if (auto s = w.removeWhere(QStringLiteral("agenda_template_items"), QStringLiteral("template_id"), templateId); !s)
            return s;
        return w.remove(QStringLiteral("agenda_templates"), templateId);
    });
}

Status removeAllOf(Writer& w, Id workshopId)
{
    if (auto s = discussions::unlinkAgendaOf(w, workshopId); !s)
        return s;
    return w.removeWhere(kItems, QStringLiteral("workshop_id"), workshopId);
}

Status refuseShorteningPastItems(Writer& w, Id workshopId, int halfDays)
{
    const int days = (halfDays + 1) / 2;
    auto later = w.scalar(QStringLiteral("SELECT count(*) FROM agenda_items WHERE workshop_id = ? AND day > ?"), {workshopId, days});
    if (!later)
        return std::unexpected(later.error());
    if (later->toInt() > 0)
        return fail(QObject::tr("The agenda has %n item(s) after day %1. Move or remove them on the Agenda tab before shortening "
                                "the workshop.",
                                nullptr, later->toInt())
                        .arg(days));
    return ok();
}

} // namespace agenda
} // namespace rt
