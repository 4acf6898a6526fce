// roundtable-bench-stations: several stations checking people in at once on
// one server. A workshop of 1,000 enrolled people; 4 station processes, 250
// check-ins each, all started at the same moment, each check-in one
// attendance::mark on its own connection. Printed beside their targets:
// recorded (all), duplicates (0), and the latency of a check-in as a station
// sees it, p50/p95/p99 (p99 < 50 ms), with MET or MISSED.
//
// Without --server it starts a durable throwaway cluster of its own
// (scripts/pg-cluster.sh, fsync on) on --port, and removes it afterwards.
// With --server URL it makes a database of its own there and drops it after.
//
// roundtable-bench-stations [--server URL] [--port N] [--stations N] [--each N]

#include "attendance/Attendance.h"
#include "people/People.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>

using namespace rt;

namespace {

constexpr double kTargetP99 = 50;

int problem(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void say(const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    (void)!::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size()));
}

// A station: --station URL WORKSHOP BLOCK PERSON... Connects, says "ready",
// waits for a line, then checks each person in and says "saved PERSON MICROS".
int runStation(const QStringList& args)
{
    auto address = ServerAddress::parse(args.value(2));
    if (!address)
        return problem(address.error().message);
    auto db = Database::openServer(*address);
    if (!db)
        return problem(db.error().message);
    const Id workshop = args.value(3).toLongLong();
    const Id block = args.value(4).toLongLong();
    say("ready");
    std::string go;
    std::getline(std::cin, go);
    QElapsedTimer timer;
    for (qsizetype i = 5; i < args.size(); ++i) {
        const Id person = args.at(i).toLongLong();
        timer.start();
        auto done = attendance::mark(**db, workshop, person, block, AttendanceStatus::Present);
        const qint64 micros = timer.nsecsElapsed() / 1000;
        if (!done)
            return problem(done.error().message);
        say("saved " + QByteArray::number(person) + ' ' + QByteArray::number(micros));
    }
    return 0;
}

// Runs one statement as the server's administrator (CREATE/DROP DATABASE).
bool admin(const ServerAddress& server, const QString& statement, QString* error)
{
    const QString name = QStringLiteral("bench-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(statement);
            if (!done)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// The cluster this run started, stopped and removed when the run ends.
struct OwnCluster {
    QString dir;
    ~OwnCluster()
    {
        if (dir.isEmpty())
            return;
        QProcess::execute(QStringLiteral("sh"), {QStringLiteral(ROUNDTABLE_PG_CLUSTER), QStringLiteral("stop"), dir});
        QDir(dir).removeRecursively();
        QFile::remove(dir + QStringLiteral(".initdb.log"));
    }
};

double percentile(const std::vector<double>& sorted, double share)
{
    return sorted[std::min(sorted.size() - 1, size_t(share * double(sorted.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--station"))
        return runStation(app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stations checking in at once on one server, beside the targets."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("A server to use instead of a cluster of its own."),
                                          QStringLiteral("URL"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port of the cluster it starts."), QStringLiteral("N"),
                                        QStringLiteral("54390"));
    const QCommandLineOption stationsOption(QStringLiteral("stations"), QStringLiteral("Station processes."), QStringLiteral("N"),
                                            QStringLiteral("4"));
    const QCommandLineOption eachOption(QStringLiteral("each"), QStringLiteral("Check-ins per station."), QStringLiteral("N"),
                                        QStringLiteral("250"));
    parser.addOptions({serverOption, portOption, stationsOption, eachOption});
    parser.process(app);
    const int stations = std::max(1, parser.value(stationsOption).toInt());
    const int each = std::max(1, parser.value(eachOption).toInt());
    const int total = stations * each;

    OwnCluster cluster;
    QString url = parser.value(serverOption);
    if (url.isEmpty()) {
        cluster.dir = QDir::temp().filePath(QStringLiteral("roundtable-bench-stations-%1").arg(QCoreApplication::applicationPid()));
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PG_CLUSTER_DURABLE"), QStringLiteral("1"));
        start.setProcessEnvironment(env);
        start.start(QStringLiteral("sh"), {QStringLiteral(ROUNDTABLE_PG_CLUSTER), QStringLiteral("start"), cluster.dir,
                                           parser.value(portOption)});
        if (!start.waitForFinished(180000) || start.exitCode() != 0)
            return problem(QStringLiteral("Could not start a PostgreSQL cluster (scripts/pg-cluster.sh): %1")
                               .arg(QString::fromUtf8(start.readAllStandardError())));
        url = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        std::printf("Durable throwaway cluster (fsync on) in %s\n", qPrintable(cluster.dir));
    }
    auto server = ServerAddress::parse(url);
    if (!server)
        return problem(server.error().message);

    ServerAddress bench = *server;
    bench.database = QStringLiteral("rt_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!admin(*server, QStringLiteral("CREATE DATABASE %1").arg(bench.database), &error))
        return problem(QStringLiteral("Could not make a database for the benchmark on %1: %2").arg(server->display(), error));
    struct Drop {
        ServerAddress server;
        QString name;
        ~Drop()
        {
            QString ignored;
            admin(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &ignored);
        }
    } drop{*server, bench.database};

    Id workshopId = 0;
    Id blockId = 0;
    std::vector<Id> people;
    {
        auto db = Database::openServer(bench);
        if (!db)
            return problem(db.error().message);
        Workshop w;
        w.title = QStringLiteral("Stations benchmark");
        w.startDate = QDate(2027, 3, 9);
        w.halfDays = 4;
        w.capacity = total;
        auto created = workshops::create(**db, w);
        if (!created)
            return problem(created.error().message);
        workshopId = created->subject;
        auto enrolled = (*db)->write(QStringLiteral("Enroll"), [&](Writer& writer) -> Status {
            for (int i = 0; i < total; ++i) {
                Person p;
                p.firstName = QStringLiteral("Guest");
                p.lastName = QStringLiteral("Number %1").arg(i);
                p.role = i % 2 ? Role::PoliceChief : Role::CityManager;
                p.jurisdiction = QStringLiteral("Bench City %1").arg(i / 2);
                p.state = QStringLiteral("OR");
                p.email = QStringLiteral("guest%1@bench.example").arg(i);
                auto id = people::insert(writer, p);
                if (!id)
                    return std::unexpected(id.error());
                if (auto s = roster::enrollIn(writer, workshopId, *id); !s)
                    return s;
                people.push_back(*id);
            }
            return ok();
        });
        if (!enrolled)
            return problem(enrolled.error().message);
        auto blocks = attendance::blocksOf(**db, workshopId);
        if (!blocks || blocks->empty())
            return problem(QStringLiteral("The workshop has no attendance blocks."));
        blockId = blocks->front().id;
    }

    // Each station has its own share of the people, in arrival order.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int s = 0; s < stations; ++s) {
        QStringList args{QStringLiteral("--station"), bench.url(), QString::number(workshopId), QString::number(blockId)};
        for (int i = s; i < total; i += stations)
            args << QString::number(people[size_t(i)]);
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(), args);
        if (!process->waitForStarted(10000))
            return problem(QStringLiteral("Could not start a station process."));
        processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
        const QDeadlineTimer deadline(60000);
        while (!process->canReadLine() && process->state() == QProcess::Running && !deadline.hasExpired())
            process->waitForReadyRead(1000);
        if (!process->canReadLine() || process->readLine().trimmed() != "ready")
            return problem(QStringLiteral("A station could not connect."));
    }
    QElapsedTimer wall;
    wall.start();
    for (auto& process : processes)
        process->write("go\n");

    std::vector<double> ms;
    std::map<Id, int> savedTimes;
    bool allExited = true;
    for (auto& process : processes) {
        process->waitForFinished(600000);
        allExited = allExited && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
        for (const QByteArray& line : process->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "saved") {
                ++savedTimes[parts[1].toLongLong()];
                ms.push_back(parts[2].toDouble() / 1000.0);
            }
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    auto db = Database::openServer(bench);
    if (!db)
        return problem(db.error().message);
    auto recorded = sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM attendance_marks WHERE block_id = ?"),
                                {blockId});
    auto rows = sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM attendance_marks WHERE block_id = ?"), {blockId});
    if (!recorded || !rows)
        return problem(QStringLiteral("Could not read the marks back."));
    int reportedTwice = 0;
    for (const auto& [person, times] : savedTimes)
        reportedTwice += times - 1;
    const qint64 duplicates = rows->toLongLong() - recorded->toLongLong() + reportedTwice;
    if (ms.empty())
        return problem(QStringLiteral("No station reported a check-in."));
    std::sort(ms.begin(), ms.end());
    const double p99 = percentile(ms, 0.99);
    const bool met = allExited && recorded->toLongLong() == total && duplicates == 0 && p99 < kTargetP99;

    std::printf("%d station processes x %d check-ins at once, %d enrolled, on %s\n", stations, each, total,
                qPrintable(bench.display()));
    std::printf("  recorded    %lld/%d   target all   %s\n", recorded->toLongLong(), total,
                recorded->toLongLong() == total ? "ok" : "MISSING");
    std::printf("  duplicates  %lld        target 0     %s\n", duplicates, duplicates == 0 ? "ok" : "OVER TARGET");
    std::printf("  p50  %7.2f ms\n", percentile(ms, 0.50));
    std::printf("  p95  %7.2f ms\n", percentile(ms, 0.95));
    std::printf("  p99  %7.2f ms   target < %.0f ms   %s\n", p99, kTargetP99, p99 < kTargetP99 ? "ok" : "OVER TARGET");
    std::printf("  max  %7.2f ms\n", ms.back());
    std::printf("  %.1f check-ins/s over %.2f s\n", double(ms.size()) / seconds, seconds);
    std::printf("%s\n", met ? "MET" : "MISSED");
    return met ? 0 : 1;
}
