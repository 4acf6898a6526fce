#pragma once
// One day of the agenda as a table: computed (or, live, projected) times,
// length, title, kind, presenter, module. Rows are dragged to reorder; the
// model only reports the drop and the tab asks core to move the item.

#include "agenda/Live.h"

#include "models/ReorderableModel.h"

namespace rt::ui {

class AgendaModel : public ReorderableModel {
    Q_OBJECT
public:
    enum Column { Time, Length, Title, Kind, Presenter, Module, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1 };

    explicit AgendaModel(QObject* parent = nullptr);

    // The plan, or with `live` the projection from now.
    void setDay(std::vector<AgendaItem> items, DaySchedule schedule, std::optional<LiveState> live = std::nullopt);
    const std::vector<AgendaItem>& items() const { return m_items; }
    const DaySchedule& schedule() const { return m_schedule; }
    const AgendaItem* itemAt(int row) const;
    Id idAt(int row) const override;
    int rowOf(Id itemId) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AgendaItem> m_items;
    DaySchedule m_schedule;
    std::optional<LiveState> m_live;
};

} // namespace rt::ui
