#include "MergeDialog.h"

#include "AppSettings.h"
#include "Document.h"
#include "Prompts.h"
#include "merge/Merge.h"
#include "storage/Database.h"
#include "widgets/NamedButton.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    // Columns share the width and rows grow to fit, so nothing needs a sideways scroll.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideNone);
    // Queued: the heights are measured once every column has its new width.
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, [table] { table->resizeRowsToContents(); },
                     Qt::QueuedConnection);
    return table;
}

// Table items hold text as text: nothing a person typed is read as markup.
void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column).toHtmlEscaped());
        table->setItem(row, column, item);
    }
}

QString sideText(const merge::Conflict& c, bool ours)
{
    QStringList lines;
    if (!(ours ? c.ours : c.theirs).what.isEmpty())
        lines << (ours ? c.ours : c.theirs).what;
    for (const merge::ColumnValues& v : c.columns)
        lines << QStringLiteral("%1: %2").arg(merge::columnLabel(v.column), ours ? v.ours : v.theirs);
    const merge::Change& change = ours ? c.ours : c.theirs;
    const QString when = QDateTime::fromString(change.when, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    lines << (change.who.isEmpty() ? when : QStringLiteral("%1, %2").arg(change.who, when));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MergeDialog::MergeDialog(Document& document, const QString& otherPath, const merge::MergeReport& preview, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_otherPath(otherPath)
    , m_report(preview)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_counts(makeTable({tr("Kind of record"), tr("Added"), tr("Updated"), tr("Deleted")}, tr("Changes by kind of record"), this))
    , m_conflicts(makeTable({tr("Record"), tr("What happened"), tr("This file"), tr("The other file"), tr("Outcome")},
                            tr("Conflicts"), this))
    , m_notTaken(makeTable({tr("Record"), tr("Why it was not taken")}, tr("Records not taken"), this))
    , m_text(new QPlainTextEdit(this))
    , m_merge(namedButton(tr("&Merge"), tr("Merge the other file into this one"), this))
    , m_cancel(namedButton(tr("Cancel"), tr("Close without merging"), this))
    , m_copy(namedButton(tr("&Copy Report"), tr("Copy the merge report"), this))
    , m_save(namedButton(tr("&Save Report…"), tr("Save the merge report as a text file"), this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge from %1").arg(QFileInfo(otherPath).fileName()));
    for (QLabel* label : {m_heading, m_summary, m_error}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_heading->setAccessibleName(tr("What merging does"));
    m_summary->setAccessibleName(tr("Summary of the merge"));
    m_error->setAccessibleName(tr("Why the merge could not be done"));
    // White on a deep red reads under any palette (7:1).
    m_error->setStyleSheet(QStringLiteral("color: #ffffff; background: #b00020; padding: 6px;"));
    m_error->hide();
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Merge report"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->setAccessibleName(tr("Merge report sections"));
    m_tabs->addTab(m_counts, tr("Changes"));
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    m_tabs->addTab(m_notTaken, tr("Not Taken"));
    m_tabs->addTab(m_text, tr("Full Report"));
    m_merge->setDefault(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (m_merged)
            accept();
        else
            merge();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &MergeDialog::copyReport);
    connect(m_save, &QPushButton::clicked, this, &MergeDialog::saveReportDialog);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    display(preview);
    resize(900, 560);
}

void MergeDialog::display(const merge::MergeReport& report)
{
    m_report = report;
    if (m_merged) {
        m_heading->setText(tr("Merged “%1” into this file. Edit > Undo takes the whole merge back.").arg(report.source));
    } else {
        m_heading->setText(tr("Merging “%1” into this file (“%2”) would do what is listed below. Nothing has been written "
                              "yet; the other file is never changed. Where both files changed the same record, the "
                              "newer change wins.")
                               .arg(report.source, report.target));
    }
    m_summary->setText(tr("%1 added, %2 updated, %3 deleted · %4 conflicts · %5 not taken · %6 entries of the other "
                          "file's history")
                           .arg(report.added())
                           .arg(report.updated())
                           .arg(report.deleted())
                           .arg(report.conflicts.size())
                           .arg(report.notTaken.size())
                           .arg(report.journalEntries));

    m_counts->setRowCount(0);
    for (const auto& [table, counts] : report.counts) {
        if (counts.isEmpty())
            continue;
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        setRow(m_counts, row, {merge::tableLabel(table), QString::number(counts.added), QString::number(counts.updated),
                               QString::number(counts.deleted)});
    }
    m_conflicts->setRowCount(int(report.conflicts.size()));
    for (int i = 0; i < int(report.conflicts.size()); ++i) {
        const merge::Conflict& c = report.conflicts[std::size_t(i)];
        setRow(m_conflicts, i, {QStringLiteral("%1: %2").arg(c.tableLabel, c.row), c.reason, sideText(c, true),
                                sideText(c, false), c.outcome});
    }
    m_notTaken->setRowCount(int(report.notTaken.size()));
    for (int i = 0; i < int(report.notTaken.size()); ++i) {
        const merge::NotTaken& n = report.notTaken[std::size_t(i)];
        setRow(m_notTaken, i, {QStringLiteral("%1: %2").arg(n.tableLabel, n.row), n.reason});
    }
    for (QTableWidget* table : {m_counts, m_conflicts, m_notTaken})
        table->resizeRowsToContents();
    m_tabs->setTabText(1, tr("Conflicts (%1)").arg(report.conflicts.size()));
    m_tabs->setTabText(2, tr("Not Taken (%1)").arg(report.notTaken.size()));
    m_text->setPlainText(report.toText());
    if (!report.conflicts.empty() && !m_merged)
        m_tabs->setCurrentWidget(m_conflicts);

    m_merge->setText(m_merged ? tr("&Close") : tr("&Merge"));
    m_merge->setAccessibleName(m_merged ? tr("Close the merge report") : tr("Merge the other file into this one"));
    m_cancel->setVisible(!m_merged);
}

bool MergeDialog::merge()
{
    auto merged = merge::mergeFrom(m_document.database(), m_otherPath);
    if (!merged) {
        m_error->setText(merged.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_merged = true;
    // One entry on the undo stack; the pages refresh from the Document's signal.
    m_document.apply(merged->changes);
    display(merged->report);
    return true;
}

bool MergeDialog::saveReport(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    file.write(m_report.toText().toUtf8());
    return file.commit();
}

void MergeDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(m_report.toText());
}

void MergeDialog::saveReportDialog()
{
    // A server has no folder of its own: the report goes where files are kept.
    const QString folder = m_document.database().isServer() ? settings::dataFolder() : QFileInfo(m_document.path()).absolutePath();
    const QString suggested = folder + QStringLiteral("/merge-report.txt");
    const QString path = prompts::saveFileName(this, tr("Save the merge report"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (!saveReport(path))
        prompts::warning(this, tr("Save the merge report"), tr("Could not write “%1”. Choose another folder.").arg(path));
}

} // namespace rt::ui
