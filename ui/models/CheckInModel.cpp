#include "CheckInModel.h"

#include "widgets/Colours.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace rt::ui {

QString markText(const AttendanceMark& mark)
{
    if (statusHasTime(mark.status) && mark.at.isValid())
        return QStringLiteral("%1 %2").arg(attendanceLabel(mark.status), blocks::timeKey(mark.at));
    return attendanceLabel(mark.status);
}

CheckInModel::CheckInModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CheckInModel::setPeople(const std::vector<RosterEntry>& roster, const std::vector<Person>& everyone)
{
    beginResetModel();
    m_search.reset(roster, everyone);
    m_found.clear();
    endResetModel();
    refind();
}

void CheckInModel::setMarks(std::unordered_map<Id, AttendanceMark> marks)
{
    m_marks = std::move(marks);
    refind();
}

void CheckInModel::setQuery(const QString& query)
{
    m_query = query;
    refind();
}

void CheckInModel::refind()
{
    auto done = [this](Id id) { return m_marks.count(id) > 0; };
    std::vector<int> found = m_search.find(m_query, done);
    if (found == m_found) {
        if (!m_found.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_found.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_found = std::move(found);
    endResetModel();
}

const CheckInCandidate* CheckInModel::candidateAt(int row) const
{
    if (row < 0 || row >= int(m_found.size()))
        return nullptr;
    return &m_search.at(m_found[size_t(row)]);
}

std::optional<AttendanceMark> CheckInModel::markOf(Id personId) const
{
    auto it = m_marks.find(personId);
    if (it == m_marks.end())
        return std::nullopt;
    return it->second;
}

int CheckInModel::rowOf(Id personId) const
{
    for (int row = 0; row < int(m_found.size()); ++row) {
        if (m_search.at(m_found[size_t(row)]).person.id == personId)
            return row;
    }
    return -1;
}

QString CheckInModel::hereText(const CheckInCandidate& c) const
{
    switch (c.kind) {
    case CandidateKind::Registered:
        if (auto mark = markOf(c.person.id))
            return markText(*mark);
        return tr("Not yet");
    case CandidateKind::OnRoster:
        return c.status ? enrollmentLabel(*c.status) : QString();
    case CandidateKind::InFile:
        return tr("Not registered");
    }
    return {};
}

int CheckInModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_found.size());
}

int CheckInModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckInModel::data(const QModelIndex& index, int role) const
{
    const CheckInCandidate* c = candidateAt(index.row());
    if (!c)
        return {};
    if (role == PersonIdRole)
        return c->person.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name: return c->person.sortName();
        case Jurisdiction:
            return c->person.state.isEmpty() ? c->person.jurisdiction
                                             : QStringLiteral("%1, %2").arg(c->person.jurisdiction, c->person.state);
        case Role: return c->person.roleText();
        case Team: return c->teamName;
        case Here: return hereText(*c);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Here && c->kind == CandidateKind::Registered && !markOf(c->person.id)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && c->kind != CandidateKind::Registered)
        return QBrush(colours::secondary(QPalette::Base));
    return {};
}

QVariant CheckInModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Jurisdiction: return tr("Jurisdiction");
    case Role: return tr("Role");
    case Team: return tr("Team");
    case Here: return tr("In this block");
    default: return {};
    }
}

} // namespace rt::ui
