#pragma once
// Everyone in the file, for the people directory: tens of thousands of rows,
// filtered as the user types.

#include "PersonRowsModel.h"
#include "people/People.h"

namespace rt::ui {

class PeopleModel : public PersonRowsModel<PersonListing> {
    Q_OBJECT
public:
    enum Column { Name, Role, Jurisdiction, State, Email, Phone, Workshops, ColumnCount }; // personcolumns first
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit PeopleModel(QObject* parent = nullptr);

    void setPeople(std::vector<PersonListing> people) { setRows(std::move(people)); }
    void setFilter(const QString& text) { setQuery(text); }
    const PersonListing* listingAt(const QModelIndex& index) const { return rowAt(index); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace rt::ui
