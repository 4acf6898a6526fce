#include "people/Teams.h"

#include "actionplans/ActionPlans.h"
#include "people/PersonRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workload/Workload.h"

#include <QObject>
#include <QSet>

namespace rt {

QString teamLabel(const QString& jurisdiction, const QString& state)
{
    return state.isEmpty() ? jurisdiction : QStringLiteral("%1, %2").arg(jurisdiction, state);
}

QString Team::label() const
{
    return teamLabel(jurisdiction, state);
}

QStringList teamFlags(const std::vector<Person>& members)
{
    bool manager = false;
    bool chief = false;
    for (const Person& p : members) {
        manager = manager || sideOf(p.role) == RoleSide::Manager;
        chief = chief || sideOf(p.role) == RoleSide::Chief;
    }
    QStringList flags;
    if (members.empty())
        return {QObject::tr("No members yet")};
    if (!manager)
        flags << QObject::tr("No manager: add the city manager or an assistant city manager");
    if (!chief)
        flags << QObject::tr("No chief: add the police chief or public safety director");
    return flags;
}

QStringList Team::flags() const
{
    std::vector<Person> people;
    for (const TeamMember& m : members)
        people.push_back(m.person);
    return teamFlags(people);
}

namespace teams {
namespace {

const QString kTeams = QStringLiteral("teams");
const QString kMembers = QStringLiteral("team_members");

struct TeamRow {
    Id workshopId = 0;
    QString label;
};

Result<TeamRow> teamRow(Writer& w, Id teamId)
{
    auto q = w.query(QStringLiteral("SELECT workshop_id, jurisdiction, state FROM teams WHERE id = ?"), {teamId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("That team no longer exists."));
    Team t;
    t.jurisdiction = q->value(1).toString();
    t.state = q->value(2).toString();
    TeamRow row{q->value(0).toLongLong(), t.label()};
    q->finish();
    return row;
}

Status refuseIfClosed(Writer& w, Id workshopId)
{
    auto status = w.scalar(QStringLiteral("SELECT status FROM workshops WHERE id = ?"), {workshopId});
    if (!status)
        return std::unexpected(status.error());
    if (status->isNull())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    if (status->toString() == QLatin1String("closed"))
        return fail(QObject::tr("This workshop is closed, so its teams are final. Set its status back to Live or "
                                "Planned to change them."));
    return ok();
}

// The rule for every person joining a team: registered for the workshop.
Result<QString> checkJoinable(Writer& w, Id workshopId, Id personId)
{
    auto q = w.query(QStringLiteral("SELECT p.first_name, p.last_name, e.status FROM people p "
                                    "LEFT JOIN enrollments e ON e.person_id = p.id AND e.workshop_id = ? WHERE p.id = ?"),
                     {workshopId, personId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Person %1 is not in this file.").arg(personId));
    const QString name = QStringLiteral("%1 %2").arg(q->value(0).toString(), q->value(1).toString()).trimmed();
    const QString status = q->value(2).toString();
    q->finish();
    if (status.isEmpty())
        return fail(QObject::tr("%1 is not enrolled in this workshop. Add them to the roster first.").arg(name));
    if (status != QLatin1String("registered"))
        return fail(QObject::tr("%1 is %2, not registered; only registered people can be on a team.")
                        .arg(name, status == QLatin1String("waitlisted") ? QObject::tr("on the waitlist")
                                                                         : QObject::tr("cancelled")));
    return name;
}

// Puts one person in a team, moving them out of another team in the workshop.
Status join(Writer& w, Id teamId, Id workshopId, Id personId)
{
    auto name = checkJoinable(w, workshopId, personId);
    if (!name)
        return std::unexpected(name.error());
    auto current = w.query(QStringLiteral("SELECT m.id, m.team_id, t.jurisdiction FROM team_members m "
                                          "JOIN teams t ON t.id = m.team_id WHERE m.workshop_id = ? AND m.person_id = ?"),
                           {workshopId, personId});
    if (!current)
        return std::unexpected(current.error());
    if (current->next()) {
        const Id memberId = current->value(0).toLongLong();
        const Id fromTeam = current->value(1).toLongLong();
        const QString fromName = current->value(2).toString();
        current->finish();
        if (fromTeam == teamId)
            return ok();
        w.changes().addNotice(QObject::tr("%1 moved from the %2 team.").arg(*name, fromName));
        // Items they owned in the old team need an owner from that team.
        if (auto s = actionplans::releaseOwner(w, fromTeam, personId); !s)
            return s;
        return w.update(kMembers, memberId, {{QStringLiteral("team_id"), teamId}});
    }
    auto inserted = w.insert(kMembers, {{QStringLiteral("team_id"), teamId},
                                        {QStringLiteral("workshop_id"), workshopId},
                                        {QStringLiteral("person_id"), personId}});
    return inserted ? ok() : Status(std::unexpected(inserted.error()));
}

Status validateName(const QString& jurisdiction)
{
    if (jurisdiction.trimmed().isEmpty())
        return fail(QObject::tr("A team needs the name of its jurisdiction (the city or county it comes from)."));
    return ok();
}

Result<Id> insertTeam(Writer& w, Id workshopId, const QString& jurisdiction, const QString& state,
                      const std::vector<Id>& personIds)
{
    if (auto s = validateName(jurisdiction); !s)
        return std::unexpected(s.error());
    auto id = w.insert(kTeams, {{QStringLiteral("workshop_id"), workshopId},
                                {QStringLiteral("jurisdiction"), jurisdiction.simplified()},
                                {QStringLiteral("state"), state.simplified()}});
    if (!id)
        return id;
    for (Id personId : personIds) {
        if (auto s = join(w, *id, workshopId, personId); !s)
            return std::unexpected(s.error());
    }
    return id;
}

Result<std::vector<Team>> select(const Database& db, const QString& where, Id value)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT id, workshop_id, jurisdiction, state, notes FROM teams WHERE %1 = ? "
                                     "ORDER BY jurisdiction COLLATE NOCASE, id")
                          .arg(where),
                      {value});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Team> result;
    while (q->next())
        result.push_back(Team{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), {}});
    auto m = sql::run(db.connection(),
                      QStringLiteral("SELECT m.team_id, %1 FROM team_members m JOIN teams t ON t.id = m.team_id "
                                     "JOIN people p ON p.id = m.person_id WHERE t.%2 = ? "
                                     "ORDER BY CASE p.role WHEN 'city_manager' THEN 0 WHEN 'assistant_city_manager' THEN 1 "
                                     "WHEN 'police_chief' THEN 2 WHEN 'public_safety_director' THEN 3 ELSE 4 END, "
                                     "p.last_name COLLATE NOCASE")
                          .arg(people::personColumns(QStringLiteral("p.")), where),
                      {value});
    if (!m)
        return std::unexpected(m.error());
    while (m->next()) {
        const Id teamId = m->value(0).toLongLong();
        for (Team& t : result) {
            if (t.id == teamId)
                t.members.push_back(TeamMember{people::personFrom(*m, 1)});
        }
    }
    return result;
}

} // namespace

Result<std::vector<Team>> list(const Database& db, Id workshopId)
{
    return select(db, QStringLiteral("workshop_id"), workshopId);
}

Result<Team> get(const Database& db, Id teamId)
{
    auto found = select(db, QStringLiteral("id"), teamId);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(QObject::tr("That team no longer exists."));
    return found->front();
}

Result<ChangeSet> create(Database& db, Id workshopId, const QString& jurisdiction, const QString& state,
                         const std::vector<Id>& personIds)
{
    if (auto s = validateName(jurisdiction); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Form the %1 team").arg(jurisdiction.simplified()), [&](Writer& w) -> Status {
        if (auto s = refuseIfClosed(w, workshopId); !s)
            return s;
        auto id = insertTeam(w, workshopId, jurisdiction, state, personIds);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> rename(Database& db, Id teamId, const QString& jurisdiction, const QString& state, const QString& notes)
{
    if (auto s = validateName(jurisdiction); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Edit the %1 team").arg(jurisdiction.simplified()), [&](Writer& w) -> Status {
        auto team = teamRow(w, teamId);
        if (!team)
            return std::unexpected(team.error());
        if (auto s = refuseIfClosed(w, team->workshopId); !s)
            return s;
        w.changes().subject = teamId;
        return w.update(kTeams, teamId, {{QStringLiteral("jurisdiction"), jurisdiction.simplified()},
                                         {QStringLiteral("state"), state.simplified()},
                                         {QStringLiteral("notes"), notes.trimmed()}});
    });
}

Result<ChangeSet> setMembers(Database& db, Id teamId, const std::vector<Id>& personIds)
{
    return db.write(QObject::tr("Change a team's members"), [&](Writer& w) -> Status {
        auto team = teamRow(w, teamId);
        if (!team)
            return std::unexpected(team.error());
        if (auto s = refuseIfClosed(w, team->workshopId); !s)
            return s;
        w.changes().description = QObject::tr("Change the %1 team's members").arg(team->label);
        w.changes().subject = teamId;
        const QSet<Id> wanted(personIds.begin(), personIds.end());
        auto members = w.query(QStringLiteral("SELECT id, person_id FROM team_members WHERE team_id = ?"), {teamId});
        if (!members)
            return std::unexpected(members.error());
        std::vector<std::pair<Id, Id>> leaving; // member row, person
        while (members->next()) {
            if (!wanted.contains(members->value(1).toLongLong()))
                leaving.emplace_back(members->value(0).toLongLong(), members->value(1).toLongLong());
        }
        for (const auto& [memberId, personId] : leaving) {
            if (auto s = w.remove(kMembers, memberId); !s)
                return s;
            if (auto s = actionplans::releaseOwner(w, teamId, personId); !s)
                return s;
        }
        for (Id personId : personIds) {
            if (auto s = join(w, teamId, team->workshopId, personId); !s)
                return s;
        }
        return ok();
    });
}

Result<ChangeSet> addMembers(Database& db, Id teamId, const std::vector<Id>& personIds)
{
    return db.write(QObject::tr("Add to a team"), [&](Writer& w) -> Status {
        auto team = teamRow(w, teamId);
        if (!team)
            return std::unexpected(team.error());
        if (auto s = refuseIfClosed(w, team->workshopId); !s)
            return s;
        w.changes().subject = teamId;
        for (Id personId : personIds) {
            if (auto s = join(w, teamId, team->workshopId, personId); !s)
                return s;
        }
        if (personIds.size() == 1) {
            auto name = w.scalar(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM people WHERE id = ?"), {personIds.front()});
            w.changes().description = QObject::tr("Put %1 in the %2 team").arg(name ? name->toString() : QString(), team->label);
        } else {
            w.changes().description = QObject::tr("Put %1 people in the %2 team").arg(personIds.size()).arg(team->label);
        }
        return ok();
    });
}

Result<ChangeSet> removeMembers(Database& db, Id workshopId, const std::vector<Id>& personIds)
{
    return db.write(QObject::tr("Take people off their team"), [&](Writer& w) -> Status {
        if (auto s = refuseIfClosed(w, workshopId); !s)
            return s;
        for (Id personId : personIds) {
            auto member = w.query(QStringLiteral("SELECT id, team_id FROM team_members WHERE workshop_id = ? AND person_id = ?"),
                                  {workshopId, personId});
            if (!member)
                return std::unexpected(member.error());
            if (!member->next())
                continue;
            const Id memberId = member->value(0).toLongLong();
            const Id teamId = member->value(1).toLongLong();
            member->finish();
            if (auto s = w.remove(kMembers, memberId); !s)
                return s;
            if (auto s = actionplans::releaseOwner(w, teamId, personId); !s)
                return s;
        }
        return ok();
    });
}

Result<ChangeSet> remove(Database& db, Id teamId)
{
    return db.write(QObject::tr("Delete a team"), [&](Writer& w) -> Status {
        auto team = teamRow(w, teamId);
        if (!team)
            return std::unexpected(team.error());
        if (auto s = refuseIfClosed(w, team->workshopId); !s)
            return s;
        w.changes().description = QObject::tr("Delete the %1 team").arg(team->label);
        w.changes().subject = teamId;
        // The team's worksheet and plan go with it (undo brings them back).
        if (auto s = workload::removeOfTeam(w, teamId); !s)
            return s;
        if (auto s = actionplans::removeOfTeam(w, teamId); !s)
            return s;
        if (auto s = w.removeWhere(kMembers, QStringLiteral("team_id"), teamId); !s)
            return s;
        return w.remove(kTeams, teamId);
    });
}

Result<ChangeSet> applySuggestions(Database& db, Id workshopId, const std::vector<TeamSuggestion>& suggestions)
{
    if (suggestions.empty())
        return fail(QObject::tr("No teams were chosen."));
    return db.write(QObject::tr("Form %n suggested team(s)", nullptr, int(suggestions.size())), [&](Writer& w) -> Status {
        if (auto s = refuseIfClosed(w, workshopId); !s)
            return s;
        for (const TeamSuggestion& suggestion : suggestions) {
            std::vector<Id> ids;
            for (const Person& p : suggestion.members)
                ids.push_back(p.id);
            auto id = insertTeam(w, workshopId, suggestion.jurisdiction, suggestion.state, ids);
            if (!id)
                return std::unexpected(id.error());
        }
        return ok();
    });
}

} // namespace teams
} // namespace rt
