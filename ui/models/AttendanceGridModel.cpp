#include "AttendanceGridModel.h"

#include "CheckInModel.h"

#include <QColor>
#include <QPalette>

namespace rt::ui {
namespace {

// Soft tints that read on light and dark palettes alike (blended with the base).
QColor tint(AttendanceStatus status)
{
    QColor c;
    switch (status) {
    case AttendanceStatus::Present: c = QColor(46, 160, 67); break;
    case AttendanceStatus::Late:
    case AttendanceStatus::LeftEarly: c = QColor(212, 160, 23); break;
    case AttendanceStatus::Excused: c = QColor(80, 120, 200); break;
    case AttendanceStatus::Absent: c = QColor(200, 60, 60); break;
    }
    c.setAlpha(70);
    return c;
}

} // namespace

AttendanceGridModel::AttendanceGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceGridModel::setSheet(AttendanceSheet sheet)
{
    const bool sameShape = sheet.rows.size() == m_sheet.rows.size() && sheet.blocks.size() == m_sheet.blocks.size()
        && std::equal(sheet.rows.begin(), sheet.rows.end(), m_sheet.rows.begin(),
                      [](const AttendanceRow& a, const AttendanceRow& b) { return a.entry.person.id == b.entry.person.id; });
    if (sameShape && !m_sheet.rows.empty()) {
        // Same people and blocks: repaint in place so the grid keeps its
        // selection and scroll position while a paper sheet is typed in.
        m_sheet = std::move(sheet);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_sheet = std::move(sheet);
    endResetModel();
}

int AttendanceGridModel::blockAt(int column) const
{
    const int block = column - firstBlockColumn();
    return block >= 0 && block < int(m_sheet.blocks.size()) ? block : -1;
}

const AttendanceRow* AttendanceGridModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_sheet.rows.size()) ? &m_sheet.rows[size_t(row)] : nullptr;
}

int AttendanceGridModel::rowOf(Id personId) const
{
    for (int row = 0; row < int(m_sheet.rows.size()); ++row) {
        if (m_sheet.rows[size_t(row)].entry.person.id == personId)
            return row;
    }
    return -1;
}

int AttendanceGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int AttendanceGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : firstBlockColumn() + int(m_sheet.blocks.size()) + 2;
}

QVariant AttendanceGridModel::data(const QModelIndex& index, int role) const
{
    const AttendanceRow* row = rowAt(index.row());
    if (!row)
        return {};
    const int block = blockAt(index.column());
    const int hoursColumn = firstBlockColumn() + int(m_sheet.blocks.size());
    if (role == PersonIdRole)
        return row->entry.person.id;
    if (role == BlockIdRole)
        return block >= 0 ? QVariant(m_sheet.blocks[size_t(block)].id) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (index.column() == 0)
            return row->entry.person.sortName();
        if (index.column() == 1)
            return row->entry.person.jurisdiction;
        if (block >= 0) {
            const auto& mark = row->marks[size_t(block)];
            if (mark)
                return markText(*mark);
            return role == Qt::AccessibleTextRole ? tr("Not marked") : QString();
        }
        if (index.column() == hoursColumn)
            return blocks::hoursLabel(row->hours);
        return row->qualifies ? tr("Yes") : tr("No");
    }
    if (role == Qt::BackgroundRole && block >= 0 && row->marks[size_t(block)])
        return tint(row->marks[size_t(block)]->status);
    if (role == Qt::TextAlignmentRole && index.column() >= firstBlockColumn())
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && block >= 0)
        return tr("%1 — %2. Click, or press Space, to change; P, L, E, X, A set a status; Delete clears.")
            .arg(row->entry.person.fullName(), m_sheet.blocks[size_t(block)].longName());
    return {};
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const int block = blockAt(section);
    if (block >= 0) {
        const AttendanceBlock& b = m_sheet.blocks[size_t(block)];
        if (role == Qt::ToolTipRole)
            return b.longName();
        return tr("Day %1\n%2\n%3 of %4").arg(b.day).arg(b.label).arg(m_sheet.attendedIn(size_t(block))).arg(m_sheet.rows.size());
    }
    if (section == 0)
        return tr("Name");
    if (section == 1)
        return tr("Jurisdiction");
    if (section == firstBlockColumn() + int(m_sheet.blocks.size()))
        return tr("Hours\nof %1").arg(blocks::hoursLabel(m_sheet.offeredHours));
    return tr("Certificate\n(%1 needed)").arg(blocks::hoursLabel(m_sheet.hoursNeeded()));
}

} // namespace rt::ui
