#include "PeopleModel.h"

namespace rt::ui {

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
        switch (index.column()) {
        case Name: return p.sortName();
        case Role: return p.roleText();
        case Jurisdiction: return p.jurisdiction;
        case State: return p.state;
        case Email: return p.email;
        case Phone: return p.phone;
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
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Jurisdiction: return tr("Jurisdiction");
    case State: return tr("State");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    case Workshops: return tr("Workshops");
    }
    return {};
}

} // namespace rt::ui
