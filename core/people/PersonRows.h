#pragma once
// Reading people out of query rows, shared by the people, roster and team
// queries so that every one reads the same columns in the same order.

#include "people/Person.h"

#include <QSqlQuery>

namespace rt::people {

inline constexpr int kPersonColumnCount = 11;

// The columns personFrom() reads, optionally qualified with a table alias ("p.").
QString personColumns(const QString& alias = {});
Person personFrom(const QSqlQuery& query, int firstColumn = 0);

} // namespace rt::people
