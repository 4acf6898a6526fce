#include "workshops/Workshops.h"

#include "actionplans/ActionPlans.h"
#include "agenda/Agenda.h"
#include "assessments/Assessments.h"
#include "attendance/Attendance.h"
#include "discussions/Discussions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workload/Workload.h"

#include <QObject>

namespace rt::workshops {
namespace {

const QString kTable = QStringLiteral("workshops");

// One pass over the enrollments and teams, grouped, rather than a count per
// workshop: the list of 500 workshops stays a few milliseconds.
const QString kSelect = QStringLiteral(
    "SELECT w.id, w.uuid, w.program_id, w.title, w.venue_id, w.start_date, w.half_days, w.capacity, "
    "w.host_organisation, w.host_state, w.affiliated, w.status, w.notes, "
    "coalesce(p.title, ''), coalesce(v.name, ''), coalesce(v.city, ''), coalesce(v.state, ''), "
    "coalesce(e.registered, 0), coalesce(e.waitlisted, 0), coalesce(e.cancelled, 0), coalesce(t.teams, 0) "
    "FROM workshops w LEFT JOIN programs p ON p.id = w.program_id LEFT JOIN venues v ON v.id = w.venue_id "
    "LEFT JOIN (SELECT workshop_id, count(*) FILTER (WHERE status = 'registered') AS registered, "
    "           count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted, "
    "           count(*) FILTER (WHERE status = 'cancelled') AS cancelled FROM enrollments %1 GROUP BY workshop_id) e ON e.workshop_id = w.id "
    "LEFT JOIN (SELECT workshop_id, count(*) AS teams FROM teams %1 GROUP BY workshop_id) t ON t.workshop_id = w.id ");

std::optional<Id> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

WorkshopSummary summaryFrom(const QSqlQuery& q)
{
    WorkshopSummary s;
    Workshop& w = s.workshop;
    w.id = q.value(0).toLongLong();
    w.uuid = q.value(1).toString();
    w.programId = optionalId(q.value(2));
    w.title = q.value(3).toString();
    w.venueId = optionalId(q.value(4));
    w.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    w.halfDays = q.value(6).toInt();
    w.capacity = q.value(7).toInt();
    w.hostOrganisation = q.value(8).toString();
    w.hostState = q.value(9).toString();
    w.affiliated = q.value(10).toInt() != 0;
    w.status = workshopStatusFromKey(q.value(11).toString()).value_or(WorkshopStatus::Planned);
    w.notes = q.value(12).toString();
    s.programTitle = q.value(13).toString();
    s.venueName = q.value(14).toString();
    s.venueCity = q.value(15).toString();
    s.venueState = q.value(16).toString();
    s.registered = q.value(17).toInt();
    s.waitlisted = q.value(18).toInt();
    s.cancelled = q.value(19).toInt();
    s.teams = q.value(20).toInt();
    return s;
}

QVariantMap valuesOf(const Workshop& w)
{
    return {
        {QStringLiteral("program_id"), w.programId ? QVariant(*w.programId) : QVariant()},
        {QStringLiteral("title"), w.title.trimmed()},
        {QStringLiteral("venue_id"), w.venueId ? QVariant(*w.venueId) : QVariant()},
        {QStringLiteral("start_date"), w.startDate.toString(Qt::ISODate)},
        {QStringLiteral("half_days"), w.halfDays},
        {QStringLiteral("capacity"), w.capacity},
        {QStringLiteral("host_organisation"), w.hostOrganisation.trimmed()},
        {QStringLiteral("host_state"), w.hostState.trimmed()},
        {QStringLiteral("affiliated"), w.affiliated ? 1 : 0},
        {QStringLiteral("status"), statusKey(w.status)},
        {QStringLiteral("notes"), w.notes},
    };
}

// Inserts the new venue, if any, and points the workshop's values at it.
Status placeAtNewVenue(Writer& w, const std::optional<Venue>& venue, QVariantMap& values)
{
    if (!venue)
        return ok();
    auto id = w.insert(QStringLiteral("venues"), venues::valuesOf(*venue));
    if (!id)
        return std::unexpected(id.error());
    values.insert(QStringLiteral("venue_id"), *id);
    return ok();
}

} // namespace

Status validate(const Workshop& w)
{
    if (w.title.trimmed().isEmpty())
        return fail(QObject::tr("A workshop needs a title."));
    if (!w.startDate.isValid())
        return fail(QObject::tr("A workshop needs a start date."));
    if (w.halfDays < 1 || w.halfDays > 28)
        return fail(QObject::tr("A workshop lasts from half a day to fourteen days."));
    if (w.capacity < 1 || w.capacity > 10000)
        return fail(QObject::tr("The number of places must be between 1 and 10,000."));
    return ok();
}

Result<std::vector<WorkshopSummary>> list(const Database& db, Counts counts)
{
    // Skipping counts: the joined subqueries match nothing and cost nothing.
    // `WHERE 0` is SQLite only: the server wants a boolean.
    const QString filter = counts == Counts::Include ? QString() : QStringLiteral("WHERE 1 = 0");
    auto q = sql::run(db.connection(), kSelect.arg(filter) + QStringLiteral("ORDER BY w.start_date DESC, w.id DESC"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<WorkshopSummary> result;
    while (q->next())
        result.push_back(summaryFrom(*q));
    return result;
}

Result<WorkshopSummary> summary(const Database& db, Id id)
{
    auto q = sql::run(db.connection(), kSelect.arg(QStringLiteral("WHERE workshop_id = ?")) + QStringLiteral("WHERE w.id = ?"), {id, id, id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Workshop %1 is not in this file. Run “info” to list the workshops it holds.").arg(id));
    WorkshopSummary s = summaryFrom(*q);
    q->finish();
    return s;
}

Result<Workshop> get(const Database& db, Id id)
{
    auto s = summary(db, id);
    if (!s)
        return std::unexpected(s.error());
    return s->workshop;
}

Result<ChangeSet> create(Database& db, const Workshop& workshop, const std::optional<Venue>& newVenue, const blocks::DayPlan& day)
{
    if (auto status = validate(workshop); !status)
        return std::unexpected(status.error());
    if (!day.empty()) {
        if (auto status = blocks::validateDay(day); !status)
            return std::unexpected(status.error());
    }
    if (newVenue) {
        if (auto status = venues::validate(*newVenue); !status)
            return std::unexpected(status.error());
    }
    return db.write(QObject::tr("Create workshop “%1”").arg(workshop.title.trimmed()), [&](Writer& w) -> Status {
        QVariantMap values = valuesOf(workshop);
        if (auto placed = placeAtNewVenue(w, newVenue, values); !placed)
            return placed;
        auto id = w.insert(kTable, values);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return attendance::addDefaultBlocks(w, *id, workshop.halfDays, day);
    });
}

Result<ChangeSet> update(Database& db, const Workshop& workshop, const std::optional<Venue>& newVenue)
{
    if (auto status = validate(workshop); !status)
        return std::unexpected(status.error());
    if (newVenue) {
        if (auto status = venues::validate(*newVenue); !status)
            return std::unexpected(status.error());
    }
    return db.write(QObject::tr("Edit workshop “%1”").arg(workshop.title.trimmed()), [&](Writer& w) -> Status {
        auto registered = w.scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE workshop_id = ? AND status = 'registered'"),
                                   {workshop.id});
        if (!registered)
            return std::unexpected(registered.error());
        if (workshop.capacity < registered->toInt())
            return fail(QObject::tr("%1 people are registered, so the workshop needs at least %1 places. Cancel or "
                                    "waitlist some registrations before lowering the number of places to %2.")
                            .arg(registered->toInt())
                            .arg(workshop.capacity));
        w.changes().subject = workshop.id;
        auto oldLength = w.scalar(QStringLiteral("SELECT half_days FROM workshops WHERE id = ?"), {workshop.id});
        if (!oldLength)
            return std::unexpected(oldLength.error());
        QVariantMap values = valuesOf(workshop);
        if (auto placed = placeAtNewVenue(w, newVenue, values); !placed)
            return placed;
        if (auto s = w.update(kTable, workshop.id, values); !s)
            return s;
        if (oldLength->toInt() == workshop.halfDays)
            return ok();
        if (auto s = agenda::refuseShorteningPastItems(w, workshop.id, workshop.halfDays); !s)
            return s;
        return attendance::fitBlocksToLength(w, workshop.id, workshop.halfDays);
    });
}

Result<ChangeSet> remove(Database& db, Id id)
{
    auto existing = get(db, id);
    if (!existing)
        return std::unexpected(existing.error());
    return db.write(QObject::tr("Delete workshop “%1”").arg(existing->title), [&](Writer& w) -> Status {
        w.changes().subject = id;
        if (auto s = discussions::removeAllOf(w, id); !s)
            return s;
        if (auto s = assessments::removeAllOf(w, id); !s)
            return s;
        if (auto s = attendance::removeAllOf(w, id); !s)
            return s;
        if (auto s = agenda::removeAllOf(w, id); !s)
            return s;
        // Each team's worksheet and action plan, before the teams themselves.
        auto teamIds = w.query(QStringLiteral("SELECT id FROM teams WHERE workshop_id = ?"), {id});
        if (!teamIds)
            return std::unexpected(teamIds.error());
        std::vector<Id> teams;
        while (teamIds->next())
            teams.push_back(teamIds->value(0).toLongLong());
        for (Id team : teams) {
            if (auto s = workload::removeOfTeam(w, team); !s)
                return s;
            if (auto s = actionplans::removeOfTeam(w, team); !s)
                return s;
        }
        for (const auto& [table, column] : {std::pair{"team_members", "workshop_id"}, std::pair{"teams", "workshop_id"},
                                            std::pair{"enrollments", "workshop_id"},
                                            std::pair{"workshop_facilitators", "workshop_id"}}) {
            if (auto s = w.removeWhere(QString::fromLatin1(table), QString::fromLatin1(column), id); !s)
                return s;
        }
        return w.remove(kTable, id);
    });
}

} // namespace rt::workshops
