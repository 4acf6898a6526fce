#pragma once
// A workshop's teams as a tree (team, then its members), with the flags of an
// incomplete team shown beside it. People dropped on a team, or on the empty
// space below the teams, are reported as requests; the tab performs them
// through core so they can be undone.

#include "people/Teams.h"

#include <QAbstractItemModel>

namespace rt::ui {

class TeamModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Role, ColumnCount };
    enum Roles { TeamIdRole = Qt::UserRole + 1, PersonIdRole, FlagsRole };

    explicit TeamModel(QObject* parent = nullptr);

    void setTeams(std::vector<Team> teams);
    const Team* teamAt(const QModelIndex& index) const; // the team of a team or member row
    const Person* memberAt(const QModelIndex& index) const;
    QModelIndex indexOfTeam(Id teamId) const;
    int teamCount() const { return int(m_teams.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    void addToTeamRequested(rt::Id teamId, const std::vector<rt::Id>& personIds);
    void newTeamRequested(const std::vector<rt::Id>& personIds);

private:
    std::vector<Team> m_teams;
};

} // namespace rt::ui
