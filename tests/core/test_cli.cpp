// roundtable-cli as scripts use it: output, exit codes, errors on stderr.

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"

using namespace rt;
using namespace rt::test;

TEST_CASE("demo, info and check work on a fresh demo file")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.roundtable"));
    Run demo = cli({QStringLiteral("--database"), file, QStringLiteral("demo")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    Run info = cli({QStringLiteral("--database"), file, QStringLiteral("info")});
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("2 workshops")));
    CHECK(info.out.contains(QStringLiteral("Oregon State Police Academy, Salem, OR")));
    CHECK(info.out.contains(QStringLiteral("2027-03-09 to 2027-03-10")));
    CHECK(info.out.contains(QStringLiteral("20 registered of 20 places · 1 waitlisted · 1 cancelled · 10 teams")));

    Run json = cli({QStringLiteral("-d"), file, QStringLiteral("info"), QStringLiteral("--json")});
    CHECK(json.out.contains(QStringLiteral("\"registered\": 20")));
    // A workshop is named by its number or its UUID alike.
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("workshops")].toArray().at(0).toObject();
    Run byUuid = cli({QStringLiteral("-d"), file, QStringLiteral("roster"), QStringLiteral("--workshop"), first[QStringLiteral("uuid")].toString()});
    Run byNumber = cli({QStringLiteral("-d"), file, QStringLiteral("roster"), QStringLiteral("--workshop"),
                        QString::number(first[QStringLiteral("id")].toInt())});
    CHECK(byUuid.exitCode == 0);
    CHECK(byUuid.out == byNumber.out);

    Run check = cli({QStringLiteral("--database"), file, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity check passed")));
    CHECK(check.out.contains(QStringLiteral("No problems found")));
}

TEST_CASE("check exits non-zero on a damaged file and says why")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("broken.roundtable"));
    REQUIRE(cli({QStringLiteral("--database"), file, QStringLiteral("demo")}).exitCode == 0);
    const QByteArray bytes = damagePages(readBytes(file));
    writeBytes(file, bytes);
    Run check = cli({QStringLiteral("--database"), file, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("PROBLEM")));
    CHECK(check.err.contains(QStringLiteral("problem")));
    CHECK(readBytes(file) == bytes);
    Run info = cli({QStringLiteral("--database"), file, QStringLiteral("info")});
    CHECK(info.exitCode == 1);
    CHECK(info.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("Roster commands: enroll with duplicate check, cancel, teams, quote")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.roundtable"));
    REQUIRE(cli({QStringLiteral("-d"), file, QStringLiteral("demo")}).exitCode == 0);
    const QStringList base{QStringLiteral("-d"), file};

    Run dup = cli(base + QStringList{QStringLiteral("enroll"), QStringLiteral("--workshop"), QStringLiteral("2"), QStringLiteral("--first"),
                                     QStringLiteral("Dana"), QStringLiteral("--last"), QStringLiteral("Whitfield"),
                                     QStringLiteral("--jurisdiction"), QStringLiteral("Albany"), QStringLiteral("--role"),
                                     QStringLiteral("city_manager")});
    CHECK(dup.exitCode == 1);
    CHECK(dup.err.contains(QStringLiteral("may already be in the file")));
    CHECK(dup.err.contains(QStringLiteral("same name and jurisdiction")));

    Run added = cli(base + QStringList{QStringLiteral("enroll"), QStringLiteral("--workshop"), QStringLiteral("2"), QStringLiteral("--first"),
                                       QStringLiteral("Nina"), QStringLiteral("--last"), QStringLiteral("Sato"), QStringLiteral("--role"),
                                       QStringLiteral("Deputy Chief"), QStringLiteral("--jurisdiction"), QStringLiteral("Keizer")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    Run roster = cli(base + QStringList{QStringLiteral("roster"), QStringLiteral("--workshop"), QStringLiteral("2")});
    CHECK(roster.out.contains(QStringLiteral("Sato, Nina · Deputy Chief · Keizer")));
    CHECK(roster.out.contains(QStringLiteral("9 registered of 50 places")));

    Run full = cli(base + QStringList{QStringLiteral("enroll"), QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--first"),
                                      QStringLiteral("Ian"), QStringLiteral("--last"), QStringLiteral("Late"), QStringLiteral("--jurisdiction"),
                                      QStringLiteral("Keizer")});
    CHECK(full.exitCode == 0);
    CHECK(full.out.contains(QStringLiteral("waitlist at number 2")));

    Run teams = cli(base + QStringList{QStringLiteral("teams"), QStringLiteral("--workshop"), QStringLiteral("1")});
    CHECK(teams.out.contains(QStringLiteral("10 teams")));
    Run quote = cli(base + QStringList{QStringLiteral("quote"), QStringLiteral("--workshop"), QStringLiteral("2")});
    CHECK(quote.out.contains(QStringLiteral("$3,960.00")));
}

TEST_CASE("Usage errors and bad files exit non-zero with a message on stderr")
{
    TempDir dir;
    Run none = cli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("Usage")));
    Run unknown = cli({QStringLiteral("-d"), dir.path(QStringLiteral("x")), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no command “frobnicate”")));
    Run noFile = cli({QStringLiteral("info")});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("--database")));
    Run missing = cli({QStringLiteral("-d"), dir.path(QStringLiteral("absent.roundtable")), QStringLiteral("info")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no file")));
    CHECK(dir.entries().isEmpty());
    const QString demo = dir.path(QStringLiteral("demo.roundtable"));
    REQUIRE(cli({QStringLiteral("-d"), demo, QStringLiteral("demo")}).exitCode == 0);
    Run badId = cli({QStringLiteral("-d"), demo, QStringLiteral("quote"), QStringLiteral("--workshop"), QStringLiteral("abc")});
    CHECK(badId.exitCode == 2);
    CHECK(badId.err.contains(QStringLiteral("neither a number nor a UUID")));
    Run unknownId = cli({QStringLiteral("-d"), demo, QStringLiteral("quote"), QStringLiteral("--workshop"), QStringLiteral("999")});
    CHECK(unknownId.exitCode == 2);
    CHECK(unknownId.err.contains(QStringLiteral("Nothing in this file")));
    Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("roundtable-cli ")));
}
