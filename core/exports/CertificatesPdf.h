#pragma once
// Certificates of attendance: one landscape page for each registered person
// whose hours earn one, naming the workshop, its dates and venue, the hours,
// the practice groups, and the instructors with lines to sign.

#include "exports/PrintOptions.h"

namespace rt {
struct AttendanceSheet;
}

namespace rt::exports {

// items: the certificates (one page each). Fails, writing nothing, when
// nobody qualifies.
Result<PdfSummary> writeCertificates(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options);

} // namespace rt::exports
