#include "ImportDuplicatesModel.h"

namespace rt::ui {

using rosterimport::DuplicateChoice;
using rosterimport::Outcome;
using rosterimport::PlannedRow;

ImportDuplicatesModel::ImportDuplicatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportDuplicatesModel::setPlan(rosterimport::Plan* plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows = plan ? plan->duplicateIndexes() : std::vector<int>{};
    endResetModel();
}

int ImportDuplicatesModel::planRow(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1;
}

void ImportDuplicatesModel::choose(const QList<int>& rows, DuplicateChoice choice)
{
    if (!m_plan)
        return;
    for (int row : rows) {
        if (const int index = planRow(row); index >= 0)
            m_plan->choose(index, choice);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Choice), index(rowCount() - 1, Choice));
}

QString ImportDuplicatesModel::details(const Person& p)
{
    QStringList parts;
    if (p.role != Role::Other)
        parts << p.roleText();
    else if (!p.roleOther.isEmpty())
        parts << p.roleOther;
    if (!p.jurisdiction.isEmpty())
        parts << (p.state.isEmpty() ? p.jurisdiction : QStringLiteral("%1, %2").arg(p.jurisdiction, p.state));
    else if (!p.state.isEmpty())
        parts << p.state;
    if (!p.email.isEmpty())
        parts << p.email;
    if (!p.phone.isEmpty())
        parts << p.phone;
    return parts.join(QStringLiteral(" · "));
}

QString ImportDuplicatesModel::describe(const Person& p)
{
    QStringList parts;
    if (const QString name = p.fullName().trimmed(); !name.isEmpty())
        parts << name;
    if (const QString rest = details(p); !rest.isEmpty())
        parts << rest;
    return parts.join(QStringLiteral(" · "));
}

const PlannedRow* ImportDuplicatesModel::rowAtLine(int line) const
{
    if (!m_plan)
        return nullptr;
    for (const PlannedRow& row : m_plan->rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

QString ImportDuplicatesModel::choiceText(const PlannedRow& row)
{
    switch (row.choice) {
    case DuplicateChoice::EnrollExisting:
        if (row.outcome == Outcome::DuplicateInFile)
            return tr("Skip: same person as line %1").arg(row.sameAsLine);
        return tr("Enroll the person already in the file");
    case DuplicateChoice::AddNew:
        return tr("Add as a new person");
    case DuplicateChoice::Skip:
        return tr("Skip");
    }
    return {};
}

int ImportDuplicatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportDuplicatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportDuplicatesModel::data(const QModelIndex& index, int role) const
{
    const int at = planRow(index.row());
    if (!m_plan || at < 0)
        return {};
    const PlannedRow& row = m_plan->rows[size_t(at)];
    const PlannedRow* earlier = row.outcome == Outcome::DuplicateInFile ? rowAtLine(row.sameAsLine) : nullptr;
    const Column column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Line ? QVariant(Qt::AlignRight | Qt::AlignTop) : QVariant(Qt::AlignLeft | Qt::AlignTop);
    if (role == DetailRole) {
        if (column == Incoming)
            return details(row.person);
        if (column == Existing)
            return earlier ? describe(earlier->person) : details(row.existing);
        return {};
    }
    if (role == Qt::AccessibleTextRole) {
        if (column == Incoming)
            return describe(row.person);
        if (column == Existing && !earlier)
            return describe(row.existing);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Line:
        return row.line;
    case Incoming:
        return row.person.fullName();
    case Existing:
        if (row.outcome == Outcome::DuplicateInFile)
            return tr("Line %1 of this file").arg(row.sameAsLine);
        return row.existing.fullName();
    case Reason:
        return row.reason;
    case Choice:
        return choiceText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportDuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Line:
        return tr("Line");
    case Incoming:
        return tr("In the file you chose");
    case Existing:
        return tr("Looks like");
    case Reason:
        return tr("Why");
    case Choice:
        return tr("What to do");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rt::ui
