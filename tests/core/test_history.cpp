// History read back from the journal: per workshop and per person, newest
// first, in words a person can follow, and still there after rows are deleted.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "agenda/Agenda.h"
#include "attendance/Attendance.h"
#include "common/Clock.h"
#include "journal/History.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Journal.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

using namespace rt;
using namespace rt::test;

namespace {

// The lines of every entry as the scope shows them, newest first.
QStringList linesOf(const Database& db, const history::Scope& scope, const history::Page& page = {})
{
    QStringList lines;
    for (const history::Entry& e : expectOk(history::read(db, scope, page))) {
        for (const history::Line& line : e.lines)
            lines << history::lineText(line, scope.of);
    }
    return lines;
}

bool anyContains(const QStringList& lines, const QString& text)
{
    for (const QString& line : lines) {
        if (line.contains(text))
            return true;
    }
    return false;
}

struct Setup {
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = addWorkshop(*db);
    Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                  QStringLiteral("Salem"), QStringLiteral("dana@salem.example")));
    Id ray = enrollNew(*db, workshop, makePerson(QStringLiteral("Ray"), QStringLiteral("Ortiz"), Role::PoliceChief,
                                                 QStringLiteral("Salem")));
    history::Scope ofWorkshop = history::Scope::workshop(expectOk(history::workshopUuid(*db, workshop)));
    history::Scope ofDana = history::Scope::person(expectOk(history::personUuid(*db, dana)));
};

struct ClockGuard {
    explicit ClockGuard(const QDateTime& at) { setClockForTesting([at] { return at; }); }
    ~ClockGuard() { setClockForTesting({}); }
};

struct AuthorGuard {
    explicit AuthorGuard(const QString& name) { journal::setAuthor(name); }
    ~AuthorGuard() { journal::setAuthor({}); }
};

} // namespace

TEST_CASE("A check-in reads as checked in at a time by someone")
{
    Setup s;
    const QDateTime at(QDate(2027, 3, 9), QTime(15, 42), Qt::UTC);
    ClockGuard clock(at);
    AuthorGuard author(QStringLiteral("Pat Lee"));
    const auto blocks = expectOk(attendance::blocksOf(*s.db, s.workshop));
    REQUIRE_FALSE(blocks.empty());
    expectOk(attendance::mark(*s.db, s.workshop, s.dana, blocks.front().id, AttendanceStatus::Present));

    const auto entries = expectOk(history::read(*s.db, s.ofWorkshop));
    REQUIRE_FALSE(entries.empty());
    const history::Entry& newest = entries.front();
    CHECK(newest.author == QStringLiteral("Pat Lee"));
    CHECK(newest.at == at);
    CHECK(newest.kind == journal::Kind::Action);
    CHECK(newest.timeLabel() == at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    REQUIRE(newest.lines.size() == 1);
    const QString hhmm = at.toLocalTime().toString(QStringLiteral("HH:mm"));
    CHECK(history::lineText(newest.lines.front(), history::Scope::Of::Workshop)
          == QStringLiteral("Dana Whitfield: Checked in: present, %1 at %2 by Pat Lee").arg(blocks.front().name(), hhmm));
    CHECK(history::lineText(newest.lines.front(), history::Scope::Of::Person)
          == QStringLiteral("Checked in: present, %1 at %2 by Pat Lee").arg(blocks.front().name(), hhmm));

    SECTION("a late arrival carries the time they came; a change says before and after")
    {
        expectOk(attendance::mark(*s.db, s.workshop, s.dana, blocks.front().id, AttendanceStatus::Late, QTime(9, 15)));
        const QStringList lines = linesOf(*s.db, s.ofDana);
        CHECK(lines.front().startsWith(QStringLiteral("Attendance %1: present → late (09:15) at %2 by Pat Lee").arg(blocks.front().name(), hhmm)));
        expectOk(attendance::clearMark(*s.db, s.workshop, s.dana, blocks.front().id));
        CHECK(linesOf(*s.db, s.ofDana).front().startsWith(
            QStringLiteral("Attendance cleared: %1, was late (09:15), at %2 by Pat Lee").arg(blocks.front().name(), hhmm)));
    }
}

TEST_CASE("A person's history shows registration changes and edits")
{
    Setup s;
    expectOk(roster::cancel(*s.db, s.workshop, s.dana));
    Person p = expectOk(people::get(*s.db, s.dana));
    p.email = QStringLiteral("dana.w@salem.example");
    p.phone = QStringLiteral("(555) 555-0100");
    expectOk(people::update(*s.db, p));

    const QStringList lines = linesOf(*s.db, s.ofDana);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Email changed from dana@salem.example to dana.w@salem.example")));
    CHECK(lines.contains(QStringLiteral("Phone set to (555) 555-0100")));
    CHECK(lines.contains(QStringLiteral("Status: registered → cancelled")));
    CHECK(lines.contains(QStringLiteral("Added to the roster (registered)")));
    CHECK(lines.contains(QStringLiteral("Added to the file")));
    CHECK_FALSE(anyContains(lines, QStringLiteral("Ray Ortiz")));
    // Each change says which workshop it was in; the edit of the person was in none.
    const auto entries = expectOk(history::read(*s.db, s.ofDana));
    REQUIRE(entries.size() == 3);
    CHECK(history::workshopsOf(entries.at(0)).isEmpty());
    CHECK(history::workshopsOf(entries.at(1)) == QStringList{QStringLiteral("Test workshop")});
    CHECK(history::searchText(entries.at(1), history::Scope::Of::Person).contains(QStringLiteral("test workshop")));
    // Newest first: the edit, then the cancellation, then the enrollment.
    CHECK(lines.indexOf(QStringLiteral("Email changed from dana@salem.example to dana.w@salem.example"))
          < lines.indexOf(QStringLiteral("Status: registered → cancelled")));
    // The oldest entry added the person and enrolled them, in that order.
    CHECK(lines.mid(lines.size() - 2) == QStringList{QStringLiteral("Added to the file"),
                                                      QStringLiteral("Added to the roster (registered)")});

    // The workshop's history has the cancellation, by name, but not the edit
    // of the person (it is no workshop's).
    const QStringList workshop = linesOf(*s.db, s.ofWorkshop);
    CHECK(workshop.contains(QStringLiteral("Dana Whitfield: Status: registered → cancelled")));
    CHECK_FALSE(anyContains(workshop, QStringLiteral("Email")));
}

TEST_CASE("Team changes read as added to and removed from a team")
{
    Setup s;
    const Id team = expectOk(teams::create(*s.db, s.workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {s.dana, s.ray})).subject;
    CHECK(linesOf(*s.db, s.ofDana).contains(QStringLiteral("Added to team Salem, OR")));
    expectOk(teams::removeMembers(*s.db, s.workshop, {s.dana}));
    CHECK(linesOf(*s.db, s.ofDana).front() == QStringLiteral("Removed from team Salem, OR"));
    expectOk(teams::remove(*s.db, team));
    // The team is gone; its name still comes from the journal.
    const QStringList lines = linesOf(*s.db, s.ofWorkshop);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Team “Salem, OR” removed")));
    CHECK(lines.contains(QStringLiteral("Ray Ortiz: Removed from team Salem, OR")));
    CHECK(lines.contains(QStringLiteral("Dana Whitfield: Removed from team Salem, OR")));
}

TEST_CASE("Other tables read through the generic wording")
{
    Setup s;
    AgendaItem item;
    item.workshopId = s.workshop;
    item.title = QStringLiteral("Welcome and introductions");
    item.minutes = 30;
    const Id id = expectOk(agenda::addItem(*s.db, item)).subject;
    CHECK(linesOf(*s.db, s.ofWorkshop).front() == QStringLiteral("Agenda item “Welcome and introductions” added"));
    item = expectOk(agenda::item(*s.db, id));
    item.title = QStringLiteral("Welcome");
    item.minutes = 45;
    expectOk(agenda::updateItem(*s.db, item));
    CHECK(linesOf(*s.db, s.ofWorkshop).front() == QStringLiteral("Agenda item “Welcome” changed: minutes, title"));
    expectOk(agenda::removeItem(*s.db, id));
    CHECK(linesOf(*s.db, s.ofWorkshop).front() == QStringLiteral("Agenda item “Welcome” removed"));
}

TEST_CASE("An action item's edits say each field, with names for references")
{
    Setup s;
    const Id team = expectOk(teams::create(*s.db, s.workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {s.dana, s.ray})).subject;
    ActionItem item;
    item.teamId = team;
    item.goal = QStringLiteral("Meet monthly");
    const Id id = expectOk(actionplans::add(*s.db, item)).subject;
    CHECK(linesOf(*s.db, s.ofWorkshop).front() == QStringLiteral("Action item “Meet monthly” added for team Salem, OR"));
    item = expectOk(actionplans::get(*s.db, id));
    item.ownerId = s.dana;
    item.status = ActionStatus::InProgress;
    expectOk(actionplans::update(*s.db, item));
    const QStringList lines = linesOf(*s.db, s.ofWorkshop);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Action item “Meet monthly”: Owner set to Dana Whitfield")));
    CHECK(lines.contains(QStringLiteral("Action item “Meet monthly”: Status: not started → in progress")));
}

TEST_CASE("History survives the deletion of the rows it is about")
{
    Setup s;
    const QString workshopUuid = s.ofWorkshop.uuid;
    const auto blocks = expectOk(attendance::blocksOf(*s.db, s.workshop));
    expectOk(attendance::mark(*s.db, s.workshop, s.dana, blocks.front().id, AttendanceStatus::Present));
    expectOk(workshops::remove(*s.db, s.workshop));

    // The enrollment and the check-in are gone; the person's history keeps them.
    REQUIRE(expectOk(sql::scalar(s.db->connection(), QStringLiteral("SELECT count(*) FROM enrollments WHERE person_id = ?"), {s.dana}))
                .toInt()
            == 0);
    const QStringList lines = linesOf(*s.db, s.ofDana);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(lines, QStringLiteral("Checked in: present, %1").arg(blocks.front().name())));
    CHECK(lines.contains(QStringLiteral("Removed from the roster")));
    CHECK(lines.contains(QStringLiteral("Added to the roster (registered)")));
    // So does the workshop's, by its UUID.
    const QStringList workshop = linesOf(*s.db, history::Scope::workshop(workshopUuid));
    CHECK(workshop.contains(QStringLiteral("Workshop “Test workshop” removed")));
    CHECK(anyContains(workshop, QStringLiteral("Dana Whitfield: Checked in")));
}

TEST_CASE("A person removed by an undo keeps a history, with the undo marked as such")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    auto added = expectOk(roster::enrollNew(*db, workshop, makePerson(QStringLiteral("Lee"), QStringLiteral("Park"),
                                                                      Role::FireChief, QStringLiteral("Bend"))));
    const QString uuid = expectOk(history::personUuid(*db, added.subject));
    expectOk(db->revert(added));
    CHECK_FALSE(history::personUuid(*db, added.subject).has_value());
    CHECK(expectOk(history::personName(*db, uuid)) == QStringLiteral("Lee Park"));
    const auto entries = expectOk(history::read(*db, history::Scope::person(uuid)));
    REQUIRE(entries.size() == 2);
    CHECK(entries.front().kind == journal::Kind::Undo);
    CHECK(history::kindLabel(entries.front().kind) == QStringLiteral("Undo"));
    const QStringList lines = linesOf(*db, history::Scope::person(uuid));
    CHECK(lines.contains(QStringLiteral("Removed from the file")));
    CHECK(lines.contains(QStringLiteral("Removed from the roster")));
    CHECK(expectOk(history::personName(*db, QStringLiteral("no-such-uuid"))).isEmpty());
}

TEST_CASE("History comes in pages, newest first, with long entries cut short")
{
    Setup s;
    const int total = expectOk(history::count(*s.db, s.ofWorkshop));
    CHECK(total == 3); // the workshop, Dana, Ray
    CHECK(expectOk(history::count(*s.db, history::Scope::file())) >= total);
    history::Page page;
    page.limit = 2;
    auto first = expectOk(history::read(*s.db, s.ofWorkshop, page));
    REQUIRE(first.size() == 2);
    page.offset = 2;
    auto rest = expectOk(history::read(*s.db, s.ofWorkshop, page));
    REQUIRE(rest.size() == 1);
    CHECK(first.front().id > first.back().id);
    CHECK(first.back().id > rest.front().id);
    CHECK(rest.front().description == expectOk(history::read(*s.db, s.ofWorkshop)).back().description);

    // The workshop's creation wrote several rows (its attendance blocks).
    history::Page short_;
    short_.linesPerEntry = 1;
    const auto cut = expectOk(history::read(*s.db, s.ofWorkshop, short_));
    const history::Entry& creation = cut.back();
    CHECK(creation.lines.size() == 1);
    CHECK(creation.moreLines > 0);
    const auto full = expectOk(history::read(*s.db, s.ofWorkshop));
    CHECK(int(full.back().lines.size()) == 1 + creation.moreLines);
}

TEST_CASE("The filter text holds every word an entry shows")
{
    Setup s;
    expectOk(roster::cancel(*s.db, s.workshop, s.dana));
    const auto entries = expectOk(history::read(*s.db, s.ofWorkshop));
    const QString text = history::searchText(entries.front(), history::Scope::Of::Workshop);
    CHECK(text.contains(QStringLiteral("dana whitfield")));
    CHECK(text.contains(QStringLiteral("cancelled")));
    CHECK(text.contains(QStringLiteral("change")));
}
