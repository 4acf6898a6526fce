// roundtable-cli --server: the same commands against a database on the test
// server, the password's ways in (stdin, PGPASSWORD, a wrong one), a server
// that cannot be reached, the commands that only make sense for a file, and
// a workshop taken offline and merged back. Registered for the server backend
// only: without ROUNDTABLE_TEST_SERVER the program reports "skipped".

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcessEnvironment>

using namespace rt;
using namespace rt::test;

namespace {

// Runs the tool with `input` on its standard input and `environment` added.
Run cliWith(const QStringList& arguments, const QByteArray& input, const QStringList& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    for (const QString& pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROUNDTABLE_CLI), arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

struct Server {
    ServerAddress address = newServerDatabase();
    QStringList base{QStringLiteral("--server"), address.url()};

    Run run(const QStringList& arguments) const { return cliWith(base + arguments, {}); }
    Run ok(const QStringList& arguments) const
    {
        Run result = run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    }
    // The same database as the role that needs its password.
    QString passwordUrl(const QString& password = {}) const
    {
        ServerAddress other = address;
        other.user = QStringLiteral("rt_password");
        QString url = other.url();
        if (!password.isEmpty())
            url.replace(QStringLiteral("rt_password@"), QStringLiteral("rt_password:%1@").arg(password));
        return url;
    }
};

const QString W = QStringLiteral("--workshop");

// Returns the new workshop's number, as add-workshop prints it.
QString addWorkshop(const Server& server, const QString& title)
{
    const Run made = server.ok({QStringLiteral("add-workshop"), QStringLiteral("--program"), QStringLiteral("1"), QStringLiteral("--title"), title,
               QStringLiteral("--start"), QStringLiteral("2027-03-09"), QStringLiteral("--half-days"), QStringLiteral("4"),
               QStringLiteral("--capacity"), QStringLiteral("20")});
    const QString id = made.out.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), -1);
    REQUIRE(id.toInt() > 0);
    return id;
}

void enroll(const Server& server, const QString& workshop, const QString& first, const QString& last)
{
    server.ok({QStringLiteral("enroll"), W, workshop, QStringLiteral("--first"), first, QStringLiteral("--last"), last,
               QStringLiteral("--role"), QStringLiteral("city_manager"), QStringLiteral("--jurisdiction"), QStringLiteral("Springfield"),
               QStringLiteral("--state"), QStringLiteral("OR")});
}

} // namespace

TEST_CASE("Workshops, the roster, check-ins, a PDF, the history and the check work with --server")
{
    Server server;
    TempDir dir;
    const QString w = addWorkshop(server, QStringLiteral("Spring workshop"));
    CHECK(server.ok({QStringLiteral("info")}).out.contains(QStringLiteral("Spring workshop")));

    enroll(server, w, QStringLiteral("Dana"), QStringLiteral("Whitfield"));
    enroll(server, w, QStringLiteral("Ray"), QStringLiteral("Okafor"));
    const Run roster = server.ok({QStringLiteral("roster"), W, w});
    CHECK(roster.out.contains(QStringLiteral("Whitfield")));
    CHECK(roster.out.contains(QStringLiteral("Okafor")));

    const Run people = server.ok({QStringLiteral("people"), QStringLiteral("--search"), QStringLiteral("Whitfield")});
    const QString dana = people.out.trimmed().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    REQUIRE_FALSE(dana.isEmpty());
    server.ok({QStringLiteral("checkin"), W, w, QStringLiteral("--person"), dana, QStringLiteral("--block"), QStringLiteral("1")});
    CHECK(server.ok({QStringLiteral("attendance"), W, w}).out.contains(QStringLiteral("Whitfield")));

    const QString pdf = dir.path(QStringLiteral("signin.pdf"));
    server.ok({QStringLiteral("export"), QStringLiteral("signin"), W, w, QStringLiteral("--out"), pdf});
    QPdfDocument document;
    REQUIRE(document.load(pdf) == QPdfDocument::Error::None);
    CHECK(document.pageCount() >= 1);

    const Run history = server.ok({QStringLiteral("history"), W, w});
    CHECK(history.out.contains(QStringLiteral("Whitfield")));

    const Run check = server.ok({QStringLiteral("check")});
    CHECK(check.out.contains(QStringLiteral("No problems found")));
    CHECK(check.out.contains(server.address.url()));
}

TEST_CASE("The server's password: --password-stdin, PGPASSWORD, and a wrong or missing one exits 4 saying what to do")
{
    Server server;
    addWorkshop(server, QStringLiteral("Spring workshop"));
    const QStringList info{QStringLiteral("check")};

    const Run missing = cliWith(QStringList{QStringLiteral("--server"), server.passwordUrl()} + info, {});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains(QStringLiteral("--password-stdin")));
    CHECK(missing.out.isEmpty());

    const Run wrong = cliWith(QStringList{QStringLiteral("--server"), server.passwordUrl(), QStringLiteral("--password-stdin")} + info,
                              "not-the-secret\n");
    CHECK(wrong.exitCode == 4);
    CHECK(wrong.err.contains(QStringLiteral("missing or wrong")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("not-the-secret")));

    const Run fromStdin = cliWith(QStringList{QStringLiteral("--server"), server.passwordUrl(), QStringLiteral("--password-stdin")} + info,
                                  "station-secret\n");
    INFO(fromStdin.err.toStdString());
    CHECK(fromStdin.exitCode == 0);
    CHECK(fromStdin.out.contains(QStringLiteral("1 workshops")));

    const Run fromEnvironment = cliWith(QStringList{QStringLiteral("--server"), server.passwordUrl()} + info, {},
                                        {QStringLiteral("PGPASSWORD=station-secret")});
    INFO(fromEnvironment.err.toStdString());
    CHECK(fromEnvironment.exitCode == 0);
    CHECK(fromEnvironment.out.contains(QStringLiteral("1 workshops")));

    const Run inUrl = cliWith(QStringList{QStringLiteral("--server"), server.passwordUrl(QStringLiteral("station-secret"))} + info, {});
    CHECK(inUrl.exitCode == 0);
    CHECK(inUrl.out.contains(QStringLiteral("1 workshops")));
    CHECK_FALSE(inUrl.out.contains(QStringLiteral("station-secret")));
}

TEST_CASE("A server that cannot be reached exits 3; file-only commands and a second database are refused plainly")
{
    Server server;
    ServerAddress nowhere = server.address;
    nowhere.port = 1;
    const Run unreachable = cliWith({QStringLiteral("--server"), nowhere.url(), QStringLiteral("info")}, {});
    CHECK(unreachable.exitCode == 3);
    CHECK(unreachable.err.contains(QStringLiteral("Could not connect")));

    for (const QString& command : {QStringLiteral("backup"), QStringLiteral("backups"), QStringLiteral("demo")}) {
        const Run refused = server.run({command});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("works on a file only")));
    }
    const Run both = cliWith(server.base + QStringList{QStringLiteral("-d"), QStringLiteral("x.roundtable"), QStringLiteral("info")}, {});
    CHECK(both.exitCode == 2);
    const Run bad = cliWith({QStringLiteral("--server"), QStringLiteral("postgresql://127.0.0.1/db"), QStringLiteral("info")}, {});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("names no user")));

    const Run help = cliWith({QStringLiteral("--help")}, {});
    CHECK(help.out.contains(QStringLiteral("--server URL")));
    CHECK(help.out.contains(QStringLiteral("PGPASSWORD")));
    CHECK(help.out.contains(QStringLiteral("discouraged")));
    const Run commandHelp = cliWith({QStringLiteral("roster"), QStringLiteral("--help")}, {});
    CHECK(commandHelp.out.contains(QStringLiteral("--server URL roster")));
}

TEST_CASE("offline copies a workshop into a file that works on its own; merge-in brings the venue's changes back once")
{
    Server server;
    TempDir dir;
    const QString w = addWorkshop(server, QStringLiteral("Spring workshop"));
    addWorkshop(server, QStringLiteral("Autumn workshop"));
    enroll(server, w, QStringLiteral("Dana"), QStringLiteral("Whitfield"));
    const QString file = dir.path(QStringLiteral("venue.roundtable"));

    const Run noOut = server.run({QStringLiteral("offline"), W, w});
    CHECK(noOut.exitCode == 2);
    const Run taken = server.ok({QStringLiteral("offline"), W, w, QStringLiteral("--out"), file});
    CHECK(taken.out.contains(QStringLiteral("Spring workshop")));
    CHECK(taken.out.contains(QStringLiteral("merge-in")));
    CHECK(server.run({QStringLiteral("offline"), W, w, QStringLiteral("--out"), file}).exitCode == 1);
    server.ok({QStringLiteral("offline"), W, w, QStringLiteral("--out"), file, QStringLiteral("--force")});

    const QStringList venue{QStringLiteral("-d"), file};
    const Run check = cliWith(venue + QStringList{QStringLiteral("check")}, {});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    const Run venueInfo = cliWith(venue + QStringList{QStringLiteral("info")}, {});
    CHECK(venueInfo.out.contains(QStringLiteral("Spring workshop")));
    CHECK_FALSE(venueInfo.out.contains(QStringLiteral("Autumn workshop")));
    const Run walkIn = cliWith(venue + QStringList{QStringLiteral("enroll"), W, w, QStringLiteral("--first"), QStringLiteral("Chris"),
                                                   QStringLiteral("--last"), QStringLiteral("Vega"), QStringLiteral("--role"),
                                                   QStringLiteral("fire_chief")},
                               {});
    REQUIRE(walkIn.exitCode == 0);

    const Run preview = server.ok({QStringLiteral("merge-in"), file, QStringLiteral("--dry-run")});
    CHECK_FALSE(preview.out.isEmpty());
    CHECK_FALSE(server.ok({QStringLiteral("roster"), W, w}).out.contains(QStringLiteral("Vega")));
    const Run merged = server.ok({QStringLiteral("merge-in"), file, QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(merged.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("added")).toInt() >= 2); // the walk-in and the enrollment
    CHECK(server.ok({QStringLiteral("roster"), W, w}).out.contains(QStringLiteral("Vega")));
    CHECK(server.ok({QStringLiteral("info")}).out.contains(QStringLiteral("Autumn workshop")));

    const Run again = server.ok({QStringLiteral("merge-in"), file, QStringLiteral("--json")});
    const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
    INFO(again.out.toStdString());
    CHECK(second.value(QStringLiteral("conflicts")).toArray().isEmpty());
    CHECK(second.value(QStringLiteral("added")).toInt() == 0);
    CHECK(second.value(QStringLiteral("updated")).toInt() == 0);
    CHECK(second.value(QStringLiteral("deleted")).toInt() == 0);
    CHECK(second.value(QStringLiteral("journal_entries")).toInt() == 0);
}
