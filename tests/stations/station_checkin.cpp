// One station at the door, as its own process: connects to a Roundtable server
// the way `--server URL` does (Database::openServer) and checks the given
// people in to one block through core's attendance API, one action each.
//
//   station_checkin URL WORKSHOP BLOCK PERSON...
//
// Prints "ready" once connected and waits for a line on standard input, so
// the test can start every station at the same moment. After each check-in
// that core has said is saved it prints "saved PERSON MICROSECONDS"; a
// refused one prints "refused PERSON KIND MESSAGE" and the station exits 2.
// "done" ends a run that refused nothing.

#include "attendance/Attendance.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace rt;

namespace {

// One write(2) per line, so lines of stations never mix half-way.
void say(const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

int refuse(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return refuse(QStringLiteral("usage: station_checkin URL WORKSHOP BLOCK PERSON..."));
    auto address = ServerAddress::parse(args.at(1));
    if (!address)
        return refuse(address.error().message);
    auto db = Database::openServer(*address);
    if (!db)
        return refuse(db.error().message);
    const Id workshopId = args.at(2).toLongLong();
    const Id blockId = args.at(3).toLongLong();
    say("ready");
    std::string go;
    std::getline(std::cin, go);

    QElapsedTimer timer;
    for (qsizetype i = 4; i < args.size(); ++i) {
        const Id personId = args.at(i).toLongLong();
        timer.start();
        auto done = attendance::mark(**db, workshopId, personId, blockId, AttendanceStatus::Present);
        const qint64 micros = timer.nsecsElapsed() / 1000;
        if (!done) {
            say("refused " + QByteArray::number(personId) + ' ' + QByteArray::number(int(done.error().kind)) + ' '
                + done.error().message.toUtf8());
            return 2;
        }
        say("saved " + QByteArray::number(personId) + ' ' + QByteArray::number(micros));
    }
    say("done");
    return 0;
}
