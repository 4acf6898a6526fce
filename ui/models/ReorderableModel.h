#pragma once
// A table whose rows are dragged to reorder. The model only reports where a
// row was dropped; the page asks core to move the item, so the move is one
// undoable action and the reload that follows redraws the table.

#include "common/Result.h"

#include <QAbstractTableModel>

namespace rt::ui {

class ReorderableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // `mimeType` names what is dragged; with `acceptOthers`, ids not in this
    // table are accepted too (an agenda item dragged in from another day).
    ReorderableModel(QString mimeType, bool acceptOthers, QObject* parent = nullptr);

    // The id of the row's item (0 for none), and the row of an id (-1 for none).
    virtual Id idAt(int row) const = 0;
    virtual int rowOf(Id id) const = 0;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    // An item was dropped to go at `position` among the rows (0-based).
    void moveRequested(rt::Id itemId, int position);

private:
    QString m_mimeType;
    bool m_acceptOthers;
};

} // namespace rt::ui
