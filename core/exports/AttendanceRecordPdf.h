#pragma once
// The attendance record for the host association: every registered person
// by every block, with a short status code per cell, hours earned, totals per
// block, who qualifies for a certificate, and a line for the lead
// facilitator to certify it.

#include "exports/PrintOptions.h"

#include "attendance/Attendance.h"

namespace rt {
struct AttendanceSheet;
}

namespace rt::exports {

// "P", "L 09:10", "LE 15:00", "E", "A", or empty when nothing is recorded.
QString markCode(const std::optional<AttendanceMark>& mark);

// items: the people registered.
Result<PdfSummary> writeAttendanceRecord(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options);

} // namespace rt::exports
