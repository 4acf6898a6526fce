// roundtable-bench-exports: how long the printed documents take, each beside
// its target, from reading the workshop to the file saved:
//   - sign-in sheets for 50 people and 4 blocks (< 300 ms);
//   - certificates for 50 people (< 1 s);
// and, for reference, the other documents of the same workshop.
// The workshop is made in a temporary file: two days (4 blocks), 50 people
// registered, all present at every block. Median of several runs.
//
// roundtable-bench-exports [--runs N] [--keep FOLDER]   (FOLDER keeps the PDFs)

#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "common/Translations.h"
#include "exports/AttendanceRecordPdf.h"
#include "exports/CertificatesPdf.h"
#include "exports/NameTentsPdf.h"
#include "exports/SigninSheetPdf.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

constexpr int kPeople = 50;

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

template <class T>
T must(rt::Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(*result);
}

rt::Id makeWorkshop(rt::Database& db)
{
    rt::Workshop w;
    w.title = QStringLiteral("Enhancing the Relationship Between the Manager and Chief");
    w.startDate = QDate(2027, 3, 9);
    w.halfDays = 4;
    w.capacity = kPeople;
    w.hostState = QStringLiteral("OR");
    rt::Venue venue;
    venue.name = QStringLiteral("Oregon State Police Academy");
    venue.city = QStringLiteral("Salem");
    venue.state = QStringLiteral("OR");
    const rt::Id id = must(rt::workshops::create(db, w, venue)).subject;
    for (const char* name : {"Leonard Matarese", "Rod Gould"}) {
        rt::Facilitator f;
        f.name = QString::fromLatin1(name);
        must(rt::facilitators::addToWorkshop(db, id, f));
    }
    const auto blocks = must(rt::attendance::blocksOf(db, id));
    for (int i = 1; i <= kPeople; ++i) {
        rt::Person p;
        p.firstName = QStringLiteral("Alex%1").arg(i);
        p.lastName = QStringLiteral("Participant%1").arg(i, 2, 10, QLatin1Char('0'));
        p.role = i % 2 ? rt::Role::CityManager : rt::Role::PoliceChief;
        p.jurisdiction = QStringLiteral("Town %1").arg((i + 1) / 2);
        p.state = QStringLiteral("OR");
        const rt::Id person = must(rt::roster::enrollNew(db, id, p)).subject;
        for (const rt::AttendanceBlock& b : blocks)
            must(rt::attendance::mark(db, id, person, b.id, rt::AttendanceStatus::Present));
    }
    return id;
}

using Write = rt::Result<rt::exports::PdfSummary> (*)(const rt::AttendanceSheet&, const QString&, const rt::exports::PrintOptions&);

struct Timing {
    double medianMs = 0;
    rt::exports::PdfSummary summary;
};

// Each run reads the workshop afresh and writes the file, as the app does.
Timing timeExport(const rt::Database& db, rt::Id workshop, Write write, const QString& path, int runs)
{
    std::vector<double> times;
    Timing timing;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        const rt::AttendanceSheet sheet = must(rt::attendance::sheet(db, workshop));
        timing.summary = must(write(sheet, path, rt::exports::PrintOptions{}));
        if (i > 0) // the first run loads fonts and warms caches
            times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    timing.medianMs = times[times.size() / 2];
    return timing;
}

int g_failures = 0;

void report(const char* what, const Timing& t, double targetMs)
{
    const QString pages = QStringLiteral("%1 pages").arg(t.summary.pages);
    if (targetMs <= 0) {
        std::printf("  %-46s %-9s %8.1f ms\n", what, qPrintable(pages), t.medianMs);
        return;
    }
    const bool ok = t.medianMs < targetMs;
    g_failures += ok ? 0 : 1;
    std::printf("  %-46s %-9s %8.1f ms  target < %g ms  %s\n", what, qPrintable(pages), t.medianMs, targetMs, ok ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("RoundtableBench"));
    QGuiApplication::setOrganizationName(QStringLiteral("Roundtable"));
    rt::installTranslations(QStringLiteral("en"));

    int runs = 7;
    QString keep;
    const QStringList args = QGuiApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir scratch;
    const QDir out(keep.isEmpty() ? scratch.path() : keep);
    auto db = must(rt::Database::create(scratch.filePath(QStringLiteral("exports.roundtable"))));
    const rt::Id workshop = makeWorkshop(*db);

    std::printf("Printed documents for %d people x 4 blocks, all present (median of %d runs)\n", kPeople, runs);
    report("sign-in sheets, 50 people x 4 blocks",
           timeExport(*db, workshop, rt::exports::writeSigninSheets, out.filePath(QStringLiteral("signin.pdf")), runs), 300);
    report("certificates, 50 people",
           timeExport(*db, workshop, rt::exports::writeCertificates, out.filePath(QStringLiteral("certificates.pdf")), runs), 1000);
    report("attendance record (for reference)",
           timeExport(*db, workshop, rt::exports::writeAttendanceRecord, out.filePath(QStringLiteral("attendance.pdf")), runs), 0);
    report("name tents (for reference)",
           timeExport(*db, workshop, rt::exports::writeNameTents, out.filePath(QStringLiteral("tents.pdf")), runs), 0);
    report("badges (for reference)", timeExport(*db, workshop, rt::exports::writeBadges, out.filePath(QStringLiteral("badges.pdf")), runs), 0);
    std::printf("\n%s\n", g_failures ? "Some targets were missed." : "All targets met.");
    return g_failures ? 1 : 0;
}
