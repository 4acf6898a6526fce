#pragma once
// Step 3 of a roster import: what was done, row by row (added, enrolled,
// waitlisted, skipped with line numbers and reasons), to copy or save.

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace rt::rosterimport {
struct Plan;
struct PlanCounts;
}

namespace rt::ui {

class ImportReportPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportReportPage(QWidget* parent = nullptr);

    // The report of `plan` as applied.
    static QString reportText(const rosterimport::Plan& plan, const rosterimport::PlanCounts& counts);

    void setReport(const QString& text);
    QString report() const;

    QPlainTextEdit* reportEdit() const { return m_text; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }

    void copyReport();
    // Asks where (through the prompts seam) and writes the report as text.
    void saveReport();

private:
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace rt::ui
