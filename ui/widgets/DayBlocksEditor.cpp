#include "DayBlocksEditor.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

enum Column { Label, Starts, Ends, Hours, ColumnCount };

} // namespace

DayBlocksEditor::DayBlocksEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Block"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Starts"), tr("Ends"), tr("Credit hours")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    for (int c : {Starts, Ends, Hours})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab moves through the row's editors, not the table's cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Default attendance blocks"));
    m_add->setAccessibleName(tr("Add a block"));
    m_remove->setAccessibleName(tr("Remove the selected block"));
    m_up->setAccessibleName(tr("Move the selected block up"));
    m_down->setAccessibleName(tr("Move the selected block down"));
    connect(m_add, &QPushButton::clicked, this, &DayBlocksEditor::addBlock);
    connect(m_remove, &QPushButton::clicked, this, &DayBlocksEditor::removeBlock);
    connect(m_up, &QPushButton::clicked, this, [this] { moveBlock(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveBlock(1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_current = row;
        updateButtons();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void DayBlocksEditor::setDay(const blocks::DayPlan& day)
{
    m_table->setRowCount(0);
    for (const AttendanceBlock& b : day)
        addRow(b);
    setCurrentRow(day.empty() ? -1 : 0);
}

blocks::DayPlan DayBlocksEditor::day() const
{
    blocks::DayPlan result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AttendanceBlock b;
        b.label = static_cast<QLineEdit*>(m_table->cellWidget(row, Label))->text().trimmed();
        b.starts = static_cast<QTimeEdit*>(m_table->cellWidget(row, Starts))->time();
        b.ends = static_cast<QTimeEdit*>(m_table->cellWidget(row, Ends))->time();
        b.creditHours = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Hours))->value();
        result.push_back(b);
    }
    return result;
}

int DayBlocksEditor::currentRow() const
{
    return m_current < m_table->rowCount() ? m_current : -1;
}

void DayBlocksEditor::setCurrentRow(int row)
{
    m_current = row;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    updateButtons();
}

QTimeEdit* DayBlocksEditor::timeCell(QTime time, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QTimeEdit(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QDoubleSpinBox* DayBlocksEditor::hoursCell(double hours, QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 24);
    spin->setDecimals(2);
    spin->setSingleStep(0.25);
    spin->setValue(hours);
    spin->setAccessibleName(tr("Credit hours"));
    return spin;
}

void DayBlocksEditor::addRow(const AttendanceBlock& b)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* label = new QLineEdit(b.label, m_table);
    label->setAccessibleName(tr("Block label"));
    label->setMaxLength(60);
    auto* hours = hoursCell(b.creditHours, m_table);
    QWidget* editors[] = {label, timeCell(b.starts, tr("Start time"), m_table), timeCell(b.ends, tr("End time"), m_table), hours};
    for (int c = 0; c < ColumnCount; ++c) {
        editors[c]->installEventFilter(this);
        m_table->setCellWidget(row, c, editors[c]);
    }
    m_table->resizeRowToContents(row);
}

bool DayBlocksEditor::eventFilter(QObject* watched, QEvent* event)
{
    // An editor taking the focus makes its row the one the buttons act on.
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int c = 0; c < ColumnCount; ++c) {
                if (m_table->cellWidget(row, c) == watched && row != m_current)
                    setCurrentRow(row);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DayBlocksEditor::addBlock()
{
    blocks::DayPlan day = this->day();
    AttendanceBlock b;
    b.label = tr("Evening");
    b.starts = day.empty() ? QTime(9, 0) : std::min(day.back().ends.addSecs(30 * 60), QTime(22, 0));
    b.ends = std::min(b.starts.addSecs(90 * 60), QTime(23, 59));
    b.creditHours = 1.5;
    addRow(b);
    setCurrentRow(m_table->rowCount() - 1);
    m_table->cellWidget(m_table->rowCount() - 1, Label)->setFocus();
}

void DayBlocksEditor::removeBlock()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    setCurrentRow(std::min(row, m_table->rowCount() - 1));
}

void DayBlocksEditor::moveBlock(int by)
{
    const int row = currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    blocks::DayPlan day = this->day();
    std::swap(day[std::size_t(row)], day[std::size_t(to)]);
    m_table->setRowCount(0);
    for (const AttendanceBlock& b : day)
        addRow(b);
    setCurrentRow(to);
    (by < 0 ? m_up : m_down)->setFocus();
}

void DayBlocksEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

QWidget* DayBlocksEditor::firstControl() const
{
    return m_table;
}

QWidget* DayBlocksEditor::lastControl() const
{
    return m_down;
}

} // namespace rt::ui
