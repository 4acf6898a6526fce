#include "workshops/Venues.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>

namespace rt {

QString Venue::label() const
{
    QStringList parts{name};
    if (!city.isEmpty())
        parts << city;
    if (!state.isEmpty())
        parts << state;
    return parts.join(QLatin1String(", "));
}

QString Facilitator::displayName() const
{
    return credentials.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, credentials);
}

namespace venues {
namespace {
const QString kTable = QStringLiteral("venues");

Result<std::vector<Venue>> read(const Database& db, const QString& where, const QVariantList& binds)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT id, name, address, city, state, notes FROM venues %1 ORDER BY name COLLATE NOCASE")
                          .arg(where),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<Venue> result;
    while (q->next())
        result.push_back(Venue{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    return result;
}
} // namespace

Result<std::vector<Venue>> list(const Database& db)
{
    return read(db, {}, {});
}

Result<Venue> get(const Database& db, Id id)
{
    auto found = read(db, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(QObject::tr("That venue is no longer in this file."));
    return found->front();
}

Status validate(const Venue& venue)
{
    if (venue.name.trimmed().isEmpty())
        return fail(QObject::tr("A venue needs a name."));
    return ok();
}

QVariantMap valuesOf(const Venue& venue)
{
    return {{QStringLiteral("name"), venue.name.trimmed()},
            {QStringLiteral("address"), venue.address.trimmed()},
            {QStringLiteral("city"), venue.city.trimmed()},
            {QStringLiteral("state"), venue.state.trimmed()},
            {QStringLiteral("notes"), venue.notes}};
}

Result<ChangeSet> save(Database& db, const Venue& venue)
{
    if (auto status = validate(venue); !status)
        return std::unexpected(status.error());
    const QString what = venue.id ? QObject::tr("Edit venue “%1”") : QObject::tr("Add venue “%1”");
    return db.write(what.arg(venue.name.trimmed()), [&](Writer& w) -> Status {
        const QVariantMap values = valuesOf(venue);
        if (venue.id) {
            w.changes().subject = venue.id;
            return w.update(kTable, venue.id, values);
        }
        auto id = w.insert(kTable, values);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}
} // namespace venues

namespace facilitators {
namespace {
const QString kTable = QStringLiteral("facilitators");
const QString kLinks = QStringLiteral("workshop_facilitators");

Facilitator from(const QSqlQuery& q)
{
    return Facilitator{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0};
}

QVariantMap valuesOf(const Facilitator& f)
{
    return {{QStringLiteral("name"), f.name.trimmed()},
            {QStringLiteral("credentials"), f.credentials.trimmed()},
            {QStringLiteral("organisation"), f.organisation.trimmed()},
            {QStringLiteral("email"), f.email.trimmed()}};
}
} // namespace

Result<std::vector<Facilitator>> list(const Database& db)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT id, name, credentials, organisation, email, 0 FROM facilitators "
                                                      "ORDER BY name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Facilitator> result;
    while (q->next())
        result.push_back(from(*q));
    return result;
}

Result<std::vector<Facilitator>> ofWorkshop(const Database& db, Id workshopId)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT f.id, f.name, f.credentials, f.organisation, f.email, l.is_lead "
                                     "FROM workshop_facilitators l JOIN facilitators f ON f.id = l.facilitator_id "
                                     "WHERE l.workshop_id = ? ORDER BY l.is_lead DESC, l.position, l.id"),
                      {workshopId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Facilitator> result;
    while (q->next())
        result.push_back(from(*q));
    return result;
}

Status validate(const Facilitator& facilitator)
{
    if (facilitator.name.trimmed().isEmpty())
        return fail(QObject::tr("A facilitator needs a name."));
    return ok();
}

Result<ChangeSet> save(Database& db, const Facilitator& facilitator)
{
    if (auto status = validate(facilitator); !status)
        return std::unexpected(status.error());
    return db.write(QObject::tr("Edit facilitator “%1”").arg(facilitator.name.trimmed()), [&](Writer& w) -> Status {
        if (facilitator.id) {
            w.changes().subject = facilitator.id;
            return w.update(kTable, facilitator.id, valuesOf(facilitator));
        }
        auto id = w.insert(kTable, valuesOf(facilitator));
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> addToWorkshop(Database& db, Id workshopId, const Facilitator& facilitator)
{
    if (auto status = validate(facilitator); !status)
        return std::unexpected(status.error());
    return db.write(QObject::tr("Add facilitator %1").arg(facilitator.displayName()), [&](Writer& w) -> Status {
        Id id = facilitator.id;
        if (!id) {
            auto inserted = w.insert(kTable, valuesOf(facilitator));
            if (!inserted)
                return std::unexpected(inserted.error());
            id = *inserted;
        }
        auto already = w.scalar(QStringLiteral("SELECT count(*) FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?"),
                                {workshopId, id});
        if (!already)
            return std::unexpected(already.error());
        if (already->toInt() > 0)
            return fail(QObject::tr("%1 already facilitates this workshop.").arg(facilitator.displayName()));
        auto position = w.scalar(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM workshop_facilitators WHERE workshop_id = ?"),
                                 {workshopId});
        if (!position)
            return std::unexpected(position.error());
        auto link = w.insert(kLinks, {{QStringLiteral("workshop_id"), workshopId},
                                      {QStringLiteral("facilitator_id"), id},
                                      {QStringLiteral("position"), position->toInt()},
                                      {QStringLiteral("is_lead"), facilitator.lead ? 1 : 0}});
        if (!link)
            return std::unexpected(link.error());
        w.changes().subject = id;
        return ok();
    });
}

Result<ChangeSet> removeFromWorkshop(Database& db, Id workshopId, Id facilitatorId)
{
    return db.write(QObject::tr("Remove a facilitator"), [&](Writer& w) -> Status {
        auto link = w.scalar(QStringLiteral("SELECT id FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?"),
                             {workshopId, facilitatorId});
        if (!link)
            return std::unexpected(link.error());
        if (link->isNull())
            return fail(QObject::tr("That facilitator is not on this workshop any more."));
        w.changes().subject = facilitatorId;
        return w.remove(kLinks, link->toLongLong());
    });
}

Result<ChangeSet> setLead(Database& db, Id workshopId, Id facilitatorId)
{
    return db.write(QObject::tr("Change the lead facilitator"), [&](Writer& w) -> Status {
        auto links = w.query(QStringLiteral("SELECT id, facilitator_id FROM workshop_facilitators WHERE workshop_id = ?"), {workshopId});
        if (!links)
            return std::unexpected(links.error());
        std::vector<std::pair<Id, bool>> updates;
        bool found = false;
        while (links->next()) {
            const bool lead = links->value(1).toLongLong() == facilitatorId;
            found = found || lead;
            updates.emplace_back(links->value(0).toLongLong(), lead);
        }
        if (!found)
            return fail(QObject::tr("That facilitator is not on this workshop any more."));
        for (const auto& [id, lead] : updates) {
            if (auto s = w.update(kLinks, id, {{QStringLiteral("is_lead"), lead ? 1 : 0}}); !s)
                return s;
        }
        w.changes().subject = facilitatorId;
        return ok();
    });
}

} // namespace facilitators
} // namespace rt
