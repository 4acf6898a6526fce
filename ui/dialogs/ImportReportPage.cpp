#include "ImportReportPage.h"

#include "AppSettings.h"
#include "Prompts.h"
#include "models/ImportDuplicatesModel.h"
#include "people/RosterImport.h"
#include "widgets/NamedButton.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

using rosterimport::DuplicateChoice;
using rosterimport::Outcome;
using rosterimport::PlannedRow;

QString rowLine(const PlannedRow& row, const QString& what)
{
    return ImportReportPage::tr("  line %1: %2").arg(row.line).arg(what);
}

} // namespace

ImportReportPage::ImportReportPage(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(namedButton(tr("&Copy report"), tr("Copy the report"), this))
    , m_save(namedButton(tr("&Save report…"), tr("Save the report as a text file"), this))
{
    setObjectName(QStringLiteral("importReportPage"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Import report"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    auto* intro = new QLabel(tr("The import is saved. Edit > Undo takes all of it back."), this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &ImportReportPage::copyReport);
    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::saveReport);
}

QString ImportReportPage::reportText(const rosterimport::Plan& plan, const rosterimport::PlanCounts& counts)
{
    QStringList added, addedWaitlisted, enrolled, enrolledWaitlisted, skipped;
    for (const PlannedRow& row : plan.rows) {
        const QString who = ImportDuplicatesModel::describe(row.person);
        if (!row.enrolls()) {
            QString why = row.reason;
            if (row.outcome == Outcome::DuplicateInFile && row.choice == DuplicateChoice::EnrollExisting)
                why = tr("the same person as line %1").arg(row.sameAsLine);
            else if (row.isDuplicate())
                why = tr("skipped in the review (%1)").arg(row.reason);
            skipped << rowLine(row, who.isEmpty() ? why : tr("%1 — %2").arg(who, why));
        } else if (row.addsPerson()) {
            (row.waitlisted ? addedWaitlisted : added) << rowLine(row, who);
        } else {
            (row.waitlisted ? enrolledWaitlisted : enrolled) << rowLine(row, tr("%1 (matched: %2)").arg(who, row.reason));
        }
    }
    QStringList out;
    out << tr("Roster import into “%1”").arg(plan.workshopTitle);
    out << tr("From %1, %2").arg(plan.source, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out << QString();
    out << tr("%n row(s) read.", nullptr, counts.rows);
    out << tr("%n new person(s) added.", nullptr, counts.added);
    if (counts.enrolledExisting > 0)
        out << tr("%n person(s) already in the file enrolled.", nullptr, counts.enrolledExisting);
    out << tr("%n person(s) registered, with a place.", nullptr, counts.registered);
    if (counts.waitlisted > 0)
        out << tr("%n person(s) on the waitlist: the workshop had no places left for them.", nullptr, counts.waitlisted);
    out << tr("%n row(s) skipped.", nullptr, counts.skipped);
    const auto section = [&out](const QString& title, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        out << QString() << title;
        out << lines;
    };
    section(tr("Added and registered:"), added);
    section(tr("Added to the waitlist (no places left):"), addedWaitlisted);
    section(tr("Already in the file, registered:"), enrolled);
    section(tr("Already in the file, on the waitlist (no places left):"), enrolledWaitlisted);
    section(tr("Skipped:"), skipped);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportReportPage::setReport(const QString& text)
{
    m_text->setPlainText(text);
}

QString ImportReportPage::report() const
{
    return m_text->toPlainText();
}

void ImportReportPage::copyReport()
{
    QApplication::clipboard()->setText(report());
}

void ImportReportPage::saveReport()
{
    const QString start = QDir(settings::exportFolder()).filePath(tr("Import report.txt"));
    const QString path = prompts::saveFileName(this, tr("Save the import report"), start, tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report().toUtf8()) < 0 || !file.commit()) {
        prompts::warning(this, tr("Report not saved"),
                         tr("The report could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    settings::setExportFolder(QFileInfo(path).absolutePath());
}

} // namespace rt::ui
