#pragma once
// Making a new file appear all at once: it is built under a hidden temporary
// name in the same folder, then renamed over the target (atomic on one file
// system), so a crash never leaves a half-made file under the real name.

#include "common/Result.h"

#include <QString>

namespace rt::placement {

// ".name.1a2b3c4d.new" beside `path`.
QString temporarySibling(const QString& path);
// Removes a database file and the -wal/-shm/-journal files SQLite may leave.
void removeDatabaseFiles(const QString& path);
// Moves a finished temporary file over `path`; refuses while `path` is open
// (a -wal beside it would be replayed into the new file).
Status moveIntoPlace(const QString& temporary, const QString& path);

} // namespace rt::placement
