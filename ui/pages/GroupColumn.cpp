#include "GroupColumn.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace rt::ui {
namespace {
const QString kMime = QStringLiteral("application/x-roundtable-group-member");
}

GroupColumn::GroupColumn(Id groupId, QWidget* parent)
    : QListWidget(parent)
    , m_groupId(groupId)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QStringList GroupColumn::mimeTypes() const
{
    return {kMime};
}

QMimeData* GroupColumn::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMime, QByteArray::number(items.front()->data(Qt::UserRole).toLongLong()));
    return data;
}

void GroupColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(kMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GroupColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(kMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GroupColumn::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(kMime)) {
        event->ignore();
        return;
    }
    bool ok = false;
    const Id person = event->mimeData()->data(kMime).toLongLong(&ok);
    // Nothing is moved here: the reload after core has moved them redraws both columns.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (ok)
        Q_EMIT personDropped(person, m_groupId);
}

} // namespace rt::ui
