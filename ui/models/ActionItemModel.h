#pragma once
// One team's action plan as a table: number, goal, owner, due date, status,
// pillar and practice group, with the actions and measure of success in the
// tooltip. Rows are dragged to reorder; the model only reports the drop and
// the panel asks core to move the item, so the move can be undone.

#include "actionplans/ActionPlans.h"

#include <QAbstractTableModel>

namespace rt::ui {

class ActionItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Goal, Owner, Due, Status, Pillar, PracticeGroup, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1 };

    explicit ActionItemModel(QObject* parent = nullptr);

    void setItems(std::vector<ActionItem> items);
    const std::vector<ActionItem>& items() const { return m_items; }
    const ActionItem* itemAt(int row) const;
    int rowOf(Id itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    // An item was dropped to go at `position` in the plan (0-based).
    void moveRequested(rt::Id itemId, int position);

private:
    std::vector<ActionItem> m_items;
};

// Shared by the plan and the follow-up tables.
QString dueDateText(const std::optional<QDate>& due);

} // namespace rt::ui
