#pragma once
// Roster import, in three steps: match the file's columns to fields (with a
// preview), review what will happen (duplicates, waitlist, skipped rows),
// then import as one undoable action, with progress and Cancel for large
// files, and a report of every row.

#include "common/Result.h"
#include "people/RosterImport.h"

#include <QDialog>
#include <optional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QStackedWidget;

namespace rt::ui {

class Document;
class ImportMappingPage;
class ImportReportPage;
class ImportReviewPage;

class ImportRosterDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Mapping, Review, Report };

    // `bytes` are the file's contents; call load() before showing.
    ImportRosterDialog(Document& document, Id workshopId, QByteArray bytes, const QString& fileName,
                       QWidget* parent = nullptr);

    // Reads the file; false with error() when it is not a table.
    bool load();
    QString error() const;

    Step step() const { return m_step; }
    void next();  // mapping -> review
    void back();  // review -> mapping
    // Writes the reviewed plan; on success shows the report. Returns whether
    // anything was imported.
    bool runImport();

    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportReviewPage* reviewPage() const { return m_review; }
    ImportReportPage* reportPage() const { return m_report; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* closeButton() const { return m_close; }
    QLabel* stepLabel() const { return m_stepLabel; }
    // While an import runs, its progress dialog (else null).
    QProgressDialog* progressDialog() const { return m_progress; }
    const std::optional<rosterimport::Plan>& plan() const { return m_plan; }

Q_SIGNALS:
    // From inside the import, as rows are written (tests cancel here).
    void importProgressed(int done, int total);

private:
    void showStep(Step step);

    Document& m_document;
    Id m_workshopId;
    QString m_fileName;
    std::optional<rosterimport::Plan> m_plan;
    Step m_step = Step::Mapping;
    QLabel* m_stepLabel;
    QStackedWidget* m_pages;
    ImportMappingPage* m_mapping;
    ImportReviewPage* m_review;
    ImportReportPage* m_report;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_import;
    QPushButton* m_close;
    QProgressDialog* m_progress = nullptr;
};

// Roster > Import: asks for the file (through the prompts seam), then runs
// the dialog for `workshopId`. Returns whether anything was imported.
bool importRoster(QWidget* parent, Document& document, Id workshopId);

} // namespace rt::ui
