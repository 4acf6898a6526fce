// Commands about people, rosters and teams: people, roster, enroll, cancel,
// promote, teams.

#include "Cli.h"

#include "common/Text.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QObject>

namespace rt::cli {
namespace {

QString personLine(const Person& p)
{
    QStringList place;
    if (!p.jurisdiction.isEmpty())
        place << p.jurisdiction;
    if (!p.state.isEmpty())
        place << p.state;
    return QStringLiteral("%1  %2 · %3 · %4%5")
        .arg(p.id, 5)
        .arg(p.sortName(), p.roleText(), place.join(QLatin1String(", ")),
             p.email.isEmpty() ? QString() : QStringLiteral(" · ") + p.email);
}

int peopleCommand(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    auto all = people::directory(*db);
    if (!all)
        return c.fail(all.error().message);
    const QStringList words = searchWords(c.parser.value(QStringLiteral("search")));
    int shown = 0;
    for (const PersonListing& listing : *all) {
        if (!matchesAllWords(listing.person.searchText(), words))
            continue;
        c.io.out << personLine(listing.person) << QObject::tr(" · %n workshop(s)", nullptr, listing.workshops) << "\n";
        ++shown;
    }
    c.io.out << QObject::tr("%n person(s)", nullptr, shown) << Qt::endl;
    return Success;
}

int rosterCommand(const Context& c)
{
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto entries = roster::list(*db, *workshopId);
    auto counts = roster::counts(*db, *workshopId);
    if (!entries || !counts)
        return c.fail(!entries ? entries.error().message : counts.error().message);
    for (const RosterEntry& e : *entries) {
        QString status = enrollmentLabel(e.status);
        if (e.waitlistPosition)
            status += QStringLiteral(" #%1").arg(e.waitlistPosition);
        c.io.out << QStringLiteral("%1  %2%3\n")
                        .arg(status, -14)
                        .arg(personLine(e.person), e.teamId ? QObject::tr(" · team %1").arg(e.teamName) : QString());
    }
    c.io.out << QObject::tr("%1 registered of %2 places · %3 waitlisted · %4 cancelled")
                    .arg(counts->registered)
                    .arg(counts->capacity)
                    .arg(counts->waitlisted)
                    .arg(counts->cancelled)
             << Qt::endl;
    return Success;
}

int report(const Context& c, const Result<ChangeSet>& result)
{
    if (!result)
        return c.fail(result.error().message);
    c.io.out << result->description;
    if (!result->notice.isEmpty())
        c.io.out << ". " << result->notice;
    c.io.out << Qt::endl;
    return Success;
}

int enrollCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    if (p.isSet(QStringLiteral("person"))) {
        const auto personId = c.rowOption(*db, QStringLiteral("person"), QStringLiteral("people"));
        if (!personId)
            return Usage;
        return report(c, roster::enroll(*db, *workshopId, *personId));
    }
    Person person;
    person.firstName = p.value(QStringLiteral("first"));
    person.lastName = p.value(QStringLiteral("last"));
    person.jurisdiction = p.value(QStringLiteral("jurisdiction"));
    person.state = p.value(QStringLiteral("state"));
    person.email = p.value(QStringLiteral("email"));
    person.phone = p.value(QStringLiteral("phone"));
    const QString role = p.value(QStringLiteral("role"));
    if (auto known = roleFromKey(role.isEmpty() ? QStringLiteral("other") : role)) {
        person.role = *known;
    } else {
        person.role = Role::Other;
        person.roleOther = role;
    }
    auto duplicates = people::likelyDuplicates(*db, person);
    if (!duplicates)
        return c.fail(duplicates.error().message);
    if (!duplicates->empty() && !p.isSet(QStringLiteral("allow-duplicate"))) {
        c.io.err << QObject::tr("%1 may already be in the file:").arg(people::normalized(person).fullName()) << "\n";
        for (const DuplicateMatch& match : *duplicates)
            c.io.err << "  " << personLine(match.person) << " (" << match.reason << ")\n";
        c.io.err << QObject::tr("Enroll that person with --person ID, or add a new person anyway with --allow-duplicate.") << Qt::endl;
        return Problem;
    }
    return report(c, roster::enrollNew(*db, *workshopId, person));
}

template <class Action>
int personAction(const Context& c, Action action)
{
    auto db = c.open();
    if (!db)
        return Problem;
    const auto workshopId = c.rowOption(*db, QStringLiteral("workshop"), QStringLiteral("workshops"));
    const auto personId = workshopId ? c.rowOption(*db, QStringLiteral("person"), QStringLiteral("people")) : std::nullopt;
    if (!workshopId || !personId)
        return Usage;
    return report(c, action(*db, *workshopId, *personId));
}

int teamsCommand(const Context& c)
{
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    const bool apply = c.parser.isSet(QStringLiteral("apply"));
    if (c.parser.isSet(QStringLiteral("suggest")) || apply) {
        auto suggestions = teams::suggest(*db, *workshopId);
        if (!suggestions)
            return c.fail(suggestions.error().message);
        if (suggestions->empty()) {
            c.io.out << QObject::tr("Everyone registered is already in a team (or has no jurisdiction).") << Qt::endl;
            return Success;
        }
        for (const TeamSuggestion& s : *suggestions) {
            QStringList names;
            for (const Person& p : s.members)
                names << QStringLiteral("%1 (%2)").arg(p.fullName(), p.roleText());
            c.io.out << QStringLiteral("%1%2: %3").arg(s.jurisdiction, s.state.isEmpty() ? QString() : QStringLiteral(", ") + s.state,
                                                       names.join(QLatin1String(", ")));
            if (!s.flags.isEmpty())
                c.io.out << "  [" << s.flags.join(QLatin1String("; ")) << "]";
            c.io.out << "\n";
        }
        if (!apply) {
            c.io.out << QObject::tr("Run again with --apply to form these teams.") << Qt::endl;
            return Success;
        }
        return report(c, teams::applySuggestions(*db, *workshopId, *suggestions));
    }
    auto list = teams::list(*db, *workshopId);
    if (!list)
        return c.fail(list.error().message);
    for (const Team& t : *list) {
        c.io.out << QStringLiteral("%1  %2").arg(t.id, 4).arg(t.label());
        if (!t.flags().isEmpty())
            c.io.out << "  [" << t.flags().join(QLatin1String("; ")) << "]";
        c.io.out << "\n";
        for (const TeamMember& m : t.members)
            c.io.out << QStringLiteral("        %1 (%2)\n").arg(m.person.fullName(), m.person.roleText());
    }
    c.io.out << QObject::tr("%n team(s)", nullptr, int(list->size())) << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> rosterCommands()
{
    const QCommandLineOption workshop = workshopOption();
    const QCommandLineOption person = valueOption("person", "The person’s number, as “people” lists it, or their UUID.", "ID");
    return {
        {QStringLiteral("people"), QObject::tr("List everyone in the file."),
         {valueOption("search", "Only people matching these words (name, jurisdiction, email, role).", "TEXT")}, peopleCommand},
        {QStringLiteral("roster"), QObject::tr("List a workshop's roster with statuses and teams."), {workshop}, rosterCommand},
        {QStringLiteral("enroll"), QObject::tr("Register someone for a workshop (waitlisted when it is full)."),
         {workshop, person, valueOption("first", "First name of a new person.", "TEXT"),
          valueOption("last", "Last name of a new person.", "TEXT"),
          valueOption("role", "city_manager, assistant_city_manager, police_chief, fire_chief, "
                              "public_safety_director, or any other title.", "ROLE"),
          valueOption("jurisdiction", "City or county.", "TEXT"), valueOption("state", "State.", "XX"),
          valueOption("email", "Email address.", "EMAIL"), valueOption("phone", "Phone number.", "PHONE"),
          QCommandLineOption(QStringLiteral("allow-duplicate"), QObject::tr("Add the new person even if they look like someone already in the file."))},
         enrollCommand},
        {QStringLiteral("cancel"), QObject::tr("Cancel a registration."), {workshop, person},
         [](const Context& c) { return personAction(c, roster::cancel); }},
        {QStringLiteral("promote"), QObject::tr("Give a waitlisted or cancelled person a place."), {workshop, person},
         [](const Context& c) { return personAction(c, roster::promote); }},
        {QStringLiteral("teams"), QObject::tr("List a workshop's teams, or suggest teams from jurisdictions."),
         {workshop, QCommandLineOption(QStringLiteral("suggest"), QObject::tr("Suggest teams for people not yet in one.")),
          QCommandLineOption(QStringLiteral("apply"), QObject::tr("Form the suggested teams."))},
         teamsCommand},
    };
}

} // namespace rt::cli
