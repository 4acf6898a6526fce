#include "FollowUpModel.h"

#include "models/ActionItemModel.h"
#include "widgets/Colours.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace rt::ui {

QString daysLeftText(const FollowUpRow& row)
{
    if (!row.daysLeft)
        return {};
    const int days = *row.daysLeft;
    if (row.item.status == ActionStatus::Done)
        return {}; // done: no longer counting
    if (days < 0)
        return FollowUpModel::tr("%n day(s) overdue", nullptr, -days);
    if (days == 0)
        return FollowUpModel::tr("due today");
    return FollowUpModel::tr("in %n day(s)", nullptr, days);
}

FollowUpModel::FollowUpModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpModel::setRows(std::vector<FollowUpRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const FollowUpRow* FollowUpModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int FollowUpModel::rowOf(Id itemId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[size_t(row)].item.id == itemId)
            return row;
    }
    return -1;
}

int FollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex& index, int role) const
{
    const FollowUpRow* row = rowAt(index.row());
    if (!row)
        return {};
    const ActionItem& item = row->item;
    if (role == ItemIdRole)
        return item.id;
    if (role == WorkshopIdRole)
        return row->workshopId;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        // Programs repeat under one title: the date tells the sessions apart.
        case Workshop: return tr("%1 · %2").arg(QLocale().toString(row->workshopDate, QStringLiteral("d MMM yyyy")), row->workshopTitle);
        case Team: return row->teamLabel;
        case Goal: return item.goal;
        case Owner: return item.ownerId ? item.ownerName : QString();
        case Due: return dueDateText(item.due);
        case DaysLeft: return daysLeftText(*row);
        case Status: return actionStatusLabel(item.status);
        case LastUpdate:
            if (!row->lastUpdate)
                return QString();
            return tr("%1: %2").arg(QLocale().toString(row->lastUpdate->date, QStringLiteral("d MMM")), row->lastUpdate->note.isEmpty()
                                                                                                            ? actionStatusLabel(row->lastUpdate->status)
                                                                                                            : row->lastUpdate->note.simplified());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{item.goal};
        if (!item.actions.isEmpty())
            lines << tr("Actions: %1").arg(item.actions);
        if (row->lastUpdate)
            lines << tr("Last update, %1 (%2): %3")
                         .arg(QLocale().toString(row->lastUpdate->date, QStringLiteral("d MMM yyyy")),
                              actionStatusLabel(row->lastUpdate->status), row->lastUpdate->note);
        lines << tr("Workshop: %1, %2").arg(row->workshopTitle, QLocale().toString(row->workshopDate, QStringLiteral("d MMM yyyy")));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == DaysLeft && row->isOverdue())
            return QBrush(colours::problem(QPalette::Base));
        if (index.column() == Status && item.status == ActionStatus::Blocked)
            return QBrush(colours::problem(QPalette::Base));
        if (item.status == ActionStatus::Done)
            return QBrush(colours::secondary(QPalette::Base));
    }
    if (role == Qt::FontRole && index.column() == DaysLeft && row->isOverdue()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Workshop: return tr("Workshop");
    case Team: return tr("Team");
    case Goal: return tr("Goal");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case DaysLeft: return tr("Days left");
    case Status: return tr("Status");
    case LastUpdate: return tr("Last update");
    default: return {};
    }
}

} // namespace rt::ui
