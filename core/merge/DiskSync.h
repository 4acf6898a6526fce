#pragma once
// Syncing a finished copy and its folder, so the rename that puts it in place
// is on disk too (VACUUM INTO and a fresh build do not sync by themselves).

#include "common/Result.h"

#include <QString>

namespace rt::merge {

Status syncToDisk(const QString& path);

} // namespace rt::merge
