#include "AttendanceSettingsDialog.h"

#include "AppSettings.h"
#include "widgets/DayBlocksEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

enum Column { Day, Label, Starts, Ends, Hours, ColumnCount };

} // namespace

AttendanceSettingsDialog::AttendanceSettingsDialog(int halfDays, QWidget* parent)
    : QDialog(parent)
    , m_halfDays(halfDays)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_partial(new QComboBox(this))
    , m_share(new QSpinBox(this))
    , m_total(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Attendance Blocks and Credit"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Label"), tr("Starts"), tr("Ends"), tr("Credit hours")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Attendance blocks"));

    auto* add = new QPushButton(tr("&Add block"), this);
    auto* remove = new QPushButton(tr("&Remove block"), this);
    auto* defaults = new QPushButton(tr("Restore &defaults"), this);
    add->setAccessibleName(tr("Add a block"));
    remove->setAccessibleName(tr("Remove the selected block"));
    defaults->setAccessibleName(tr("Restore the default blocks"));
    connect(add, &QPushButton::clicked, this, &AttendanceSettingsDialog::addBlock);
    connect(remove, &QPushButton::clicked, this, &AttendanceSettingsDialog::removeSelectedBlock);
    connect(defaults, &QPushButton::clicked, this, &AttendanceSettingsDialog::restoreDefaults);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addWidget(defaults);
    tableButtons->addStretch(1);
    tableButtons->addWidget(m_total);
    m_total->setAccessibleName(tr("Hours offered"));

    for (auto c : {PartialCredit::Prorated, PartialCredit::Full, PartialCredit::None})
        m_partial->addItem(partialCreditLabel(c), int(c));
    m_partial->setAccessibleName(tr("Credit for late arrivals and early leavers"));
    m_share->setRange(1, 100);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setAccessibleName(tr("Share of the hours a certificate needs"));
    auto* credit = new QGroupBox(tr("Credit"), this);
    auto* form = new QFormLayout(credit);
    form->addRow(tr("Late arrivals and early leavers earn:"), m_partial);
    form->addRow(tr("A certificate needs at least:"), m_share);
    form->addRow(new QLabel(tr("of the hours offered. Prorated credit counts the minutes in the room, in whole quarter hours."), credit));

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("People check in to each block. Its credit hours count toward their certificate."), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(credit);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 520);
}

void AttendanceSettingsDialog::setSettings(const std::vector<AttendanceBlock>& list, const CreditRules& rules)
{
    m_table->setRowCount(0);
    for (const AttendanceBlock& b : list)
        addRow(b);
    m_partial->setCurrentIndex(m_partial->findData(int(rules.partial)));
    m_share->setValue(qRound(rules.certificateShare * 100));
    updateTotal();
}

void AttendanceSettingsDialog::addRow(const AttendanceBlock& b)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* idItem = new QTableWidgetItem;
    idItem->setData(Qt::UserRole, b.id);
    m_table->setItem(row, Day, idItem);
    auto* day = new QSpinBox(m_table);
    day->setRange(1, std::max(1, (m_halfDays + 1) / 2));
    day->setValue(b.day);
    day->setAccessibleName(tr("Day"));
    auto* label = new QLineEdit(b.label, m_table);
    label->setAccessibleName(tr("Block label"));
    auto* hours = DayBlocksEditor::hoursCell(b.creditHours, m_table);
    connect(hours, &QDoubleSpinBox::valueChanged, this, &AttendanceSettingsDialog::updateTotal);
    m_table->setCellWidget(row, Day, day);
    m_table->setCellWidget(row, Label, label);
    m_table->setCellWidget(row, Starts, DayBlocksEditor::timeCell(b.starts, tr("Start time"), m_table));
    m_table->setCellWidget(row, Ends, DayBlocksEditor::timeCell(b.ends, tr("End time"), m_table));
    m_table->setCellWidget(row, Hours, hours);
    m_table->resizeRowToContents(row);
}

std::vector<AttendanceBlock> AttendanceSettingsDialog::blocks() const
{
    std::vector<AttendanceBlock> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AttendanceBlock b;
        b.id = m_table->item(row, Day)->data(Qt::UserRole).toLongLong();
        b.day = static_cast<QSpinBox*>(m_table->cellWidget(row, Day))->value();
        b.label = static_cast<QLineEdit*>(m_table->cellWidget(row, Label))->text().trimmed();
        b.starts = static_cast<QTimeEdit*>(m_table->cellWidget(row, Starts))->time();
        b.ends = static_cast<QTimeEdit*>(m_table->cellWidget(row, Ends))->time();
        b.creditHours = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Hours))->value();
        result.push_back(b);
    }
    return result;
}

CreditRules AttendanceSettingsDialog::rules() const
{
    CreditRules r;
    r.partial = PartialCredit(m_partial->currentData().toInt());
    r.certificateShare = m_share->value() / 100.0;
    return r;
}

void AttendanceSettingsDialog::addBlock()
{
    AttendanceBlock b;
    const auto existing = blocks();
    b.day = existing.empty() ? 1 : existing.back().day;
    b.label = tr("Evening");
    b.starts = QTime(17, 0);
    b.ends = QTime(18, 30);
    b.creditHours = 1.5;
    addRow(b);
    m_table->selectRow(m_table->rowCount() - 1);
    m_table->cellWidget(m_table->rowCount() - 1, Label)->setFocus();
    updateTotal();
}

void AttendanceSettingsDialog::removeSelectedBlock()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateTotal();
}

void AttendanceSettingsDialog::restoreDefaults()
{
    // Existing blocks keep their ids where a default takes their place, so
    // their check-ins stay with them.
    const auto existing = blocks();
    m_table->setRowCount(0);
    for (AttendanceBlock b : blocks::defaults(m_halfDays, settings::defaultBlocks())) {
        for (const AttendanceBlock& old : existing) {
            if (old.day == b.day && old.label.compare(b.label, Qt::CaseInsensitive) == 0)
                b.id = old.id;
        }
        addRow(b);
    }
    updateTotal();
}

void AttendanceSettingsDialog::updateTotal()
{
    double total = 0;
    for (const AttendanceBlock& b : blocks())
        total += b.creditHours;
    m_total->setText(tr("Hours offered: %1").arg(blocks::hoursLabel(total)));
}

void AttendanceSettingsDialog::accept()
{
    const auto list = blocks();
    const int days = (m_halfDays + 1) / 2;
    for (const AttendanceBlock& b : list) {
        if (auto status = blocks::validate(b, days); !status) {
            m_problem->setText(status.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace rt::ui
