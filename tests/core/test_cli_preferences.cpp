// roundtable-cli preferences: listing, setting (checked, all or nothing) and
// resetting this computer's preferences; add-workshop taking the stored
// blocks; export taking the stored page size and organisation. Every run
// gets a settings folder of its own (XDG_CONFIG_HOME), never the user's.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "attendance/Attendance.h"
#include "workshops/Workshops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>

using namespace rt;
using namespace rt::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

struct Cli {
    TempDir config;
    Run operator()(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.root());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ROUNDTABLE_CLI), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }
};

QJsonObject preference(const Cli& cli, const QString& name)
{
    const Run listed = cli({QStringLiteral("preferences"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).object()[QStringLiteral("preferences")].toArray()) {
        if (v.toObject()[QStringLiteral("name")].toString() == name)
            return v.toObject();
    }
    FAIL("no preference " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("preferences lists every preference with its value and whether it is the default")
{
    Cli cli;
    const Run text = cli({QStringLiteral("preferences")});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    for (const char* name : {"page-size", "organisation", "logo", "blocks", "backup-interval", "language", "author"})
        CHECK(text.out.contains(QString::fromLatin1(name)));
    CHECK(text.out.contains(QStringLiteral("Morning 08:30-12:00 3.5; Afternoon 13:00-16:30 3.5  (default)")));

    const QJsonObject interval = preference(cli, QStringLiteral("backup-interval"));
    CHECK(interval[QStringLiteral("value")].toString() == QStringLiteral("5"));
    CHECK(interval[QStringLiteral("default")].toString() == QStringLiteral("5"));
    CHECK(interval[QStringLiteral("isDefault")].toBool());
    CHECK(preference(cli, QStringLiteral("language"))[QStringLiteral("value")].toString() == QStringLiteral("automatic"));
}

TEST_CASE("preferences --set stores checked values, and --reset goes back to the default")
{
    Cli cli;
    const Run set = cli({QStringLiteral("preferences"), QStringLiteral("--set"), QStringLiteral("backup-interval=15"),
                         QStringLiteral("--set"), QStringLiteral("organisation=Oregon State Police Academy"),
                         QStringLiteral("--set"), QStringLiteral("language=es")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("backup-interval is now 15")));
    const QJsonObject interval = preference(cli, QStringLiteral("backup-interval"));
    CHECK(interval[QStringLiteral("value")].toString() == QStringLiteral("15"));
    CHECK_FALSE(interval[QStringLiteral("isDefault")].toBool());
    CHECK(preference(cli, QStringLiteral("organisation"))[QStringLiteral("value")].toString() == QStringLiteral("Oregon State Police Academy"));
    CHECK(preference(cli, QStringLiteral("language"))[QStringLiteral("value")].toString() == QStringLiteral("es"));

    // One bad value and nothing of the run is stored.
    const Run bad = cli({QStringLiteral("preferences"), QStringLiteral("--set"), QStringLiteral("page-size=a4"),
                         QStringLiteral("--set"), QStringLiteral("backup-interval=-2")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("backup-interval is from 0")));
    CHECK(preference(cli, QStringLiteral("page-size"))[QStringLiteral("isDefault")].toBool());
    CHECK(preference(cli, QStringLiteral("backup-interval"))[QStringLiteral("value")].toString() == QStringLiteral("15"));

    const Run reset = cli({QStringLiteral("preferences"), QStringLiteral("--reset"), QStringLiteral("backup-interval")});
    REQUIRE(reset.exitCode == 0);
    CHECK(reset.out.contains(QStringLiteral("backup-interval is now 5 (default)")));
    CHECK(preference(cli, QStringLiteral("backup-interval"))[QStringLiteral("isDefault")].toBool());
}

TEST_CASE("preferences --set refuses bad values with a message saying what it takes")
{
    Cli cli;
    const auto refused = [&](const QString& assignment) {
        const Run r = cli({QStringLiteral("preferences"), QStringLiteral("--set"), assignment});
        CHECK(r.exitCode != 0);
        return r.err;
    };
    CHECK(refused(QStringLiteral("page-size=legal")).contains(QStringLiteral("page-size is letter or a4")));
    CHECK(refused(QStringLiteral("backup-interval=often")).contains(QStringLiteral("whole number of minutes")));
    CHECK(refused(QStringLiteral("language=fr")).contains(QStringLiteral("language is automatic or one of en, es")));
    CHECK(refused(QStringLiteral("blocks=Morning 08:30-12:00 3.5; Late 11:00-13:00 2")).contains(QStringLiteral("overlaps")));
    CHECK(refused(QStringLiteral("blocks=Morning 12:00-08:30 3.5")).contains(QStringLiteral("not after its start")));
    CHECK(refused(QStringLiteral("blocks=Morning 08:30-12:00 -1")).contains(QStringLiteral("from 0 to 24")));
    CHECK(refused(QStringLiteral("blocks=Morning at half past eight")).contains(QStringLiteral("LABEL START-END HOURS")));
    TempDir dir;
    const QString text = dir.path(QStringLiteral("logo.png"));
    writeBytes(text, QByteArray("plain text"));
    CHECK(refused(QStringLiteral("logo=") + text).contains(QStringLiteral("is not an image")));
    CHECK(refused(QStringLiteral("colour=blue")).contains(QStringLiteral("There is no preference “colour”")));
    const Run noEquals = cli({QStringLiteral("preferences"), QStringLiteral("--set"), QStringLiteral("page-size")});
    CHECK(noEquals.exitCode == 2);
    CHECK(noEquals.err.contains(QStringLiteral("NAME=VALUE")));
    // All refused: everything is still the default.
    const Run listed = cli({QStringLiteral("preferences"), QStringLiteral("--json")});
    for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).object()[QStringLiteral("preferences")].toArray())
        CHECK(v.toObject()[QStringLiteral("isDefault")].toBool());
}

TEST_CASE("add-workshop gives the new workshop's days the stored default blocks")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("preferences"), QStringLiteral("--set"),
                 QStringLiteral("blocks=Session 1 09:00-10:30 1.5; Session 2 10:45-12:15 1.5; Afternoon 13:15-16:00 2.75")})
                .exitCode == 0);
    TempDir dir;
    const QString file = dir.path(QStringLiteral("w.roundtable"));
    expectOk(Database::create(file));
    const Run made = cli({QStringLiteral("-d"), file, QStringLiteral("add-workshop"), QStringLiteral("--title"), QStringLiteral("Spring"),
                          QStringLiteral("--start"), QStringLiteral("2027-04-12"), QStringLiteral("--half-days"), QStringLiteral("3")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    auto db = expectOk(Database::open(file));
    const auto all = expectOk(workshops::list(*db));
    REQUIRE(all.size() == 1);
    const auto list = expectOk(attendance::blocksOf(*db, all[0].workshop.id));
    // Day 1: all three; the closing half day: the two sessions before noon.
    REQUIRE(list.size() == 5);
    CHECK(list[2].label == QStringLiteral("Afternoon"));
    CHECK(list[2].creditHours == Approx(2.75));
    CHECK(list[3].day == 2);
    CHECK(list[4].label == QStringLiteral("Session 2"));
}

TEST_CASE("export takes the stored page size and organisation when the options are absent")
{
    Cli cli;
    TempDir dir;
    const QString file = dir.path(QStringLiteral("w.roundtable"));
    QString workshop;
    {
        auto db = expectOk(Database::create(file));
        workshop = QString::number(addWorkshop(*db, 20));
    }
    const auto pageWidth = [&](const QStringList& more) {
        const QString out = dir.path(QStringLiteral("signin.pdf"));
        QFile::remove(out);
        const Run r = cli(QStringList{QStringLiteral("-d"), file, QStringLiteral("export"), QStringLiteral("signin"),
                                      QStringLiteral("--workshop"), workshop, QStringLiteral("--out"), out}
                          + more);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QPdfDocument doc;
        REQUIRE(doc.load(out) == QPdfDocument::Error::None);
        return qRound(doc.pagePointSize(0).width());
    };
    REQUIRE(cli({QStringLiteral("preferences"), QStringLiteral("--set"), QStringLiteral("page-size=letter")}).exitCode == 0);
    CHECK(pageWidth({}) == 612);
    REQUIRE(cli({QStringLiteral("preferences"), QStringLiteral("--set"), QStringLiteral("page-size=a4")}).exitCode == 0);
    CHECK(pageWidth({}) == 595);
    CHECK(pageWidth({QStringLiteral("--page"), QStringLiteral("letter")}) == 612); // the option wins

    // A stored logo that went missing: the export says so instead of printing without it.
    REQUIRE(cli({QStringLiteral("preferences"), QStringLiteral("--set"), QStringLiteral("organisation=Oregon State Police Academy")}).exitCode == 0);
    const Run withOrganisation = cli({QStringLiteral("-d"), file, QStringLiteral("export"), QStringLiteral("signin"), QStringLiteral("--workshop"),
                                      workshop, QStringLiteral("--out"), dir.path(QStringLiteral("org.pdf"))});
    REQUIRE(withOrganisation.exitCode == 0);
    QPdfDocument doc;
    REQUIRE(doc.load(dir.path(QStringLiteral("org.pdf"))) == QPdfDocument::Error::None);
    CHECK(doc.getAllText(0).text().contains(QStringLiteral("Oregon State Police Academy")));
}
