#pragma once
// The Outcomes tab: what a workshop leaves behind, on four sub-pages —
// Assessments (keying in the before and after questionnaires), Results (per
// team and for the cohort, with charts), Worksheet (a team's workload and
// the Rule of 60) and Action plans (each team's plan). Only the sub-page on
// screen is kept current.

#include "common/Result.h"

#include <QWidget>

class QTabWidget;

namespace rt::ui {

class ActionPlanPanel;
class AssessmentEntryPanel;
class Document;
class ResultsPanel;
class WorksheetPanel;

class OutcomesTab : public QWidget {
    Q_OBJECT
public:
    enum class Page { Assessments, Results, Worksheet, ActionPlans };

    explicit OutcomesTab(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();
    void showPage(Page page);

    ActionPlanPanel* actionPlans() const { return m_actionPlans; }

    QTabWidget* pages() const { return m_pages; }
    AssessmentEntryPanel* entry() const { return m_entry; }
    ResultsPanel* results() const { return m_results; }
    WorksheetPanel* worksheet() const { return m_worksheet; }

Q_SIGNALS:
    void exportRequested(const QString& kind); // from the Action plans page

private:
    void reloadCurrentPage();

    Document& m_document;
    Id m_workshopId = 0;
    QTabWidget* m_pages;
    AssessmentEntryPanel* m_entry;
    ResultsPanel* m_results;
    WorksheetPanel* m_worksheet;
    ActionPlanPanel* m_actionPlans;
    QList<QWidget*> m_stalePages;
};

} // namespace rt::ui
