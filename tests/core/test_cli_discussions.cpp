// roundtable-cli's discussion commands on the demo file: a round's groups and
// figures, a preview for another seed, a new round, and the printed documents.

#include <catch2/catch.hpp>

#include "CliRun.h"
#include "StringMaker.h"
#include "TestFiles.h"

using namespace rt::test;

TEST_CASE("groups shows a round, previews another seed without saving, and adds a round")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.roundtable"));
    REQUIRE(cli({QStringLiteral("-d"), file, QStringLiteral("demo")}).exitCode == 0);
    const QStringList base{QStringLiteral("-d"), file, QStringLiteral("groups"), QStringLiteral("--workshop"), QStringLiteral("1")};

    Run shown = cli(base + QStringList{QStringLiteral("--round"), QStringLiteral("1")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Group 4:")));
    CHECK(shown.out.contains(QStringLiteral("Pairs meeting again: 0")));
    CHECK(shown.out.contains(QStringLiteral("partners together: 0")));

    Run preview = cli(base + QStringList{QStringLiteral("--round"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("99")});
    CHECK(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("Not saved")));
    CHECK(cli(base + QStringList{QStringLiteral("--round"), QStringLiteral("1")}).out == shown.out);

    Run added = cli(base + QStringList{QStringLiteral("--new"), QStringLiteral("--mode"), QStringLiteral("by-role"), QStringLiteral("--groups"),
                                       QStringLiteral("2")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    Run third = cli(base + QStringList{QStringLiteral("--round"), QStringLiteral("3")});
    CHECK(third.exitCode == 0);
    CHECK(third.out.contains(QStringLiteral("Group 2:")));

    Run missing = cli(base + QStringList{QStringLiteral("--round"), QStringLiteral("9")});
    CHECK(missing.exitCode != 0);
    CHECK_FALSE(missing.err.isEmpty());

    for (const QString& kind : {QStringLiteral("discussions"), QStringLiteral("groups")}) {
        const QString out = dir.path(kind + QStringLiteral(".pdf"));
        Run exported = cli({QStringLiteral("-d"), file, QStringLiteral("export"), kind, QStringLiteral("--workshop"), QStringLiteral("1"),
                            QStringLiteral("--out"), out});
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 0);
        CHECK(readBytes(out).startsWith("%PDF"));
    }
}
