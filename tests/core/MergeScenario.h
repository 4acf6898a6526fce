#pragma once
// Two laptops at one workshop: a file is made, copied, and each copy is edited
// apart at known times (the test clock), the way a facilitator and a
// coordinator would during a day without network.

#include "Fixtures.h"
#include "TestServer.h"
#include "agenda/Agenda.h"
#include "actionplans/ActionPlans.h"
#include "attendance/Attendance.h"
#include "common/Clock.h"
#include "merge/Offline.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>

namespace rt::test {

struct TestClock {
    QDateTime now = QDateTime(QDate(2027, 3, 9), QTime(8, 0), Qt::UTC);
    TestClock()
    {
        setClockForTesting([this] { return now; });
    }
    ~TestClock() { setClockForTesting({}); }
    void at(int hour, int minute) { now = QDateTime(QDate(2027, 3, 9), QTime(hour, minute), Qt::UTC); }
};

inline QVariant value(const Database& db, const QString& statement, const QVariantList& binds = {})
{
    return expectOk(sql::scalar(db.connection(), statement, binds));
}

inline int rows(const Database& db, const QString& table)
{
    return value(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

inline Id idOf(const Database& db, const QString& statement, const QVariantList& binds = {})
{
    return value(db, statement, binds).toLongLong();
}

inline Id personNamed(const Database& db, const QString& last)
{
    return idOf(db, QStringLiteral("SELECT id FROM people WHERE last_name = ?"), {last});
}

inline Id itemTitled(const Database& db, const QString& title)
{
    return idOf(db, QStringLiteral("SELECT id FROM agenda_items WHERE title = ?"), {title});
}

inline Id firstBlock(const Database& db)
{
    return idOf(db, QStringLiteral("SELECT id FROM attendance_blocks ORDER BY day, starts_at LIMIT 1"));
}

inline Id workshopOf(const Database& db)
{
    return idOf(db, QStringLiteral("SELECT id FROM workshops ORDER BY id LIMIT 1"));
}

inline void addAgendaItem(Database& db, Id workshopId, const QString& title, int minutes)
{
    AgendaItem item;
    item.workshopId = workshopId;
    item.title = title;
    item.minutes = minutes;
    expectOk(agenda::addItem(db, item));
}

inline void setMinutes(Database& db, const QString& title, int minutes)
{
    AgendaItem item = expectOk(agenda::item(db, itemTitled(db, title)));
    item.minutes = minutes;
    expectOk(agenda::updateItem(db, item));
}

// The shared start: one workshop, four people, an agenda of four items.
inline void fillBase(Database& database)
{
    Database* db = &database;
    const Id w = addWorkshop(*db);
    enrollNew(*db, w, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Springfield"), QStringLiteral("dana@springfield.gov")));
    enrollNew(*db, w, makePerson(QStringLiteral("Ray"), QStringLiteral("Okafor"), Role::PoliceChief, QStringLiteral("Springfield")));
    enrollNew(*db, w, makePerson(QStringLiteral("Lee"), QStringLiteral("Park"), Role::CityManager, QStringLiteral("Shelbyville")));
    enrollNew(*db, w, makePerson(QStringLiteral("Sam"), QStringLiteral("Ortiz"), Role::PoliceChief, QStringLiteral("Shelbyville")));
    addAgendaItem(*db, w, QStringLiteral("Opening remarks"), 30);
    addAgendaItem(*db, w, QStringLiteral("Lunch"), 60);
    addAgendaItem(*db, w, QStringLiteral("Break"), 15);
    addAgendaItem(*db, w, QStringLiteral("Closing"), 30);
}

inline void makeBase(const TempDir& dir, const QString& path)
{
    auto db = newDatabase(dir, QFileInfo(path).fileName());
    fillBase(*db);
}

// A and B: two copies of the base. On the server backend A is a database on
// the test server and B the workshop taken offline from it (the venue's
// laptop); otherwise both are files, B a byte copy of A.
struct Laptops {
    QString a;
    QString b;
    std::optional<ServerAddress> server = std::nullopt;

    std::unique_ptr<Database> openA() const
    {
        return server ? expectOk(Database::openServer(*server)) : expectOk(Database::open(a));
    }
};

inline Laptops makeCopies(const TempDir& dir)
{
    Laptops files{dir.path(QStringLiteral("a.roundtable")), dir.path(QStringLiteral("b.roundtable"))};
    if (onServerBackend()) {
        files.server = newServerDatabase();
        auto a = files.openA();
        fillBase(*a);
        expectOk(merge::takeOffline(*a, idOf(*a, QStringLiteral("SELECT id FROM workshops ORDER BY id LIMIT 1")), files.b));
        return files;
    }
    makeBase(dir, files.a);
    REQUIRE(QFile::copy(files.a, files.b));
    return files;
}

// Makes the base file as a.roundtable, copies it to b.roundtable and edits
// both copies apart. The expectations the merge tests check are written beside
// each edit.
inline Laptops makeLaptops(const TempDir& dir, TestClock& clock)
{
    const Laptops files = makeCopies(dir);
    {
        auto a = files.openA();
        const Id w = workshopOf(*a);
        const Id block = firstBlock(*a);
        clock.at(9, 0); // Dana checks in on laptop A only
        expectOk(attendance::mark(*a, w, personNamed(*a, QStringLiteral("Whitfield")), block, AttendanceStatus::Present));
        clock.at(9, 1); // the same walk-in added on both laptops
        enrollNew(*a, w, makePerson(QStringLiteral("Chris"), QStringLiteral("Vega"), Role::FireChief, QStringLiteral("Ogdenville"), QStringLiteral("chris@ogdenville.gov")));
        clock.at(9, 2); // Lee's email corrected on A only
        Person lee = expectOk(people::get(*a, personNamed(*a, QStringLiteral("Park"))));
        lee.email = QStringLiteral("lee@shelbyville.gov");
        expectOk(people::update(*a, lee));
        clock.at(9, 3); // Opening remarks: A says 45 minutes (older than B's 60)
        setMinutes(*a, QStringLiteral("Opening remarks"), 45);
        clock.at(9, 4); // Break deleted on A; B edits it later, so it comes back
        expectOk(agenda::removeItem(*a, itemTitled(*a, QStringLiteral("Break"))));
        clock.at(9, 7); // Ray checked in on both laptops: present here, late on B (newer)
        expectOk(attendance::mark(*a, w, personNamed(*a, QStringLiteral("Okafor")), block, AttendanceStatus::Present));
        clock.at(9, 30); // Lunch edited on A after B deleted it: kept
        setMinutes(*a, QStringLiteral("Lunch"), 45);
        clock.at(9, 40); // Closing deleted on A after B last touched it: stays deleted
        expectOk(agenda::removeItem(*a, itemTitled(*a, QStringLiteral("Closing"))));
    }
    {
        auto b = expectOk(Database::open(files.b));
        const Id w = workshopOf(*b);
        const Id block = firstBlock(*b);
        clock.at(9, 0); // Lee checks in on B only
        expectOk(attendance::mark(*b, w, personNamed(*b, QStringLiteral("Park")), block, AttendanceStatus::Present));
        clock.at(9, 2);
        enrollNew(*b, w, makePerson(QStringLiteral("Chris"), QStringLiteral("Vega"), Role::FireChief, QStringLiteral("Ogdenville"), QStringLiteral("chris@ogdenville.gov")));
        clock.at(9, 6); // Lunch deleted on B
        expectOk(agenda::removeItem(*b, itemTitled(*b, QStringLiteral("Lunch"))));
        clock.at(9, 8);
        expectOk(attendance::mark(*b, w, personNamed(*b, QStringLiteral("Okafor")), block, AttendanceStatus::Late, QTime(9, 8)));
        clock.at(9, 10);
        setMinutes(*b, QStringLiteral("Break"), 20);
        clock.at(9, 15);
        setMinutes(*b, QStringLiteral("Opening remarks"), 60);
        clock.at(9, 20); // a team with members and an action item with an owner, on B only
        const Id dana = personNamed(*b, QStringLiteral("Whitfield"));
        const Id ray = personNamed(*b, QStringLiteral("Okafor"));
        const Id team = expectOk(teams::create(*b, w, QStringLiteral("Springfield"), QStringLiteral("OR"), {dana, ray})).subject;
        clock.at(9, 21);
        ActionItem item;
        item.teamId = team;
        item.goal = QStringLiteral("Monthly joint briefing");
        item.ownerId = dana;
        expectOk(actionplans::add(*b, item));
    }
    clock.at(11, 0);
    return files;
}

// Every user row of the file, in a stable order, as text: "nothing changed"
// and "undo restored it" compare these.
// Undo writes its own updated_at; `withUpdatedAt` leaves that column out.
inline QStringList dump(const Database& db, bool withUpdatedAt = true)
{
    QStringList lines;
    QStringList names;
    for (const QString& table : expectOk(dialect::tableNames(db.connection()))) {
        if (!table.startsWith(QLatin1String("sqlite_")) && !table.startsWith(QLatin1String("journal"))
            && table != QLatin1String("roundtable_meta"))
            names << table;
    }
    names.sort();
    for (const QString& table : names) {
        auto query = expectOk(sql::run(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY uuid").arg(table)));
        while (query.next()) {
            QStringList cells{table};
            for (int i = 0; i < query.record().count(); ++i) {
                if (withUpdatedAt || query.record().fieldName(i) != QLatin1String("updated_at"))
                    cells << query.value(i).toString();
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

} // namespace rt::test
