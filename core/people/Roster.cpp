#include "people/Roster.h"

#include "actionplans/ActionPlans.h"
#include "people/People.h"
#include "people/PersonRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>

#include <algorithm>

namespace rt {

QString enrollmentKey(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Registered: return QStringLiteral("registered");
    case EnrollmentStatus::Waitlisted: return QStringLiteral("waitlisted");
    case EnrollmentStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("registered");
}

std::optional<EnrollmentStatus> enrollmentFromKey(const QString& key)
{
    for (auto s : {EnrollmentStatus::Registered, EnrollmentStatus::Waitlisted, EnrollmentStatus::Cancelled}) {
        if (enrollmentKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString enrollmentLabel(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Registered: return QObject::tr("Registered");
    case EnrollmentStatus::Waitlisted: return QObject::tr("Waitlisted");
    case EnrollmentStatus::Cancelled: return QObject::tr("Cancelled");
    }
    return {};
}

namespace roster {
namespace {

const QString kEnrollments = QStringLiteral("enrollments");

// What the rules need to know about a workshop and one person's place in it.
struct Situation {
    QString workshopTitle;
    bool closed = false;
    int capacity = 0;
    int registered = 0;
    int waitlisted = 0;
    Person person;
    Id enrollmentId = 0;
    std::optional<EnrollmentStatus> status;
};

Result<Situation> situation(Writer& w, Id workshopId, Id personId)
{
    auto q = w.query(QStringLiteral("SELECT title, status, capacity, "
                                    "(SELECT count(*) FROM enrollments WHERE workshop_id = w.id AND status = 'registered'), "
                                    "(SELECT count(*) FROM enrollments WHERE workshop_id = w.id AND status = 'waitlisted') "
                                    "FROM workshops w WHERE id = ?"),
                     {workshopId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    Situation s;
    s.workshopTitle = q->value(0).toString();
    s.closed = q->value(1).toString() == QLatin1String("closed");
    s.capacity = q->value(2).toInt();
    s.registered = q->value(3).toInt();
    s.waitlisted = q->value(4).toInt();
    q->finish();

    auto p = w.query(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(people::personColumns()), {personId});
    if (!p)
        return std::unexpected(p.error());
    if (!p->next())
        return fail(QObject::tr("Person %1 is not in this file.").arg(personId));
    s.person = people::personFrom(*p);
    p->finish();

    auto e = w.query(QStringLiteral("SELECT id, status FROM enrollments WHERE workshop_id = ? AND person_id = ?"),
                     {workshopId, personId});
    if (!e)
        return std::unexpected(e.error());
    if (e->next()) {
        s.enrollmentId = e->value(0).toLongLong();
        s.status = enrollmentFromKey(e->value(1).toString());
    }
    e->finish();
    return s;
}

Status refuseIfClosed(const Situation& s)
{
    if (s.closed)
        return fail(QObject::tr("“%1” is closed, so its roster is final. Set its status back to Live or Planned to "
                                "change it.")
                        .arg(s.workshopTitle));
    return ok();
}

Status setStatus(Writer& w, Id enrollmentId, EnrollmentStatus status)
{
    return w.update(kEnrollments, enrollmentId,
                    {{QStringLiteral("status"), enrollmentKey(status)}, {QStringLiteral("status_since"), w.now()}});
}

// Leaving the registered list also means leaving any team (teams are formed
// from registered people).
Status leaveTeam(Writer& w, Id workshopId, const Person& person)
{
    auto team = w.query(QStringLiteral("SELECT m.id, t.jurisdiction, t.id FROM team_members m JOIN teams t ON t.id = m.team_id "
                                       "WHERE m.workshop_id = ? AND m.person_id = ?"),
                        {workshopId, person.id});
    if (!team)
        return std::unexpected(team.error());
    if (!team->next())
        return ok();
    const Id memberId = team->value(0).toLongLong();
    const QString teamName = team->value(1).toString();
    const Id teamId = team->value(2).toLongLong();
    team->finish();
    if (auto s = w.remove(QStringLiteral("team_members"), memberId); !s)
        return s;
    w.changes().addNotice(QObject::tr("%1 was also taken off the %2 team.").arg(person.fullName(), teamName));
    // Action items they owned in that team need a new owner.
    if (auto s = actionplans::releaseOwner(w, teamId, person.id); !s)
        return s;
    return ok();
}

Result<int> waitlistPosition(Writer& w, Id workshopId, Id enrollmentId)
{
    auto position = w.scalar(QStringLiteral("SELECT count(*) FROM enrollments e, enrollments me WHERE me.id = ? "
                                            "AND e.workshop_id = ? AND e.status = 'waitlisted' "
                                            "AND (e.status_since < me.status_since OR (e.status_since = me.status_since AND e.id <= me.id))"),
                             {enrollmentId, workshopId});
    if (!position)
        return std::unexpected(position.error());
    return position->toInt();
}

RosterEntry entryFrom(const QSqlQuery& q)
{
    RosterEntry entry;
    entry.enrollmentId = q.value(0).toLongLong();
    entry.status = enrollmentFromKey(q.value(1).toString()).value_or(EnrollmentStatus::Registered);
    entry.statusSince = q.value(2).toString();
    if (!q.value(3).isNull())
        entry.teamId = q.value(3).toLongLong();
    entry.teamName = q.value(4).toString();
    entry.person = people::personFrom(q, 5);
    return entry;
}

Result<std::vector<RosterEntry>> select(const Database& db, const QString& where, const QVariantList& binds)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT e.id, e.status, e.status_since, t.id, coalesce(t.jurisdiction, ''), %1 "
                                     "FROM enrollments e JOIN people p ON p.id = e.person_id "
                                     "LEFT JOIN team_members m ON m.workshop_id = e.workshop_id AND m.person_id = e.person_id "
                                     "LEFT JOIN teams t ON t.id = m.team_id "
                                     "WHERE e.workshop_id = ? %2 "
                                     "ORDER BY CASE e.status WHEN 'registered' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, "
                                     "CASE e.status WHEN 'waitlisted' THEN e.status_since END, "
                                     "CASE e.status WHEN 'waitlisted' THEN e.id END, "
                                     "p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id")
                          .arg(people::personColumns(QStringLiteral("p.")), where),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<RosterEntry> entries;
    int position = 0;
    while (q->next()) {
        entries.push_back(entryFrom(*q));
        if (entries.back().status == EnrollmentStatus::Waitlisted)
            entries.back().waitlistPosition = ++position;
    }
    // Within registered and cancelled people, names in accent-blind order;
    // the waitlist keeps its queue order.
    std::stable_sort(entries.begin(), entries.end(), [](const RosterEntry& a, const RosterEntry& b) {
        if (a.status != b.status)
            return int(a.status) < int(b.status);
        if (a.status == EnrollmentStatus::Waitlisted)
            return a.waitlistPosition < b.waitlistPosition;
        return a.person.sortKey() < b.person.sortKey();
    });
    return entries;
}

} // namespace

Result<std::vector<RosterEntry>> list(const Database& db, Id workshopId)
{
    return select(db, {}, {workshopId});
}

Result<std::optional<RosterEntry>> nextInLine(const Database& db, Id workshopId)
{
    auto waiting = select(db, QStringLiteral("AND e.status = 'waitlisted'"), {workshopId});
    if (!waiting)
        return std::unexpected(waiting.error());
    if (waiting->empty())
        return std::optional<RosterEntry>{};
    return std::optional<RosterEntry>{waiting->front()};
}

Result<RosterCounts> counts(const Database& db, Id workshopId)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT capacity, "
                                     "(SELECT count(*) FROM enrollments WHERE workshop_id = w.id AND status = 'registered'), "
                                     "(SELECT count(*) FROM enrollments WHERE workshop_id = w.id AND status = 'waitlisted'), "
                                     "(SELECT count(*) FROM enrollments WHERE workshop_id = w.id AND status = 'cancelled') "
                                     "FROM workshops w WHERE id = ?"),
                      {workshopId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    RosterCounts c{q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()};
    q->finish();
    return c;
}

Status enrollIn(Writer& w, Id workshopId, Id personId)
{
    auto s = situation(w, workshopId, personId);
    if (!s)
        return std::unexpected(s.error());
    if (auto closed = refuseIfClosed(*s); !closed)
        return closed;
    const QString name = s->person.fullName();
    if (s->status == EnrollmentStatus::Registered)
        return fail(QObject::tr("%1 is already registered for this workshop.").arg(name));
    if (s->status == EnrollmentStatus::Waitlisted) {
        auto position = waitlistPosition(w, workshopId, s->enrollmentId);
        return fail(QObject::tr("%1 is already on the waitlist for this workshop (number %2).")
                        .arg(name)
                        .arg(position ? *position : 0));
    }
    const bool full = s->registered >= s->capacity;
    const EnrollmentStatus status = full ? EnrollmentStatus::Waitlisted : EnrollmentStatus::Registered;
    Id enrollmentId = s->enrollmentId;
    if (enrollmentId) {
        if (auto r = setStatus(w, enrollmentId, status); !r)
            return r;
    } else {
        auto inserted = w.insert(kEnrollments, {{QStringLiteral("workshop_id"), workshopId},
                                                {QStringLiteral("person_id"), personId},
                                                {QStringLiteral("status"), enrollmentKey(status)},
                                                {QStringLiteral("status_since"), w.now()}});
        if (!inserted)
            return std::unexpected(inserted.error());
        enrollmentId = *inserted;
    }
    if (full)
        w.changes().addNotice(QObject::tr("The workshop is full (%1 of %2 places taken), so %3 is on the waitlist at "
                                          "number %4.")
                                  .arg(s->registered)
                                  .arg(s->capacity)
                                  .arg(name)
                                  .arg(s->waitlisted + 1));
    return ok();
}

Result<ChangeSet> enroll(Database& db, Id workshopId, Id personId)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Register %1").arg(person->fullName()), [&](Writer& w) {
        w.changes().subject = personId;
        return enrollIn(w, workshopId, personId);
    });
}

Result<ChangeSet> enrollNew(Database& db, Id workshopId, const Person& person)
{
    if (auto status = people::validate(person); !status)
        return std::unexpected(status.error());
    return db.write(QObject::tr("Add %1 to the roster").arg(people::normalized(person).fullName()), [&](Writer& w) -> Status {
        auto id = people::insert(w, person);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return enrollIn(w, workshopId, *id);
    });
}

Result<ChangeSet> cancel(Database& db, Id workshopId, Id personId)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Cancel %1's registration").arg(person->fullName()), [&](Writer& w) -> Status {
        auto s = situation(w, workshopId, personId);
        if (!s)
            return std::unexpected(s.error());
        if (auto closed = refuseIfClosed(*s); !closed)
            return closed;
        if (!s->status)
            return fail(QObject::tr("%1 is not on this workshop's roster.").arg(s->person.fullName()));
        if (s->status == EnrollmentStatus::Cancelled)
            return fail(QObject::tr("%1's registration is already cancelled.").arg(s->person.fullName()));
        w.changes().subject = personId;
        if (auto r = leaveTeam(w, workshopId, s->person); !r)
            return r;
        if (auto r = setStatus(w, s->enrollmentId, EnrollmentStatus::Cancelled); !r)
            return r;
        if (s->status == EnrollmentStatus::Registered && s->waitlisted > 0)
            w.changes().addNotice(QObject::tr("A place is free, and %n person(s) are on the waitlist.", nullptr, s->waitlisted));
        return ok();
    });
}

Result<ChangeSet> moveToWaitlist(Database& db, Id workshopId, Id personId)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Move %1 to the waitlist").arg(person->fullName()), [&](Writer& w) -> Status {
        auto s = situation(w, workshopId, personId);
        if (!s)
            return std::unexpected(s.error());
        if (auto closed = refuseIfClosed(*s); !closed)
            return closed;
        if (s->status != EnrollmentStatus::Registered)
            return fail(QObject::tr("Only registered people can be moved to the waitlist; %1 is not registered.")
                            .arg(s->person.fullName()));
        w.changes().subject = personId;
        if (auto r = leaveTeam(w, workshopId, s->person); !r)
            return r;
        if (auto r = setStatus(w, s->enrollmentId, EnrollmentStatus::Waitlisted); !r)
            return r;
        w.changes().addNotice(QObject::tr("%1 is now number %2 on the waitlist.").arg(s->person.fullName()).arg(s->waitlisted + 1));
        return ok();
    });
}

Result<ChangeSet> promote(Database& db, Id workshopId, Id personId)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Give %1 a place").arg(person->fullName()), [&](Writer& w) -> Status {
        auto s = situation(w, workshopId, personId);
        if (!s)
            return std::unexpected(s.error());
        if (auto closed = refuseIfClosed(*s); !closed)
            return closed;
        if (!s->status)
            return fail(QObject::tr("%1 is not on this workshop's roster.").arg(s->person.fullName()));
        if (s->status == EnrollmentStatus::Registered)
            return fail(QObject::tr("%1 is already registered.").arg(s->person.fullName()));
        if (s->registered >= s->capacity)
            return fail(QObject::tr("The workshop is full (%1 of %2 places). Raise the number of places on the "
                                    "Overview tab, or cancel a registration first.")
                            .arg(s->registered)
                            .arg(s->capacity));
        w.changes().subject = personId;
        return setStatus(w, s->enrollmentId, EnrollmentStatus::Registered);
    });
}

} // namespace roster
} // namespace rt
