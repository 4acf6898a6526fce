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
        parts << tr("%1 of %2").arg(s->registered).arg(w.capacity);
        if (w.status != WorkshopStatus::Planned)
            parts << statusLabel(w.status);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return tr("%1\n%2\n%3 registered, %4 waitlisted, %5 teams")
            .arg(w.title, w.datesLabel())
            .arg(s->registered)
            .arg(s->waitlisted)
            .arg(s->teams);
    case Qt::AccessibleTextRole: return QStringLiteral("%1, %2").arg(w.title, data(index, SubtitleRole).toString());
    case WorkshopIdRole: return w.id;
    case StatusRole: return int(w.status);
    }
    return {};
}

} // namespace rt::ui
