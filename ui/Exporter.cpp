#include "Exporter.h"

#include "AppSettings.h"
#include "Document.h"
#include "Prompts.h"
#include "attendance/AttendanceSheet.h"
#include "charts/BarChart.h"
#include "exports/ActionPlanPdf.h"
#include "exports/AgendaCalendar.h"
#include "exports/AgendaPdf.h"
#include "exports/AttendanceRecordPdf.h"
#include "exports/DiscussionsPdf.h"
#include "exports/AttendanceSpreadsheet.h"
#include "exports/CertificatesPdf.h"
#include "exports/NameTentsPdf.h"
#include "exports/OutcomeReportPdf.h"
#include "exports/SigninSheetPdf.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace rt::ui {
namespace {

QString suggestedName(const QString& title, ExportKind kind, const QString& suffix)
{
    QString name = QStringLiteral("%1 - %2").arg(title, exportKindTitle(kind));
    // Characters no file system on the venue's laptops accepts in a name.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    return name.simplified() + QLatin1Char('.') + suffix;
}

// Asks where to save (starting in the last export folder), adds the suffix
// when the name has none, and remembers the folder. Empty: cancelled.
QString chooseFile(QWidget* parent, ExportKind kind, const QString& workshopTitle, const QString& suffix, const QString& filter)
{
    QString path = prompts::saveFileName(parent, QObject::tr("Save %1").arg(exportKindTitle(kind)),
                                         QDir(settings::exportFolder()).filePath(suggestedName(workshopTitle, kind, suffix)), filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings::setExportFolder(QFileInfo(path).absolutePath());
    return path;
}

// The paper and letterhead every printed document takes.
exports::PrintOptions printOptions(const ExportChoices& choices)
{
    exports::PrintOptions options;
    options.pageSize = choices.a4 ? QPageSize::A4 : QPageSize::Letter;
    options.organisation = choices.organisation;
    options.logoPath = choices.logoPath;
    return options;
}

Result<QString> wrotePdf(ExportKind kind, const QString& path, const Result<exports::PdfSummary>& written)
{
    if (!written)
        return std::unexpected(written.error());
    return QObject::tr("Wrote %1 to %2 (pages: %3).")
        .arg(exportKindTitle(kind), QDir::toNativeSeparators(path), QString::number(written->pages));
}

// The agenda's documents: the handout, the facilitators' version, the calendar file.
Result<QString> exportAgenda(QWidget* parent, Document& document, Id workshopId, ExportKind kind)
{
    auto doc = exports::agendaDocument(document.database(), workshopId);
    if (!doc)
        return std::unexpected(doc.error());
    const bool calendar = kind == ExportKind::Calendar;
    ExportChoices choices;
    if (!calendar) {
        ExportDialog dialog(kind, {}, std::nullopt, parent);
        if (prompts::exec(dialog) != QDialog::Accepted)
            return QString();
        choices = dialog.choices();
    }
    const QString path = chooseFile(parent, kind, doc->workshop.title, calendar ? QStringLiteral("ics") : QStringLiteral("pdf"),
                                    calendar ? QObject::tr("Calendar files (*.ics)") : QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (calendar) {
        if (auto s = exports::writeAgendaIcs(*doc, path); !s)
            return std::unexpected(s.error());
        return QObject::tr("Wrote the agenda calendar to %1.").arg(QDir::toNativeSeparators(path));
    }
    return wrotePdf(kind, path,
                    exports::writeAgenda(*doc, path, printOptions(choices),
                                         kind == ExportKind::FacilitatorAgenda ? exports::AgendaAudience::Facilitators
                                                                               : exports::AgendaAudience::Participants));
}

// The discussions on paper: group lists for the wall, and the summary.
Result<QString> exportDiscussions(QWidget* parent, Document& document, Id workshopId, ExportKind kind)
{
    auto doc = exports::discussionDocument(document.database(), workshopId);
    if (!doc)
        return std::unexpected(doc.error());
    ExportDialog dialog(kind, {}, std::nullopt, parent);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return QString();
    const exports::PrintOptions options = printOptions(dialog.choices());
    const QString path = chooseFile(parent, kind, doc->workshop.title, QStringLiteral("pdf"), QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return QString();
    return wrotePdf(kind, path,
                    kind == ExportKind::GroupLists ? exports::writeGroupLists(*doc, path, options)
                                                   : exports::writeDiscussionSummary(*doc, path, options));
}

// What the workshop left behind: every team's action plan, and the outcome
// report with its charts (drawn with Qt Charts). A workshop without teams is
// refused before anything is asked.
Result<QString> exportOutcomes(QWidget* parent, Document& document, Id workshopId, ExportKind kind, std::optional<Id> team)
{
    if (kind == ExportKind::TeamActionPlan && !team)
        return fail(QObject::tr("Choose a team on the Action plans page, then print its plan."));
    const bool report = kind == ExportKind::OutcomeReport;
    std::optional<exports::ActionPlanDocument> plans;
    std::optional<exports::OutcomeDocument> outcomes;
    QString title;
    if (report) {
        auto doc = exports::outcomeDocument(document.database(), workshopId);
        if (!doc)
            return std::unexpected(doc.error());
        outcomes = std::move(*doc);
        title = outcomes->attendance.workshop.title;
    } else {
        auto doc = exports::actionPlanDocument(document.database(), workshopId,
                                               kind == ExportKind::TeamActionPlan ? team : std::nullopt);
        if (!doc)
            return std::unexpected(doc.error());
        plans = std::move(*doc);
        title = plans->workshop.title;
    }
    ExportDialog dialog(kind, {}, std::nullopt, parent);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return QString();
    const exports::PrintOptions options = printOptions(dialog.choices());
    const QString path = chooseFile(parent, kind, title, QStringLiteral("pdf"), QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return QString();
    return wrotePdf(kind, path,
                    report ? exports::writeOutcomeReport(*outcomes, path, options, paintChart)
                           : exports::writeActionPlans(*plans, path, options));
}

} // namespace

Result<QString> exportDocument(QWidget* parent, Document& document, Id workshopId, ExportKind kind, const ExportContext& context)
{
    if (kind == ExportKind::Agenda || kind == ExportKind::FacilitatorAgenda || kind == ExportKind::Calendar)
        return exportAgenda(parent, document, workshopId, kind);
    if (kind == ExportKind::GroupLists || kind == ExportKind::DiscussionSummary)
        return exportDiscussions(parent, document, workshopId, kind);
    if (kind == ExportKind::ActionPlans || kind == ExportKind::TeamActionPlan || kind == ExportKind::OutcomeReport)
        return exportOutcomes(parent, document, workshopId, kind, context.team);
    auto sheet = attendance::sheet(document.database(), workshopId);
    if (!sheet)
        return std::unexpected(sheet.error());
    ExportDialog dialog(kind, sheet->blocks, context.block, parent);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return QString();
    const ExportChoices choices = dialog.choices();
    const bool spreadsheet = kind == ExportKind::Spreadsheet;
    const QString suffix = !spreadsheet ? QStringLiteral("pdf") : choices.xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString filter = !spreadsheet ? QObject::tr("PDF documents (*.pdf)")
                         : choices.xlsx ? QObject::tr("Excel workbooks (*.xlsx)")
                                        : QObject::tr("CSV files (*.csv)");
    const QString path = chooseFile(parent, kind, sheet->workshop.title, suffix, filter);
    if (path.isEmpty())
        return QString();

    if (spreadsheet) {
        const Status written = choices.xlsx ? exports::writeAttendanceXlsx(*sheet, path) : exports::writeAttendanceCsv(*sheet, path);
        if (!written)
            return std::unexpected(written.error());
        return QObject::tr("Wrote the attendance of %1 people to %2.")
            .arg(QString::number(sheet->rows.size()), QDir::toNativeSeparators(path));
    }
    exports::PrintOptions options = printOptions(choices);
    options.blockId = choices.blockId;
    options.byTeam = choices.byTeam;
    options.blankRows = choices.blankRows;
    Result<exports::PdfSummary> written = [&]() -> Result<exports::PdfSummary> {
        switch (kind) {
        case ExportKind::SignIn: return exports::writeSigninSheets(*sheet, path, options);
        case ExportKind::Attendance: return exports::writeAttendanceRecord(*sheet, path, options);
        case ExportKind::Certificates: return exports::writeCertificates(*sheet, path, options);
        case ExportKind::Tents: return exports::writeNameTents(*sheet, path, options);
        case ExportKind::Badges: return exports::writeBadges(*sheet, path, options);
        case ExportKind::Spreadsheet:
        case ExportKind::Agenda:
        case ExportKind::FacilitatorAgenda:
        case ExportKind::Calendar:
        case ExportKind::GroupLists:
        case ExportKind::DiscussionSummary:
        case ExportKind::ActionPlans:
        case ExportKind::TeamActionPlan:
        case ExportKind::OutcomeReport: break;
        }
        return fail(QObject::tr("Internal error: unknown document."));
    }();
    return wrotePdf(kind, path, written);
}

} // namespace rt::ui
