#include "Stations.h"

#include "Fixtures.h"
#include "TestServer.h"

#include "attendance/Attendance.h"
#include "people/People.h"
#include "people/Roster.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QProcess>

namespace rt::test {

Stage stage(int people)
{
    Stage s;
    s.address = newServerDatabase();
    s.db = expectOk(Database::openServer(s.address));
    s.workshop = addWorkshop(*s.db, people + 10, QStringLiteral("Stations workshop"));
    expectOk(s.db->write(QStringLiteral("Enroll the stations' people"), [&](Writer& writer) -> Status {
        for (int i = 0; i < people; ++i) {
            Person p = makePerson(QStringLiteral("Guest"), QStringLiteral("Number %1").arg(i),
                                  i % 2 ? Role::PoliceChief : Role::CityManager, QStringLiteral("Station City %1").arg(i),
                                  QStringLiteral("guest%1@stations.example").arg(i));
            auto id = people::insert(writer, p);
            if (!id)
                return std::unexpected(id.error());
            if (auto enrolled = roster::enrollIn(writer, s.workshop, *id); !enrolled)
                return enrolled;
            s.people.push_back(*id);
        }
        return ok();
    }));
    auto blocks = expectOk(attendance::blocksOf(*s.db, s.workshop));
    REQUIRE_FALSE(blocks.empty());
    s.block = blocks.front().id;
    return s;
}

std::vector<StationRun> runStations(const ServerAddress& server, Id workshop, Id block,
                                    const std::vector<std::vector<Id>>& peoplePerStation)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const auto& people : peoplePerStation) {
        QStringList args{server.url(), QString::number(workshop), QString::number(block)};
        for (Id id : people)
            args << QString::number(id);
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(ROUNDTABLE_STATION_CHECKIN), args);
        REQUIRE(process->waitForStarted(10000));
        processes.push_back(std::move(process));
    }
    // Every station connected and waiting before any is told to go.
    for (auto& process : processes) {
        const QDeadlineTimer deadline(30000);
        while (!process->canReadLine() && process->state() == QProcess::Running && !deadline.hasExpired())
            process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        INFO(process->readAllStandardError().toStdString());
        REQUIRE(process->canReadLine());
        REQUIRE(process->readLine().trimmed() == "ready");
    }
    for (auto& process : processes)
        process->write("go\n");

    std::vector<StationRun> runs;
    for (auto& process : processes) {
        REQUIRE(process->waitForFinished(120000));
        StationRun run;
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        run.errors = QString::fromUtf8(process->readAllStandardError());
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("saved "))
                run.saved.push_back(line.split(' ').value(1).toLongLong());
            else if (line.startsWith("refused "))
                run.refused << QString::fromUtf8(line.mid(8));
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

qint64 count(const Database& db, const QString& statement, const QVariantList& binds)
{
    auto value = sql::scalar(db.connection(), statement, binds);
    INFO((value ? std::string() : value.error().message.toStdString()));
    REQUIRE(value.has_value());
    return value->toLongLong();
}

} // namespace rt::test
