// Storing a team's workload worksheet: one row per team, an empty column for a
// figure not yet known.

#include "workload/Workload.h"

#include "people/Teams.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>

namespace rt::workload {
namespace {

const QString kTable = QStringLiteral("workload_worksheets");

QString columnOf(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Population: return QStringLiteral("population");
    case WorkloadField::SwornOfficers: return QStringLiteral("sworn_officers");
    case WorkloadField::PatrolOfficers: return QStringLiteral("patrol_officers");
    case WorkloadField::CallsPerYear: return QStringLiteral("calls_per_year");
    case WorkloadField::MinutesPerCall: return QStringLiteral("minutes_per_call");
    case WorkloadField::OfficersPerCall: return QStringLiteral("officers_per_call");
    case WorkloadField::NetHoursPerOfficer: return QStringLiteral("net_hours_per_officer");
    }
    return {};
}

QString columns()
{
    QStringList names;
    for (WorkloadField f : allWorkloadFields())
        names << columnOf(f);
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<WorkloadInputs> load(const Database& db, Id teamId)
{
    auto team = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM teams WHERE id = ?"), {teamId});
    if (!team)
        return std::unexpected(team.error());
    if (team->isNull())
        return fail(QObject::tr("That team no longer exists."));
    auto q = sql::run(db.connection(), QStringLiteral("SELECT %1, notes FROM workload_worksheets WHERE team_id = ?").arg(columns()),
                      {teamId});
    if (!q)
        return std::unexpected(q.error());
    WorkloadInputs inputs;
    if (!q->next())
        return inputs;
    int column = 0;
    for (WorkloadField f : allWorkloadFields()) {
        const QVariant v = q->value(column++);
        if (!v.isNull())
            inputs.set(f, v.toDouble());
    }
    inputs.notes = q->value(column).toString();
    return inputs;
}

Result<ChangeSet> save(Database& db, Id teamId, const WorkloadInputs& inputs)
{
    const WorkloadResult checked = evaluateWorkload(inputs);
    if (!checked.isValid())
        return fail(checked.problems.front().message);
    return db.write(QObject::tr("Save a workload worksheet"), [&](Writer& w) -> Status {
        auto team = w.query(QStringLiteral("SELECT jurisdiction, state FROM teams WHERE id = ?"), {teamId});
        if (!team)
            return std::unexpected(team.error());
        if (!team->next())
            return fail(QObject::tr("That team no longer exists."));
        const QString label = teamLabel(team->value(0).toString(), team->value(1).toString());
        team->finish();
        w.changes().description = QObject::tr("Save the workload worksheet for %1").arg(label);

        QVariantMap values;
        for (WorkloadField f : allWorkloadFields()) {
            const auto v = inputs.value(f);
            values.insert(columnOf(f), v ? QVariant(*v) : QVariant());
        }
        values.insert(QStringLiteral("notes"), inputs.notes.trimmed());
        auto existing = w.scalar(QStringLiteral("SELECT id FROM workload_worksheets WHERE team_id = ?"), {teamId});
        if (!existing)
            return std::unexpected(existing.error());
        if (!existing->isNull()) {
            w.changes().subject = existing->toLongLong();
            return w.update(kTable, existing->toLongLong(), values);
        }
        values.insert(QStringLiteral("team_id"), teamId);
        auto id = w.insert(kTable, values);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Status removeOfTeam(Writer& writer, Id teamId)
{
    return writer.removeWhere(kTable, QStringLiteral("team_id"), teamId);
}

} // namespace rt::workload
