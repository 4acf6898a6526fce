#pragma once
// The likely duplicates of a roster import, for review: each incoming row
// beside the person it resembles (already in the file, or an earlier row of
// the same file), why they look alike, and what will be done with it.
// Reads and sets choices on a plan the dialog owns; writes nothing.

#include "people/RosterImport.h"

#include <QAbstractTableModel>

namespace rt::ui {

class ImportDuplicatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Incoming, Existing, Reason, Choice, ColumnCount };
    // For the two people columns: the name shows, the details go under it.
    enum Roles { DetailRole = Qt::UserRole + 1 };

    explicit ImportDuplicatesModel(QObject* parent = nullptr);

    void setPlan(rosterimport::Plan* plan);
    // The index into the plan's rows of the duplicate shown on `row`.
    int planRow(int row) const;
    void choose(const QList<int>& rows, rosterimport::DuplicateChoice choice);

    // "Dana Whitfield · City Manager · Albany, OR · dana@example.org"
    static QString describe(const Person& person);
    // The same without the name.
    static QString details(const Person& person);
    static QString choiceText(const rosterimport::PlannedRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The row of the file at `line`, for "same as line 12".
    const rosterimport::PlannedRow* rowAtLine(int line) const;

    rosterimport::Plan* m_plan = nullptr;
    std::vector<int> m_rows;
};

} // namespace rt::ui
