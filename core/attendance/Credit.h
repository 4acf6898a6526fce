#pragma once
// Credit hours: a person earns the hours of the blocks they attended. Late
// arrivals and early leavers earn full, prorated or no credit for that block,
// as the workshop sets; a certificate needs a set share of the hours offered.

#include "attendance/Attendance.h"
#include "common/Result.h"
#include "storage/ChangeSet.h"

namespace rt {

class Database;

enum class PartialCredit { Full, Prorated, None };

QString partialCreditKey(PartialCredit credit);
std::optional<PartialCredit> partialCreditFromKey(const QString& key);
QString partialCreditLabel(PartialCredit credit);

struct CreditRules {
    PartialCredit partial = PartialCredit::Prorated;
    double certificateShare = 0.75; // of the hours offered, 0 < share <= 1
};

namespace credit {

Result<CreditRules> rules(const Database& db, Id workshopId);
Result<ChangeSet> setRules(Database& db, Id workshopId, const CreditRules& rules);
// The attendance settings dialog's Save: blocks and rules as one action.
Result<ChangeSet> saveBlocksAndRules(Database& db, Id workshopId, const std::vector<AttendanceBlock>& blocks, const CreditRules& rules);

// The hours one mark earns in one block, rounded to the quarter hour.
double hoursFor(const AttendanceBlock& block, const std::optional<AttendanceMark>& mark, PartialCredit partial);
// The least number of hours that earns a certificate.
double hoursNeeded(double offered, double share);

} // namespace credit
} // namespace rt
