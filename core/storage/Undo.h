#pragma once
// Replays a ChangeSet backwards (undo) or forwards again (redo). Each row is
// first compared with what the change left there; if anything else has changed
// it since, nothing is applied and the person is told why.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QSqlDatabase>

namespace rt {

enum class Replay { Backward, Forward };

// Applies inside the caller's transaction; returns the rows it wrote.
Result<ChangeSet> replay(const QSqlDatabase& db, const ChangeSet& changes, Replay direction);

// On a server, inside the replay's transaction: refuses (ErrorKind::Collision)
// when another station than `station` changed any row of `changes` after the
// action's own journal entry (or, when that is unknown, after `seenJournal`),
// naming who and when. Comparing row images alone would miss a change that
// was changed back, and would not say who made it.
Status refuseOthersNewer(const QSqlDatabase& db, const ChangeSet& changes, Replay direction, qint64 seenJournal,
                         const QString& station);

} // namespace rt
