#include "models/ReorderableModel.h"

#include <QMimeData>

namespace rt::ui {

ReorderableModel::ReorderableModel(QString mimeType, bool acceptOthers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_mimeType(std::move(mimeType))
    , m_acceptOthers(acceptOthers)
{
}

Qt::ItemFlags ReorderableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions ReorderableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ReorderableModel::mimeTypes() const
{
    return {m_mimeType};
}

QMimeData* ReorderableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !idAt(indexes.front().row()))
        return nullptr;
    auto* data = new QMimeData;
    data->setData(m_mimeType, QByteArray::number(idAt(indexes.front().row())));
    return data;
}

bool ReorderableModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int, const QModelIndex& parent)
{
    if (!data->hasFormat(m_mimeType))
        return false;
    bool ok = false;
    const Id id = data->data(m_mimeType).toLongLong(&ok);
    const int from = rowOf(id);
    if (!ok || (from < 0 && !m_acceptOthers))
        return false;
    // Dropped onto a row: before it; between rows: there; below all: last.
    int target = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (from >= 0 && from < target)
        --target; // counted after the item leaves its place
    if (from == target)
        return false;
    Q_EMIT moveRequested(id, target);
    return false; // the reload after the change redraws the table
}

} // namespace rt::ui
