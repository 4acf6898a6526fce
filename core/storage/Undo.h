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

} // namespace rt
