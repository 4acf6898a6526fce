#pragma once
// Bar charts with Qt Charts, drawn from core's chart descriptions: on screen
// in a view, and into any painter (a PDF page) as vectors.

#include "exports/ChartSpec.h"

#include <QChartView>

class QChart;

namespace rt::ui {

// A new chart (the caller owns it) showing `spec`.
QChart* buildChart(const ChartSpec& spec);

// Paints `spec` into `rect`: the chart is laid out at a screen-like size and
// scaled into the rectangle, so its type keeps the same proportions on paper.
void paintChart(QPainter& painter, const QRectF& rect, const ChartSpec& spec);

// One sentence per category with every value, for screen readers and tooltips.
QString describeChart(const ChartSpec& spec);

// A chart on screen that is replaced whenever its data changes.
class BarChartView : public QChartView {
    Q_OBJECT
public:
    explicit BarChartView(QWidget* parent = nullptr);
    void showChart(const ChartSpec& spec);
    const ChartSpec& spec() const { return m_spec; }

private:
    ChartSpec m_spec;
};

} // namespace rt::ui
