#pragma once
// The follow-up table: action items of every workshop in the file, in the
// order core ranks them (overdue first), with how many days are left, the
// status and the last update.

#include "actionplans/FollowUp.h"

#include <QAbstractTableModel>

namespace rt::ui {

class FollowUpModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Workshop, Team, Goal, Owner, Due, DaysLeft, Status, LastUpdate, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1, WorkshopIdRole };

    explicit FollowUpModel(QObject* parent = nullptr);

    void setRows(std::vector<FollowUpRow> rows);
    const std::vector<FollowUpRow>& rows() const { return m_rows; }
    const FollowUpRow* rowAt(int row) const;
    int rowOf(Id itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FollowUpRow> m_rows;
};

// "12 days overdue", "due today", "in 5 days"; empty without a due date.
QString daysLeftText(const FollowUpRow& row);

} // namespace rt::ui
