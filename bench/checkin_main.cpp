// roundtable-bench-checkin: the two figures the door depends on, each printed
// beside its target.
//   - a check-in committed durably: attendance::mark on a file on disk (WAL,
//     synchronous=FULL), in a workshop of several hundred registered people
//     among a 20,000-person directory; p50 and p99 (p99 < 15 ms);
//   - the check-in box's search over 20,000 people: CheckInSearch::find for
//     what people type (1-3 letters, a last name, a jurisdiction, an email, a
//     miss), median and worst (< 16 ms per keystroke).
// The file goes in --dir (default: the system's temporary folder); put it on
// the kind of disk the laptop at the door has.
//
// roundtable-bench-checkin [--dir DIR] [--registered N] [--rounds N]

#include "LargeFile.h"

#include "attendance/Attendance.h"
#include "attendance/CheckInSearch.h"
#include "people/People.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <unordered_set>

using namespace rt;

namespace {

constexpr int kDirectory = 20000;

struct Figures {
    double p50 = 0;
    double p99 = 0;
    double worst = 0;
};

Figures figuresOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double share) { return ms[std::min(ms.size() - 1, size_t(share * double(ms.size())))]; };
    return {at(0.5), at(0.99), ms.back()};
}

const char* verdict(double value, double target)
{
    return value < target ? "ok" : "OVER TARGET";
}

int problem(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// (a) Check-ins at the door: morning and afternoon for everyone registered,
// in arrival order, mostly present, some late, a few leaving early or excused.
int benchCheckIns(const QString& folder, int registered)
{
    const QString path = QDir(folder).filePath(QStringLiteral("checkin-bench.roundtable"));
    auto created = Database::create(path);
    if (!created)
        return problem(created.error().message);
    Database& db = **created;

    Workshop w;
    w.title = QStringLiteral("Check-in benchmark");
    w.startDate = QDate(2027, 3, 9);
    w.halfDays = 4;
    w.capacity = registered;
    auto workshop = workshops::create(db, w);
    if (!workshop)
        return problem(workshop.error().message);
    const Id workshopId = workshop->subject;

    std::mt19937 rng(20270309);
    std::vector<Id> roster;
    auto filled = db.write(QStringLiteral("directory"), [&](Writer& writer) -> Status {
        for (int i = 0; i < kDirectory; ++i) {
            auto id = people::insert(writer, bench::samplePerson(rng, i));
            if (!id)
                return std::unexpected(id.error());
            if (i % (kDirectory / registered) == 0 && int(roster.size()) < registered) {
                if (auto s = roster::enrollIn(writer, workshopId, *id); !s)
                    return s;
                roster.push_back(*id);
            }
        }
        return ok();
    });
    if (!filled)
        return problem(filled.error().message);
    auto blocks = attendance::blocksOf(db, workshopId);
    if (!blocks || blocks->size() < 2)
        return problem(QStringLiteral("The workshop has no first day."));

    std::vector<double> ms;
    QElapsedTimer timer;
    for (size_t b = 0; b < 2; ++b) {
        const AttendanceBlock& block = (*blocks)[b];
        std::vector<Id> arrivals = roster;
        std::shuffle(arrivals.begin(), arrivals.end(), rng);
        for (Id person : arrivals) {
            const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
            AttendanceStatus status = AttendanceStatus::Present;
            QTime at;
            if (roll >= 98) {
                status = AttendanceStatus::Excused;
            } else if (roll >= 96) {
                status = AttendanceStatus::LeftEarly;
                at = block.ends.addSecs(-60 * std::uniform_int_distribution<int>(15, 90)(rng));
            } else if (roll >= 88) {
                status = AttendanceStatus::Late;
                at = block.starts.addSecs(60 * std::uniform_int_distribution<int>(5, 50)(rng));
            }
            timer.start();
            auto marked = attendance::mark(db, workshopId, person, block.id, status, at);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!marked)
                return problem(marked.error().message);
        }
    }
    for (size_t b = 0; b < 2; ++b) {
        auto marks = attendance::marksOf(db, (*blocks)[b].id);
        if (!marks || int(marks->size()) != registered)
            return problem(QStringLiteral("Not every check-in is in the file."));
    }

    const Figures f = figuresOf(ms);
    std::printf("Durable check-in (%zu marks, %d registered, %d people in the file)\n", ms.size(), registered, kDirectory);
    std::printf("  p50  %7.2f ms\n", f.p50);
    std::printf("  p99  %7.2f ms   target < 15 ms   %s\n", f.p99, verdict(f.p99, 15));
    std::printf("  max  %7.2f ms\n", f.worst);
    return 0;
}

// (b) The check-in box: every keystroke of what people type, against 20,000
// people, with half the registered already checked in.
int benchSearch(int registered, int rounds)
{
    std::mt19937 rng(20261123);
    std::vector<Person> everyone;
    everyone.reserve(kDirectory);
    for (int i = 0; i < kDirectory; ++i) {
        Person p = bench::samplePerson(rng, i);
        p.id = i + 1;
        everyone.push_back(std::move(p));
    }
    std::vector<RosterEntry> roster;
    std::unordered_set<Id> done;
    for (int i = 0; i < registered; ++i) {
        RosterEntry e;
        e.person = everyone[size_t(i * (kDirectory / registered))];
        roster.push_back(e);
        if (i % 2 == 0)
            done.insert(e.person.id);
    }
    CheckInSearch search;
    QElapsedTimer timer;
    timer.start();
    search.reset(roster, everyone);
    const double resetMs = double(timer.nsecsElapsed()) / 1e6;
    const auto isDone = [&](Id id) { return done.count(id) > 0; };

    // Each typed a letter at a time, as the box sees it.
    const QStringList typed{QStringLiteral("Kowalski"), QStringLiteral("Dana"), QStringLiteral("jo"), QStringLiteral("Cedar Falls"),
                            QStringLiteral("lena v"), QStringLiteral("person1234@"), QStringLiteral("Vasquez"), QStringLiteral("zzqx")};
    QStringList queries;
    for (const QString& word : typed) {
        for (qsizetype n = 1; n <= word.size(); ++n)
            queries << word.left(n);
    }
    std::vector<double> ms;
    double worst = 0;
    QString worstQuery;
    size_t hits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString& q : queries) {
            timer.start();
            const auto found = search.find(q, isDone);
            const double t = double(timer.nsecsElapsed()) / 1e6;
            ms.push_back(t);
            hits += found.size();
            if (t > worst) {
                worst = t;
                worstQuery = q;
            }
        }
    }
    if (hits == 0)
        return problem(QStringLiteral("The search found no one."));

    const Figures f = figuresOf(ms);
    std::printf("Check-in search (%d people, %d registered, %lld queries x %d rounds)\n", kDirectory, registered,
                static_cast<long long>(queries.size()), rounds);
    std::printf("  reset   %7.2f ms (once, when the tab opens)\n", resetMs);
    std::printf("  median  %7.2f ms   target < 16 ms   %s\n", f.p50, verdict(f.p50, 16));
    std::printf("  p99     %7.2f ms\n", f.p99);
    std::printf("  worst   %7.2f ms   target < 16 ms   %s   (\"%s\")\n", worst, verdict(worst, 16), qPrintable(worstQuery));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check-in figures beside their targets."));
    parser.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the benchmark file."), QStringLiteral("DIR"),
                                 QDir::tempPath());
    const QCommandLineOption registered(QStringLiteral("registered"), QStringLiteral("People registered for the workshop."),
                                        QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Times each search is repeated."), QStringLiteral("N"),
                                    QStringLiteral("20"));
    parser.addOptions({dir, registered, rounds});
    parser.process(app);
    const int people = std::clamp(parser.value(registered).toInt(), 1, kDirectory);
    const int repeat = std::max(1, parser.value(rounds).toInt());

    QTemporaryDir folder(QDir(parser.value(dir)).filePath(QStringLiteral("roundtable-bench-XXXXXX")));
    if (!folder.isValid())
        return problem(QStringLiteral("Cannot make a folder in %1: %2").arg(parser.value(dir), folder.errorString()));
    std::printf("File in %s\n\n", qPrintable(folder.path()));
    if (int status = benchCheckIns(folder.path(), people); status != 0)
        return status;
    std::printf("\n");
    return benchSearch(people, repeat);
}
