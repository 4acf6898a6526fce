#include "RosterModel.h"

#include "PersonColumns.h"
#include "PersonMime.h"
#include "widgets/Colours.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace rt::ui {

static_assert(int(RosterModel::Phone) == int(personcolumns::Phone) && int(RosterModel::Name) == int(personcolumns::Name),
              "the person columns come first, in personcolumns order");

RosterModel::RosterModel(QObject* parent)
    : PersonRowsModel(parent)
{
}

QString RosterModel::haystackOf(const RosterEntry& entry) const
{
    return entry.person.searchText() + QLatin1Char(' ') + foldForSearch(entry.teamName);
}

bool RosterModel::accepts(const RosterEntry& entry) const
{
    return !m_status || entry.status == *m_status;
}

void RosterModel::setFilter(const QString& text, std::optional<EnrollmentStatus> status)
{
    m_status = status;
    setQuery(text);
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    const RosterEntry* e = entryAt(index);
    if (!e)
        return {};
    const Person& p = e->person;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() < personcolumns::Count)
            return personcolumns::cell(p, index.column());
        switch (index.column()) {
        case Status:
            return e->status == EnrollmentStatus::Waitlisted ? tr("Waitlisted (#%1)").arg(e->waitlistPosition)
                                                             : enrollmentLabel(e->status);
        case Team: return e->teamName;
        }
    }
    if (role == PersonIdRole)
        return p.id;
    if (role == StatusRole)
        return int(e->status);
    if (role == Qt::ForegroundRole && e->status == EnrollmentStatus::Cancelled)
        return QBrush(colours::secondary(QPalette::Base));
    if (role == Qt::FontRole && e->status != EnrollmentStatus::Registered) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < personcolumns::Count)
        return personcolumns::header(section);
    switch (section) {
    case Status: return tr("Status");
    case Team: return tr("Team");
    }
    return {};
}

Qt::ItemFlags RosterModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = PersonRowsModel::flags(index) | Qt::ItemIsDropEnabled;
    if (const RosterEntry* e = entryAt(index); e && e->status == EnrollmentStatus::Registered)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RosterModel::mimeTypes() const
{
    return {QString::fromLatin1(personmime::kType)};
}

QMimeData* RosterModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<Id> ids;
    for (const QModelIndex& index : indexes) {
        const RosterEntry* e = entryAt(index);
        if (e && e->status == EnrollmentStatus::Registered && std::find(ids.begin(), ids.end(), e->person.id) == ids.end())
            ids.push_back(e->person.id);
    }
    return ids.empty() ? nullptr : personmime::encode(ids, personmime::Source::Roster);
}

Qt::DropActions RosterModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool RosterModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    std::vector<Id> ids;
    personmime::Source source;
    return personmime::decode(data, ids, source) && source == personmime::Source::Team;
}

bool RosterModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    std::vector<Id> ids;
    personmime::Source source;
    personmime::decode(data, ids, source);
    Q_EMIT removeFromTeamRequested(ids);
    return false; // the roster itself does not change shape; the reload will
}

} // namespace rt::ui
