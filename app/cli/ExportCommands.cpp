// Printed documents from the command line:
//   export signin|attendance|certificates|tents|badges --workshop ID --out FILE
//   export agenda --workshop ID --out FILE [--facilitator]
//   export ics --workshop ID --out FILE
//   export discussions|groups --workshop ID --out FILE
//   export actionplans --workshop ID --out FILE [--team ID]
//   export outcomes --workshop ID --out FILE

#include "Cli.h"

#include "AppSettings.h"

#include "attendance/AttendanceSheet.h"
#include "charts/BarChart.h"
#include "exports/ActionPlanPdf.h"
#include "exports/AgendaCalendar.h"
#include "exports/AgendaPdf.h"
#include "exports/AttendanceRecordPdf.h"
#include "exports/AttendanceSpreadsheet.h"
#include "exports/CertificatesPdf.h"
#include "exports/DiscussionsPdf.h"
#include "exports/NameTentsPdf.h"
#include "exports/OutcomeReportPdf.h"
#include "exports/SigninSheetPdf.h"
#include "storage/Database.h"

#include <QObject>
#include <optional>

namespace rt::cli {
namespace {

using Writer = Result<exports::PdfSummary> (*)(const AttendanceSheet&, const QString&, const exports::PrintOptions&);

struct Kind {
    const char* name;
    Writer write;
};

const Kind kKinds[] = {
    {"signin", exports::writeSigninSheets},       {"attendance", exports::writeAttendanceRecord},
    {"certificates", exports::writeCertificates}, {"tents", exports::writeNameTents},
    {"badges", exports::writeBadges},
};

// The agenda's documents come from the agenda, not the attendance sheet.
const QString kAgenda = QStringLiteral("agenda");
const QString kCalendar = QStringLiteral("ics");
// The discussions' documents come from the rounds.
const QString kDiscussions = QStringLiteral("discussions");
const QString kGroupLists = QStringLiteral("groups");
// What the workshop left behind: the teams' plans and the outcome report.
const QString kActionPlans = QStringLiteral("actionplans");
const QString kOutcomes = QStringLiteral("outcomes");

QString kindNames()
{
    QStringList names;
    for (const Kind& k : kKinds)
        names << QString::fromLatin1(k.name);
    names << kAgenda << kCalendar << kDiscussions << kGroupLists << kActionPlans << kOutcomes;
    return names.join(QStringLiteral(", "));
}

// What the document holds, for the line that reports it.
QString contents(const QString& kind, const exports::PdfSummary& summary, const QString& blockName)
{
    if (kind == QLatin1String("signin"))
        return blockName.isEmpty() ? QObject::tr("sign-in sheets for every block; people: %1").arg(summary.items)
                                   : QObject::tr("sign-in sheet for %1; people: %2").arg(blockName).arg(summary.items);
    if (kind == QLatin1String("attendance"))
        return QObject::tr("attendance record; people: %1").arg(summary.items);
    if (kind == QLatin1String("certificates"))
        return QObject::tr("certificates: %1").arg(summary.items);
    if (kind == QLatin1String("tents"))
        return QObject::tr("name tents: %1").arg(summary.items);
    return QObject::tr("badges: %1").arg(summary.items);
}

// Options the agenda's documents do not take, checked before anything is read.
std::optional<QString> unsupportedByAgenda(const QCommandLineParser& p, bool calendar)
{
    QStringList options{QStringLiteral("block"), QStringLiteral("by-team"), QStringLiteral("blank-rows"), QStringLiteral("format")};
    if (calendar)
        options << QStringLiteral("facilitator") << QStringLiteral("page") << QStringLiteral("organisation") << QStringLiteral("logo");
    for (const QString& o : options) {
        if (p.isSet(o))
            return calendar ? QObject::tr("export ics takes only --workshop and --out, not --%1.").arg(o)
                            : QObject::tr("export agenda does not take --%1.").arg(o);
    }
    return std::nullopt;
}

int exportAgenda(const Context& c, const exports::PrintOptions& options, bool calendar)
{
    const QString out = c.parser.value(QStringLiteral("out"));
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto doc = exports::agendaDocument(*db, *workshopId);
    if (!doc)
        return c.fail(doc.error().message);
    if (calendar) {
        if (auto written = exports::writeAgendaIcs(*doc, out); !written)
            return c.fail(written.error().message);
        c.io.out << QObject::tr("Wrote %1 (calendar; events: %2).").arg(out, QString::number(doc->itemCount())) << Qt::endl;
        return Success;
    }
    const bool facilitators = c.parser.isSet(QStringLiteral("facilitator"));
    auto written = exports::writeAgenda(*doc, out, options, facilitators ? exports::AgendaAudience::Facilitators : exports::AgendaAudience::Participants);
    if (!written)
        return c.fail(written.error().message);
    c.io.out << QObject::tr("Wrote %1 (%2; items: %3; pages: %4).")
                    .arg(out, facilitators ? QObject::tr("agenda for facilitators") : QObject::tr("agenda"),
                         QString::number(written->items), QString::number(written->pages))
             << Qt::endl;
    return Success;
}

int exportDiscussions(const Context& c, const exports::PrintOptions& options, bool wall)
{
    const QString out = c.parser.value(QStringLiteral("out"));
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto doc = exports::discussionDocument(*db, *workshopId);
    if (!doc)
        return c.fail(doc.error().message);
    auto written = wall ? exports::writeGroupLists(*doc, out, options) : exports::writeDiscussionSummary(*doc, out, options);
    if (!written)
        return c.fail(written.error().message);
    c.io.out << QObject::tr("Wrote %1 (%2; rounds: %3; pages: %4).")
                    .arg(out, wall ? QObject::tr("group lists") : QObject::tr("discussion summary"), QString::number(written->items),
                         QString::number(written->pages))
             << Qt::endl;
    return Success;
}

int exportOutcomes(const Context& c, const exports::PrintOptions& options, bool report)
{
    const QString out = c.parser.value(QStringLiteral("out"));
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    if (report) {
        auto doc = exports::outcomeDocument(*db, *workshopId);
        if (!doc)
            return c.fail(doc.error().message);
        auto written = exports::writeOutcomeReport(*doc, out, options, ui::paintChart);
        if (!written)
            return c.fail(written.error().message);
        c.io.out << QObject::tr("Wrote %1 (outcome report; assessments: %2; pages: %3).")
                        .arg(out, QString::number(written->items), QString::number(written->pages))
                 << Qt::endl;
        return Success;
    }
    std::optional<Id> teamId;
    if (c.parser.isSet(QStringLiteral("team"))) {
        teamId = c.rowOption(*db, QStringLiteral("team"), QStringLiteral("teams"));
        if (!teamId)
            return Usage;
    }
    auto doc = exports::actionPlanDocument(*db, *workshopId, teamId);
    if (!doc)
        return c.fail(doc.error().message);
    auto written = exports::writeActionPlans(*doc, out, options);
    if (!written)
        return c.fail(written.error().message);
    c.io.out << QObject::tr("Wrote %1 (action plans; teams: %2; items: %3; pages: %4).")
                    .arg(out, QString::number(doc->teams.size()), QString::number(written->items), QString::number(written->pages))
             << Qt::endl;
    return Success;
}

int exportCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    const QString kindName = c.argument.toLower();
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const Kind& k) { return kindName == QLatin1String(k.name); });
    const bool agendaKind = kindName == kAgenda || kindName == kCalendar;
    const bool discussionKind = kindName == kDiscussions || kindName == kGroupLists;
    const bool outcomeKind = kindName == kActionPlans || kindName == kOutcomes;
    if (c.argument.isEmpty() || (kind == std::end(kKinds) && !agendaKind && !discussionKind && !outcomeKind)) {
        c.io.err << (c.argument.isEmpty() ? QObject::tr("Say what to export: %1.").arg(kindNames())
                                          : QObject::tr("There is no export “%1”. Choose one of: %2.").arg(c.argument, kindNames()))
                 << Qt::endl;
        return Usage;
    }
    const bool signin = kindName == QLatin1String("signin");
    const bool attendance = kindName == QLatin1String("attendance");
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        c.io.err << QObject::tr("Say where to write it: --out FILE.") << Qt::endl;
        return Usage;
    }
    if (p.isSet(QStringLiteral("team")) && kindName != kActionPlans) {
        c.io.err << QObject::tr("--team is for action plans (export actionplans).") << Qt::endl;
        return Usage;
    }
    if (discussionKind || outcomeKind) {
        for (const char* o : {"block", "by-team", "blank-rows", "format", "facilitator"}) {
            if (p.isSet(QString::fromLatin1(o))) {
                c.io.err << QObject::tr("export %1 does not take --%2.").arg(kindName, QString::fromLatin1(o)) << Qt::endl;
                return Usage;
            }
        }
    } else if (agendaKind) {
        if (auto refused = unsupportedByAgenda(p, kindName == kCalendar)) {
            c.io.err << *refused << Qt::endl;
            return Usage;
        }
    } else if (p.isSet(QStringLiteral("facilitator"))) {
        c.io.err << QObject::tr("--facilitator is for the agenda (export agenda).") << Qt::endl;
        return Usage;
    }
    if (!signin && (p.isSet(QStringLiteral("block")) || p.isSet(QStringLiteral("by-team")) || p.isSet(QStringLiteral("blank-rows")))) {
        c.io.err << QObject::tr("--block, --by-team and --blank-rows are for sign-in sheets (export signin).") << Qt::endl;
        return Usage;
    }
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).toLower() : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && !(attendance && (format == QLatin1String("csv") || format == QLatin1String("xlsx")))) {
        c.io.err << (attendance ? QObject::tr("--format is pdf, csv or xlsx.") : QObject::tr("Only export attendance takes --format; the others are PDF."))
                 << Qt::endl;
        return Usage;
    }

    // What an option leaves out comes from the preferences (roundtable-cli preferences).
    exports::PrintOptions options;
    options.pageSize = ui::settings::pageSizeId();
    const QString page = p.value(QStringLiteral("page")).toLower();
    if (page == QLatin1String("a4")) {
        options.pageSize = QPageSize::A4;
    } else if (page == QLatin1String("letter")) {
        options.pageSize = QPageSize::Letter;
    } else if (p.isSet(QStringLiteral("page"))) {
        c.io.err << QObject::tr("--page is letter or a4.") << Qt::endl;
        return Usage;
    }
    options.organisation = p.isSet(QStringLiteral("organisation")) ? p.value(QStringLiteral("organisation"))
                                                                   : ui::settings::organisationName();
    options.logoPath = p.isSet(QStringLiteral("logo")) ? p.value(QStringLiteral("logo")) : ui::settings::logoPath();
    if (agendaKind)
        return exportAgenda(c, options, kindName == kCalendar);
    if (discussionKind)
        return exportDiscussions(c, options, kindName == kGroupLists);
    if (outcomeKind)
        return exportOutcomes(c, options, kindName == kOutcomes);
    options.byTeam = p.isSet(QStringLiteral("by-team"));
    if (p.isSet(QStringLiteral("blank-rows"))) {
        bool number = false;
        options.blankRows = p.value(QStringLiteral("blank-rows")).toInt(&number);
        if (!number || options.blankRows < 0) {
            c.io.err << QObject::tr("--blank-rows takes a number, 0 or more.") << Qt::endl;
            return Usage;
        }
    }

    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto sheet = attendance::sheet(*db, *workshopId);
    if (!sheet)
        return c.fail(sheet.error().message);
    QString blockName;
    if (p.isSet(QStringLiteral("block"))) {
        const auto block = attendance::findBlock(sheet->blocks, p.value(QStringLiteral("block")));
        if (!block) {
            QStringList names;
            for (const AttendanceBlock& b : sheet->blocks)
                names << b.name();
            return c.fail(QObject::tr("“%1” has no block “%2”. Its blocks: %3.")
                              .arg(sheet->workshop.title, p.value(QStringLiteral("block")), names.join(QStringLiteral(", "))));
        }
        options.blockId = block->id;
        blockName = block->name();
    }

    // The attendance record as a spreadsheet, for the host association's files.
    if (format != QLatin1String("pdf")) {
        const Status status = format == QLatin1String("csv") ? exports::writeAttendanceCsv(*sheet, out)
                                                             : exports::writeAttendanceXlsx(*sheet, out);
        if (!status)
            return c.fail(status.error().message);
        c.io.out << QObject::tr("Wrote %1 (attendance of %2 people; %3).").arg(out, QString::number(sheet->rows.size()), format.toUpper())
                 << Qt::endl;
        return Success;
    }

    auto written = kind->write(*sheet, out, options);
    if (!written)
        return c.fail(written.error().message);
    c.io.out << QObject::tr("Wrote %1 (%2; pages: %3).").arg(out, contents(kindName, *written, blockName), QString::number(written->pages)) << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> exportCommands()
{
    return {
        {QStringLiteral("export"),
         QObject::tr("Print a workshop's sign-in sheets, attendance record, certificates, name tents, badges, agenda, discussion "
                     "summary, group lists, action plans or outcome report to a PDF, or its agenda to a calendar file."),
         {workshopOption(),
          valueOption("out", "The file to write.", "FILE"),
          valueOption("page", "letter or a4 (default: the page-size preference).", "SIZE"),
          valueOption("organisation", "An organisation name for the header (default: the preference; \"\" for none).", "NAME"),
          valueOption("logo", "An image (PNG or JPEG) for the header (default: the preference; \"\" for none).", "FILE"),
          valueOption("block", "signin: only this block (“Day 2 Afternoon”, or its number); every block when not given.", "LABEL"),
          QCommandLineOption(QStringLiteral("by-team"), QObject::tr("signin: group people by team, people without a team last.")),
          valueOption("blank-rows", "signin: empty rows for walk-ins (5 when not given).", "N"),
          valueOption("format", "attendance: pdf (the default), csv or xlsx.", "FORMAT"),
          QCommandLineOption(QStringLiteral("facilitator"),
                             QObject::tr("agenda: the facilitators' version, with lengths, notes and what does not fit.")),
          valueOption("team", "actionplans: only this team's plan (its number, as “teams” lists it, or its UUID); every team's when not given.",
                      "ID")},
         exportCommand,
         QStringLiteral("signin|attendance|certificates|tents|badges|agenda|ics|discussions|groups|actionplans|outcomes")},
    };
}

} // namespace rt::cli
