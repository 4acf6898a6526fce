#pragma once
// Everyone in the file, for the people directory: tens of thousands of rows,
// filtered as the user types.

#include "RowFilter.h"
#include "people/People.h"

#include <QAbstractTableModel>

namespace rt::ui {

class PeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, Jurisdiction, State, Email, Phone, Workshops, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit PeopleModel(QObject* parent = nullptr);

    void setPeople(std::vector<PersonListing> people);
    void setFilter(const QString& text);

    const PersonListing* listingAt(const QModelIndex& index) const;
    QModelIndex indexOfPerson(Id personId) const;
    int totalCount() const { return int(m_people.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PersonListing> m_people;
    RowFilter m_filter;
    QString m_text;
};

} // namespace rt::ui
