#include "ResultsPanel.h"

#include "Document.h"
#include "assessments/ResultCharts.h"
#include "charts/BarChart.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace rt::ui {
namespace {

QColor largeGapColor()
{
    return QColor(0xff, 0xdd, 0xa8); // a light amber that reads on white and in grey
}

QString formatMean(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("—");
}

// Signed, so the table says which side scored higher: "+3.0", "−1.5".
QString formatSigned(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    const QString number = QLocale().toString(std::abs(*value), 'f', 1);
    if (std::abs(*value) < 0.05)
        return number;
    return (*value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number;
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

QTableWidgetItem* numberItem(const QString& text, std::optional<double> value, const QString& tip = {})
{
    auto* item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
    if (value)
        item->setData(Qt::UserRole, *value);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

QTableWidgetItem* gapItem(std::optional<double> gap)
{
    auto* item = numberItem(formatSigned(gap), gap);
    if (gap && std::abs(*gap) >= ResultsPanel::kLargeGap - 1e-9) {
        item->setBackground(largeGapColor());
        item->setForeground(QColor(Qt::black));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setToolTip(QObject::tr("A gap of %1 or more points between manager and chief")
                             .arg(QLocale().toString(ResultsPanel::kLargeGap, 'f', 0)));
    }
    return item;
}

QString countTip(int count)
{
    return count == 1 ? QObject::tr("The score of 1 person") : QObject::tr("The mean of %1 people's scores").arg(count);
}

} // namespace

ResultsPanel::ResultsPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_templateCombo(new QComboBox(this))
    , m_teamCombo(new QComboBox(this))
    , m_respondents(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_legend(new QLabel(this))
    , m_legendBox(new QWidget(this))
    , m_splitter(new QSplitter(this))
    , m_chart(new BarChartView(this))
    , m_secondChart(new BarChartView(this))
{
    setObjectName(QStringLiteral("resultsPanel"));
    m_templateCombo->setAccessibleName(tr("Assessment"));
    m_templateCombo->setMinimumContentsLength(28);
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_teamCombo->setAccessibleName(tr("Team or the whole cohort"));
    m_teamCombo->setMinimumContentsLength(20);
    m_teamCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QLabel* l : {m_respondents, m_summary, m_empty, m_legend}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_respondents->setAccessibleName(tr("Respondents"));
    m_summary->setAccessibleName(tr("About these results"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("No results"));
    m_legend->setAccessibleName(tr("Legend"));

    m_table->setAccessibleName(tr("Results by statement"));
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    auto* swatch = new QLabel(m_legendBox);
    swatch->setFixedSize(28, 16);
    swatch->setAutoFillBackground(true);
    swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #999;").arg(largeGapColor().name()));
    swatch->setAccessibleName(tr("Colour of a large gap"));
    auto* legendRow = new QHBoxLayout(m_legendBox);
    legendRow->setContentsMargins(0, 0, 0, 0);
    legendRow->addWidget(swatch);
    legendRow->addWidget(m_legend, 1);
    m_legend->setText(tr("Bold on amber: manager and chief are %1 or more points apart. Gap = manager minus chief; "
                         "+ means the manager side agrees more.")
                          .arg(QLocale().toString(kLargeGap, 'f', 0)));

    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_legendBox);
    auto* chartPane = new QWidget(this);
    // The table's columns need the full width; the charts go side by side below.
    auto* chartLayout = new QHBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_secondChart, 1);
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(chartPane);
    m_splitter->setOrientation(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({420, 480});
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Assessment:"), this));
    bar->addWidget(m_templateCombo);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Team:"), this));
    bar->addWidget(m_teamCombo);
    bar->addSpacing(12);
    bar->addWidget(m_respondents, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_templateCombo, &QComboBox::activated, this,
            [this](int index) { selectTemplate(m_templateCombo->itemData(index).toLongLong()); });
    connect(m_teamCombo, &QComboBox::activated, this, [this](int index) { selectTeam(m_teamCombo->itemData(index).toLongLong()); });
}

void ResultsPanel::setWorkshop(Id workshopId)
{
    if (workshopId != m_workshopId)
        m_teamId = 0;
    m_workshopId = workshopId;
}

void ResultsPanel::reload()
{
    auto list = assessments::templates(m_document.database());
    const std::vector<AssessmentTemplate> templates = list ? std::move(*list) : std::vector<AssessmentTemplate>{};
    {
        QSignalBlocker block(m_templateCombo);
        m_templateCombo->clear();
        for (const AssessmentTemplate& t : templates)
            m_templateCombo->addItem(t.name, t.id);
        int index = m_templateCombo->findData(m_templateId);
        if (index < 0)
            index = templates.empty() ? -1 : 0;
        m_templateCombo->setCurrentIndex(index);
        m_templateId = index >= 0 ? templates[size_t(index)].id : 0;
    }
    m_results.reset();
    if (m_templateId) {
        auto loaded = results::load(m_document.database(), m_workshopId, m_templateId);
        if (loaded)
            m_results = std::move(*loaded);
        else
            Q_EMIT m_document.failed(loaded.error().message);
    }
    {
        QSignalBlocker block(m_teamCombo);
        m_teamCombo->clear();
        m_teamCombo->addItem(tr("Whole cohort"), Id(0));
        if (m_results) {
            for (const TeamResult& t : m_results->teams)
                m_teamCombo->addItem(t.label, t.teamId);
        }
        const int index = m_teamCombo->findData(m_teamId);
        m_teamCombo->setCurrentIndex(std::max(0, index));
        m_teamId = m_teamCombo->currentData().toLongLong();
    }
    fill();
}

void ResultsPanel::selectTemplate(Id templateId)
{
    m_templateId = templateId;
    reload();
}

void ResultsPanel::selectTeam(Id teamId)
{
    m_teamId = teamId;
    const int index = m_teamCombo->findData(teamId);
    if (index >= 0)
        m_teamCombo->setCurrentIndex(index);
    fill();
}

void ResultsPanel::showEmpty(const QString& message)
{
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    m_summary->hide();
}

void ResultsPanel::fill()
{
    const bool team = m_teamId != 0;
    m_respondents->clear();
    if (!m_templateId) {
        showEmpty(tr("There are no assessments in this file. Add one under Edit ▸ Assessment Templates…"));
        return;
    }
    if (!m_results)
        return showEmpty(tr("The results could not be read."));
    const AssessmentResults& r = *m_results;
    m_respondents->setText(tr("Respondents: %1 before · %2 after").arg(r.respondentsBefore).arg(r.respondentsAfter));
    if (r.assessment.questions.empty()) {
        showEmpty(tr("This assessment has no statements yet. Add them under Edit ▸ Assessment Templates…"));
        return;
    }
    if (r.respondentsBefore == 0 && r.respondentsAfter == 0) {
        showEmpty(tr("No answers yet: enter them on the Assessments page."));
        return;
    }
    m_stack->setCurrentIndex(0);
    m_summary->show();
    if (const TeamResult* t = team ? r.team(m_teamId) : nullptr)
        fillTeam(*t);
    else
        fillCohort();
    m_table->resizeRowsToContents();
}

void ResultsPanel::sizeColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    // Sections wrap rather than take the statements' room.
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    const QFontMetrics fm = m_table->fontMetrics();
    int widest = fm.horizontalAdvance(m_table->horizontalHeaderItem(0)->text());
    for (int row = 0; row < m_table->rowCount(); ++row)
        widest = std::max(widest, fm.horizontalAdvance(m_table->item(row, 0)->text()));
    m_table->setColumnWidth(0, std::min(widest, fm.horizontalAdvance(QStringLiteral("Community confidence"))) + 14);
}

void ResultsPanel::fillTeam(const TeamResult& team)
{
    const AssessmentResults& r = *m_results;
    m_table->clear();
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Statement"), tr("Manager\nbefore"), tr("Chief\nbefore"),
                                        tr("Gap\nbefore"), tr("Manager\nafter"), tr("Chief\nafter"), tr("Gap\nafter")});
    m_table->setRowCount(int(team.rows.size()));
    for (size_t i = 0; i < team.rows.size(); ++i) {
        const TeamRow& row = team.rows[i];
        const AssessmentQuestion* q = r.question(row.questionId);
        const int at = int(i);
        m_table->setItem(at, 0, textItem(q ? q->section : QString()));
        m_table->setItem(at, 1, textItem(q ? q->text : QString()));
        int column = 2;
        for (const SidePair* pair : {&row.before, &row.after}) {
            m_table->setItem(at, column++, numberItem(formatMean(pair->manager), pair->manager));
            m_table->setItem(at, column++, numberItem(formatMean(pair->chief), pair->chief));
            m_table->setItem(at, column++, gapItem(pair->gap()));
        }
    }
    m_legendBox->setVisible(true);

    QStringList about;
    about << (team.managers.isEmpty() ? tr("No city manager on this team, so there are no gaps to show.")
                                      : tr("Manager side: %1.").arg(team.managers.join(QStringLiteral(", "))));
    about << (team.chiefs.isEmpty() ? tr("No police chief on this team, so there are no gaps to show.")
                                    : tr("Chief side: %1.").arg(team.chiefs.join(QStringLiteral(", "))));
    for (Phase p : {Phase::Before, Phase::After}) {
        if (const auto mean = team.meanAbsoluteGap(p))
            about << tr("Mean gap %1: %2.").arg(phaseLabel(p).toLower(), QLocale().toString(*mean, 'f', 1));
    }
    m_summary->setText(about.join(QLatin1Char(' ')));

    // Before and after side by side; a phase nobody answered yet has no chart.
    const ChartSpec before = charts::teamGaps(r, team.teamId, Phase::Before);
    const ChartSpec after = charts::teamGaps(r, team.teamId, Phase::After);
    m_chart->showChart(before);
    m_chart->setVisible(!before.isEmpty());
    m_secondChart->showChart(after);
    m_secondChart->setVisible(!after.isEmpty());

    sizeColumns();
}

void ResultsPanel::fillCohort()
{
    const AssessmentResults& r = *m_results;
    m_table->clear();
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Statement"), tr("Managers\nbefore"), tr("Chiefs\nbefore"),
                                        tr("Everyone\nbefore"), tr("Managers\nafter"), tr("Chiefs\nafter"),
                                        tr("Everyone\nafter"), tr("Change")});
    m_table->setRowCount(int(r.cohort.size()));
    for (size_t i = 0; i < r.cohort.size(); ++i) {
        const CohortRow& row = r.cohort[i];
        const AssessmentQuestion* q = r.question(row.questionId);
        const int at = int(i);
        m_table->setItem(at, 0, textItem(q ? q->section : QString()));
        m_table->setItem(at, 1, textItem(q ? q->text : QString()));
        int column = 2;
        for (const RoleMeans* m : {&row.before, &row.after}) {
            m_table->setItem(at, column++, numberItem(formatMean(m->managers), m->managers, countTip(m->managerCount)));
            m_table->setItem(at, column++, numberItem(formatMean(m->chiefs), m->chiefs, countTip(m->chiefCount)));
            m_table->setItem(at, column++, numberItem(formatMean(m->everyone), m->everyone, countTip(m->everyoneCount)));
        }
        auto* change = numberItem(formatSigned(row.change()), row.change(),
                                  tr("Everyone after minus everyone before"));
        m_table->setItem(at, column, change);
    }
    m_legendBox->setVisible(false);
    m_summary->setText(tr("Every registered participant's answers, by role. A value is the mean of the scores given; "
                          "point at one to see how many. Change = everyone after minus everyone before."));

    const ChartSpec byRole = charts::cohortByRole(r);
    const ChartSpec change = charts::cohortChange(r);
    m_chart->showChart(byRole);
    m_chart->setVisible(!byRole.isEmpty());
    m_secondChart->showChart(change);
    m_secondChart->setVisible(!change.isEmpty());

    sizeColumns();
}

} // namespace rt::ui
