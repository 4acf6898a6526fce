#include "PeopleModel.h"

#include "PersonColumns.h"

namespace rt::ui {

static_assert(int(PeopleModel::Phone) == int(personcolumns::Phone) && int(PeopleModel::Name) == int(personcolumns::Name),
              "the person columns come first, in personcolumns order");

PeopleModel::PeopleModel(QObject* parent)
    : PersonRowsModel(parent)
{
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    const PersonListing* listing = listingAt(index);
    if (!listing)
        return {};
    const Person& p = listing->person;
    if (role == Qt::DisplayRole) {
        if (index.column() < personcolumns::Count)
            return personcolumns::cell(p, index.column());
        switch (index.column()) {
        case Workshops: return listing->workshops;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Workshops)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == PersonIdRole)
        return p.id;
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < personcolumns::Count)
        return personcolumns::header(section);
    switch (section) {
    case Workshops: return tr("Workshops");
    }
    return {};
}

} // namespace rt::ui
