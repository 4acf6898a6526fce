#include "TeamModel.h"

#include "PersonMime.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace rt::ui {

// Team rows have internal id 0; member rows carry their team's row + 1.
TeamModel::TeamModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void TeamModel::setTeams(std::vector<Team> teams)
{
    beginResetModel();
    m_teams = std::move(teams);
    endResetModel();
}

const Team* TeamModel::teamAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const size_t teamRow = index.internalId() == 0 ? size_t(index.row()) : size_t(index.internalId() - 1);
    return teamRow < m_teams.size() ? &m_teams[teamRow] : nullptr;
}

const Person* TeamModel::memberAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Team* team = teamAt(index);
    return team && size_t(index.row()) < team->members.size() ? &team->members[size_t(index.row())].person : nullptr;
}

QModelIndex TeamModel::indexOfTeam(Id teamId) const
{
    for (size_t row = 0; row < m_teams.size(); ++row) {
        if (m_teams[row].id == teamId)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex TeamModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_teams.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const Team& team = m_teams[size_t(parent.row())];
    return size_t(row) < team.members.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex TeamModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_teams.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_teams[size_t(parent.row())].members.size());
}

int TeamModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    const Team* team = teamAt(index);
    if (!team)
        return {};
    if (const Person* member = memberAt(index)) {
        if (role == Qt::DisplayRole)
            return index.column() == Name ? member->fullName() : member->roleText();
        if (role == PersonIdRole)
            return member->id;
        if (role == TeamIdRole)
            return team->id;
        return {};
    }
    const QStringList flags = team->flags();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return team->label();
        return flags.isEmpty() ? tr("%n member(s)", nullptr, int(team->members.size())) : tr("Incomplete");
    case Qt::DecorationRole:
        if (index.column() == Name && !flags.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return flags.isEmpty() ? tr("Complete: a manager and a chief") : flags.join(QLatin1Char('\n'));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case TeamIdRole: return team->id;
    case FlagsRole: return flags;
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Team") : tr("Role / state");
}

Qt::ItemFlags TeamModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    if (memberAt(index))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList TeamModel::mimeTypes() const
{
    return {QString::fromLatin1(personmime::kType)};
}

QMimeData* TeamModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<Id> ids;
    for (const QModelIndex& index : indexes) {
        if (const Person* member = memberAt(index); member && std::find(ids.begin(), ids.end(), member->id) == ids.end())
            ids.push_back(member->id);
    }
    return ids.empty() ? nullptr : personmime::encode(ids, personmime::Source::Team);
}

Qt::DropActions TeamModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool TeamModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    std::vector<Id> ids;
    personmime::Source source;
    return personmime::decode(data, ids, source);
}

bool TeamModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int, const QModelIndex& parent)
{
    std::vector<Id> ids;
    personmime::Source source;
    if (!personmime::decode(data, ids, source))
        return false;
    // Dropped onto a team or a member: that team. Between teams or below
    // them: a new team.
    const Team* team = parent.isValid() ? teamAt(parent) : nullptr;
    if (!team && row >= 0 && size_t(row) < m_teams.size() && parent.isValid())
        team = &m_teams[size_t(row)];
    if (team)
        Q_EMIT addToTeamRequested(team->id, ids);
    else
        Q_EMIT newTeamRequested(ids);
    return false; // the reload after the change redraws the tree
}

} // namespace rt::ui
