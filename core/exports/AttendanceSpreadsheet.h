#pragma once
// The attendance record as a spreadsheet, for hosts who keep their own
// records: one row per registered person with a column per block, their
// hours and whether they earn a certificate, and a totals row. CSV for any
// program, XLSX for Excel with numbers as numbers and a sheet of the blocks.
// Both appear all at once: an existing file is replaced only by a finished one.

#include "attendance/AttendanceSheet.h"
#include "common/Result.h"

#include <QString>

namespace rt::exports {

// UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF, RFC 4180
// quoting; text that a spreadsheet would run as a formula gets a leading '.
Status writeAttendanceCsv(const AttendanceSheet& sheet, const QString& path);
// Sheets "Attendance" (the record) and "Blocks" (each block, and a summary).
Status writeAttendanceXlsx(const AttendanceSheet& sheet, const QString& path);

} // namespace rt::exports
