// roundtable-cli merge A B --out C: the report, a complete C, A and B never
// changed, --dry-run, --json, refusals with a non-zero exit.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "MergeScenario.h"
#include "StringMaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rt;
using namespace rt::test;

TEST_CASE("roundtable-cli merge writes C from A and B and prints the report")
{
    TempDir dir;
    TestClock clock;
    const Laptops files = makeLaptops(dir, clock);
    const QByteArray aBytes = readBytes(files.a);
    const QByteArray bBytes = readBytes(files.b);
    const QString c = dir.path(QStringLiteral("merged.roundtable"));

    SECTION("merge")
    {
        const Run run = cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--out"), c});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Conflicts")));
        CHECK(run.out.contains(QStringLiteral("Opening remarks")));
        CHECK(run.out.contains(QStringLiteral("merged.roundtable")));
        CHECK(readBytes(files.a) == aBytes);
        CHECK(readBytes(files.b) == bBytes);
        // Only A, B and C: no temporary or -wal files left beside them.
        CHECK(dir.entries() == QStringList({QStringLiteral("a.roundtable"), QStringLiteral("b.roundtable"), QStringLiteral("merged.roundtable")}));
        {
            auto merged = expectOk(Database::open(c));
            CHECK(value(*merged, QStringLiteral("SELECT minutes FROM agenda_items WHERE title = 'Opening remarks'")).toInt() == 60);
            CHECK(rows(*merged, QStringLiteral("teams")) == 1);
            CHECK(rows(*merged, QStringLiteral("attendance_marks")) == 3);
        }
        const Run check = cli({QStringLiteral("-d"), c, QStringLiteral("check")});
        INFO(check.out.toStdString());
        CHECK(check.exitCode == 0);

        const Run again = cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--out"), c});
        CHECK(again.exitCode != 0);
        CHECK(again.err.contains(QStringLiteral("--force")));
        const Run forced = cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--out"), c, QStringLiteral("--force")});
        CHECK(forced.exitCode == 0);
    }
    SECTION("merging C with B again changes nothing")
    {
        REQUIRE(cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--out"), c}).exitCode == 0);
        const Run again = cli({QStringLiteral("merge"), c, files.b, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        INFO(again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("added")).toInt() == 0);
        CHECK(json.value(QStringLiteral("updated")).toInt() == 0);
        CHECK(json.value(QStringLiteral("deleted")).toInt() == 0);
        CHECK(json.value(QStringLiteral("conflicts")).toArray().isEmpty());
    }
    SECTION("--dry-run prints the report and writes nothing")
    {
        const Run run = cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--dry-run"), QStringLiteral("--out"), c});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("would do")));
        CHECK_FALSE(QFileInfo::exists(c));
        CHECK(dir.entries() == QStringList({QStringLiteral("a.roundtable"), QStringLiteral("b.roundtable")}));
        CHECK(readBytes(files.a) == aBytes);
    }
    SECTION("--json")
    {
        const Run run = cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--out"), c, QStringLiteral("--json")});
        REQUIRE(run.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("conflicts")).toArray().size() >= 4);
        CHECK(json.value(QStringLiteral("tables")).toObject().contains(QStringLiteral("teams")));
    }
    SECTION("refusals: no --out, C is A, a file that is not ours")
    {
        CHECK(cli({QStringLiteral("merge"), files.a, files.b}).exitCode == 2);
        CHECK(cli({QStringLiteral("merge"), files.a}).exitCode == 2);
        const Run same = cli({QStringLiteral("merge"), files.a, files.b, QStringLiteral("--out"), files.a, QStringLiteral("--force")});
        CHECK(same.exitCode == 1);
        CHECK(same.err.contains(QStringLiteral("never changed")));
        writeBytes(dir.path(QStringLiteral("notes.txt")), "hello");
        const Run foreign = cli({QStringLiteral("merge"), files.a, dir.path(QStringLiteral("notes.txt")), QStringLiteral("--out"), c});
        CHECK(foreign.exitCode == 1);
        CHECK_FALSE(QFileInfo::exists(c));
        CHECK(readBytes(files.a) == aBytes);
    }
}

TEST_CASE("roundtable-cli --database A merge-in B merges B into A itself, and once is enough")
{
    TempDir dir;
    TestClock clock;
    const Laptops files = makeLaptops(dir, clock);
    const QByteArray aBytes = readBytes(files.a);
    const QByteArray bBytes = readBytes(files.b);
    const QStringList base{QStringLiteral("--database"), files.a, QStringLiteral("merge-in"), files.b};

    const Run preview = cli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(QJsonDocument::fromJson(preview.out.toUtf8()).object().value(QStringLiteral("dry_run")).toBool());
    {
        auto a = files.openA();
        CHECK(value(*a, QStringLiteral("SELECT minutes FROM agenda_items WHERE title = 'Opening remarks'")).toInt() == 45);
    }

    const Run merged = cli(base);
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QStringLiteral("Opening remarks")));
    CHECK(readBytes(files.b) == bBytes);
    CHECK(readBytes(files.a) != aBytes);
    {
        auto a = files.openA();
        CHECK(value(*a, QStringLiteral("SELECT minutes FROM agenda_items WHERE title = 'Opening remarks'")).toInt() == 60);
        CHECK(rows(*a, QStringLiteral("teams")) == 1);
    }

    const Run again = cli(base + QStringList{QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("added")).toInt() == 0);
    CHECK(report.value(QStringLiteral("updated")).toInt() == 0);
    CHECK(report.value(QStringLiteral("deleted")).toInt() == 0);
    CHECK(report.value(QStringLiteral("conflicts")).toArray().isEmpty());

    const Run missing = cli({QStringLiteral("--database"), files.a, QStringLiteral("merge-in")});
    CHECK(missing.exitCode == 2);
}
