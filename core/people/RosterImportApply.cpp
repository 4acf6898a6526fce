// Writing an import plan: one action, with people and enrollments inserted
// through BulkInsert so that twenty thousand rows take a fraction of a second.

#include "people/RosterImport.h"

#include "people/Roster.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QHash>
#include <QObject>

namespace rt::rosterimport {
namespace {

constexpr int kProgressEvery = 250;

QVariantList personValues(const Person& p)
{
    return {p.firstName, p.lastName, roleKey(p.role), p.role == Role::Other ? p.roleOther : QString(),
            p.jurisdiction, p.state, p.email, p.phone, p.notes};
}

// Rows go into `w`'s ChangeSet (a side one: see BulkInsert.h) and are
// journaled here, one entry for the whole import.
Status write(Writer& w, const QString& description, const QString& station, const Plan& plan, const Progress& progress,
             int total)
{
    // The plan was made before this transaction: refuse if the roster moved since.
    auto state = w.query(QStringLiteral("SELECT status, capacity, uuid, (SELECT count(*) FROM enrollments "
                                        "WHERE workshop_id = w.id AND status = 'registered') FROM workshops w WHERE id = ?"),
                         {plan.workshopId});
    if (!state)
        return std::unexpected(state.error());
    if (!state->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(plan.workshopId));
    const bool closed = state->value(0).toString() == QLatin1String("closed");
    const int placesLeft = std::max(0, state->value(1).toInt() - state->value(3).toInt());
    const QString workshopUuid = state->value(2).toString();
    state->finish();
    if (closed)
        return fail(QObject::tr("“%1” is closed, so its roster is final.").arg(plan.workshopTitle));
    if (placesLeft != plan.placesLeft)
        return fail(QObject::tr("The roster of “%1” changed after the import was planned. Start the import again.")
                        .arg(plan.workshopTitle));

    // Enrollments cancelled earlier are taken up again rather than added twice.
    QHash<Id, Id> cancelled; // person -> enrollment
    auto previous = w.query(QStringLiteral("SELECT person_id, id FROM enrollments WHERE workshop_id = ? AND status = 'cancelled'"),
                            {plan.workshopId});
    if (!previous)
        return std::unexpected(previous.error());
    while (previous->next())
        cancelled.insert(previous->value(0).toLongLong(), previous->value(1).toLongLong());
    previous->finish();

    auto journal = BulkJournal::open(w, description, journal::Kind::Import, station);
    if (!journal)
        return std::unexpected(journal.error());
    auto people = BulkInsert::prepare(w, *journal, QStringLiteral("people"),
                                      {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("role"),
                                       QStringLiteral("role_other"), QStringLiteral("jurisdiction"), QStringLiteral("state"),
                                       QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes")});
    if (!people)
        return std::unexpected(people.error());
    auto enrollments = BulkInsert::prepare(w, *journal, QStringLiteral("enrollments"),
                                           {QStringLiteral("workshop_id"), QStringLiteral("person_id"),
                                            QStringLiteral("status"), QStringLiteral("status_since")});
    if (!enrollments)
        return std::unexpected(enrollments.error());
    w.changes().rows.reserve(size_t(total) * 2 + 2);

    const QString registered = enrollmentKey(EnrollmentStatus::Registered);
    const QString waitlisted = enrollmentKey(EnrollmentStatus::Waitlisted);
    int done = 0;
    for (const PlannedRow& row : plan.rows) {
        if (!row.enrolls())
            continue;
        Id personId = row.existing.id;
        QString personUuid = row.existing.uuid;
        if (row.addsPerson()) {
            auto added = people->insert(personValues(row.person), QString(), QString(), true);
            if (!added)
                return std::unexpected(added.error());
            personId = added->id;
            personUuid = added->uuid;
        }
        const QString& status = row.waitlisted ? waitlisted : registered;
        if (const Id enrollment = cancelled.value(personId); enrollment) {
            if (auto updated = w.update(QStringLiteral("enrollments"), enrollment,
                                        {{QStringLiteral("status"), status}, {QStringLiteral("status_since"), w.now()}});
                !updated)
                return updated;
            if (auto line = journal->line(w.changes().rows.back(), workshopUuid, personUuid); !line)
                return line;
        } else if (auto id = enrollments->insert({plan.workshopId, personId, status, w.now()}, workshopUuid, personUuid); !id) {
            return std::unexpected(id.error());
        }
        ++done;
        if (progress && done % kProgressEvery == 0 && !progress(done, total))
            return fail(cancelledMessage());
    }
    if (progress && !progress(total, total))
        return fail(cancelledMessage());
    const size_t before = w.changes().rows.size();
    if (auto remembered = rememberMapping(w, plan.headers, plan.mapping); !remembered)
        return remembered;
    for (size_t i = before; i < w.changes().rows.size(); ++i)
        if (auto line = journal->line(w.changes().rows[i], QString(), QString()); !line)
            return line;
    return journal->finish();
}

} // namespace

Result<Applied> apply(Database& db, const Plan& plan, const Progress& progress)
{
    const PlanCounts counts = plan.counts();
    const int total = counts.added + counts.enrolledExisting;
    if (total == 0)
        return fail(QObject::tr("Nothing to import: every row of “%1” is skipped. See the reasons listed.").arg(plan.source));
    const QString description = QObject::tr("Import the roster from “%1”").arg(plan.source);
    // The import journals its own rows (one entry, written in bulk), so the
    // action's ChangeSet stays empty and gets them back afterwards, for undo.
    ChangeSet written;
    // A cache big enough for the whole import keeps SQLite from spilling
    // pages to the WAL before the commit; the connection's own size returns
    // after. (A server manages its own memory.)
    std::optional<qlonglong> cache;
    if (!db.isServer()) {
        if (auto size = sql::scalar(db.connection(), QStringLiteral("PRAGMA cache_size"))) {
            cache = size->toLongLong();
            (void)sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = -65536"));
        }
    }
    auto changes = db.write(
        description,
        [&](Writer& w) {
            Writer bulk(w.database(), written);
            return write(bulk, description, db.station(), plan, progress, total);
        },
        journal::Kind::Import);
    if (cache)
        (void)sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(*cache));
    if (!changes)
        return std::unexpected(changes.error());
    changes->rows = std::move(written.rows);
    if (counts.waitlisted > 0)
        changes->addNotice(QObject::tr("“%1” had %2 places left, so %3 of the people imported are on the waitlist.")
                               .arg(plan.workshopTitle)
                               .arg(plan.placesLeft)
                               .arg(counts.waitlisted));
    return Applied{std::move(*changes), counts};
}

} // namespace rt::rosterimport
