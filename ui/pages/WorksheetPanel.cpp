#include "WorksheetPanel.h"

#include "Document.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "widgets/Colours.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

namespace rt::ui {
namespace {

QColor problemColor()
{
    return colours::problem();
}

QColor standingColor(Standing standing, const QPalette& palette)
{
    switch (standing) {
    case Standing::Within: return colours::good(QPalette::Window, palette);
    case Standing::Near: return colours::caution(QPalette::Window, palette);
    case Standing::Beyond: return colours::problem(QPalette::Window, palette);
    case Standing::Unknown: break;
    }
    return palette.color(QPalette::WindowText);
}

// The words beside the colour, so the colour is never the only signal.
QString standingText(Standing standing)
{
    switch (standing) {
    case Standing::Within: return QObject::tr("● Within the rule");
    case Standing::Near: return QObject::tr("▲ Near the limit");
    case Standing::Beyond: return QObject::tr("■ Beyond the rule");
    case Standing::Unknown: break;
    }
    return {}; // no rule to stand against, or not enough figures yet
}

QString hours(double value)
{
    return QLocale().toString(value, 'f', 0);
}

bool sameInputs(const WorkloadInputs& a, const WorkloadInputs& b)
{
    for (WorkloadField f : allWorkloadFields()) {
        const auto x = a.value(f);
        const auto y = b.value(f);
        if (x.has_value() != y.has_value() || (x && std::abs(*x - *y) > 1e-9))
            return false;
    }
    return a.notes == b.notes;
}

} // namespace

WorksheetPanel::WorksheetPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_teamCombo(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_hours(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("worksheetPanel"));
    m_teamCombo->setAccessibleName(tr("Team"));
    m_teamCombo->setMinimumContentsLength(24);
    m_teamCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("No worksheet"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Worksheet saved or not"));

    // The department's figures: label, field and problem side by side, the hint under the field.
    auto* inputsBox = new QGroupBox(tr("The department's figures"), this);
    auto* inputsLayout = new QVBoxLayout(inputsBox);
    auto* grid = new QGridLayout;
    inputsLayout->addLayout(grid);
    inputsLayout->addStretch(1);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, problemColor());
    const int fieldWidth = fontMetrics().horizontalAdvance(QStringLiteral("1,234,567.89")) + 24;
    int row = 0;
    for (WorkloadField f : allWorkloadFields()) {
        auto* edit = new QLineEdit(inputsBox);
        edit->setAccessibleName(workloadFieldLabel(f));
        edit->setAlignment(Qt::AlignRight);
        edit->setFixedWidth(fieldWidth);
        edit->setPlaceholderText(tr("not known"));
        auto* label = new QLabel(workloadFieldLabel(f) + tr(":"), inputsBox);
        label->setBuddy(edit);
        auto* problem = new QLabel(inputsBox);
        problem->setTextFormat(Qt::PlainText);
        problem->setWordWrap(true);
        problem->setPalette(red);
        problem->setAccessibleName(tr("Problem with %1").arg(workloadFieldLabel(f)));
        auto* hint = new QLabel(workloadFieldHint(f), inputsBox);
        hint->setTextFormat(Qt::PlainText);
        hint->setWordWrap(true);
        QPalette quiet = hint->palette();
        quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        hint->setPalette(quiet);
        QFont small = hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        hint->setFont(small);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(problem, row, 2);
        grid->addWidget(hint, row + 1, 1, 1, 2);
        grid->setRowMinimumHeight(row + 2, 10); // apart from the next figure
        row += 3;
        m_fields[f] = edit;
        m_problems[f] = problem;
        connect(edit, &QLineEdit::textChanged, this, &WorksheetPanel::evaluate);
        connect(edit, &QLineEdit::editingFinished, this, &WorksheetPanel::save);
    }
    m_notes->setAccessibleName(tr("Worksheet notes"));
    m_notes->setPlaceholderText(tr("Where the figures come from, what is estimated, what to check back home"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_notes->installEventFilter(this);
    auto* notesLabel = new QLabel(tr("&Notes:"), inputsBox);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_notes, row, 1, 1, 2);

    // What follows from them.
    auto* figuresBox = new QGroupBox(tr("What follows"), this);
    auto* figuresLayout = new QVBoxLayout(figuresBox);
    const QString titles[FigureCount] = {tr("Officers per 1,000 residents"), tr("Rule of 60, part one: sworn officers on patrol"),
                                         tr("Rule of 60, part two: patrol time committed to calls (saturation)")};
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < FigureCount; ++i) {
        auto* title = new QLabel(titles[i], figuresBox);
        title->setFont(bold);
        title->setWordWrap(true);
        m_figureValues[i] = new QLabel(figuresBox);
        m_figureValues[i]->setFont(big);
        m_figureValues[i]->setAccessibleName(titles[i]);
        m_figureStandings[i] = new QLabel(figuresBox);
        m_figureStandings[i]->setFont(bold);
        m_figureStandings[i]->setAccessibleName(tr("%1: where it stands").arg(titles[i]));
        m_figureNotes[i] = new QLabel(figuresBox);
        m_figureNotes[i]->setWordWrap(true);
        m_figureNotes[i]->setAccessibleName(tr("%1: what it means").arg(titles[i]));
        for (QLabel* l : {m_figureValues[i], m_figureStandings[i], m_figureNotes[i]})
            l->setTextFormat(Qt::PlainText);
        auto* valueRow = new QHBoxLayout;
        valueRow->addWidget(m_figureValues[i]);
        valueRow->addSpacing(12);
        valueRow->addWidget(m_figureStandings[i]);
        valueRow->addStretch(1);
        figuresLayout->addWidget(title);
        figuresLayout->addLayout(valueRow);
        figuresLayout->addWidget(m_figureNotes[i]);
        figuresLayout->addSpacing(10);
    }
    m_hours->setTextFormat(Qt::PlainText);
    m_hours->setWordWrap(true);
    m_hours->setAccessibleName(tr("Hours behind the saturation index"));
    figuresLayout->addWidget(m_hours);
    figuresLayout->addStretch(1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(inputsBox, 3);
    contentLayout->addWidget(figuresBox, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Rule of 60 worksheet"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);

    auto* bar = new QHBoxLayout;
    auto* teamLabel = new QLabel(tr("Tea&m:"), this);
    teamLabel->setBuddy(m_teamCombo);
    bar->addWidget(teamLabel);
    bar->addWidget(m_teamCombo);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_teamCombo, &QComboBox::activated, this, [this](int index) { selectTeam(m_teamCombo->itemData(index).toLongLong()); });
}

void WorksheetPanel::setWorkshop(Id workshopId)
{
    if (workshopId != m_workshopId)
        m_teamId = 0;
    m_workshopId = workshopId;
}

void WorksheetPanel::reload()
{
    auto list = teams::list(m_document.database(), m_workshopId);
    const std::vector<Team> all = list ? std::move(*list) : std::vector<Team>{};
    {
        QSignalBlocker block(m_teamCombo);
        m_teamCombo->clear();
        for (const Team& t : all)
            m_teamCombo->addItem(t.label(), t.id);
        int index = m_teamCombo->findData(m_teamId);
        if (index < 0)
            index = all.empty() ? -1 : 0;
        m_teamCombo->setCurrentIndex(index);
        m_teamId = index >= 0 ? all[size_t(index)].id : 0;
    }
    if (!m_teamId) {
        m_empty->setText(tr("No teams yet. Form them on the Roster & Teams tab; each team then gets a worksheet here."));
        m_stack->setCurrentWidget(m_empty);
        m_status->clear();
        return;
    }
    m_stack->setCurrentIndex(0);
    auto stored = workload::load(m_document.database(), m_teamId);
    if (!stored)
        Q_EMIT m_document.failed(stored.error().message);
    m_stored = stored ? *stored : WorkloadInputs{};
    m_loading = true;
    for (WorkloadField f : allWorkloadFields()) {
        const auto value = m_stored.value(f);
        m_fields[f]->setText(value ? formatWorkloadValue(*value) : QString());
    }
    m_notes->setPlainText(m_stored.notes);
    m_loading = false;
    evaluate();
}

void WorksheetPanel::selectTeam(Id teamId)
{
    m_teamId = teamId;
    reload();
    m_status->clear();
}

std::optional<WorkloadInputs> WorksheetPanel::typedInputs()
{
    WorkloadInputs inputs;
    bool parsed = true;
    for (WorkloadField f : allWorkloadFields()) {
        auto value = parseWorkloadValue(f, m_fields[f]->text());
        if (!value) {
            parsed = false;
            m_problems[f]->setText(value.error().message);
            continue;
        }
        m_problems[f]->clear();
        inputs.set(f, *value);
    }
    inputs.notes = m_notes->toPlainText().trimmed();
    // The fields that did parse are still checked, so every problem shows at once.
    for (const WorkloadProblem& p : evaluateWorkload(inputs).problems) {
        if (m_problems[p.field]->text().isEmpty()) // the first problem of a field is the one to fix first
            m_problems[p.field]->setText(p.message);
        parsed = false;
    }
    return parsed ? std::optional<WorkloadInputs>(inputs) : std::nullopt;
}

void WorksheetPanel::evaluate()
{
    if (m_loading)
        return;
    const auto inputs = typedInputs();
    for (WorkloadField f : allWorkloadFields())
        m_fields[f]->setAccessibleDescription(m_problems[f]->text());
    showFigures(inputs ? evaluateWorkload(*inputs) : WorkloadResult{});
}

void WorksheetPanel::showFigures(const WorkloadResult& result)
{
    const WorkloadFigure* figures[FigureCount] = {&result.officersPerThousand, &result.patrolShare, &result.saturation};
    for (int i = 0; i < FigureCount; ++i) {
        const WorkloadFigure& f = *figures[i];
        QString value = QStringLiteral("—");
        if (f.value)
            value = i == OfficersPerThousand ? formatOfficersPerThousand(*f.value) : formatShare(*f.value);
        m_figureValues[i]->setText(value);
        m_figureStandings[i]->setText(f.value ? standingText(f.standing) : QString());
        QPalette p = m_figureStandings[i]->palette();
        p.setColor(QPalette::WindowText, standingColor(f.standing, palette()));
        m_figureStandings[i]->setPalette(p);
        m_figureValues[i]->setPalette(p);
        m_figureNotes[i]->setText(f.note);
    }
    QStringList lines;
    if (result.callHoursPerYear)
        lines << tr("Officer hours on calls for service: %1 a year.").arg(hours(*result.callHoursPerYear));
    if (result.availablePatrolHours)
        lines << tr("Patrol hours available: %1 a year.").arg(hours(*result.availablePatrolHours));
    m_hours->setText(lines.join(QLatin1Char('\n')));
}

bool WorksheetPanel::save()
{
    if (m_loading || !m_teamId)
        return false;
    const auto inputs = typedInputs();
    evaluate();
    if (!inputs) {
        m_status->setText(tr("Not saved: correct the figures marked in red (or clear them), then leave the field."));
        return false;
    }
    if (sameInputs(*inputs, m_stored)) {
        m_status->clear();
        return true;
    }
    if (!m_document.apply(workload::save(m_document.database(), m_teamId, *inputs)))
        return false;
    m_status->setText(tr("Saved."));
    return true;
}

bool WorksheetPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

} // namespace rt::ui
