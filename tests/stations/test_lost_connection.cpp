// A station whose line to the server drops: a write reconnects once and lands
// once, also when the commit went through but its answer was lost; with the server gone the write says so (ErrorKind::ConnectionLost)
// and nothing is half-written; once the server is back the same action goes
// through on the same Database.

#include "DroppingProxy.h"
#include "Fixtures.h"
#include "Stations.h"

#include "attendance/Attendance.h"
#include "people/People.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace rt;
using namespace rt::test;

namespace {

// A throwaway cluster of this test's own (scripts/pg-cluster.sh), so it can be
// stopped and started again without disturbing the shared test server.
class OwnCluster {
public:
    OwnCluster()
        : m_dir(QDir::temp().filePath(QStringLiteral("rt-stations-cluster-")
                                      + QUuid::createUuid().toString(QUuid::Id128).left(12)))
    {
    }
    ~OwnCluster()
    {
        stop();
        QDir(m_dir).removeRecursively();
        QFile::remove(m_dir + QStringLiteral(".initdb.log"));
    }

    // Starts it, on a free port the first time; returns its address.
    ServerAddress start()
    {
        for (int attempt = 0; attempt < 6; ++attempt) {
            if (m_port == 0)
                m_port = 20000 + int((QCoreApplication::applicationPid() * 7 + attempt * 131) % 30000);
            QString output;
            if (script(QStringLiteral("start"), &output)) {
                auto address = ServerAddress::parse(output.trimmed());
                REQUIRE(address.has_value());
                m_running = true;
                return *address;
            }
            // The port may be taken: a new cluster elsewhere, if none ran yet.
            if (m_started)
                break;
            m_port = 0;
            QDir(m_dir).removeRecursively();
        }
        FAIL("Could not start a PostgreSQL cluster of the test's own with scripts/pg-cluster.sh");
        return {};
    }

    void stop()
    {
        if (m_running)
            REQUIRE(script(QStringLiteral("stop")));
        m_running = false;
    }

private:
    bool script(const QString& command, QString* output = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral("sh"), {QStringLiteral(ROUNDTABLE_PG_CLUSTER), command, m_dir, QString::number(m_port)});
        if (!process.waitForFinished(120000))
            return false;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput());
        const bool done = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        m_started = m_started || (done && command == QLatin1String("start"));
        return done;
    }

    QString m_dir;
    int m_port = 0;
    bool m_running = false;
    bool m_started = false;
};

Person walkInPerson(const QString& email)
{
    return makePerson(QStringLiteral("Robin"), QStringLiteral("Lately"), Role::CityManager, QStringLiteral("Reconnect City"), email);
}

} // namespace

TEST_CASE("A station whose server connection was cut before a check-in reconnects and records it once")
{
    Stage s = stage(1);
    auto station = expectOk(Database::openServer(s.address));
    const qint64 pid = count(*station, QStringLiteral("SELECT pg_backend_pid()"));
    // The administrator cuts the station's connection on the server.
    REQUIRE(count(*s.db, QStringLiteral("SELECT CASE WHEN pg_terminate_backend(%1) THEN 1 ELSE 0 END").arg(pid)) == 1);
    const QDeadlineTimer gone(20000);
    while (count(*s.db, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) > 0
           && !gone.hasExpired())
        QThread::msleep(20);

    const QString email = QStringLiteral("robin.reconnect@stations.example");
    auto done = attendance::walkIn(*station, s.workshop, s.block, walkInPerson(email), AttendanceStatus::Present);
    INFO((done ? std::string() : done.error().message.toStdString()));
    REQUIRE(done.has_value());
    CHECK(count(*station, QStringLiteral("SELECT pg_backend_pid()")) != pid);

    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM people WHERE email = ?"), {email}) == 1);
    CHECK(count(*s.db,
                QStringLiteral("SELECT COUNT(*) FROM attendance_marks m JOIN people p ON p.id = m.person_id "
                               "WHERE p.email = ? AND m.block_id = ?"),
                {email, s.block})
          == 1);
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE description LIKE 'Register walk-in %'")) == 1);
}

TEST_CASE("After its connection was cut, a station's first read says so and its next check-in goes through once")
{
    Stage s = stage(1);
    auto station = expectOk(Database::openServer(s.address));
    const qint64 pid = count(*station, QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(count(*s.db, QStringLiteral("SELECT CASE WHEN pg_terminate_backend(%1) THEN 1 ELSE 0 END").arg(pid)) == 1);
    const QDeadlineTimer gone(20000);
    while (count(*s.db, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) > 0
           && !gone.hasExpired())
        QThread::msleep(20);

    // attendance::mark reads the person before it writes: that read meets
    // the dropped line and reports it as such; nothing is written.
    auto first = attendance::mark(*station, s.workshop, s.people[0], s.block, AttendanceStatus::Present);
    REQUIRE_FALSE(first.has_value());
    CHECK(first.error().kind == ErrorKind::ConnectionLost);
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM attendance_marks WHERE block_id = ?"), {s.block}) == 0);

    // Trying again connects again, and the check-in is recorded once.
    expectOk(attendance::mark(*station, s.workshop, s.people[0], s.block, AttendanceStatus::Present));
    CHECK(count(*station, QStringLiteral("SELECT pg_backend_pid()")) != pid);
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM attendance_marks WHERE block_id = ?"), {s.block}) == 1);
}

TEST_CASE("With the server stopped a write reports the lost connection, and goes through once it is back")
{
    OwnCluster cluster;
    const ServerAddress address = cluster.start();
    auto station = expectOk(Database::openServer(address));
    const Id workshop = addWorkshop(*station, 10, QStringLiteral("Lost line workshop"));
    const Id person = enrollNew(*station, workshop,
                                makePerson(QStringLiteral("Sam"), QStringLiteral("Steady"), Role::PoliceChief,
                                           QStringLiteral("Outage Town"), QStringLiteral("sam.old@stations.example")));
    const qint64 entriesBefore = count(*station, QStringLiteral("SELECT COUNT(*) FROM journal"));
    Person edited = expectOk(people::get(*station, person));
    edited.email = QStringLiteral("sam.new@stations.example");
    edited.phone = QStringLiteral("555-0199");

    cluster.stop();
    auto lost = people::update(*station, edited);
    REQUIRE_FALSE(lost.has_value());
    CHECK(lost.error().kind == ErrorKind::ConnectionLost);
    INFO(lost.error().message.toStdString());
    CHECK(lost.error().message.contains(QLatin1String("connection")));
    CHECK(lost.error().message.contains(QLatin1String("lost")));
    CHECK(lost.error().message.contains(QLatin1String("try again")));

    cluster.start();
    {
        // Seen from a new connection: nothing of the lost edit is there.
        auto look = expectOk(Database::openServer(address));
        const Person there = expectOk(people::get(*look, person));
        CHECK(there.email == QLatin1String("sam.old@stations.example"));
        CHECK(there.phone.isEmpty());
        CHECK(count(*look, QStringLiteral("SELECT COUNT(*) FROM journal")) == entriesBefore);
    }

    // The same action on the same station now goes through, once.
    expectOk(people::update(*station, edited));
    const Person saved = expectOk(people::get(*station, person));
    CHECK(saved.email == QLatin1String("sam.new@stations.example"));
    CHECK(saved.phone == QLatin1String("555-0199"));
    CHECK(count(*station, QStringLiteral("SELECT COUNT(*) FROM journal")) == entriesBefore + 1);
}

TEST_CASE("A check-in whose commit went through but whose answer was lost is not recorded twice")
{
    Stage s = stage(1);
    DroppingProxy proxy(s.address.port);
    REQUIRE(proxy.port() != 0);
    ServerAddress throughProxy = s.address;
    throughProxy.port = proxy.port();
    throughProxy.tls = ServerAddress::Tls::Disable;
    auto station = expectOk(Database::openServer(throughProxy));

    proxy.dropReplyToNextCommit();
    const QString email = QStringLiteral("dana.doubled@stations.example");
    auto done = attendance::walkIn(*station, s.workshop, s.block, walkInPerson(email), AttendanceStatus::Present);
    // The line really dropped after the server had committed.
    REQUIRE(proxy.dropped());
    INFO((done ? std::string() : done.error().message.toStdString()));
    // The station found its entry on the server after reconnecting, and did
    // not run the walk-in a second time.
    REQUIRE(done.has_value());
    CHECK_FALSE(done->isEmpty());
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM people WHERE email = ?"), {email}) == 1);
    CHECK(count(*s.db,
                QStringLiteral("SELECT COUNT(*) FROM attendance_marks m JOIN people p ON p.id = m.person_id "
                               "WHERE p.email = ? AND m.block_id = ?"),
                {email, s.block})
          == 1);
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE description LIKE 'Register walk-in %'")) == 1);
    CHECK(count(*s.db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE uuid = ?"), {done->journalEntry}) == 1);

    // The station goes on working on its new connection.
    expectOk(attendance::walkIn(*station, s.workshop, s.block, walkInPerson(QStringLiteral("next@stations.example")),
                                AttendanceStatus::Present));
}
