// The change journal: one entry per action, undo and redo, with a line per row
// and the owners of each row, written in the same transaction and never
// rewritten.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "attendance/Attendance.h"
#include "check/FileCheck.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Journal.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

namespace {

int scalarInt(const Database& db, const QString& statement, const QVariantList& binds = {})
{
    return expectOk(sql::scalar(db.connection(), statement, binds)).toInt();
}

int entries(const Database& db)
{
    return scalarInt(db, QStringLiteral("SELECT count(*) FROM journal"));
}

struct LastEntry {
    qlonglong id = 0;
    QString author;
    QString description;
    QString kind;
    int lines = 0;
};

LastEntry lastEntry(const Database& db)
{
    auto q = expectOk(sql::run(db.connection(), QStringLiteral("SELECT id, author, description, kind FROM journal ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    LastEntry e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    e.lines = scalarInt(db, QStringLiteral("SELECT count(*) FROM journal_rows WHERE journal_id = ?"), {e.id});
    return e;
}

struct Owners {
    QString workshop;
    QString person;
    QString op;
    QJsonObject detail;
};

// The newest line about one row.
Owners ownersOf(const Database& db, const QString& table, const QString& rowUuid)
{
    auto q = expectOk(sql::run(db.connection(),
                               QStringLiteral("SELECT workshop_uuid, person_uuid, op, detail FROM journal_rows "
                                              "WHERE table_name = ? AND row_uuid = ? ORDER BY id DESC LIMIT 1"),
                               {table, rowUuid}));
    REQUIRE(q.next());
    Owners o{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
    q.finish();
    return o;
}

QString uuidOf(const Database& db, const QString& table, Id id)
{
    return expectOk(sql::scalar(db.connection(), QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table), {id})).toString();
}

struct AuthorGuard {
    explicit AuthorGuard(const QString& name) { journal::setAuthor(name); }
    ~AuthorGuard() { journal::setAuthor({}); }
};

} // namespace

TEST_CASE("Every action appends exactly one entry with its rows and its author")
{
    TempDir dir;
    auto db = newDatabase(dir);
    AuthorGuard author(QStringLiteral("Pat Lee"));
    const Id workshop = addWorkshop(*db);
    const int before = entries(*db);
    auto changes = expectOk(roster::enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"),
                                                                        Role::CityManager, QStringLiteral("Salem"))));
    CHECK(entries(*db) == before + 1);
    const LastEntry e = lastEntry(*db);
    CHECK(e.author == QStringLiteral("Pat Lee"));
    CHECK(e.description == changes.description);
    CHECK(e.kind == QStringLiteral("action"));
    CHECK(e.lines == int(changes.rows.size()));
    CHECK(e.lines >= 2); // the person and the enrollment

    SECTION("an action that changes nothing appends nothing")
    {
        auto person = expectOk(people::get(*db, changes.subject));
        const int now = entries(*db);
        expectOk(people::update(*db, person));
        CHECK(entries(*db) == now);
    }
}

TEST_CASE("The author defaults to the account name and can be set")
{
    journal::setAuthor({});
    CHECK_FALSE(journal::author().isEmpty());
    journal::setAuthor(QStringLiteral("  Rod Gould  "));
    CHECK(journal::author() == QStringLiteral("Rod Gould"));
    journal::setAuthor({});
    CHECK(journal::author() != QStringLiteral("Rod Gould"));
}

TEST_CASE("Undo and redo append entries of their own kind")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    auto changes = expectOk(roster::enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"),
                                                                        Role::CityManager, QStringLiteral("Salem"))));
    const int before = entries(*db);
    expectOk(db->revert(changes));
    CHECK(entries(*db) == before + 1);
    LastEntry e = lastEntry(*db);
    CHECK(e.kind == QStringLiteral("undo"));
    CHECK(e.description.contains(changes.description));
    CHECK(e.lines == int(changes.rows.size()));
    expectOk(db->reapply(changes));
    CHECK(entries(*db) == before + 2);
    e = lastEntry(*db);
    CHECK(e.kind == QStringLiteral("redo"));
    CHECK(e.lines == int(changes.rows.size()));
    CHECK(journal::kindFromKey(QStringLiteral("redo")) == journal::Kind::Redo);
    CHECK_FALSE(journal::kindFromKey(QStringLiteral("sideways")).has_value());
}

TEST_CASE("A failed action appends nothing to the journal")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const int before = entries(*db);
    auto result = db->write(QStringLiteral("half an action"), [](Writer& w) -> Status {
        if (auto id = w.insert(QStringLiteral("venues"), {{QStringLiteral("name"), QStringLiteral("Hall A")}}); !id)
            return std::unexpected(id.error());
        return fail(QStringLiteral("the second half failed"));
    });
    REQUIRE_FALSE(result.has_value());
    CHECK(entries(*db) == before);
    CHECK(scalarInt(*db, QStringLiteral("SELECT count(*) FROM journal_rows WHERE table_name = 'venues'")) == 0);

    SECTION("nor does an undo that is refused")
    {
        const Id workshop = addWorkshop(*db);
        const Id person = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"),
                                                              Role::CityManager, QStringLiteral("Salem")));
        auto cancelled = expectOk(roster::cancel(*db, workshop, person));
        expectOk(roster::promote(*db, workshop, person));
        const int now = entries(*db);
        CHECK_FALSE(db->revert(cancelled).has_value());
        CHECK(entries(*db) == now);
    }
}

TEST_CASE("The journal refuses to be changed or emptied")
{
    TempDir dir;
    auto db = newDatabase(dir);
    addWorkshop(*db);
    REQUIRE(entries(*db) > 0);
    for (const char* statement : {"UPDATE journal SET author = 'someone else'", "DELETE FROM journal",
                                  "UPDATE journal_rows SET detail = '{}'", "DELETE FROM journal_rows"}) {
        INFO(statement);
        auto result = sql::run(db->connection(), QString::fromLatin1(statement));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(QStringLiteral("append-only")));
    }
    CHECK(entries(*db) > 0);
}

TEST_CASE("Each line names the workshop and person the row belongs to")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const QString workshopUuid = uuidOf(*db, QStringLiteral("workshops"), workshop);
    const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                        QStringLiteral("Salem")));
    const Id ray = enrollNew(*db, workshop, makePerson(QStringLiteral("Ray"), QStringLiteral("Ortiz"), Role::PoliceChief,
                                                       QStringLiteral("Salem")));
    const QString danaUuid = uuidOf(*db, QStringLiteral("people"), dana);

    SECTION("an attendance mark: its workshop and its person")
    {
        const auto blocks = expectOk(attendance::blocksOf(*db, workshop));
        REQUIRE_FALSE(blocks.empty());
        auto marked = expectOk(attendance::mark(*db, workshop, dana, blocks.front().id, AttendanceStatus::Present));
        const QString markUuid = uuidOf(*db, QStringLiteral("attendance_marks"), marked.rows.front().id);
        const Owners o = ownersOf(*db, QStringLiteral("attendance_marks"), markUuid);
        CHECK(o.workshop == workshopUuid);
        CHECK(o.person == danaUuid);
        CHECK(o.op == QStringLiteral("insert"));
        CHECK(o.detail.value(QStringLiteral("status")).toString() == QStringLiteral("present"));

        expectOk(attendance::mark(*db, workshop, dana, blocks.front().id, AttendanceStatus::Late, QTime(9, 15)));
        const Owners changed = ownersOf(*db, QStringLiteral("attendance_marks"), markUuid);
        CHECK(changed.op == QStringLiteral("update"));
        CHECK(changed.person == danaUuid);
        CHECK(changed.detail.value(QStringLiteral("status")).toVariant().toStringList()
              == QStringList{QStringLiteral("present"), QStringLiteral("late")});
        CHECK_FALSE(changed.detail.contains(QStringLiteral("updated_at")));
    }

    SECTION("an action item: its workshop through its team")
    {
        const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, ray})).subject;
        ActionItem item;
        item.teamId = team;
        item.goal = QStringLiteral("Meet monthly");
        item.ownerId = dana;
        const Id itemId = expectOk(actionplans::add(*db, item)).subject;
        const Owners o = ownersOf(*db, QStringLiteral("action_items"), uuidOf(*db, QStringLiteral("action_items"), itemId));
        CHECK(o.workshop == workshopUuid);
        CHECK(o.person.isEmpty());

        SECTION("and deleted rows keep theirs")
        {
            const QString teamUuid = uuidOf(*db, QStringLiteral("teams"), team);
            const QString itemUuid = uuidOf(*db, QStringLiteral("action_items"), itemId);
            const QString memberUuid = expectOk(sql::scalar(db->connection(),
                                                            QStringLiteral("SELECT uuid FROM team_members WHERE person_id = ?"),
                                                            {dana}))
                                           .toString();
            expectOk(teams::remove(*db, team));
            CHECK(ownersOf(*db, QStringLiteral("teams"), teamUuid).op == QStringLiteral("delete"));
            CHECK(ownersOf(*db, QStringLiteral("teams"), teamUuid).workshop == workshopUuid);
            const Owners member = ownersOf(*db, QStringLiteral("team_members"), memberUuid);
            CHECK(member.op == QStringLiteral("delete"));
            CHECK(member.workshop == workshopUuid);
            CHECK(member.person == danaUuid);
            const Owners gone = ownersOf(*db, QStringLiteral("action_items"), itemUuid);
            CHECK(gone.op == QStringLiteral("delete"));
            CHECK(gone.workshop == workshopUuid);
            CHECK(gone.detail.value(QStringLiteral("goal")).toString() == QStringLiteral("Meet monthly"));
        }
    }

    SECTION("a deleted workshop's rows keep it")
    {
        const QString enrollmentUuid = expectOk(sql::scalar(db->connection(),
                                                            QStringLiteral("SELECT uuid FROM enrollments WHERE person_id = ?"),
                                                            {dana}))
                                           .toString();
        expectOk(workshops::remove(*db, workshop));
        const Owners o = ownersOf(*db, QStringLiteral("enrollments"), enrollmentUuid);
        CHECK(o.op == QStringLiteral("delete"));
        CHECK(o.workshop == workshopUuid);
        CHECK(o.person == danaUuid);
        CHECK(ownersOf(*db, QStringLiteral("workshops"), workshopUuid).workshop == workshopUuid);
    }

    SECTION("a person row is its own person's")
    {
        Person p = expectOk(people::get(*db, dana));
        p.email = QStringLiteral("dana@salem.example");
        expectOk(people::update(*db, p));
        const Owners o = ownersOf(*db, QStringLiteral("people"), danaUuid);
        CHECK(o.person == danaUuid);
        CHECK(o.workshop.isEmpty());
        CHECK(o.op == QStringLiteral("update"));
    }
}

TEST_CASE("A NULL is recorded as null, not as an empty text")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                        QStringLiteral("Salem")));
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana})).subject;
    ActionItem item;
    item.teamId = team;
    item.goal = QStringLiteral("Meet monthly");
    const Id itemId = expectOk(actionplans::add(*db, item)).subject;
    const QString uuid = uuidOf(*db, QStringLiteral("action_items"), itemId);
    const Owners added = ownersOf(*db, QStringLiteral("action_items"), uuid);
    CHECK(added.detail.value(QStringLiteral("due_date")).isNull());
    CHECK(added.detail.value(QStringLiteral("owner_person_id")).isNull());
    CHECK(added.detail.value(QStringLiteral("notes")).toString() == QString());
    CHECK(added.detail.value(QStringLiteral("notes")).isString());

    item = expectOk(actionplans::get(*db, itemId));
    item.due = QDate(2027, 6, 8);
    item.ownerId = dana;
    expectOk(actionplans::update(*db, item));
    const Owners changed = ownersOf(*db, QStringLiteral("action_items"), uuid);
    REQUIRE(changed.op == QStringLiteral("update"));
    const QJsonArray due = changed.detail.value(QStringLiteral("due_date")).toArray();
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).isNull());
    CHECK(due.at(1).toString() == QStringLiteral("2027-06-08"));
    CHECK(changed.detail.value(QStringLiteral("owner_person_id")).toArray().at(0).isNull());
}

TEST_CASE("The file check passes on a file with a journal")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const Id dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                        QStringLiteral("Salem")));
    auto cancelled = expectOk(roster::cancel(*db, workshop, dana));
    expectOk(db->revert(cancelled));
    REQUIRE(entries(*db) >= 4);
    // A file is checked closed, as `roundtable-cli check` sees it; a server while connected.
    const CheckReport report = db->isServer() ? checkDatabase(*db) : [&db] {
        const QString path = db->path();
        db.reset();
        return checkFile(path);
    }();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
}
