#pragma once
// The demo file: a realistic, clearly fictional setting for trying Roundtable.
// The workshops, venue and instructors come from the source material; every
// participant is invented (addresses at example.org, 555-01xx phone numbers).

#include "common/Result.h"

#include <QString>

namespace rt {
class Database;
}

namespace rt::demo {

// Writes the demo file at `path`, replacing an earlier demo there. The file
// appears only when it is complete.
Status write(const QString& path);

// Fills an open database (a file or a server) with the demo's workshops and
// marks it as a demo. It must hold no workshops or people yet: the fictional
// people must never mix with real ones.
Status populate(Database& db);

} // namespace rt::demo
