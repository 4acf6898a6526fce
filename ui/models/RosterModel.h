#pragma once
// A workshop's roster as a table, with search-as-you-type and a status filter.
// A thin adapter: it reads core's roster and never writes.

#include "PersonRowsModel.h"
#include "people/Roster.h"

#include <optional>

namespace rt::ui {

class RosterModel : public PersonRowsModel<RosterEntry> {
    Q_OBJECT
public:
    enum Column { Name, Role, Jurisdiction, State, Email, Phone, Status, Team, ColumnCount }; // personcolumns first
    enum Roles { PersonIdRole = Qt::UserRole + 1, StatusRole };

    explicit RosterModel(QObject* parent = nullptr);

    void setEntries(std::vector<RosterEntry> entries) { setRows(std::move(entries)); }
    void setFilter(const QString& text, std::optional<EnrollmentStatus> status);
    const RosterEntry* entryAt(const QModelIndex& index) const { return rowAt(index); }

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
    // Team members were dragged back onto the roster: take them off their team.
    void removeFromTeamRequested(const std::vector<rt::Id>& personIds);

protected:
    QString haystackOf(const RosterEntry& entry) const override;
    bool accepts(const RosterEntry& entry) const override;

private:
    std::optional<EnrollmentStatus> m_status;
};

} // namespace rt::ui
