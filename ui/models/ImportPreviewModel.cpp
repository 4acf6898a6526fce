#include "ImportPreviewModel.h"

#include "widgets/Colours.h"

#include <QApplication>
#include <QPalette>

namespace rt::ui {

using rosterimport::Field;

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setTable(const io::Table& table, const rosterimport::Mapping& mapping)
{
    beginResetModel();
    m_headers = table.headers;
    const size_t shown = std::min(table.rows.size(), size_t(kPreviewRows));
    m_rows.assign(table.rows.begin(), table.rows.begin() + qsizetype(shown));
    m_mapping = mapping;
    endResetModel();
}

void ImportPreviewModel::setMapping(const rosterimport::Mapping& mapping)
{
    m_mapping = mapping;
    if (columnCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
    }
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    m_mapping.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

Field ImportPreviewModel::fieldOf(int column) const
{
    return column >= 0 && size_t(column) < m_mapping.size() ? m_mapping[size_t(column)] : Field::Ignore;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const QStringList& cells = m_rows[size_t(index.row())].cells;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() < cells.size() ? cells.at(index.column()) : QString();
    case Qt::ForegroundRole:
        // Columns that will not be imported fade, so the mapped ones stand out.
        if (fieldOf(index.column()) == Field::Ignore)
            return QBrush(colours::secondary(QPalette::Base));
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (size_t(section) < m_rows.size())
            return m_rows[size_t(section)].line;
        return {};
    }
    if (section < 0 || section >= m_headers.size())
        return {};
    // What the file calls the column, and below it where it goes.
    const Field field = fieldOf(section);
    const QString target = field == Field::Ignore ? tr("not imported") : tr("→ %1").arg(rosterimport::fieldLabel(field));
    return QStringLiteral("%1\n%2").arg(m_headers.at(section), target);
}

} // namespace rt::ui
