#include "exports/OutcomeReportPdf.h"

#include "assessments/Pillars.h"
#include "assessments/ResultCharts.h"
#include "exports/OutcomeLayout.h"
#include "exports/PdfPages.h"

#include <QLocale>
#include <QMap>
#include <QObject>
#include <QPainter>
#include <cmath>
#include <numeric>

namespace rt::exports {
namespace {

using layout::ColumnGroup;

// Statements whose manager/chief gap is at least this large are named per team.
constexpr double kLargeGap = 1.5;
constexpr int kGapsNamed = 3;
constexpr int kRankedShown = 5;

QString score(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 2) : QObject::tr("–");
}

// "+0.40", "−0.25", "0.00"
QString signedScore(std::optional<double> value, int decimals = 2)
{
    if (!value)
        return QObject::tr("–");
    const QString digits = QLocale().toString(std::abs(*value), 'f', decimals);
    if (std::abs(*value) < 0.5 * std::pow(10.0, -decimals))
        return QLocale().toString(0.0, 'f', decimals);
    return (*value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + digits;
}

// A figure with where it stands against the Rule of 60, in a word or two.
QString patrolText(const WorkloadFigure& figure)
{
    if (!figure.value)
        return QObject::tr("–");
    const QString value = formatShare(*figure.value);
    switch (figure.standing) {
    case Standing::Within: return QObject::tr("%1 (about 60%)").arg(value);
    case Standing::Beyond: return *figure.value < 0.6 ? QObject::tr("%1 (low)").arg(value) : QObject::tr("%1 (high)").arg(value);
    case Standing::Near:
    case Standing::Unknown: break;
    }
    return value;
}

QString saturationText(const WorkloadFigure& figure)
{
    if (!figure.value)
        return QObject::tr("–");
    const QString value = formatShare(*figure.value);
    switch (figure.standing) {
    case Standing::Within: return QObject::tr("%1 (within 60%)").arg(value);
    case Standing::Beyond: return QObject::tr("%1 (over 60%)").arg(value);
    case Standing::Near: return QObject::tr("%1 (near 60%)").arg(value);
    case Standing::Unknown: break;
    }
    return value;
}

QString whole(std::optional<double> value)
{
    return value ? formatWorkloadValue(*value) : QObject::tr("–");
}

QString groupName(int number)
{
    return number == 0 ? QObject::tr("Large group") : QObject::tr("Group %1").arg(number);
}

class Report {
public:
    Report(PdfPages& pages, const OutcomeDocument& doc, const ChartPainter& paintChart)
        : m_pages(pages)
        , m_doc(doc)
        , m_paintChart(paintChart)
        , m_flow(pages)
        , m_pageHeight(layout::pageHeight(pages, false))
    {
    }

    void write()
    {
        glance();
        attendance();
        if (m_doc.assessments.empty()) {
            heading(QObject::tr("Assessments"));
            note(QObject::tr("No one has answered an assessment in this workshop yet."));
        }
        for (const AssessmentResults& results : m_doc.assessments)
            assessment(results);
        workload();
        discussions();
        plans();
    }

private:
    double pt(double points) const { return m_pages.pt(points); }

    void heading(const QString& text, bool newPage = false)
    {
        if (newPage)
            m_flow.newPage();
        else
            m_flow.gap(pt(20));
        const QFont font = printFont(15, true);
        const double h = m_pages.metrics(font).lineSpacing() + pt(8);
        m_flow.add(h, [font, text, this](QPainter& p, const QRectF& r) {
            p.setPen(layout::textColor());
            drawText(p, r, text, font, Qt::AlignLeft | Qt::AlignTop);
            p.setPen(QPen(layout::ruleColor(), pt(0.8)));
            p.drawLine(QPointF(r.left(), r.bottom() - pt(3)), QPointF(r.right(), r.bottom() - pt(3)));
        }, pt(60));
        m_flow.gap(pt(4));
    }

    void subheading(const QString& text)
    {
        m_flow.gap(pt(12));
        // Kept with what follows: a line or two of explanation and a table's first rows.
        layout::addParagraph(m_flow, text, printFont(11.5, true), layout::textColor(), m_pageHeight, 0, pt(120));
        m_flow.gap(pt(3));
    }

    // `keepWith`: room wanted after it on the same page (a table's first rows).
    void note(const QString& text, bool italic = false, double keepWith = 0)
    {
        QFont f = printFont(9.5);
        f.setItalic(italic);
        layout::addParagraph(m_flow, text, f, italic ? layout::mutedColor() : layout::textColor(), m_pageHeight, 0, keepWith);
    }

    void chart(const ChartSpec& spec)
    {
        if (spec.isEmpty()) {
            note(QObject::tr("%1: no scores yet.").arg(spec.title), true);
            return;
        }
        // Tall enough for every bar to carry its label, never more than most of a page.
        qsizetype bars = 0;
        for (const ChartSeries& s : spec.series)
            bars += s.values.empty() ? 0 : spec.categories.size();
        // Two charts of a questionnaire of six sections share one page with their heading.
        const double height = std::clamp(pt(100) + double(bars) * pt(bars <= 12 ? 12 : 10), pt(200), m_pageHeight * 0.55);
        m_flow.gap(pt(6));
        m_flow.add(height, [paint = m_paintChart, spec](QPainter& p, const QRectF& r) { paint(p, r, spec); });
        m_flow.gap(pt(6));
    }

    // One line per section, so the first page tells the story.
    void glance()
    {
        heading(QObject::tr("At a glance"));
        std::vector<TableRow> rows;
        const AttendanceSheet& sheet = m_doc.attendance;
        rows.push_back(TableRow{TableRow::Kind::Data,
                                {QObject::tr("Attendance"), QObject::tr("%1 registered; %2 of %3 earned a certificate so far.")
                                                                .arg(sheet.rows.size())
                                                                .arg(sheet.qualifying())
                                                                .arg(sheet.rows.size())}});
        for (const AssessmentResults& r : m_doc.assessments) {
            std::vector<double> before, after;
            for (const CohortRow& row : r.cohort) {
                if (row.before.everyone)
                    before.push_back(*row.before.everyone);
                if (row.after.everyone)
                    after.push_back(*row.after.everyone);
            }
            const auto mean = [](const std::vector<double>& v) {
                return v.empty() ? std::nullopt : std::optional<double>(std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()));
            };
            rows.push_back(TableRow{TableRow::Kind::Data,
                                    {r.assessment.name, QObject::tr("Respondents: %1 before, %2 at the end. Mean score %3 before, %4 at the end (%5).")
                                                            .arg(r.respondentsBefore)
                                                            .arg(r.respondentsAfter)
                                                            .arg(score(mean(before)), score(mean(after)),
                                                                 signedScore(difference(mean(after), mean(before))))}});
        }
        int over = 0;
        for (const auto& sheet : m_doc.worksheets)
            over += evaluateWorkload(sheet.second).saturation.standing == Standing::Beyond ? 1 : 0;
        const QString noTeams = QObject::tr("The workshop has no teams yet.");
        rows.push_back(TableRow{TableRow::Kind::Data,
                                {QObject::tr("Workload"), m_doc.plans.empty() ? noTeams
                                                                              : QObject::tr("Worksheets from %1 of %2 teams; patrol saturation over 60% in %3.")
                                                                                    .arg(m_doc.worksheets.size())
                                                                                    .arg(m_doc.plans.size())
                                                                                    .arg(over)}});
        int reported = 0;
        for (const RoundDetail& d : m_doc.rounds)
            reported += int(d.items.size());
        rows.push_back(TableRow{TableRow::Kind::Data,
                                {QObject::tr("Discussions"), QObject::tr("Rounds: %1; report-outs: %2; parking lot: %3.")
                                                                 .arg(m_doc.rounds.size())
                                                                 .arg(reported)
                                                                 .arg(m_doc.parkingLot.size())}});
        int items = 0, done = 0;
        std::optional<QDate> next;
        for (const auto& plan : m_doc.plans) {
            for (const ActionItem& i : plan.second) {
                ++items;
                done += i.status == ActionStatus::Done ? 1 : 0;
                if (i.status != ActionStatus::Done && i.due && (!next || *i.due < *next))
                    next = i.due;
            }
        }
        rows.push_back(TableRow{TableRow::Kind::Data,
                                {QObject::tr("Action plans"),
                                 m_doc.plans.empty() ? noTeams
                                 : next ? QObject::tr("Items: %1 (done: %2); the next open one is due %3.")
                                            .arg(items)
                                            .arg(done)
                                            .arg(QLocale().toString(*next, QStringLiteral("d MMM yyyy")))
                                      : QObject::tr("Items: %1 (done: %2).").arg(items).arg(done)}});
        layout::addWrappedTable(m_flow, {{QObject::tr("Section"), 1.6}, {QObject::tr("In short"), 5}}, rows);
    }

    void attendance()
    {
        const AttendanceSheet& sheet = m_doc.attendance;
        heading(QObject::tr("Attendance"));
        if (sheet.rows.empty()) {
            note(QObject::tr("No one is registered for this workshop."), true);
            return;
        }
        note(QObject::tr("Registered: %1 · Hours offered: %2 · Certificates earned: %3 (a certificate needs %4)")
                 .arg(sheet.rows.size())
                 .arg(blocks::hoursLabel(sheet.offeredHours))
                 .arg(sheet.qualifying())
                 .arg(blocks::hoursLabel(sheet.hoursNeeded())));
        m_flow.gap(pt(6));
        std::vector<TableRow> rows;
        for (size_t i = 0; i < sheet.blocks.size(); ++i) {
            const AttendanceBlock& b = sheet.blocks[i];
            rows.push_back(TableRow{TableRow::Kind::Data,
                                    {b.longName(), blocks::hoursLabel(b.creditHours), QString::number(sheet.attendedIn(i)),
                                     sheet.markedIn(i) == 0 ? QObject::tr("not yet taken")
                                                            : QObject::tr("%1 of %2").arg(sheet.markedIn(i)).arg(sheet.rows.size())}});
        }
        layout::addWrappedTable(m_flow,
                                {{QObject::tr("Block"), 4}, {QObject::tr("Hours"), 1, Qt::AlignRight},
                                 {QObject::tr("Attended"), 1.2, Qt::AlignRight}, {QObject::tr("Marked"), 1.6, Qt::AlignRight}},
                                rows);
    }

    void assessment(const AssessmentResults& results)
    {
        heading(QObject::tr("Assessment: %1").arg(results.assessment.name), true);
        note(QObject::tr("Respondents: %1 before the workshop, %2 at its end. Scores run from 1 (strongly disagree) to 5 (strongly agree).")
                 .arg(results.respondentsBefore)
                 .arg(results.respondentsAfter));
        chart(charts::cohortByRole(results));
        chart(charts::cohortChange(results));
        statements(results);
        teamGaps(results);
    }

    void statements(const AssessmentResults& results)
    {
        subheading(QObject::tr("Statement by statement"));
        note(QObject::tr("Mean scores. Change: everyone's mean at the end minus before. A dash: nobody on that side scored the statement."),
             true, pt(80));
        m_flow.gap(pt(4));
        std::vector<TableRow> rows;
        QString section;
        int number = 0;
        for (const AssessmentQuestion& q : results.assessment.questions) {
            ++number;
            if (q.section != section && !q.section.isEmpty())
                rows.push_back(TableRow{TableRow::Kind::Heading, {q.section}});
            section = q.section;
            const auto row = std::find_if(results.cohort.begin(), results.cohort.end(), [&](const CohortRow& c) { return c.questionId == q.id; });
            const CohortRow c = row == results.cohort.end() ? CohortRow{} : *row;
            rows.push_back(TableRow{TableRow::Kind::Data,
                                    {QString::number(number), q.text, score(c.before.managers), score(c.after.managers), score(c.before.chiefs),
                                     score(c.after.chiefs), score(c.before.everyone), score(c.after.everyone), signedScore(c.change())}});
        }
        const QString before = QObject::tr("Before");
        const QString after = QObject::tr("After");
        layout::addWrappedTable(m_flow,
                                {{QObject::tr("#"), 0.45, Qt::AlignRight},
                                 {QObject::tr("Statement"), 4.1},
                                 {before, 0.8, Qt::AlignRight},
                                 {after, 0.8, Qt::AlignRight},
                                 {before, 0.8, Qt::AlignRight},
                                 {after, 0.8, Qt::AlignRight},
                                 {before, 0.8, Qt::AlignRight},
                                 {after, 0.8, Qt::AlignRight},
                                 {QObject::tr("Change"), 0.85, Qt::AlignRight}},
                                rows, 8.5,
                                {ColumnGroup{{}, 2}, ColumnGroup{QObject::tr("Managers"), 2}, ColumnGroup{QObject::tr("Chiefs"), 2},
                                 ColumnGroup{QObject::tr("Everyone"), 2}, ColumnGroup{{}, 1}});
    }

    // Each team's mean distance between its manager and chief side, and the
    // statements where they are furthest apart.
    void teamGaps(const AssessmentResults& results)
    {
        subheading(QObject::tr("Manager and chief gaps by team"));
        if (results.teams.empty()) {
            note(QObject::tr("The workshop has no teams."), true);
            return;
        }
        note(QObject::tr("Gap: the manager side's score minus the chief side's. The mean gap is the mean distance between them over every "
                         "statement both sides scored; a large gap either way is worth a conversation."),
             true, pt(80));
        m_flow.gap(pt(4));
        std::vector<TableRow> rows;
        for (const TeamResult& team : results.teams) {
            // Statements far apart before or at the end, the widest first.
            std::vector<std::pair<double, size_t>> wide;
            for (size_t i = 0; i < team.rows.size(); ++i) {
                const double before = std::abs(team.rows[i].before.gap().value_or(0));
                const double after = std::abs(team.rows[i].after.gap().value_or(0));
                if (std::max(before, after) >= kLargeGap)
                    wide.emplace_back(std::max(before, after), i);
            }
            std::stable_sort(wide.begin(), wide.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
            QStringList largest;
            for (const auto& [size, i] : wide) {
                if (largest.size() == kGapsNamed)
                    break;
                const TeamRow& row = team.rows[i];
                const auto q = std::find_if(results.assessment.questions.begin(), results.assessment.questions.end(),
                                            [&](const AssessmentQuestion& a) { return a.id == row.questionId; });
                if (q == results.assessment.questions.end())
                    continue;
                largest << QObject::tr("%1. %2: %3 → %4")
                               .arg(q - results.assessment.questions.begin() + 1)
                               .arg(q->section, signedScore(row.before.gap(), 1), signedScore(row.after.gap(), 1));
            }
            const QString gaps = largest.isEmpty() ? QObject::tr("none of %1 or more").arg(QLocale().toString(kLargeGap, 'f', 1))
                                                   : largest.join(QLatin1Char('\n'));
            rows.push_back(TableRow{TableRow::Kind::Data,
                                    {team.label, score(team.meanAbsoluteGap(Phase::Before)), score(team.meanAbsoluteGap(Phase::After)), gaps}});
        }
        layout::addWrappedTable(m_flow,
                                {{QObject::tr("Team"), 1.6}, {QObject::tr("Before"), 0.75, Qt::AlignRight}, {QObject::tr("After"), 0.75, Qt::AlignRight},
                                 {QObject::tr("Largest gaps (statement, section: gap before → at the end)"), 3.6}},
                                rows, 8.5, {ColumnGroup{{}, 1}, ColumnGroup{QObject::tr("Mean gap"), 2}, ColumnGroup{{}, 1}});
    }

    void workload()
    {
        heading(QObject::tr("Workload worksheets"));
        if (m_doc.worksheets.empty()) {
            note(QObject::tr("No team has filled in a workload worksheet yet."), true);
            return;
        }
        note(QObject::tr("CPSM's Rule of 60: about 60% of sworn officers assigned to patrol, and no more than 60% of patrol's available "
                         "time committed to calls for service (the saturation index)."),
             false, pt(80));
        m_flow.gap(pt(6));
        std::vector<TableRow> rows;
        QMap<QString, QStringList> notes; // note -> teams, so a note shared by many is printed once
        QStringList noteOrder;
        for (const auto& [team, inputs] : m_doc.worksheets) {
            const WorkloadResult r = evaluateWorkload(inputs);
            rows.push_back(TableRow{TableRow::Kind::Data,
                                    {team.label(), whole(inputs.population), whole(inputs.swornOfficers), whole(inputs.patrolOfficers),
                                     r.officersPerThousand.value ? formatOfficersPerThousand(*r.officersPerThousand.value) : QObject::tr("–"),
                                     patrolText(r.patrolShare), saturationText(r.saturation)}});
            const QString n = inputs.notes.trimmed();
            if (!n.isEmpty()) {
                if (!notes.contains(n))
                    noteOrder << n;
                notes[n] << team.label();
            }
        }
        layout::addWrappedTable(m_flow,
                                {{QObject::tr("Team"), 1.5}, {QObject::tr("Population"), 1.1, Qt::AlignRight},
                                 {QObject::tr("Sworn"), 0.8, Qt::AlignRight}, {QObject::tr("Patrol"), 0.8, Qt::AlignRight},
                                 {QObject::tr("Officers per 1,000"), 1.1, Qt::AlignRight}, {QObject::tr("Sworn on patrol"), 1.4},
                                 {QObject::tr("Saturation index"), 1.6}},
                                rows, 8.5);
        for (const QString& n : noteOrder) {
            m_flow.gap(pt(4));
            note(QObject::tr("Notes (%1): %2").arg(notes[n].join(QStringLiteral(", ")), n), true);
        }
    }

    void discussions()
    {
        heading(QObject::tr("Discussion highlights"));
        if (m_doc.rounds.empty())
            note(QObject::tr("The workshop had no discussion rounds."), true);
        for (const RoundDetail& d : m_doc.rounds) {
            subheading(d.round.agendaItemTitle.isEmpty() ? QObject::tr("Round %1").arg(d.round.number)
                                                         : QObject::tr("Round %1 · %2").arg(d.round.number).arg(d.round.agendaItemTitle));
            std::vector<TableRow> rows;
            for (const DiscussionItem& i : d.ranked()) {
                if (int(rows.size()) == kRankedShown || i.dots == 0)
                    break;
                rows.push_back(TableRow{TableRow::Kind::Data, {QString::number(i.dots), i.text, groupName(i.groupNumber), itemTagLabel(i.tag)}});
            }
            if (rows.empty()) {
                note(d.items.empty() ? QObject::tr("No report-outs were recorded.") : QObject::tr("No votes were cast in this round."), true);
                continue;
            }
            layout::addWrappedTable(m_flow,
                                    {{QObject::tr("Dots"), 0.6, Qt::AlignRight}, {QObject::tr("Item"), 6}, {QObject::tr("From"), 1.3},
                                     {QObject::tr("Tag"), 1.2}},
                                    rows, 8.5);
        }
        subheading(QObject::tr("Parking lot"));
        if (m_doc.parkingLot.empty()) {
            note(QObject::tr("Nothing was put in the parking lot."), true);
            return;
        }
        std::vector<TableRow> rows;
        for (const DiscussionItem& i : m_doc.parkingLot) {
            const auto r = std::find_if(m_doc.rounds.begin(), m_doc.rounds.end(), [&](const RoundDetail& d) { return d.round.id == i.roundId; });
            rows.push_back(TableRow{TableRow::Kind::Data, {r == m_doc.rounds.end() ? QString() : QString::number(r->round.number), i.text,
                                                           QString::number(i.dots)}});
        }
        layout::addWrappedTable(m_flow, {{QObject::tr("Round"), 0.7, Qt::AlignRight}, {QObject::tr("Item"), 7.5}, {QObject::tr("Dots"), 0.6, Qt::AlignRight}},
                                rows, 8.5);
    }

    void plans()
    {
        heading(QObject::tr("Action plans"));
        std::vector<const ActionItem*> all;
        for (const auto& [team, items] : m_doc.plans) {
            for (const ActionItem& i : items)
                all.push_back(&i);
        }
        if (all.empty()) {
            note(m_doc.plans.empty() ? QObject::tr("The workshop has no teams, so no action plans.")
                                     : QObject::tr("No team has an action item yet."),
                 true);
            return;
        }
        counts(all);
        subheading(QObject::tr("Goals by team"));
        std::vector<TableRow> rows;
        const QLocale locale;
        for (const auto& [team, items] : m_doc.plans) {
            rows.push_back(TableRow{TableRow::Kind::Heading, {team.label()}});
            if (items.empty())
                rows.push_back(TableRow{TableRow::Kind::Data, {QString(), QObject::tr("No action items yet.")}});
            int number = 0;
            for (const ActionItem& i : items) {
                rows.push_back(TableRow{TableRow::Kind::Data,
                                        {QString::number(++number), i.goal, i.ownerName.isEmpty() ? QObject::tr("–") : i.ownerName,
                                         i.due ? locale.toString(*i.due, QStringLiteral("d MMM yyyy")) : QObject::tr("–"),
                                         actionStatusLabel(i.status)}});
            }
        }
        layout::addWrappedTable(m_flow,
                                {{QObject::tr("#"), 0.35, Qt::AlignRight}, {QObject::tr("Goal"), 5}, {QObject::tr("Owner"), 1.6},
                                 {QObject::tr("Due"), 1.1}, {QObject::tr("Status"), 1.1}},
                                rows, 8.5);
    }

    // Items by status and by pillar, side by side.
    void counts(const std::vector<const ActionItem*>& all)
    {
        std::vector<std::pair<QString, int>> byStatus;
        for (ActionStatus s : allActionStatuses())
            byStatus.emplace_back(actionStatusLabel(s), int(std::count_if(all.begin(), all.end(), [s](const ActionItem* i) { return i->status == s; })));
        std::vector<std::pair<QString, int>> byPillar;
        for (int n = 1; n <= pillars::count; ++n) {
            const int count = int(std::count_if(all.begin(), all.end(), [n](const ActionItem* i) { return i->pillar == n; }));
            if (count > 0)
                byPillar.emplace_back(pillars::label(n), count);
        }
        const int none = int(std::count_if(all.begin(), all.end(), [](const ActionItem* i) { return !i->pillar; }));
        if (none > 0)
            byPillar.emplace_back(QObject::tr("No pillar"), none);
        note(QObject::tr("Items: %1 across %2 teams.").arg(all.size()).arg(m_doc.plans.size()));
        m_flow.gap(pt(6));
        const QFont head = printFont(9.5, true);
        const QFont body = printFont(9);
        const double line = m_pages.metrics(body).lineSpacing() + pt(2);
        const size_t lines = std::max(byStatus.size(), byPillar.size());
        const double height = m_pages.metrics(head).lineSpacing() + pt(4) + double(lines) * line;
        m_flow.add(height, [=, this](QPainter& p, const QRectF& r) {
            const auto list = [&](double left, double width, const QString& title, const std::vector<std::pair<QString, int>>& entries) {
                p.setPen(layout::textColor());
                drawText(p, QRectF(left, r.top(), width, m_pages.metrics(head).lineSpacing()), title, head, Qt::AlignLeft | Qt::AlignTop);
                double y = r.top() + m_pages.metrics(head).lineSpacing() + pt(4);
                const double numberWidth = pt(28);
                for (const auto& [label, n] : entries) {
                    drawText(p, QRectF(left, y, width - numberWidth - pt(6), line), label, body, Qt::AlignLeft | Qt::AlignTop);
                    drawText(p, QRectF(left + width - numberWidth, y, numberWidth, line), QString::number(n), body, Qt::AlignRight | Qt::AlignTop);
                    p.setPen(QPen(layout::ruleColor(), pt(0.4)));
                    p.drawLine(QPointF(left, y + line - pt(1.5)), QPointF(left + width, y + line - pt(1.5)));
                    p.setPen(layout::textColor());
                    y += line;
                }
            };
            const double gap = pt(30);
            const double left = r.width() * 0.36;
            list(r.left(), left - gap, QObject::tr("By status"), byStatus);
            list(r.left() + left, r.width() - left, QObject::tr("By pillar"), byPillar);
        });
    }

    PdfPages& m_pages;
    const OutcomeDocument& m_doc;
    const ChartPainter& m_paintChart;
    PageFlow m_flow;
    double m_pageHeight;
};

} // namespace

Result<PdfSummary> writeOutcomeReport(const OutcomeDocument& doc, const QString& path, const PrintOptions& options,
                                      const ChartPainter& paintChart)
{
    if (!paintChart)
        return fail(QObject::tr("Internal error: the outcome report was asked for without a way to draw its charts."));
    auto pages = PdfPages::open(path, options, QPageLayout::Portrait, headingFor(QObject::tr("Workshop outcome report"), doc.attendance));
    if (!pages)
        return std::unexpected(pages.error());
    Report report(**pages, doc, paintChart);
    report.write();
    if (auto done = (*pages)->finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{(*pages)->pageCount(), int(doc.assessments.size())};
}

} // namespace rt::exports
