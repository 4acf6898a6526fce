#include "charts/BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace rt::ui {
namespace {

// The width, in pixels, a printed chart is laid out at before scaling.
constexpr double kLayoutWidth = 760;

bool hasMissingValue(const ChartSpec& spec)
{
    for (const ChartSeries& series : spec.series) {
        for (int i = 0; i < spec.categories.size(); ++i) {
            if (size_t(i) >= series.values.size() || !series.values[size_t(i)])
                return true;
        }
    }
    return false;
}

} // namespace

QChart* buildChart(const ChartSpec& spec)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setTitle(spec.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    QAbstractBarSeries* bars = spec.horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                               : static_cast<QAbstractBarSeries*>(new QBarSeries);
    // Qt stacks horizontal bars bottom up (and ignores a reversed category
    // axis there), where a reader expects the given order from the top: the
    // categories and the sets go in backwards, and the legend turns back.
    const bool flip = spec.horizontal;
    const auto n = spec.categories.size();
    for (size_t k = 0; k < spec.series.size(); ++k) {
        const ChartSeries& series = spec.series[flip ? spec.series.size() - 1 - k : k];
        auto* set = new QBarSet(series.name);
        // A missing value is drawn as no bar; it is named in describeChart().
        for (qsizetype c = 0; c < n; ++c) {
            const auto i = size_t(flip ? n - 1 - c : c);
            const auto value = i < series.values.size() ? series.values[i] : std::nullopt;
            set->append(value.value_or(spec.minimum));
        }
        if (series.color.isValid()) {
            set->setColor(series.color);
            set->setBorderColor(series.color.darker(115));
        }
        // Values sit inside the bar's end: light type on a dark bar.
        set->setLabelColor(series.color.isValid() && series.color.lightnessF() < 0.45 ? Qt::white : Qt::black);
        bars->append(set);
    }
    // Wide bars, so each carries its value legibly.
    bars->setBarWidth(0.8);
    // Values printed on the bars, unless a missing one would read as a score,
    // or more than two bars share a category (their labels would collide; the
    // tables beside every chart give the numbers).
    if (!hasMissingValue(spec) && spec.series.size() <= 2) {
        bars->setLabelsVisible(true);
        bars->setLabelsFormat(QStringLiteral("@value"));
        bars->setLabelsPrecision(2);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    }
    chart->addSeries(bars);

    auto* categories = new QBarCategoryAxis;
    QStringList names = spec.categories;
    if (flip)
        std::reverse(names.begin(), names.end());
    categories->append(names);
    auto* values = new QValueAxis;
    values->setRange(spec.minimum, spec.maximum);
    values->setTickCount(spec.tickCount);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(spec.valueTitle);
    chart->addAxis(categories, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);

    chart->legend()->setVisible(spec.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(flip);
    return chart;
}

void paintChart(QPainter& painter, const QRectF& rect, const ChartSpec& spec)
{
    if (rect.isEmpty())
        return;
    const QSizeF layout(kLayoutWidth, kLayoutWidth * rect.height() / rect.width());
    QGraphicsScene scene;
    QChart* chart = buildChart(spec); // the scene owns it from here
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layout));
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}

QString describeChart(const ChartSpec& spec)
{
    const QLocale locale;
    QStringList sentences;
    for (int i = 0; i < spec.categories.size(); ++i) {
        QStringList parts;
        for (const ChartSeries& series : spec.series) {
            const auto value = size_t(i) < series.values.size() ? series.values[size_t(i)] : std::nullopt;
            parts << (value ? QStringLiteral("%1 %2").arg(series.name, locale.toString(*value, 'f', 2))
                            : QObject::tr("%1 no answers").arg(series.name));
        }
        sentences << QStringLiteral("%1: %2.").arg(spec.categories[i], parts.join(QStringLiteral(", ")));
    }
    return sentences.join(QLatin1Char(' '));
}

BarChartView::BarChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void BarChartView::showChart(const ChartSpec& spec)
{
    m_spec = spec;
    QChart* old = chart();
    setChart(buildChart(spec));
    delete old;
    setAccessibleName(spec.title);
    setAccessibleDescription(describeChart(spec));
    setToolTip(describeChart(spec));
}

} // namespace rt::ui
