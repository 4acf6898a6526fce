#pragma once
// A bar chart described as data: categories along one axis, one bar per
// series in each. Reports and the app build the same description; the app
// draws it with Qt Charts. Core cannot (Qt Charts needs the widget toolkit),
// so a printed report takes the painter as a parameter.

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace rt {

struct ChartSeries {
    QString name;                              // the legend: "Manager", "Before"
    std::vector<std::optional<double>> values; // one per category; empty: no bar
    QColor color;
};

struct ChartSpec {
    QString title;
    QStringList categories;         // "Trust", "Clear roles", …
    std::vector<ChartSeries> series;
    double minimum = 0;
    double maximum = 5;
    int tickCount = 6;              // 0, 1, … 5
    QString valueTitle;             // "Mean score (1–5)"
    bool horizontal = true;         // bars run left to right, categories down the side

    bool isEmpty() const;           // no category, or no value in any series
};

// Paints a chart into a rectangle (device units of the painter).
using ChartPainter = std::function<void(QPainter& painter, const QRectF& rect, const ChartSpec& chart)>;

} // namespace rt
