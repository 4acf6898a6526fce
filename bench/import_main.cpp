// roundtable-bench-import: importing a 20,000-row registration CSV, beside the
// sqlite3 shell's `.import --csv` of the same file into a plain table in a
// fresh file, measured in the same run (target: no more than 1.5x).
//   - sqlite3: the whole shell process (`sqlite3 FILE ".import --csv CSV people"`),
//     its start-up included (printed beside it: an empty run of the shell);
//   - Roundtable: reading the file (encoding, delimiter, libcsv), the plan
//     (duplicates against the file, capacity) and the import written as one
//     action with its journal, into a fresh file with one workshop.
// Each is the median of --runs (default 5), every run in a fresh file.
//
// roundtable-bench-import [--dir DIR] [--rows N] [--runs N]

#include "io/Table.h"
#include "people/RosterImport.h"
#include "storage/Database.h"
#include "workshops/Workshops.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace rt;

namespace {

constexpr double kTarget = 1.5;

int problem(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

double median(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// A registration export as Eventbrite-like tools write it: a header, quoted
// fields where needed, a few notes with commas, quotes and line breaks, CRLF.
QByteArray registrationCsv(int rows)
{
    static const char* firsts[] = {"Dana", "Marcus", "Priya", "José", "Ann", "Kenton", "Leonard", "Rod", "Mei", "Olu"};
    static const char* lasts[] = {"Whitfield", "Oyelaran", "Raman", "Núñez", "Lee", "Rainey", "Matarese", "Gould", "Chen", "Adeyemi"};
    static const char* titles[] = {"City Manager", "Chief of Police", "Asst. City Manager", "Fire Chief", "Deputy Chief",
                                   "Director of Public Safety", "Town Administrator", "Captain"};
    static const char* states[] = {"OR", "WA", "CA", "ID", "NV", "AZ", "TX", "CO"};
    QRandomGenerator random(20270309);
    QByteArray csv = "Attendee first name,Attendee last name,Email,Organization,Job Title,State,Phone,Notes\r\n";
    csv.reserve(rows * 140);
    for (int i = 0; i < rows; ++i) {
        const QByteArray first = firsts[random.bounded(10)];
        const QByteArray last = QByteArray(lasts[random.bounded(10)]) + QByteArray::number(i);
        QByteArray notes;
        switch (i % 10) {
        case 0: notes = "\"Vegetarian, no nuts\""; break;
        case 1: notes = "\"Arrives \"\"late\"\" on day one\""; break;
        case 2: notes = "\"Two lines:\r\nsecond line\""; break;
        default: break;
        }
        csv += first + ',' + last + ',' + first.toLower() + '.' + QByteArray::number(i) + "@city" + QByteArray::number(i % 900)
               + ".gov," + "City of Town " + QByteArray::number(i % 900) + ',' + titles[random.bounded(8)] + ','
               + states[random.bounded(8)] + ",(503) 555-" + QByteArray::number(1000 + i % 9000) + ',' + notes + "\r\n";
    }
    return csv;
}

Result<double> sqliteRun(const QString& shell, const QString& database, const QStringList& commands)
{
    QFile::remove(database);
    QElapsedTimer timer;
    QProcess process;
    timer.start();
    process.start(shell, QStringList{database} + commands);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return fail(QStringLiteral("sqlite3 failed: %1 %2").arg(process.errorString(), QString::fromUtf8(process.readAllStandardError())));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!process.readAllStandardError().isEmpty())
        return fail(QStringLiteral("sqlite3 complained while importing."));
    return ms;
}

struct OurRun {
    double total = 0;
    double read = 0;
    double plan = 0;
    double apply = 0;
    int imported = 0;
};

Result<OurRun> ourImport(const QString& folder, const QString& csvPath, int run)
{
    const QString path = QDir(folder).filePath(QStringLiteral("import-%1.roundtable").arg(run));
    auto created = Database::create(path);
    if (!created)
        return std::unexpected(created.error());
    Database& db = **created;
    Workshop w;
    w.title = QStringLiteral("Import benchmark");
    w.startDate = QDate(2027, 3, 9);
    w.capacity = 20;
    auto workshop = workshops::create(db, w);
    if (!workshop)
        return std::unexpected(workshop.error());

    OurRun figures;
    QElapsedTimer timer;
    timer.start();
    auto table = io::readTable(csvPath);
    if (!table)
        return std::unexpected(table.error());
    figures.read = double(timer.nsecsElapsed()) / 1e6;
    auto mapping = rosterimport::suggestMapping(db, table->headers);
    if (!mapping)
        return std::unexpected(mapping.error());
    auto plan = rosterimport::plan(db, workshop->subject, *table, mapping->mapping);
    if (!plan)
        return std::unexpected(plan.error());
    plan->source = QStringLiteral("registrations.csv");
    figures.plan = double(timer.nsecsElapsed()) / 1e6 - figures.read;
    auto applied = rosterimport::apply(db, *plan);
    if (!applied)
        return std::unexpected(applied.error());
    figures.total = double(timer.nsecsElapsed()) / 1e6;
    figures.apply = figures.total - figures.read - figures.plan;
    figures.imported = applied->counts.added;
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Roster import beside the sqlite3 shell's .import."));
    parser.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the benchmark files."), QStringLiteral("DIR"),
                                 QDir::tempPath());
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the CSV."), QStringLiteral("N"),
                                        QStringLiteral("20000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each; the median is shown."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({dir, rowsOption, runsOption});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QString shell = QStringLiteral("sqlite3");
    QTemporaryDir folder(QDir(parser.value(dir)).filePath(QStringLiteral("roundtable-bench-XXXXXX")));
    if (!folder.isValid())
        return problem(QStringLiteral("Cannot make a folder in %1: %2").arg(parser.value(dir), folder.errorString()));
    const QString csvPath = folder.filePath(QStringLiteral("registrations.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(registrationCsv(rows)) < 0)
            return problem(QStringLiteral("Cannot write %1").arg(csvPath));
    }
    std::printf("Files in %s; %d rows, %lld bytes; median of %d runs\n\n", qPrintable(folder.path()), rows,
                qlonglong(QFileInfo(csvPath).size()), runs);

    std::vector<double> shellMs;
    std::vector<double> startMs;
    std::vector<OurRun> ours;
    for (int run = 0; run < runs; ++run) {
        auto started = sqliteRun(shell, folder.filePath(QStringLiteral("empty.db")), {QStringLiteral(".quit")});
        auto imported = sqliteRun(shell, folder.filePath(QStringLiteral("plain.db")),
                                  {QStringLiteral(".import --csv %1 people").arg(csvPath)});
        if (!started || !imported)
            return problem((!started ? started.error() : imported.error()).message
                           + QStringLiteral(" (is the sqlite3 shell installed?)"));
        startMs.push_back(*started);
        shellMs.push_back(*imported);
        auto our = ourImport(folder.path(), csvPath, run);
        if (!our)
            return problem(our.error().message);
        if (our->imported != rows)
            return problem(QStringLiteral("Imported %1 of %2 rows.").arg(our->imported).arg(rows));
        ours.push_back(*our);
    }
    const auto medianOf = [&](double OurRun::*part) {
        std::vector<double> values;
        for (const OurRun& r : ours)
            values.push_back(r.*part);
        return median(values);
    };
    const double sqlite = median(shellMs);
    const double total = medianOf(&OurRun::total);
    const double ratio = total / sqlite;
    std::printf("sqlite3 .import --csv into a plain table   %8.1f ms  (shell start-up alone: %.1f ms)\n", sqlite,
                median(startMs));
    std::printf("Roundtable roster import                    %8.1f ms  (read %.1f, plan %.1f, write %.1f)\n", total,
                medianOf(&OurRun::read), medianOf(&OurRun::plan), medianOf(&OurRun::apply));
    std::printf("ratio                                       %8.2fx  target <= %.1fx  %s\n", ratio, kTarget,
                ratio <= kTarget ? "MET" : "MISSED");
    return 0;
}
