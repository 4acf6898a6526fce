#include "ActionItemModel.h"

#include "assessments/Pillars.h"
#include "dialogs/StatusUpdateDialog.h"
#include "widgets/Colours.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace rt::ui {
namespace {

const QString kMime = QStringLiteral("application/x-roundtable-action-item");

} // namespace

QString dueDateText(const std::optional<QDate>& due)
{
    return due ? QLocale().toString(*due, QStringLiteral("d MMM yyyy")) : QString();
}

ActionItemModel::ActionItemModel(QObject* parent)
    : ReorderableModel(kMime, false, parent)
{
}

void ActionItemModel::setItems(std::vector<ActionItem> items)
{
    const bool sameRows = items.size() == m_items.size()
        && std::equal(items.begin(), items.end(), m_items.begin(), [](const ActionItem& a, const ActionItem& b) { return a.id == b.id; });
    if (sameRows && !m_items.empty()) {
        // Same items in the same order (an edit, a status change): repaint in
        // place so the selection and scroll position stay.
        m_items = std::move(items);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const ActionItem* ActionItemModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

Id ActionItemModel::idAt(int row) const
{
    const ActionItem* item = itemAt(row);
    return item ? item->id : 0;
}

int ActionItemModel::rowOf(Id itemId) const
{
    for (int row = 0; row < int(m_items.size()); ++row) {
        if (m_items[size_t(row)].id == itemId)
            return row;
    }
    return -1;
}

int ActionItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    const ActionItem* item = itemAt(index.row());
    if (!item)
        return {};
    if (role == ItemIdRole)
        return item->id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Goal: return item->goal;
        case Owner: return item->ownerId ? item->ownerName : tr("No owner");
        case Due: return item->due ? dueDateText(item->due) : tr("No due date");
        case Status: return actionStatusLabel(item->status);
        // The header says "Pillar": the number and name are enough.
        case Pillar: return item->pillar ? tr("%1 – %2").arg(*item->pillar).arg(pillars::name(*item->pillar)) : QString();
        case PracticeGroup: return item->practiceGroupLabel;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{item->goal};
        if (!item->actions.isEmpty())
            lines << tr("Actions: %1").arg(item->actions);
        if (!item->measure.isEmpty())
            lines << tr("Measure of success: %1").arg(item->measure);
        if (item->pillar)
            lines << pillars::label(*item->pillar);
        if (!item->origin.isEmpty())
            lines << tr("From: %1").arg(item->origin);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole) {
        // The placeholders are quieter than real values.
        if ((index.column() == Owner && !item->ownerId) || (index.column() == Due && !item->due))
            return QBrush(colours::secondary(QPalette::Base));
        if (index.column() == Status && item->status == ActionStatus::Blocked)
            return QBrush(colours::problem(QPalette::Base));
        if (index.column() == Due && item->due && *item->due < today() && item->status != ActionStatus::Done)
            return QBrush(colours::problem(QPalette::Base)); // overdue
    }
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("#");
    case Goal: return tr("Goal");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Pillar: return tr("Pillar");
    case PracticeGroup: return tr("Practice group");
    default: return {};
    }
}

} // namespace rt::ui
