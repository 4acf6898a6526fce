// A door that never closes: opens a Roundtable file and checks walk-ins in,
// one commit each, as fast as it can, until it is killed. Each check-in's
// e-mail address is printed (and flushed) only after core has said it is
// saved, so whoever kills this process knows exactly what must be in the file.
//
//   checkin_writer FILE ROUND
//
// ROUND keeps the people of one run apart from those of earlier runs on the
// same file. Prints "ready" once the file is open, "saved EMAIL" after each
// check-in; exits 2 with the message on stderr if anything is refused.

#include "attendance/Attendance.h"
#include "storage/Database.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QTime>

#include <cstdio>
#include <unistd.h>

using namespace rt;

namespace {

int refuse(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

// One write(2) per line, so a kill never leaves half a line in the pipe.
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return refuse(QStringLiteral("usage: checkin_writer FILE ROUND"));
    const QString round = args.at(2);

    auto db = Database::open(args.at(1));
    if (!db)
        return refuse(db.error().message);
    auto all = workshops::list(**db, workshops::Counts::Skip);
    if (!all || all->empty())
        return refuse(QStringLiteral("no workshop in the file"));
    const Id workshopId = all->front().workshop.id;
    auto blocks = attendance::blocksOf(**db, workshopId);
    if (!blocks || blocks->empty())
        return refuse(QStringLiteral("no attendance blocks"));
    say("ready");

    for (int n = 0;; ++n) {
        Person person;
        person.firstName = QStringLiteral("Walk-in");
        person.lastName = QStringLiteral("R%1 N%2").arg(round).arg(n);
        person.role = n % 2 ? Role::PoliceChief : Role::CityManager;
        person.jurisdiction = QStringLiteral("Crash Test City");
        person.state = QStringLiteral("OR");
        person.email = QStringLiteral("r%1.n%2@crash.example").arg(round).arg(n);
        const AttendanceBlock& block = (*blocks)[size_t(n) % blocks->size()];
        auto done = attendance::walkIn(**db, workshopId, block.id, person, AttendanceStatus::Present);
        if (!done)
            return refuse(done.error().message);
        say("saved " + person.email.toUtf8());
    }
}
