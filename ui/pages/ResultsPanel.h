#pragma once
// Assessment results: for one team, the manager side's and the chief side's
// mean score on each statement before and after, with the gap (large gaps
// highlighted) and a chart by section for each phase; for the whole cohort,
// managers, chiefs and everyone before and after with the change, and its
// two charts.

#include "assessments/Results.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableWidget;

namespace rt::ui {

class BarChartView;
class Document;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    // Gaps of this size or more are highlighted.
    static constexpr double kLargeGap = 2.0;

    explicit ResultsPanel(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    void selectTemplate(Id templateId);
    void selectTeam(Id teamId); // 0: the whole cohort

    Id teamId() const { return m_teamId; }
    const std::optional<AssessmentResults>& results() const { return m_results; }
    QComboBox* templateCombo() const { return m_templateCombo; }
    QComboBox* teamCombo() const { return m_teamCombo; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* emptyLabel() const { return m_empty; }
    BarChartView* chart() const { return m_chart; }
    BarChartView* secondChart() const { return m_secondChart; }

private:
    void fill();
    void fillTeam(const TeamResult& team);
    void fillCohort();
    void showEmpty(const QString& message);
    void sizeColumns();

    Document& m_document;
    Id m_workshopId = 0;
    Id m_templateId = 0;
    Id m_teamId = 0;
    std::optional<AssessmentResults> m_results;
    QComboBox* m_templateCombo;
    QComboBox* m_teamCombo;
    QLabel* m_respondents;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableWidget* m_table;
    QLabel* m_legend;
    QWidget* m_legendBox;
    QSplitter* m_splitter;
    BarChartView* m_chart;
    BarChartView* m_secondChart;
};

} // namespace rt::ui
