// roundtable-cli history, and --author: who a change is recorded under.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "journal/History.h"
#include "people/People.h"
#include "workshops/Workshops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

namespace {

struct File {
    TempDir dir;
    QString path = dir.path(QStringLiteral("history.roundtable"));
    QStringList base{QStringLiteral("-d"), path};
    Id workshop = 0;
    Id dana = 0;
    QString danaUuid;

    File()
    {
        auto db = expectOk(Database::create(path));
        workshop = addWorkshop(*db);
        dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                   QStringLiteral("Salem")));
        danaUuid = expectOk(history::personUuid(*db, dana));
    }

    Run run(const QStringList& arguments) const { return cli(base + arguments); }
};

} // namespace

TEST_CASE("history lists a workshop's changes with their author, newest first")
{
    File f;
    const Run checkin = f.run({QStringLiteral("--author"), QStringLiteral("Pat Lee"), QStringLiteral("checkin"),
                               QStringLiteral("--workshop"), QString::number(f.workshop), QStringLiteral("--person"),
                               QString::number(f.dana), QStringLiteral("--block"), QStringLiteral("Day 1 Morning")});
    INFO(checkin.err.toStdString());
    REQUIRE(checkin.exitCode == 0);

    const Run shown = f.run({QStringLiteral("history"), QStringLiteral("--workshop"), QString::number(f.workshop)});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    const QStringList lines = shown.out.split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 2);
    CHECK(lines.at(0).contains(QStringLiteral("Pat Lee")));
    CHECK(lines.at(1).trimmed().startsWith(QStringLiteral("Dana Whitfield: Checked in: present, Day 1 · Morning at ")));
    CHECK(lines.at(1).trimmed().endsWith(QStringLiteral(" by Pat Lee")));
    CHECK(shown.out.contains(QStringLiteral("Dana Whitfield: Added to the roster (registered)")));
    CHECK(shown.out.contains(QStringLiteral("3 of 3 changes, newest first.")));
}

TEST_CASE("history --person follows one person, also as JSON and by UUID")
{
    File f;
    REQUIRE(f.run({QStringLiteral("cancel"), QStringLiteral("--workshop"), QString::number(f.workshop), QStringLiteral("--person"),
                   QString::number(f.dana)})
                .exitCode
            == 0);
    const Run shown = f.run({QStringLiteral("history"), QStringLiteral("--person"), QString::number(f.dana),
                             QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Cancel Dana Whitfield's registration  [Test workshop]\n    Status: registered → cancelled\n")));
    CHECK(shown.out.contains(QStringLiteral("1 of 2 changes, newest first.")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("Added to the roster")));

    const Run json = f.run({QStringLiteral("history"), QStringLiteral("--person"), f.danaUuid, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("scope")).toString() == QStringLiteral("person"));
    CHECK(doc.value(QStringLiteral("total")).toInt() == 2);
    const QJsonArray entries = doc.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 2);
    const QJsonObject newest = entries.at(0).toObject();
    CHECK(newest.value(QStringLiteral("kind")).toString() == QStringLiteral("action"));
    CHECK(newest.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
    CHECK(newest.value(QStringLiteral("workshops")).toArray() == QJsonArray{QStringLiteral("Test workshop")});
    const QJsonObject line = newest.value(QStringLiteral("lines")).toArray().at(0).toObject();
    CHECK(line.value(QStringLiteral("table")).toString() == QStringLiteral("enrollments"));
    CHECK(line.value(QStringLiteral("op")).toString() == QStringLiteral("update"));
    CHECK(line.value(QStringLiteral("text")).toString() == QStringLiteral("Status: registered → cancelled"));

    SECTION("a workshop deleted since is still found by its UUID")
    {
        QString workshopUuid;
        {
            auto db = expectOk(Database::open(f.path));
            workshopUuid = expectOk(history::workshopUuid(*db, f.workshop));
            expectOk(workshops::remove(*db, f.workshop));
        }
        const Run gone = f.run({QStringLiteral("history"), QStringLiteral("--workshop"), workshopUuid});
        INFO(gone.err.toStdString());
        REQUIRE(gone.exitCode == 0);
        CHECK(gone.out.contains(QStringLiteral("Workshop “Test workshop” removed")));
        CHECK(gone.out.contains(QStringLiteral("Dana Whitfield: Removed from the roster")));
    }
}

TEST_CASE("history says what is missing or wrong")
{
    File f;
    Run neither = f.run({QStringLiteral("history")});
    CHECK(neither.exitCode == 2);
    CHECK(neither.err.contains(QStringLiteral("--workshop ID or --person ID")));
    Run unknown = f.run({QStringLiteral("history"), QStringLiteral("--person"), QStringLiteral("999")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("999")));
    Run badLimit = f.run({QStringLiteral("history"), QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--limit"),
                          QStringLiteral("many")});
    CHECK(badLimit.exitCode == 2);
    CHECK(badLimit.err.contains(QStringLiteral("--limit")));
}
