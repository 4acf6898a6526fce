// roundtable-cli import roster: the plan and report, --dry-run, --map, --json,
// exit codes, and files that cannot be imported.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "TestFiles.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

namespace {

struct Setup {
    TempDir dir;
    QString file = dir.path(QStringLiteral("t.roundtable"));
    QString csv = dir.path(QStringLiteral("registrations.csv"));
    QString workshop;

    Setup()
    {
        auto db = newDatabase(dir, QStringLiteral("t.roundtable"));
        workshop = QString::number(addWorkshop(*db, 2));
        writeBytes(csv, "Attendee first name,Attendee last name,E-mail,Agency,Job Title\r\n"
                        "Dana,Whitfield,dana@salem.gov,City of Salem,City Manager\r\n"
                        "Marcus,Oyelaran,marcus@salem.gov,City of Salem,Chief of Police\r\n"
                        "Priya,Raman,priya@eugene.gov,Eugene,Chief of Police\r\n"
                        ",NoEmail,nope,X,Captain\r\n"
                        "Dana,Whitfield,dana@salem.gov,City of Salem,City Manager\r\n");
    }

    Run import(const QStringList& extra) const
    {
        return cli(QStringList{QStringLiteral("-d"), file, QStringLiteral("import"), QStringLiteral("roster"),
                               QStringLiteral("--workshop"), workshop}
                   + extra);
    }

    qint64 people() const
    {
        auto db = expectOk(Database::open(file));
        return expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM people"))).toLongLong();
    }
};

} // namespace

TEST_CASE("import roster --dry-run prints the plan and writes nothing")
{
    Setup s;
    const Run run = s.import({s.csv, QStringLiteral("--dry-run")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Attendee first name -> first_name")));
    CHECK(run.out.contains(QStringLiteral("line 5: email “nope” is not an email address")));
    CHECK(run.out.contains(QStringLiteral("line 6: Dana Whitfield is the same person as line 2 (same email address): skipped")));
    CHECK(run.out.contains(QStringLiteral("Registered: 2. On the waitlist: 1.")));
    CHECK(run.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(s.people() == 0);
    CHECK(readBytes(s.csv).startsWith("Attendee first name"));
}

TEST_CASE("import roster writes the plan and says what it did, a second run skips everyone already enrolled")
{
    Setup s;
    const Run run = s.import({s.csv});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Imported: 3 people added and 0 already in the file enrolled")));
    CHECK(run.out.contains(QStringLiteral("1 of the people imported are on the waitlist")));
    CHECK(s.people() == 3);

    const Run again = s.import({s.csv, QStringLiteral("--json")});
    // Nothing left to import is a problem worth an exit code, with every reason listed.
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Nothing to import")));
    CHECK(s.people() == 3);
}

TEST_CASE("import roster --map fills what the headers do not say, and --json reports the plan")
{
    Setup s;
    writeBytes(s.csv, "Who,Mail\nWhitfield,dana@salem.gov\n");
    const Run unmapped = s.import({s.csv});
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.contains(QStringLiteral("--map \"COLUMN=FIELD\"")));
    CHECK(unmapped.err.contains(QStringLiteral("Who, Mail")));

    const Run badField = s.import({s.csv, QStringLiteral("--map"), QStringLiteral("Who=surname")});
    CHECK(badField.exitCode == 2);
    CHECK(badField.err.contains(QStringLiteral("is not a field")));

    const Run run = s.import({s.csv, QStringLiteral("--map"), QStringLiteral("who=last_name"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("written")).toBool());
    CHECK(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("added")).toInt() == 1);
    CHECK(report.value(QStringLiteral("columns")).toArray().at(1).toObject().value(QStringLiteral("field")).toString()
          == QStringLiteral("email"));
    // The mapping is remembered: the same headers now import without --map.
    writeBytes(s.csv, "Who,Mail\nRaman,priya@eugene.gov\n");
    const Run remembered = s.import({s.csv, QStringLiteral("--dry-run")});
    CHECK(remembered.exitCode == 0);
    CHECK(remembered.out.contains(QStringLiteral("Who -> last_name")));
}

TEST_CASE("import roster refuses files it cannot read with a clear message and exit code")
{
    Setup s;
    const QString empty = s.dir.path(QStringLiteral("empty.csv"));
    writeBytes(empty, QByteArray());
    Run run = s.import({empty});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("“empty.csv” is empty")));

    const QString header = s.dir.path(QStringLiteral("header.csv"));
    writeBytes(header, "First Name,Last Name\r\n");
    run = s.import({header});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("header row but no people")));

    const QString binary = s.dir.path(QStringLiteral("photo.csv"));
    writeBytes(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24));
    run = s.import({binary});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a text file")));

    run = s.import({s.dir.path(QStringLiteral("missing.csv"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("There is no file")));

    run = cli({QStringLiteral("-d"), s.file, QStringLiteral("import"), QStringLiteral("people"), s.csv,
               QStringLiteral("--workshop"), s.workshop});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("import roster")));
    CHECK(s.people() == 0);
}
