#pragma once
// People by blocks: the attendance grid for entering a paper sign-in sheet
// after the fact, with each person's hours and whether they earn a
// certificate. Reads only; the grid panel asks core for each change.

#include "attendance/AttendanceSheet.h"

#include <QAbstractTableModel>

namespace rt::ui {

class AttendanceGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { PersonIdRole = Qt::UserRole + 1, BlockIdRole };

    explicit AttendanceGridModel(QObject* parent = nullptr);

    void setSheet(AttendanceSheet sheet);
    const AttendanceSheet& sheet() const { return m_sheet; }

    // Columns: name, jurisdiction, one per block, hours, certificate.
    int firstBlockColumn() const { return 2; }
    int blockColumn(size_t block) const { return firstBlockColumn() + int(block); }
    // The block a column shows, or -1.
    int blockAt(int column) const;
    const AttendanceRow* rowAt(int row) const;
    int rowOf(Id personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AttendanceSheet m_sheet;
};

} // namespace rt::ui
