#pragma once
// Settings that belong to the file rather than to the laptop (pricing, for
// example), so that every copy of the file quotes the same.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace rt {

class Writer;

namespace filesettings {

Result<std::optional<QString>> value(const QSqlDatabase& db, const QString& key);
// Sets or, with an empty optional, clears a setting.
Status set(Writer& writer, const QString& key, const std::optional<QString>& value);

} // namespace filesettings
} // namespace rt
