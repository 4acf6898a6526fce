#pragma once
// Lists the user orders by hand (a day's agenda, an action plan, an
// assessment's statements) keep a `position` column numbered 0..n-1. These
// read a list in order and write it back renumbered, inside an action.

#include "common/Result.h"

#include <QString>
#include <QVariantList>
#include <vector>

namespace rt {
class Writer;
}

namespace rt::positions {

// The ids of the rows of `table` where `scope` holds (a condition with ?
// placeholders, written by core, never by a person), by position then id.
Result<std::vector<Id>> ordered(Writer& w, const QString& table, const QString& scope, const QVariantList& binds);
// Positions 0..n-1 in the given order; rows already in place record nothing.
Status renumber(Writer& w, const QString& table, const std::vector<Id>& ids);
// Takes `id` out of `ids` and puts it back at index `to`, clamped to the ends.
void moveTo(std::vector<Id>& ids, Id id, int to);
// Renumbers the list as it stands (after a row left it).
Status tidy(Writer& w, const QString& table, const QString& scope, const QVariantList& binds);
// Moves one row of the list to index `to`.
Status move(Writer& w, const QString& table, const QString& scope, const QVariantList& binds, Id id, int to);

} // namespace rt::positions
