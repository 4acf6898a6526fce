#pragma once
// The catalog a new file starts with: the programs and practice groups the
// source material describes, and the published half-day price. Nothing here is
// invented: unnamed practice groups stay unnamed until the user names them.

#include "common/Result.h"

namespace rt {

class Writer;

Status seedCatalog(Writer& writer);

} // namespace rt
