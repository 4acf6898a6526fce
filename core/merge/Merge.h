#pragma once
// Merging two copies of one Roundtable file that were changed apart (two
// laptops at one workshop): the other file's rows and history come into the
// open file as one action, undoable like any other, and a report lists what
// was added, updated and deleted, every conflict and every row not taken.
// The other file is only read; nothing is written beside it.

#include "common/Result.h"
#include "merge/MergeReport.h"
#include "storage/ChangeSet.h"

#include <QString>

namespace rt {
class Database;
}

namespace rt::merge {

// The undo text of a merge: "Merge from “laptop-2.roundtable”".
QString description(const QString& otherPath);

// What merging would do; nothing is written (the work is rolled back).
Result<MergeReport> preview(Database& db, const QString& otherPath);

struct Merged {
    ChangeSet changes; // for the undo stack; empty when nothing changed
    MergeReport report;
};
// Merges the other file into `db` as one action.
Result<Merged> mergeFrom(Database& db, const QString& otherPath);

// The command line's merge: `target` and `other` are never changed; `out` is
// a consistent copy of `target` with `other` merged in, and appears only once
// it is complete (built under a temporary name beside it, synced, renamed).
// An existing `out` is replaced only with `replace`. With `dryRun`, the report
// only, and no `out`.
struct FileMerge {
    QString target;
    QString other;
    QString out;
    bool replace = false;
    bool dryRun = false;
};
Result<MergeReport> mergeFiles(const FileMerge& files);

} // namespace rt::merge
