#include "PeopleModel.h"

namespace rt::ui {

PeopleModel::PeopleModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PeopleModel::setPeople(std::vector<PersonListing> people)
{
    beginResetModel();
    m_people = std::move(people);
    std::vector<QString> haystacks;
    haystacks.reserve(m_people.size());
    for (const PersonListing& listing : m_people)
        haystacks.push_back(listing.person.searchText());
    m_filter.setHaystacks(std::move(haystacks));
    m_filter.setVisible(m_filter.matching(m_text));
    endResetModel();
}

void PeopleModel::setFilter(const QString& text)
{
    m_text = text;
    std::vector<int> visible = m_filter.matching(m_text);
    if (!m_filter.wouldChange(visible))
        return;
    beginResetModel();
    m_filter.setVisible(std::move(visible));
    endResetModel();
}

const PersonListing* PeopleModel::listingAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_filter.visibleCount())
        return nullptr;
    return &m_people[size_t(m_filter.sourceRow(index.row()))];
}

QModelIndex PeopleModel::indexOfPerson(Id personId) const
{
    for (int row = 0; row < m_filter.visibleCount(); ++row) {
        if (m_people[size_t(m_filter.sourceRow(row))].person.id == personId)
            return index(row, 0);
    }
    return {};
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_filter.visibleCount();
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
