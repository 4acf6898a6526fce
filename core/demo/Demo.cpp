#include "demo/Demo.h"
#include "demo/DemoOutcomes.h"

#include "agenda/Agenda.h"
#include "attendance/Attendance.h"
#include "catalog/Catalog.h"
#include "discussions/Discussions.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include "storage/FilePlacement.h"
#include "storage/FileSettings.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QRegularExpression>

namespace rt::demo {
namespace {

struct DemoPerson {
    const char* first;
    const char* last;
    Role role;
    const char* jurisdiction;
    const char* areaCode;
};

// Ten manager/chief teams from Oregon cities. The people are invented.
constexpr DemoPerson kTeams[][2] = {
    {{"Dana", "Whitfield", Role::CityManager, "Albany", "541"}, {"Marcus", "Ortega", Role::PoliceChief, "Albany", "541"}},
    {{"Priya", "Raman", Role::CityManager, "Bend", "541"}, {"Thomas", "Keller", Role::PoliceChief, "Bend", "541"}},
    {{"Helen", "Okafor", Role::CityManager, "Corvallis", "541"}, {"Gregory", "Lund", Role::PoliceChief, "Corvallis", "541"}},
    {{"Samuel", "Reyes", Role::CityManager, "Eugene", "541"}, {"Karen", "Holt", Role::PoliceChief, "Eugene", "541"}},
    {{"Laura", "Jensen", Role::AssistantCityManager, "Grants Pass", "541"},
     {"Victor", "Nakamura", Role::PoliceChief, "Grants Pass", "541"}},
    {{"Andrea", "Castillo", Role::CityManager, "Hillsboro", "503"},
     {"Brian", "Whitaker", Role::PublicSafetyDirector, "Hillsboro", "503"}},
    {{"Frank", "Delgado", Role::CityManager, "Medford", "541"}, {"Monica", "Stewart", Role::PoliceChief, "Medford", "541"}},
    {{"Rebecca", "Tran", Role::CityManager, "Newberg", "503"}, {"Daniel", "Marsh", Role::PoliceChief, "Newberg", "503"}},
    {{"Olivia", "Bennett", Role::CityManager, "Roseburg", "541"}, {"Curtis", "Fuller", Role::PoliceChief, "Roseburg", "541"}},
    {{"Nathan", "Brooks", Role::CityManager, "Tigard", "503"}, {"Elena", "Vásquez", Role::PoliceChief, "Tigard", "503"}},
};

// People for the half-day workshop who are not in the teams above.
constexpr DemoPerson kHalfDayOnly[] = {
    {"Martin", "Cole", Role::CityManager, "Lebanon", "541"},
    {"Sofia", "Lindqvist", Role::AssistantCityManager, "Salem", "503"},
    {"Raymond", "Park", Role::CityManager, "McMinnville", "503"},
    {"Teresa", "Moyer", Role::FireChief, "Lebanon", "541"},
    {"Kevin", "O'Donnell", Role::CityManager, "Hood River", "541"},
};

const QString kDemoKey = QStringLiteral("demo");

Person personFrom(const DemoPerson& d, int& phone)
{
    Person p;
    p.firstName = QString::fromUtf8(d.first);
    p.lastName = QString::fromUtf8(d.last);
    p.role = d.role;
    p.jurisdiction = QString::fromUtf8(d.jurisdiction);
    p.state = QStringLiteral("OR");
    QString domain = p.jurisdiction.toLower();
    domain.remove(QLatin1Char(' '));
    QString user = (p.firstName.left(1) + p.lastName).toLower();
    user.remove(QLatin1Char('\''));
    user = user.normalized(QString::NormalizationForm_KD);
    user.remove(QRegularExpression(QStringLiteral("[^a-z]")));
    p.email = QStringLiteral("%1@%2.example.org").arg(user, domain);
    p.phone = QStringLiteral("(%1) 555-0%2").arg(QString::fromLatin1(d.areaCode)).arg(phone++);
    return p;
}

Status check(const Result<ChangeSet>& result)
{
    return result ? ok() : Status(std::unexpected(result.error()));
}

Result<Id> subjectOf(const Result<ChangeSet>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return result->subject;
}

Result<Id> programId(const Database& db, const QString& title)
{
    auto programs = catalog::programs(db);
    if (!programs)
        return std::unexpected(programs.error());
    for (const Program& p : *programs) {
        if (p.title == title)
            return p.id;
    }
    return fail(QObject::tr("Internal error: the catalog has no program “%1”.").arg(title));
}

// The first day of the two-day workshop as the door sees it at about 14:00:
// the morning settled (two late, one called away before lunch, one excused
// who came in the afternoon instead), the afternoon under way with a few
// people not back yet.
struct DemoMark {
    const char* last;
    AttendanceStatus status;
    QTime at;
};
const DemoMark kMorningExceptions[] = {
    {"Raman", AttendanceStatus::Late, QTime(9, 10)},
    {"Nakamura", AttendanceStatus::Late, QTime(9, 25)},
    {"Stewart", AttendanceStatus::LeftEarly, QTime(11, 40)},
    {"Fuller", AttendanceStatus::Excused, {}},
};
const DemoMark kAfternoon[] = {
    {"Whitfield", AttendanceStatus::Present, {}}, {"Ortega", AttendanceStatus::Present, {}},
    {"Raman", AttendanceStatus::Present, {}},     {"Okafor", AttendanceStatus::Present, {}},
    {"Reyes", AttendanceStatus::Present, {}},     {"Jensen", AttendanceStatus::Present, {}},
    {"Nakamura", AttendanceStatus::Present, {}},  {"Castillo", AttendanceStatus::Late, QTime(13, 20)},
    {"Whitaker", AttendanceStatus::Present, {}},  {"Delgado", AttendanceStatus::Present, {}},
    {"Tran", AttendanceStatus::Present, {}},      {"Bennett", AttendanceStatus::Present, {}},
    {"Fuller", AttendanceStatus::Present, {}},    {"Brooks", AttendanceStatus::Present, {}},
};

Status checkInDayOne(Database& db, Id workshopId, const QHash<QString, Id>& byLastName)
{
    auto list = attendance::blocksOf(db, workshopId);
    if (!list)
        return std::unexpected(list.error());
    // The first day's two blocks by their place, not their labels: the labels
    // are written in the language the demo was made in.
    std::optional<AttendanceBlock> morning, afternoon;
    for (const AttendanceBlock& b : *list) {
        if (b.day != 1)
            continue;
        if (!morning)
            morning = b;
        else if (!afternoon)
            afternoon = b;
    }
    if (!morning || !afternoon)
        return fail(QObject::tr("Internal error: the demo workshop has no first day."));
    const auto markAll = [&](const auto& marks, Id blockId) -> Status {
        for (const DemoMark& m : marks) {
            const Id person = byLastName.value(QString::fromUtf8(m.last));
            if (auto s = check(attendance::mark(db, workshopId, person, blockId, m.status, m.at)); !s)
                return s;
        }
        return ok();
    };
    if (auto s = markAll(kMorningExceptions, morning->id); !s)
        return s;
    if (auto s = check(attendance::markAllPresent(db, workshopId, morning->id)); !s)
        return s;
    return markAll(kAfternoon, afternoon->id);
}

Status useTemplate(Database& db, Id workshopId, const QString& name)
{
    auto list = agenda::templates(db);
    if (!list)
        return std::unexpected(list.error());
    for (const AgendaTemplate& t : *list) {
        if (t.name == name)
            return check(agenda::applyTemplate(db, workshopId, t.id));
    }
    return fail(QObject::tr("Internal error: there is no agenda template “%1”.").arg(name));
}

// Who presents what in the two-day workshop: each instructor takes the
// modules they are known for, and leads that module's discussions too.
struct DemoPresenter {
    const char* module;
    const char* instructor;
};
const DemoPresenter kPresenters[] = {
    {"The Manager/Chief Relationship", "Leonard Matarese"},
    {"Crisis Communication and Social Media", "Rod Gould"},
    {"Risk Management", "Chief Kenton Rainey"},
    {"Performance Assessment", "Paul O'Connell"},
    {"21st Century Policing", "Paul O'Connell"},
};
// What the instructors want to remember in the room.
const struct {
    const char* title;
    const char* note;
} kNotes[] = {
    {"What gets in the way",
     "Seat each city's manager and chief together, two teams to a table. Ask every table for one obstacle on the flip chart before the "
     "report-out."},
    {"Team action plans",
     "Hand out the action-plan worksheet before lunch.\nEach team leaves with three commitments and names who checks them at 30, 60 and 90 days."},
};

Status planTwoDayAgenda(Database& db, Id workshopId, const QHash<QString, Id>& instructors)
{
    if (auto s = useTemplate(db, workshopId, QObject::tr("Two-day manager/chief workshop")); !s)
        return s;
    auto items = agenda::itemsOf(db, workshopId);
    if (!items)
        return std::unexpected(items.error());
    const Id lead = instructors.value(QStringLiteral("Leonard Matarese"));
    for (AgendaItem item : *items) {
        const AgendaItem before = item;
        if (isPause(item.kind))
            continue;
        for (const DemoPresenter& p : kPresenters) {
            if (item.module == QObject::tr(p.module))
                item.presenterId = instructors.value(QString::fromUtf8(p.instructor));
        }
        // The lead instructor opens and closes the two days.
        if (item.title == QObject::tr("Welcome, introductions and what the two days are for")
            || item.title == QObject::tr("Closing and certificates"))
            item.presenterId = lead;
        for (const auto& n : kNotes) {
            if (item.title == QObject::tr(n.title))
                item.notes = QString::fromUtf8(n.note);
        }
        if (item.presenterId == before.presenterId && item.notes == before.notes)
            continue;
        if (auto s = check(agenda::updateItem(db, item)); !s)
            return s;
    }
    return ok();
}

// The two small-group discussions of day one, with what the groups reported
// and how the room voted. Round 2 is placed knowing who met in round 1.
struct DemoItem {
    int group; // 0: the large group
    ItemTag tag;
    const char* text;
};
const struct {
    const char* agendaTitle;
    const char* notes[4];
    DemoItem items[6];
} kRounds[] = {
    {"What gets in the way",
     {"Most of the table had no standing meeting between manager and chief; several meet only when something goes wrong.",
      "Council members calling the chief directly came up again and again.", "Budget season strains the relationship every year.",
      "Agreed that trust is built before the crisis, not during it."},
     {{1, ItemTag::Insight, "A standing weekly meeting, even 20 minutes, keeps surprises small."},
      {2, ItemTag::Obstacle, "Council members go around the manager straight to the chief."},
      {3, ItemTag::Obstacle, "Budget cuts are announced before the chief has seen the numbers."},
      {4, ItemTag::Question, "How much should the manager know about an open internal investigation?"},
      {0, ItemTag::ParkingLot, "Model language for the chief's employment agreement."},
      {4, ItemTag::Insight, "Say out loud who calls whom after hours."}}},
    {"The first hour of a crisis",
     {"Nobody had a written call list that covers both the city and the department.",
      "Debated whether the mayor speaks before the chief; no agreement.",
      "The PIO is often the last to hear. Put them on the first call.", "Practice it: a tabletop once a year."},
     {{1, ItemTag::Insight, "One shared call list: manager, chief, PIO, mayor, city attorney."},
      {2, ItemTag::Question, "Who decides when to release body-camera video?"},
      {3, ItemTag::Obstacle, "The city's social media accounts are run by three departments."},
      {4, ItemTag::Insight, "A holding statement written in advance buys the first hour."},
      {0, ItemTag::ParkingLot, "A regional mutual-aid agreement for public information officers."},
      {2, ItemTag::Obstacle, "After-hours phone numbers are out of date."}}},
};
// Dots by last name: (round index, item index, dots).
const struct {
    const char* last;
    int round;
    int item;
    int dots;
} kVotes[] = {
    {"Whitfield", 0, 0, 2}, {"Ortega", 0, 1, 3}, {"Raman", 0, 0, 1}, {"Keller", 0, 2, 2}, {"Okafor", 0, 3, 1},
    {"Lund", 0, 0, 3},      {"Reyes", 0, 4, 1},  {"Holt", 0, 1, 2},  {"Whitfield", 1, 0, 3}, {"Ortega", 1, 1, 2},
    {"Raman", 1, 3, 2},     {"Okafor", 1, 0, 1}, {"Reyes", 1, 2, 1}, {"Jensen", 1, 3, 3},    {"Tran", 1, 5, 1},
};

Status holdDiscussions(Database& db, Id workshopId, const QHash<QString, Id>& byLastName)
{
    auto agendaItems = agenda::itemsOf(db, workshopId);
    if (!agendaItems)
        return std::unexpected(agendaItems.error());
    std::vector<std::vector<Id>> itemIds;
    for (const auto& demo : kRounds) {
        const auto item = std::find_if(agendaItems->begin(), agendaItems->end(),
                                       [&](const AgendaItem& i) { return i.title == QObject::tr(demo.agendaTitle); });
        if (item == agendaItems->end())
            return fail(QObject::tr("Internal error: the demo agenda has no “%1”.").arg(QString::fromUtf8(demo.agendaTitle)));
        DiscussionRound r;
        r.workshopId = workshopId;
        r.agendaItemId = item->id;
        r.prompt = item->prompt;
        r.mode = GroupMode::Mixed;
        r.groupCount = 4;
        r.seed = std::uint64_t(itemIds.size() + 1);
        auto roundId = subjectOf(discussions::addRound(db, r));
        if (!roundId)
            return std::unexpected(roundId.error());
        auto d = discussions::detail(db, *roundId);
        if (!d)
            return std::unexpected(d.error());
        for (const DiscussionGroup& g : d->groups) {
            if (auto s = check(discussions::setScribeNotes(db, g.id, QString::fromUtf8(demo.notes[g.number - 1]))); !s)
                return s;
        }
        itemIds.emplace_back();
        for (const DemoItem& i : demo.items) {
            const std::optional<Id> group = i.group == 0 ? std::nullopt : std::optional<Id>(d->groups[size_t(i.group - 1)].id);
            auto id = subjectOf(discussions::addItem(db, *roundId, group, QString::fromUtf8(i.text), i.tag));
            if (!id)
                return std::unexpected(id.error());
            itemIds.back().push_back(*id);
        }
    }
    for (const auto& v : kVotes) {
        const Id person = byLastName.value(QString::fromUtf8(v.last));
        if (auto s = check(discussions::vote(db, itemIds[size_t(v.round)][size_t(v.item)], person, v.dots)); !s)
            return s;
    }
    return ok();
}

Status fill(Database& db)
{
    int phone = 100;
    Venue academy;
    academy.name = QStringLiteral("Oregon State Police Academy");
    academy.city = QStringLiteral("Salem");
    academy.state = QStringLiteral("OR");
    auto academyId = subjectOf(venues::save(db, academy));
    if (!academyId)
        return std::unexpected(academyId.error());

    Venue centre;
    centre.name = QStringLiteral("Willamette Civic Conference Room");
    centre.city = QStringLiteral("Eugene");
    centre.state = QStringLiteral("OR");
    auto centreId = subjectOf(venues::save(db, centre));
    if (!centreId)
        return std::unexpected(centreId.error());

    auto twoDayProgram = programId(db, QStringLiteral("Strengthening the City Manager/Police Chief Relationship"));
    auto halfDayProgram = programId(db, QStringLiteral("Asking Your Police and Fire Chief the Right Questions to Get the Right Answers"));
    if (!twoDayProgram || !halfDayProgram)
        return std::unexpected(!twoDayProgram ? twoDayProgram.error() : halfDayProgram.error());

    Workshop twoDay;
    twoDay.programId = *twoDayProgram;
    twoDay.title = QStringLiteral("Strengthening the City Manager/Police Chief Relationship — Oregon");
    twoDay.venueId = *academyId;
    twoDay.startDate = QDate(2027, 3, 9);
    twoDay.halfDays = 4;
    twoDay.capacity = 20;
    twoDay.hostOrganisation = QStringLiteral("Oregon City/County Management Association");
    twoDay.hostState = QStringLiteral("OR");
    twoDay.affiliated = true;
    twoDay.notes = QStringLiteral("Demo workshop: every participant is fictional.");
    auto twoDayId = subjectOf(workshops::create(db, twoDay));
    if (!twoDayId)
        return std::unexpected(twoDayId.error());

    const struct {
        const char* name;
        const char* credentials;
        bool lead;
    } instructors[] = {{"Leonard Matarese", "", true}, {"Rod Gould", "", false}, {"Chief Kenton Rainey", "", false},
                       {"Paul O'Connell", "Ph.D.", false}};
    QHash<QString, Id> instructorIds;
    for (const auto& instructor : instructors) {
        Facilitator f;
        f.name = QString::fromUtf8(instructor.name);
        f.credentials = QString::fromUtf8(instructor.credentials);
        f.organisation = QStringLiteral("CPSM");
        f.lead = instructor.lead;
        auto id = subjectOf(facilitators::addToWorkshop(db, *twoDayId, f));
        if (!id)
            return std::unexpected(id.error());
        instructorIds.insert(f.name, *id);
    }
    if (auto s = planTwoDayAgenda(db, *twoDayId, instructorIds); !s)
        return s;

    std::vector<Id> halfDayRegulars;
    QHash<QString, Id> byLastName;
    for (const auto& pair : kTeams) {
        std::vector<Id> members;
        for (const DemoPerson& d : pair) {
            auto id = subjectOf(roster::enrollNew(db, *twoDayId, personFrom(d, phone)));
            if (!id)
                return std::unexpected(id.error());
            members.push_back(*id);
            byLastName.insert(QString::fromUtf8(d.last), *id);
        }
        if (auto s = check(teams::create(db, *twoDayId, QString::fromUtf8(pair[0].jurisdiction), QStringLiteral("OR"), members)); !s)
            return s;
        if (pair[0].role == Role::CityManager && halfDayRegulars.size() < 3)
            halfDayRegulars.push_back(members.front());
    }
    // The workshop is full: one more registration goes on the waitlist, and
    // one earlier registration was cancelled.
    auto waiting = subjectOf(roster::enrollNew(db, *twoDayId, personFrom({"Paula", "Greene", Role::AssistantCityManager, "Eugene", "541"}, phone)));
    auto cancelled = subjectOf(roster::enrollNew(db, *twoDayId, personFrom({"José", "Álvarez", Role::FireChief, "Salem", "503"}, phone)));
    if (!waiting || !cancelled)
        return std::unexpected(!waiting ? waiting.error() : cancelled.error());
    if (auto s = check(roster::cancel(db, *twoDayId, *cancelled)); !s)
        return s;
    if (auto s = checkInDayOne(db, *twoDayId, byLastName); !s)
        return s;
    if (auto s = holdDiscussions(db, *twoDayId, byLastName); !s)
        return s;
    if (auto s = addOutcomes(db, *twoDayId); !s)
        return s;

    Workshop halfDay;
    halfDay.programId = *halfDayProgram;
    halfDay.title = QStringLiteral("Asking Your Police and Fire Chief the Right Questions — Eugene");
    halfDay.venueId = *centreId;
    halfDay.startDate = QDate(2027, 4, 22);
    halfDay.halfDays = 1;
    halfDay.capacity = 50;
    halfDay.hostOrganisation = QStringLiteral("Oregon City/County Management Association");
    halfDay.hostState = QStringLiteral("OR");
    halfDay.affiliated = true;
    halfDay.notes = QStringLiteral("Demo workshop: every participant is fictional.");
    auto halfDayId = subjectOf(workshops::create(db, halfDay));
    if (!halfDayId)
        return std::unexpected(halfDayId.error());
    for (Id id : halfDayRegulars) {
        if (auto s = check(roster::enroll(db, *halfDayId, id)); !s)
            return s;
    }
    for (const DemoPerson& d : kHalfDayOnly) {
        if (auto s = check(roster::enrollNew(db, *halfDayId, personFrom(d, phone))); !s)
            return s;
    }
    return useTemplate(db, *halfDayId, QObject::tr("Half-day workshop"));
}

} // namespace

Status write(const QString& path)
{
    if (QFileInfo::exists(path)) {
        // Only an earlier demo may be replaced; anything else may hold real work.
        auto existing = Database::open(path);
        auto marked = existing ? filesettings::value((*existing)->connection(), kDemoKey)
                               : Result<std::optional<QString>>(std::unexpected(existing.error()));
        if (!marked || !*marked)
            return fail(QObject::tr("“%1” already exists and is not a demo file, so it was left alone. Choose another "
                                    "name for the demo, or delete that file first.")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    const QString temporary = placement::temporarySibling(path);
    {
        auto db = Database::create(temporary);
        if (!db)
            return std::unexpected(db.error());
        Status filled = populate(**db);
        db->reset();
        if (!filled) {
            placement::removeDatabaseFiles(temporary);
            return filled;
        }
    }
    return placement::moveIntoPlace(temporary, path);
}

Status populate(Database& db)
{
    auto held = sql::scalar(db.connection(), QStringLiteral("SELECT (SELECT count(*) FROM workshops) + (SELECT count(*) FROM people)"));
    if (!held)
        return std::unexpected(held.error());
    if (held->toLongLong() > 0)
        return fail(QObject::tr("%1 already holds workshops or people, so the demo was not added: its fictional "
                                "participants would mix with real ones. Use an empty database for the demo.")
                        .arg(db.displayName()));
    if (auto filled = fill(db); !filled)
        return filled;
    return check(db.write(QObject::tr("Mark the demo file"),
                          [](Writer& w) { return filesettings::set(w, kDemoKey, QStringLiteral("1")); }));
}

} // namespace rt::demo
