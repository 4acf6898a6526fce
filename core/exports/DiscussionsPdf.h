#pragma once
// The workshop's discussions on paper: a summary of every round (its groups,
// report-outs by tag, the ranked items and the parking lot) for the record,
// and group lists in large type, a page per round, for the wall.

#include "discussions/Discussions.h"
#include "exports/PrintOptions.h"
#include "workshops/Workshop.h"

#include <vector>

namespace rt {
class Database;
}

namespace rt::exports {

struct DiscussionDocument {
    Workshop workshop;
    QString where; // venue and dates
    std::vector<RoundDetail> rounds;
    std::vector<DiscussionItem> parkingLot;
};

// Fails when the workshop has no discussion rounds: there is nothing to print.
Result<DiscussionDocument> discussionDocument(const Database& db, Id workshopId);

// items: the rounds printed.
Result<PdfSummary> writeDiscussionSummary(const DiscussionDocument& doc, const QString& path, const PrintOptions& options);
Result<PdfSummary> writeGroupLists(const DiscussionDocument& doc, const QString& path, const PrintOptions& options);

} // namespace rt::exports
