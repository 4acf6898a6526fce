#pragma once
// The demo file: a realistic, clearly fictional setting for trying Roundtable.
// The workshops, venue and instructors come from the source material; every
// participant is invented (addresses at example.org, 555-01xx phone numbers).

#include "common/Result.h"

#include <QString>

namespace rt::demo {

// Writes the demo file at `path`, replacing an earlier demo there. The file
// appears only when it is complete.
Status write(const QString& path);

} // namespace rt::demo
