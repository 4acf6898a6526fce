#include "ImportRosterDialog.h"

#include "AppSettings.h"
#include "Document.h"
#include "ImportMappingPage.h"
#include "ImportReportPage.h"
#include "ImportReviewPage.h"
#include "Prompts.h"
#include "storage/Database.h"
#include "widgets/NamedButton.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

// From this many rows the progress shows at once; smaller imports finish
// before it would be worth a window.
constexpr int kShowProgressAt = 1000;

} // namespace

ImportRosterDialog::ImportRosterDialog(Document& document, Id workshopId, QByteArray bytes, const QString& fileName,
                                       QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_workshopId(workshopId)
    , m_fileName(fileName)
    , m_stepLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_mapping(new ImportMappingPage(document.database(), std::move(bytes), fileName, m_pages))
    , m_review(new ImportReviewPage(m_pages))
    , m_report(new ImportReportPage(m_pages))
    , m_back(namedButton(tr("< &Back"), tr("Back to the columns"), this))
    , m_next(namedButton(tr("&Next >"), tr("Next: review the import"), this))
    , m_import(namedButton(tr("&Import"), tr("Import the roster"), this))
    , m_close(namedButton(tr("Cancel"), tr("Cancel the import"), this))
{
    setObjectName(QStringLiteral("importRosterDialog"));
    // A window title is never read as markup, so the file's name can go there.
    setWindowTitle(tr("Import a roster — %1").arg(fileName));
    QFont font = m_stepLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_stepLabel->setFont(font);
    m_stepLabel->setAccessibleName(tr("Step"));
    m_pages->addWidget(m_mapping);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_report);
    m_next->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton* b : {m_back, m_next, m_import, m_close})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_mapping, &ImportMappingPage::canProceedChanged, m_next, &QPushButton::setEnabled);
    connect(m_next, &QPushButton::clicked, this, &ImportRosterDialog::next);
    connect(m_back, &QPushButton::clicked, this, &ImportRosterDialog::back);
    connect(m_import, &QPushButton::clicked, this, &ImportRosterDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_step == Step::Report)
            accept();
        else
            reject();
    });
    resize(1100, 680);
    showStep(Step::Mapping);
}

bool ImportRosterDialog::load()
{
    const bool loaded = m_mapping->load();
    m_next->setEnabled(m_mapping->canProceed());
    return loaded;
}

QString ImportRosterDialog::error() const
{
    return m_mapping->error();
}

void ImportRosterDialog::showStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Mapping:
        m_stepLabel->setText(tr("Step 1 of 3: which column holds what"));
        m_pages->setCurrentWidget(m_mapping);
        break;
    case Step::Review:
        m_stepLabel->setText(tr("Step 2 of 3: review before anything is written"));
        m_pages->setCurrentWidget(m_review);
        break;
    case Step::Report:
        m_stepLabel->setText(tr("Step 3 of 3: imported"));
        m_pages->setCurrentWidget(m_report);
        break;
    }
    m_back->setVisible(step == Step::Review);
    m_next->setVisible(step == Step::Mapping);
    m_import->setVisible(step == Step::Review);
    m_next->setDefault(step == Step::Mapping);
    m_import->setDefault(step == Step::Review);
    m_close->setText(step == Step::Report ? tr("Close") : tr("Cancel"));
    m_close->setAccessibleName(step == Step::Report ? tr("Close") : tr("Cancel the import"));
    m_close->setDefault(step == Step::Report);
    if (step == Step::Report)
        m_report->reportEdit()->setFocus();
}

void ImportRosterDialog::next()
{
    if (m_step != Step::Mapping || !m_mapping->canProceed())
        return;
    auto planned = rosterimport::plan(m_document.database(), m_workshopId, m_mapping->table(), m_mapping->mapping());
    if (!planned) {
        prompts::warning(this, tr("Cannot import"), planned.error().message);
        return;
    }
    m_plan = std::move(*planned);
    if (m_plan->source.isEmpty())
        m_plan->source = m_fileName;
    m_review->setPlan(&*m_plan);
    showStep(Step::Review);
}

void ImportRosterDialog::back()
{
    if (m_step != Step::Review)
        return;
    m_review->setPlan(nullptr);
    m_plan.reset();
    showStep(Step::Mapping);
}

bool ImportRosterDialog::runImport()
{
    if (m_step != Step::Review || !m_plan)
        return false;
    const int rows = int(m_plan->rows.size());
    QProgressDialog progress(tr("Importing %n row(s)…", nullptr, rows), tr("Cancel"), 0, std::max(rows, 1), this);
    progress.setWindowTitle(tr("Importing the roster"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(rows >= kShowProgressAt ? 0 : 500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setAccessibleName(tr("Import progress"));
    m_progress = &progress;
    // setValue() of a modal progress dialog handles events, so Cancel is
    // heard while core writes; returning false makes core roll back.
    auto applied = rosterimport::apply(m_document.database(), *m_plan, [this, &progress](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, std::max(total, 1)));
        Q_EMIT importProgressed(done, total);
        return !progress.wasCanceled();
    });
    m_progress = nullptr;
    progress.close();
    if (!applied) {
        if (applied.error().message == rosterimport::cancelledMessage())
            prompts::information(this, tr("Import cancelled"),
                                 tr("The import was cancelled. Nothing was written: the roster is as it was."));
        else
            prompts::warning(this, tr("Not imported"),
                             tr("Nothing was imported, and the roster is as it was. %1").arg(applied.error().message));
        return false;
    }
    m_document.apply(applied->changes);
    m_report->setReport(ImportReportPage::reportText(*m_plan, applied->counts));
    showStep(Step::Report);
    return true;
}

bool importRoster(QWidget* parent, Document& document, Id workshopId)
{
    const QString path = prompts::openFileName(parent, ImportRosterDialog::tr("Import a roster"), settings::importFolder(),
                                               ImportRosterDialog::tr("Registration lists (*.csv *.tsv *.txt *.xlsx);;"
                                                                      "All files (*)"));
    if (path.isEmpty())
        return false;
    settings::setImportFolder(QFileInfo(path).absolutePath());
    // The file is only read, once; the dialog reads these bytes again when
    // the encoding or delimiter is changed.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prompts::warning(parent, ImportRosterDialog::tr("Cannot import"),
                         ImportRosterDialog::tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    ImportRosterDialog dialog(document, workshopId, bytes, QFileInfo(path).fileName(), parent);
    if (!dialog.load()) {
        prompts::warning(parent, ImportRosterDialog::tr("Cannot import"), dialog.error());
        return false;
    }
    prompts::exec(dialog);
    return dialog.step() == ImportRosterDialog::Step::Report;
}

} // namespace rt::ui
