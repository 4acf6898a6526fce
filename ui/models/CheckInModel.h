#pragma once
// The check-in list: what the search box found, best first, with each
// person's mark in the chosen block. Reads only; the tab does the writing.

#include "attendance/Attendance.h"
#include "attendance/CheckInSearch.h"

#include <QAbstractTableModel>
#include <unordered_map>

namespace rt::ui {

class CheckInModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Jurisdiction, Role, Team, Here, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit CheckInModel(QObject* parent = nullptr);

    // A new roster or directory; keeps the query.
    void setPeople(const std::vector<RosterEntry>& roster, const std::vector<Person>& everyone);
    void setMarks(std::unordered_map<Id, AttendanceMark> marks);
    void setQuery(const QString& query);

    const CheckInCandidate* candidateAt(int row) const;
    std::optional<AttendanceMark> markOf(Id personId) const;
    int rowOf(Id personId) const;
    // "Late 09:10", "Not yet", "Waitlisted", "Not registered"
    QString hereText(const CheckInCandidate& candidate) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refind();

    CheckInSearch m_search;
    std::unordered_map<Id, AttendanceMark> m_marks;
    QString m_query;
    std::vector<int> m_found;
};

QString markText(const AttendanceMark& mark);

} // namespace rt::ui
