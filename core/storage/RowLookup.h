#pragma once
// Finds a row by what a person or a script knows of it: the number the lists
// show, or its UUID (stable across copies of the file).

#include "common/Result.h"

#include <QString>

namespace rt {

class Database;

namespace rows {

// `table` must be a known table. Says what is wrong when nothing matches.
Result<Id> find(const Database& db, const QString& table, const QString& numberOrUuid);

} // namespace rows
} // namespace rt
