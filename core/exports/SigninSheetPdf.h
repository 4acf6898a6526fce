#pragma once
// Sign-in sheets: one section per block (or the one block asked for), each
// starting on a new page, with a tall row per registered person to sign in,
// then numbered empty rows for walk-ins.

#include "exports/PrintOptions.h"

namespace rt {
struct AttendanceSheet;
}

namespace rt::exports {

// items: the people registered.
Result<PdfSummary> writeSigninSheets(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options);

} // namespace rt::exports
