#include "LargeFile.h"

#include "catalog/Catalog.h"
#include "people/People.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Writer.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QObject>
#include <QSet>
#include <random>

namespace rt::bench {
namespace {

const char* const kFirst[] = {"Alex", "Blair", "Casey", "Dana", "Elliot", "Frances", "Gale", "Harper", "Indra", "Jordan",
                              "Kendall", "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sawyer", "Taylor",
                              "Uma", "Val", "Wren", "Yael", "Zion", "Amara", "Bruno", "Chidi", "Dmitri", "Esme",
                              "Farah", "Goran", "Hana", "Ilse", "José", "Kai", "Lena", "Mateo", "Nadia", "Omar"};
const char* const kLast[] = {"Abbott", "Barros", "Calder", "Dunmore", "Eckert", "Fairley", "Garrity", "Holloway", "Ibarra",
                             "Jessup", "Kowalski", "Lindqvist", "Marchetti", "Nakashima", "Okonkwo", "Pettigrew", "Quintero",
                             "Rasmussen", "Szabo", "Thorne", "Underhill", "Vásquez", "Whitcombe", "Yilmaz", "Zeller",
                             "Ashdown", "Brennan", "Castellanos", "Delacroix", "Ellison", "Fontaine", "Grünewald", "Hartigan",
                             "Iversen", "Jankowski", "Kavanagh", "Lachance", "Moreau", "Novak", "Ostrowski"};
const char* const kPlaces[] = {"Ashford", "Brookvale", "Cedar Falls", "Dunmore", "Eastgate", "Fairview", "Glenwood", "Harbor City",
                               "Ironton", "Juniper", "Kingsbridge", "Lakeview", "Millbrook", "Northfield", "Oakdale",
                               "Pinecrest", "Quarry Hill", "Riverside", "Stonebridge", "Twin Oaks", "Union Grove", "Valley Forge",
                               "Westbrook", "Yarrow", "Zephyr Hills"};
const char* const kStates[] = {"OR", "WA", "CA", "ID", "NV", "AZ", "CO", "UT", "TX", "NM", "MN", "WI", "MI", "OH", "PA", "NY"};
const Role kRoles[] = {Role::CityManager, Role::PoliceChief, Role::CityManager, Role::PoliceChief, Role::AssistantCityManager,
                       Role::FireChief, Role::PublicSafetyDirector};

template <class T, size_t N>
const T& pick(std::mt19937& rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

} // namespace

Person samplePerson(std::mt19937& rng, int index)
{
    Person p;
    p.firstName = QString::fromUtf8(pick(rng, kFirst));
    p.lastName = QString::fromUtf8(pick(rng, kLast));
    p.role = pick(rng, kRoles);
    p.jurisdiction = QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(rng, kPlaces))).arg(index % 400);
    p.state = QString::fromLatin1(pick(rng, kStates));
    p.email = QStringLiteral("person%1@example.org").arg(index);
    p.phone = QStringLiteral("(555) 01%1").arg(index % 100, 2, 10, QLatin1Char('0'));
    return p;
}

Result<LargeFileCounts> generateLargeFile(const QString& path, const LargeFileSpec& spec)
{
    auto created = Database::create(path);
    if (!created)
        return std::unexpected(created.error());
    Database& db = **created;
    std::mt19937 rng(spec.seed);
    LargeFileCounts counts;

    auto programs = catalog::programs(db);
    if (!programs)
        return std::unexpected(programs.error());

    // People first, in batches (one transaction each keeps memory flat).
    std::vector<Id> people;
    people.reserve(size_t(spec.people));
    constexpr int kBatch = 2000;
    for (int start = 0; start < spec.people; start += kBatch) {
        auto batch = db.write(QStringLiteral("people"), [&](Writer& w) -> Status {
            for (int i = start; i < std::min(spec.people, start + kBatch); ++i) {
                auto id = people::insert(w, samplePerson(rng, i));
                if (!id)
                    return std::unexpected(id.error());
                people.push_back(*id);
            }
            return ok();
        });
        if (!batch)
            return std::unexpected(batch.error());
    }
    counts.people = int(people.size());

    // Workshops over ten years, each with its roster and teams.
    const int perWorkshop = spec.enrollments / spec.workshops;
    int remainder = spec.enrollments - perWorkshop * spec.workshops;
    std::uniform_int_distribution<size_t> anyone(0, people.size() - 1);
    for (int i = 0; i < spec.workshops; ++i) {
        const int size = perWorkshop + (remainder-- > 0 ? 1 : 0);
        Workshop w;
        const Program& program = (*programs)[size_t(i) % programs->size()];
        w.programId = program.id;
        w.title = QStringLiteral("%1 — %2").arg(program.title, QString::fromUtf8(pick(rng, kPlaces)));
        w.startDate = QDate(2017, 1, 10).addDays(i * 7);
        w.halfDays = program.halfDays;
        w.capacity = size - size / 10; // about one in ten waits for a place
        w.hostState = QString::fromLatin1(pick(rng, kStates));
        w.status = w.startDate < QDate(2026, 11, 1) ? WorkshopStatus::Closed : WorkshopStatus::Planned;
        const WorkshopStatus finalStatus = w.status;
        w.status = WorkshopStatus::Planned; // rosters are built while it is open
        auto workshop = workshops::create(db, w);
        if (!workshop)
            return std::unexpected(workshop.error());
        const Id workshopId = workshop->subject;
        QSet<Id> chosen;
        while (chosen.size() < size)
            chosen.insert(people[anyone(rng)]);
        auto roster = db.write(QStringLiteral("roster"), [&](Writer& wr) -> Status {
            std::vector<Id> registered;
            for (Id personId : chosen) {
                if (auto s = roster::enrollIn(wr, workshopId, personId); !s)
                    return s;
                if (int(registered.size()) < w.capacity)
                    registered.push_back(personId);
            }
            // Teams of two from the registered people.
            for (size_t t = 0; t + 1 < registered.size(); t += 2) {
                auto team = wr.insert(QStringLiteral("teams"), {{QStringLiteral("workshop_id"), workshopId},
                                                                {QStringLiteral("jurisdiction"), QStringLiteral("Team %1").arg(t / 2 + 1)}});
                if (!team)
                    return std::unexpected(team.error());
                for (Id member : {registered[t], registered[t + 1]}) {
                    auto m = wr.insert(QStringLiteral("team_members"), {{QStringLiteral("team_id"), *team},
                                                                        {QStringLiteral("workshop_id"), workshopId},
                                                                        {QStringLiteral("person_id"), member}});
                    if (!m)
                        return std::unexpected(m.error());
                }
                ++counts.teams;
            }
            if (finalStatus != WorkshopStatus::Planned)
                return wr.update(QStringLiteral("workshops"), workshopId, {{QStringLiteral("status"), statusKey(finalStatus)}});
            return ok();
        });
        if (!roster)
            return std::unexpected(roster.error());
        counts.enrollments += size;
        ++counts.workshops;
    }
    return counts;
}

} // namespace rt::bench
