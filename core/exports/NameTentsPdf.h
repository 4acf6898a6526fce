#pragma once
// Name tents and badges for the registered people, by last name.
//  - A name tent is one page folded in half across the middle: both faces
//    carry the name and jurisdiction, the top one turned upside down so that
//    each face reads upright once folded.
//  - Badges are 3.5 × 2.25 inch cards, as many to a page as fit (2 × 4 on
//    Letter and A4), with dashed lines to cut along.

#include "exports/PrintOptions.h"

namespace rt {
struct AttendanceSheet;
}

namespace rt::exports {

// items: the tents, one page each.
Result<PdfSummary> writeNameTents(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options);
// items: the badges.
Result<PdfSummary> writeBadges(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options);

} // namespace rt::exports
