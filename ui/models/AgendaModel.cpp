#include "AgendaModel.h"

#include "widgets/Colours.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace rt::ui {
namespace {

const QString kMime = QStringLiteral("application/x-roundtable-agenda-item");

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

AgendaModel::AgendaModel(QObject* parent)
    : ReorderableModel(kMime, true, parent)
{
}

void AgendaModel::setDay(std::vector<AgendaItem> items, DaySchedule schedule, std::optional<LiveState> live)
{
    const bool sameRows = items.size() == m_items.size()
        && std::equal(items.begin(), items.end(), m_items.begin(), [](const AgendaItem& a, const AgendaItem& b) { return a.id == b.id; });
    if (sameRows && !m_items.empty()) {
        // Same items in the same order (a tick of the live clock, an edit):
        // repaint in place so the selection stays.
        m_items = std::move(items);
        m_schedule = std::move(schedule);
        m_live = std::move(live);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    m_schedule = std::move(schedule);
    m_live = std::move(live);
    endResetModel();
}

const AgendaItem* AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

Id AgendaModel::idAt(int row) const
{
    const AgendaItem* item = itemAt(row);
    return item ? item->id : 0;
}

int AgendaModel::rowOf(Id itemId) const
{
    for (int row = 0; row < int(m_items.size()); ++row) {
        if (m_items[size_t(row)].id == itemId)
            return row;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    const AgendaItem* item = itemAt(index.row());
    if (!item)
        return {};
    const size_t row = size_t(index.row());
    const bool isCurrent = m_live && m_live->current == row;
    if (role == ItemIdRole)
        return item->id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Time: {
            if (item->hasEnded())
                return tr("%1–%2 (done)").arg(hhmm(item->actualStart.toLocalTime().time()), hhmm(item->actualEnd.toLocalTime().time()));
            const ScheduledItem& s = m_schedule.items[row];
            // Under way: from when it really started to when it should end.
            const QTime start = item->hasStarted() ? item->actualStart.toLocalTime().time() : s.start();
            QString text = QStringLiteral("%1–%2").arg(hhmm(start), hhmm(s.end()));
            if (item->isAnchored())
                text += tr(" (fixed)");
            return text;
        }
        case Length:
            return item->extraMinutes ? tr("%1 + %2").arg(agenda::durationLabel(item->minutes), agenda::durationLabel(item->extraMinutes))
                                      : agenda::durationLabel(item->minutes);
        case Title: return isCurrent ? tr("▶ %1").arg(item->title) : item->title;
        case Kind: return agendaKindLabel(item->kind);
        case Presenter: return item->presenterName;
        case Module: return item->module;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{item->title};
        if (!item->prompt.isEmpty())
            lines << tr("Prompt: %1").arg(item->prompt);
        if (!item->notes.isEmpty())
            lines << tr("Notes: %1").arg(item->notes);
        const ScheduledItem& s = m_schedule.items[row];
        if (s.clash > 0)
            lines << tr("The items before it run %1 into its fixed start.").arg(agenda::durationLabel(s.clash));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::FontRole && (isCurrent || (index.column() == Time && item->isAnchored()))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole) {
        if (item->hasEnded() || (isPause(item->kind) && !isCurrent))
            return QBrush(colours::secondary(QPalette::Base));
        if (index.column() == Time && m_schedule.items[row].clash > 0)
            return QBrush(colours::problem(QPalette::Base));
    }
    if (role == Qt::BackgroundRole && isCurrent) {
        QColor c = QPalette().color(QPalette::Highlight);
        c.setAlpha(50);
        return c;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return m_live ? tr("Time (projected)") : tr("Time");
    case Length: return tr("Length");
    case Title: return tr("Item");
    case Kind: return tr("Kind");
    case Presenter: return tr("Presenter");
    case Module: return tr("Module");
    default: return {};
    }
}

} // namespace rt::ui
