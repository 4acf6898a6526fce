// The result charts as data. The palette is calm, prints well in grey and
// keeps its pairs apart for colour-blind readers: blue against orange for the
// two sides, grey against teal for before and after; a side's "before" is a
// lighter tint of its own colour.

#include "assessments/ResultCharts.h"

#include <QObject>

namespace rt::charts {
namespace {

// Halfway and a bit towards white: the same hue, clearly lighter.
QColor tint(const QColor& color)
{
    const auto mix = [](int channel) { return channel + (255 - channel) * 55 / 100; };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

QStringList categoriesOf(const std::vector<SectionRow>& sections)
{
    QStringList categories;
    for (const SectionRow& s : sections)
        categories << (s.section.trimmed().isEmpty() ? QObject::tr("General") : s.section);
    return categories;
}

ChartSpec base(const QString& title, const std::vector<SectionRow>& sections)
{
    ChartSpec chart;
    chart.title = title;
    chart.categories = categoriesOf(sections);
    // From 0, so a score of 1 still shows as a bar and an empty one as none.
    chart.minimum = 0;
    chart.maximum = kMaxScore;
    chart.tickCount = kMaxScore + 1;
    chart.valueTitle = QObject::tr("Mean score (1 to 5; 5 = strongly agree)");
    return chart;
}

template <class Pick>
ChartSeries series(const QString& name, const QColor& color, const std::vector<SectionRow>& sections, Pick pick)
{
    ChartSeries s;
    s.name = name;
    s.color = color;
    for (const SectionRow& row : sections)
        s.values.push_back(pick(row));
    return s;
}

} // namespace

QColor managerColor()
{
    return QColor(0x1f, 0x5f, 0xa8);
}

QColor chiefColor()
{
    return QColor(0xd9, 0x82, 0x2b);
}

QColor beforeColor()
{
    return QColor(0x9a, 0xa5, 0xb1);
}

QColor afterColor()
{
    return QColor(0x1b, 0x8a, 0x7a);
}

ChartSpec teamGaps(const AssessmentResults& results, Id teamId, Phase phase)
{
    const TeamResult* team = results.team(teamId);
    const QString label = team ? team->label : QString();
    const std::vector<SectionRow> sections = results.teamSections(teamId);
    ChartSpec chart = base(phase == Phase::Before ? QObject::tr("%1 – before").arg(label) : QObject::tr("%1 – after").arg(label), sections);
    const auto side = [phase](const SectionRow& row) -> const SidePair& { return phase == Phase::Before ? row.before : row.after; };
    chart.series.push_back(series(QObject::tr("Manager"), managerColor(), sections, [&](const SectionRow& r) { return side(r).manager; }));
    chart.series.push_back(series(QObject::tr("Chief"), chiefColor(), sections, [&](const SectionRow& r) { return side(r).chief; }));
    return chart;
}

ChartSpec cohortByRole(const AssessmentResults& results)
{
    const std::vector<SectionRow> sections = results.cohortSections();
    ChartSpec chart = base(QObject::tr("Managers and chiefs, before and after"), sections);
    chart.series.push_back(
        series(QObject::tr("Managers, before"), tint(managerColor()), sections, [](const SectionRow& r) { return r.before.manager; }));
    chart.series.push_back(
        series(QObject::tr("Managers, after"), managerColor(), sections, [](const SectionRow& r) { return r.after.manager; }));
    chart.series.push_back(
        series(QObject::tr("Chiefs, before"), tint(chiefColor()), sections, [](const SectionRow& r) { return r.before.chief; }));
    chart.series.push_back(series(QObject::tr("Chiefs, after"), chiefColor(), sections, [](const SectionRow& r) { return r.after.chief; }));
    return chart;
}

ChartSpec cohortChange(const AssessmentResults& results)
{
    const std::vector<SectionRow> sections = results.cohortSections();
    ChartSpec chart = base(QObject::tr("All participants, before and after"), sections);
    chart.series.push_back(series(QObject::tr("Before"), beforeColor(), sections, [](const SectionRow& r) { return r.everyoneBefore; }));
    chart.series.push_back(series(QObject::tr("After"), afterColor(), sections, [](const SectionRow& r) { return r.everyoneAfter; }));
    return chart;
}

} // namespace rt::charts
