#include "people/RosterImport.h"

#include "storage/Database.h"

#include <QObject>

namespace rt::rosterimport {

bool PlannedRow::enrolls() const
{
    switch (outcome) {
    case Outcome::Add: return true;
    case Outcome::EnrollExisting: return choice != DuplicateChoice::Skip;
    case Outcome::DuplicateInFile: return choice == DuplicateChoice::AddNew;
    case Outcome::Skip: return false;
    }
    return false;
}

bool PlannedRow::addsPerson() const
{
    return outcome == Outcome::Add || (isDuplicate() && choice == DuplicateChoice::AddNew);
}

PlanCounts Plan::counts() const { return {}; }
std::vector<int> Plan::duplicateIndexes() const { return {}; }
void Plan::choose(int, DuplicateChoice) {}
void Plan::settle() {}
QStringList Plan::skippedLines() const { return {}; }
QString Plan::summary() const { return {}; }

Result<Plan> plan(const Database&, Id, const io::Table&, const Mapping&)
{
    return fail(QObject::tr("Roster import is not finished yet."));
}

Result<Applied> apply(Database&, const Plan&, const Progress&)
{
    return fail(QObject::tr("Roster import is not finished yet."));
}

QString cancelledMessage()
{
    return QObject::tr("The import was cancelled; nothing was written.");
}

} // namespace rt::rosterimport
