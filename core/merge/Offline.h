#pragma once
// Taking one workshop offline: a venue with no network gets a file of its own
// holding that workshop and everything that belongs to it (enrollments and the
// people enrolled, teams, attendance, agenda, discussions, assessments,
// action plans), the reference data it names (programs, practice groups,
// venues, facilitators, templates, questionnaires, settings), and the history
// of those rows. Every row keeps its uuid, id and updated_at, so merging the
// file back (merge::mergeFrom) matches each row with its original and knows
// from the shared history what changed at the venue. Rows absent from the
// file are never taken as deleted there: only the file's own journal says
// what was deleted.

#include "common/Result.h"

#include <QString>

namespace rt {
class Database;
}

namespace rt::merge {

struct OfflineCopy {
    QString path;           // the new file
    QString workshop;       // its title
    int rows = 0;           // rows copied, reference data included
    int journalEntries = 0; // history entries copied
};

// Copies workshop `workshopId` of `db` (a server, or a file) into a new file at
// `out`, which appears only once it is complete. An existing `out` is replaced
// only with `replace`. `db` is only read, in one consistent snapshot.
Result<OfflineCopy> takeOffline(Database& db, Id workshopId, const QString& out, bool replace = false);

// The file name offered for a workshop's copy: "Spring workshop (offline).roundtable".
QString offlineFileName(const QString& workshopTitle);

} // namespace rt::merge
