#pragma once
// Dragging people between the roster and the teams: the payload is the
// people's ids, and where they were dragged from.

#include "common/Result.h"

#include <QMimeData>
#include <vector>

namespace rt::ui::personmime {

inline constexpr char kType[] = "application/x-roundtable-people";

enum class Source { Roster, Team };

QMimeData* encode(const std::vector<Id>& personIds, Source source);
bool decode(const QMimeData* data, std::vector<Id>& personIds, Source& source);

} // namespace rt::ui::personmime
