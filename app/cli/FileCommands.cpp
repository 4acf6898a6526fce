// Commands about the file and its workshops: info, check, demo, quote,
// programs, add-workshop.

#include "Cli.h"

#include "AppSettings.h"

#include "catalog/Catalog.h"
#include "check/FileCheck.h"
#include "demo/Demo.h"
#include "storage/Database.h"
#include "workshops/Fees.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QObject>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rt::cli {
namespace {

QString isoDates(const Workshop& w)
{
    const QString start = w.startDate.toString(Qt::ISODate);
    return w.endDate() == w.startDate ? start : QStringLiteral("%1 to %2").arg(start, w.endDate().toString(Qt::ISODate));
}

QString venueText(const WorkshopSummary& s)
{
    Venue v;
    v.name = s.venueName;
    v.city = s.venueCity;
    v.state = s.venueState;
    return s.venueName.isEmpty() ? QObject::tr("no venue") : v.label();
}

int info(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    auto list = workshops::list(*db);
    if (!list)
        return c.fail(list.error().message);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const WorkshopSummary& s : *list) {
            const Workshop& w = s.workshop;
            array.append(QJsonObject{{QStringLiteral("id"), w.id},
                                     {QStringLiteral("uuid"), w.uuid},
                                     {QStringLiteral("title"), w.title},
                                     {QStringLiteral("program"), s.programTitle},
                                     {QStringLiteral("venue"), venueText(s)},
                                     {QStringLiteral("start"), w.startDate.toString(Qt::ISODate)},
                                     {QStringLiteral("end"), w.endDate().toString(Qt::ISODate)},
                                     {QStringLiteral("half_days"), w.halfDays},
                                     {QStringLiteral("status"), statusKey(w.status)},
                                     {QStringLiteral("capacity"), w.capacity},
                                     {QStringLiteral("registered"), s.registered},
                                     {QStringLiteral("waitlisted"), s.waitlisted},
                                     {QStringLiteral("cancelled"), s.cancelled},
                                     {QStringLiteral("teams"), s.teams}});
        }
        c.io.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), db->path()},
                                              {QStringLiteral("schema"), db->schemaVersion()},
                                              {QStringLiteral("workshops"), array}})
                        .toJson();
        return Success;
    }
    c.io.out << QObject::tr("%1: %n workshop(s)", nullptr, int(list->size())).arg(db->path()) << "\n";
    for (const WorkshopSummary& s : *list) {
        const Workshop& w = s.workshop;
        c.io.out << "\n" << QStringLiteral("%1  %2").arg(w.id, 3).arg(w.title) << "\n";
        c.io.out << QStringLiteral("     %1 · %2 (%3) · %4").arg(venueText(s), isoDates(w), durationLabel(w.halfDays), statusLabel(w.status))
                 << "\n";
        c.io.out << QStringLiteral("     ") << QObject::tr("%1 registered of %2 places · %3 waitlisted · %4 cancelled · %5 teams")
                                                  .arg(s.registered)
                                                  .arg(w.capacity)
                                                  .arg(s.waitlisted)
                                                  .arg(s.cancelled)
                                                  .arg(s.teams)
                 << "\n";
    }
    return Success;
}

int check(const Context& c)
{
    CheckReport report;
    if (c.onServer()) {
        auto db = c.open();
        if (!db)
            return Problem;
        report = checkDatabase(*db);
    } else {
        report = checkFile(c.databasePath);
    }
    c.io.out << c.where() << "\n";
    for (const QString& fact : report.facts)
        c.io.out << "  ok       " << fact << "\n";
    for (const QString& problem : report.problems)
        c.io.out << "  PROBLEM  " << problem << "\n";
    c.io.out << (report.ok() ? QObject::tr("No problems found.") : QObject::tr("%n problem(s) found.", nullptr, int(report.problems.size()))) << Qt::endl;
    if (!report.ok())
        c.io.err << QObject::tr("check: %n problem(s) in %1", nullptr, int(report.problems.size())).arg(c.where()) << Qt::endl;
    return report.ok() ? Success : Problem;
}

int demo(const Context& c)
{
    if (auto status = demo::write(c.databasePath); !status)
        return c.fail(status.error().message);
    c.io.out << QObject::tr("Wrote the demo workshops to %1").arg(c.databasePath) << Qt::endl;
    return Success;
}

int quote(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    const auto id = c.rowOption(*db, QStringLiteral("workshop"), QStringLiteral("workshops"));
    if (!id)
        return Usage;
    auto workshop = workshops::get(*db, *id);
    auto settings = fees::settings(*db);
    if (!workshop || !settings)
        return c.fail(!workshop ? workshop.error().message : settings.error().message);
    const FeeQuote q = quoteFee(*workshop, *settings);
    c.io.out << QObject::tr("Fee quote for %1").arg(workshop->title) << "\n";
    for (const FeeLine& line : q.lines)
        c.io.out << QStringLiteral("  %1  %2").arg(formatMoney(line.cents), 14).arg(line.label) << "\n";
    c.io.out << QStringLiteral("  %1  %2").arg(formatMoney(q.totalCents), 14).arg(q.complete ? QObject::tr("Total") : QObject::tr("Total so far"))
             << "\n";
    for (const QString& note : q.notes)
        c.io.out << "  " << note << "\n";
    c.io.out.flush();
    return Success;
}

int programs(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    auto list = catalog::programs(*db);
    auto groups = catalog::practiceGroups(*db);
    if (!list || !groups)
        return c.fail(!list ? list.error().message : groups.error().message);
    for (const Program& p : *list) {
        QStringList numbers;
        for (Id groupId : p.practiceGroupIds) {
            for (const PracticeGroup& g : *groups) {
                if (g.id == groupId)
                    numbers << QString::number(g.number);
            }
        }
        c.io.out << QStringLiteral("%1  %2\n     %3 · %4 · %5\n")
                        .arg(p.id, 3)
                        .arg(p.title, p.provider, durationLabel(p.halfDays),
                             numbers.isEmpty() ? QObject::tr("no practice groups") : QObject::tr("practice groups %1").arg(numbers.join(QLatin1String(", "))));
    }
    c.io.out.flush();
    return Success;
}

int addWorkshop(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    Workshop w;
    w.title = p.value(QStringLiteral("title"));
    w.startDate = QDate::fromString(p.value(QStringLiteral("start")), Qt::ISODate);
    if (!w.startDate.isValid())
        return c.fail(QObject::tr("Give --start as a date like 2027-03-09."));
    bool ok = true;
    if (p.isSet(QStringLiteral("half-days")))
        w.halfDays = p.value(QStringLiteral("half-days")).toInt(&ok);
    if (ok && p.isSet(QStringLiteral("capacity")))
        w.capacity = p.value(QStringLiteral("capacity")).toInt(&ok);
    if (!ok)
        return c.fail(QObject::tr("--half-days and --capacity take whole numbers."));
    w.hostOrganisation = p.value(QStringLiteral("host"));
    w.hostState = p.value(QStringLiteral("state"));
    w.affiliated = !p.isSet(QStringLiteral("not-affiliated"));
    auto db = c.open();
    if (!db)
        return Problem;
    if (p.isSet(QStringLiteral("program"))) {
        const auto programId = c.rowOption(*db, QStringLiteral("program"), QStringLiteral("programs"));
        if (!programId)
            return Usage;
        auto program = catalog::program(*db, *programId);
        if (!program)
            return c.fail(program.error().message);
        w.programId = program->id;
        if (w.title.isEmpty())
            w.title = program->title;
        if (!p.isSet(QStringLiteral("half-days")))
            w.halfDays = program->halfDays;
        if (!p.isSet(QStringLiteral("capacity")) && program->capacity)
            w.capacity = *program->capacity;
    }
    // Its days get the blocks this computer's preferences give a new workshop.
    auto created = workshops::create(*db, w, std::nullopt, ui::settings::defaultBlocks());
    if (!created)
        return c.fail(created.error().message);
    c.io.out << QObject::tr("Created workshop %1: %2").arg(created->subject).arg(w.title) << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> fileCommands()
{
    const QCommandLineOption workshop = workshopOption();
    std::vector<Command> commands{
        {QStringLiteral("info"), QObject::tr("List the workshops in the file with their dates and counts."),
         {QCommandLineOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."))}, info},
        {QStringLiteral("check"), QObject::tr("Check the file's integrity and schema; exits non-zero on any problem."), {}, check},
        {QStringLiteral("demo"), QObject::tr("Write the demo workshops to the file (an earlier demo file is replaced)."), {}, demo},
        {QStringLiteral("quote"), QObject::tr("Print the fee quote for a workshop."), {workshop}, quote},
        {QStringLiteral("programs"), QObject::tr("List the program catalog."), {}, programs},
        {QStringLiteral("add-workshop"), QObject::tr("Create a workshop."),
         {valueOption("program", "The program's number, as “programs” lists it.", "ID"),
          valueOption("title", "The title (defaults to the program's).", "TEXT"),
          valueOption("start", "The first day, as YYYY-MM-DD.", "DATE"),
          valueOption("half-days", "Length in half days (4 for two days).", "N"),
          valueOption("capacity", "Number of places.", "N"), valueOption("host", "Host organisation.", "TEXT"),
          valueOption("state", "Host state.", "XX"),
          QCommandLineOption(QStringLiteral("not-affiliated"), QObject::tr("The host state has no affiliation agreement."))},
         addWorkshop},
    };
    for (Command& command : commands)
        command.fileOnly = command.name == QLatin1String("demo"); // it writes a file of its own
    return commands;
}

} // namespace rt::cli
