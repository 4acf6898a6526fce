#pragma once
// What a person chooses when printing: the paper, the letterhead, and for
// sign-in sheets which block and how the rows are arranged. Every printed
// document takes the same options and uses what applies to it.

#include "common/Result.h"

#include <QPageSize>
#include <QString>
#include <optional>

namespace rt::exports {

struct PrintOptions {
    QPageSize::PageSizeId pageSize = QPageSize::Letter; // Letter or A4
    QString organisation; // printed in the header when not empty
    QString logoPath;     // an image printed in the header when not empty
    // Sign-in sheets: one block, or (unset) a section per block, each on new pages.
    std::optional<Id> blockId;
    bool byTeam = false; // group rows under team headings, people without a team last
    int blankRows = 5;   // empty numbered rows for walk-ins
};

// What a written document holds, for the message that reports it.
struct PdfSummary {
    int pages = 0;
    int items = 0; // people, certificates, tents or badges, as the document counts them
};

} // namespace rt::exports
