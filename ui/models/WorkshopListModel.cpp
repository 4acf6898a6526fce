#include "WorkshopListModel.h"

namespace rt::ui {

WorkshopListModel::WorkshopListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void WorkshopListModel::setWorkshops(std::vector<WorkshopSummary> workshops)
{
    beginResetModel();
    m_workshops = std::move(workshops);
    m_countCache.clear();
    endResetModel();
}

const WorkshopSummary* WorkshopListModel::summaryAt(const QModelIndex& index) const
{
    if (!index.isValid() || size_t(index.row()) >= m_workshops.size())
        return nullptr;
    return &m_workshops[size_t(index.row())];
}

QModelIndex WorkshopListModel::indexOfWorkshop(Id id) const
{
    for (size_t row = 0; row < m_workshops.size(); ++row) {
        if (m_workshops[row].workshop.id == id)
            return index(int(row));
    }
    return {};
}

Id WorkshopListModel::workshopToOpen(const QDate& today) const
{
    const WorkshopSummary* next = nullptr;
    for (const WorkshopSummary& s : m_workshops) {
        if (s.workshop.status == WorkshopStatus::Live)
            return s.workshop.id;
        if (s.workshop.endDate() >= today && (!next || s.workshop.startDate < next->workshop.startDate))
            next = &s;
    }
    if (next)
        return next->workshop.id;
    return m_workshops.empty() ? 0 : m_workshops.front().workshop.id;
}

std::optional<RosterCounts> WorkshopListModel::countsOf(Id id) const
{
    if (!m_counts)
        return std::nullopt;
    auto it = m_countCache.find(id);
    if (it == m_countCache.end())
        it = m_countCache.insert(id, m_counts(id));
    return *it;
}

int WorkshopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_workshops.size());
}

QVariant WorkshopListModel::data(const QModelIndex& index, int role) const
{
    const WorkshopSummary* s = summaryAt(index);
    if (!s)
        return {};
    const Workshop& w = s->workshop;
    switch (role) {
    case Qt::DisplayRole: return w.title;
    case SubtitleRole: {
        QStringList parts{w.datesLabel()};
        if (!s->venueCity.isEmpty())
            parts << s->venueCity;
        else if (!s->venueName.isEmpty())
            parts << s->venueName;
        if (w.status != WorkshopStatus::Planned)
            parts << statusLabel(w.status);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole: {
        const auto counts = countsOf(w.id);
        if (!counts)
            return QStringLiteral("%1\n%2").arg(w.title, w.datesLabel());
        return tr("%1\n%2\n%3 registered of %4 places, %5 waitlisted, %6 cancelled")
            .arg(w.title, w.datesLabel())
            .arg(counts->registered)
            .arg(w.capacity)
            .arg(counts->waitlisted)
            .arg(counts->cancelled);
    }
    case Qt::AccessibleTextRole:
        // Also what the list's filter matches: no counts, so filtering 500
        // workshops asks for none.
        return QStringList{w.title, w.datesLabel(), s->venueName, s->venueCity, statusLabel(w.status)}.join(QStringLiteral(", "));
    case WorkshopIdRole: return w.id;
    case StatusRole: return int(w.status);
    }
    return {};
}

} // namespace rt::ui
