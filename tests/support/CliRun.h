#pragma once
// Runs the roundtable-cli this build made (tests built with
// roundtable_cli_test get its path as ROUNDTABLE_CLI) and keeps what it said.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace rt::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ROUNDTABLE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rt::test
