#pragma once
// Names the tables core may write through a Writer; anything else is refused,
// so table and column names never come from data.

#include <QString>
#include <QStringView>

namespace rt::schema {

bool isKnownTable(QStringView table);
bool isIdentifier(QStringView name);

} // namespace rt::schema
