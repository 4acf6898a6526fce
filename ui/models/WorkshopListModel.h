#pragma once
// The workshops in the file, for the list on the left.

#include "workshops/Workshops.h"

#include "people/Roster.h"

#include <QAbstractListModel>
#include <QHash>
#include <functional>

namespace rt::ui {

class WorkshopListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { WorkshopIdRole = Qt::UserRole + 1, SubtitleRole, StatusRole };

    explicit WorkshopListModel(QObject* parent = nullptr);

    // Roster counts (for a row's tooltip) are asked for only when needed (a
    // file may hold hundreds of workshops), and kept until setWorkshops().
    using CountProvider = std::function<std::optional<RosterCounts>(Id)>;
    void setCountProvider(CountProvider provider) { m_counts = std::move(provider); }
    void setWorkshops(std::vector<WorkshopSummary> workshops);
    const WorkshopSummary* summaryAt(const QModelIndex& index) const;
    QModelIndex indexOfWorkshop(Id id) const;
    // The workshop to show when a file opens: one that is live, else the next
    // one coming up, else the newest. 0 when there are none.
    Id workshopToOpen(const QDate& today = QDate::currentDate()) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::optional<RosterCounts> countsOf(Id id) const;

    std::vector<WorkshopSummary> m_workshops;
    CountProvider m_counts;
    mutable QHash<Id, std::optional<RosterCounts>> m_countCache;
};

} // namespace rt::ui
