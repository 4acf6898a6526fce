#pragma once
// One team's action plan as a table: number, goal, owner, due date, status,
// pillar and practice group, with the actions and measure of success in the
// tooltip. Rows are dragged to reorder; the model only reports the drop and
// the panel asks core to move the item, so the move can be undone.

#include "actionplans/ActionPlans.h"

#include "models/ReorderableModel.h"

namespace rt::ui {

class ActionItemModel : public ReorderableModel {
    Q_OBJECT
public:
    enum Column { Number, Goal, Owner, Due, Status, Pillar, PracticeGroup, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1 };

    explicit ActionItemModel(QObject* parent = nullptr);

    void setItems(std::vector<ActionItem> items);
    const std::vector<ActionItem>& items() const { return m_items; }
    const ActionItem* itemAt(int row) const;
    Id idAt(int row) const override;
    int rowOf(Id itemId) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ActionItem> m_items;
};

// Shared by the plan and the follow-up tables.
QString dueDateText(const std::optional<QDate>& due);

} // namespace rt::ui
