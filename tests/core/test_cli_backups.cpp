// roundtable-cli backup, backups and restore; and commands on a file that is
// open elsewhere: those that write refuse with the message, the rest work.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Fixtures.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "storage/Backups.h"
#include "storage/Sql.h"
#include "workshops/Workshops.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

TEST_CASE("backup makes a verified backup, backups lists it, restore puts it back")
{
    TempDir dir;
    QString path;
    {
        auto db = newDatabase(dir);
        addWorkshop(*db, 20, QStringLiteral("Before"));
        path = db->path();
    }
    Run made = cli({QStringLiteral("--database"), path, QStringLiteral("backup")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("verified")));

    Run listed = cli({QStringLiteral("--database"), path, QStringLiteral("backups"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).object()[QStringLiteral("backups")].toArray();
    REQUIRE(all.size() == 1);
    const QString backup = all.at(0).toObject()[QStringLiteral("path")].toString();
    CHECK(all.at(0).toObject()[QStringLiteral("verified")].toBool());
    CHECK(made.out.contains(QDir::toNativeSeparators(backup)));

    Run text = cli({QStringLiteral("--database"), path, QStringLiteral("backups")});
    CHECK(text.out.contains(QFileInfo(backup).fileName()));

    {
        auto db = expectOk(Database::open(path));
        addWorkshop(*db, 20, QStringLiteral("After"));
    }
    Run restored = cli({QStringLiteral("--database"), path, QStringLiteral("restore"), QFileInfo(backup).fileName()});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("The state before the restore was backed up to")));
    auto db = expectOk(Database::open(path));
    const auto workshops = expectOk(workshops::list(*db));
    REQUIRE(workshops.size() == 1);
    CHECK(workshops[0].workshop.title == QStringLiteral("Before"));
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'restore'"))).toInt() == 1);
}

TEST_CASE("backup --to writes exactly there and refuses an existing file")
{
    TempDir dir;
    const QString path = newDatabase(dir)->path();
    const QString to = dir.path(QStringLiteral("copy.roundtable"));
    Run made = cli({QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--to"), to});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    expectOk(backups::verify(to));
    Run again = cli({QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--to"), to});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("On a file open elsewhere, commands that write refuse with the message and reading ones work")
{
    TempDir dir;
    auto db = newDatabase(dir);
    addWorkshop(*db);
    const QString path = db->path();
    Run info = cli({QStringLiteral("--database"), path, QStringLiteral("info")});
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("1 workshop")));

    Run add = cli({QStringLiteral("--database"), path, QStringLiteral("add-workshop"), QStringLiteral("--title"),
                   QStringLiteral("Refused"), QStringLiteral("--start"), QStringLiteral("2027-05-01")});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(QStringLiteral("is open in Roundtable on this computer")));
    CHECK(add.err.contains(QStringLiteral("close it there to make changes")));
    CHECK(expectOk(workshops::list(*db)).size() == 1);

    Run backup = cli({QStringLiteral("--database"), path, QStringLiteral("backup")});
    CHECK(backup.exitCode == 0);
    const QString chosen = backups::list(path).front().path;
    Run restore = cli({QStringLiteral("--database"), path, QStringLiteral("restore"), chosen});
    CHECK(restore.exitCode == 1);
    CHECK(restore.err.contains(QStringLiteral("is open in Roundtable")));
    CHECK(expectOk(workshops::list(*db)).size() == 1);
}
