#pragma once
// File > Merge from…: shows what merging the other copy of the file would do
// (counts per kind of record, every conflict with both values, every row not
// taken), merges on request as one undoable action, then keeps the report on
// screen to copy or save.

#include "merge/MergeReport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace rt::ui {

class Document;

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    // `preview` is what merge::preview said for `otherPath`.
    MergeDialog(Document& document, const QString& otherPath, const merge::MergeReport& preview, QWidget* parent = nullptr);

    // Merges (the Merge button); false when core refused, with the reason shown.
    bool merge();
    bool merged() const { return m_merged; }
    const merge::MergeReport& report() const { return m_report; }
    // Writes the report as plain text (the Save Report… button asks where).
    bool saveReport(const QString& path);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* conflictTable() const { return m_conflicts; }
    QPushButton* mergeButton() const { return m_merge; }

private:
    void display(const merge::MergeReport& report);
    void copyReport();
    void saveReportDialog();

    Document& m_document;
    QString m_otherPath;
    merge::MergeReport m_report;
    bool m_merged = false;
    QLabel* m_heading;
    QLabel* m_summary;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QTableWidget* m_counts;
    QTableWidget* m_conflicts;
    QTableWidget* m_notTaken;
    QPlainTextEdit* m_text;
    QPushButton* m_merge;
    QPushButton* m_cancel;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace rt::ui
