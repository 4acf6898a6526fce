#pragma once
// Inside action plans: what the reads and the writes share.

#include "actionplans/ActionPlans.h"

#include <QSqlQuery>

namespace rt::actionplans::detail {

inline const QString kItems = QStringLiteral("action_items");
inline const QString kUpdates = QStringLiteral("action_updates");

// The columns itemFrom() reads, for a query over action_items a.
QString itemColumns();
ActionItem itemFrom(const QSqlQuery& query, int firstColumn = 0);
// The joins itemColumns() needs, after "FROM action_items a".
QString itemJoins();

// A goal short enough for an undo text.
QString shortGoal(const QString& goal);

} // namespace rt::actionplans::detail
