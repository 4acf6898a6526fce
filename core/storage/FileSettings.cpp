#include "storage/FileSettings.h"

#include "storage/Sql.h"
#include "storage/Writer.h"

namespace rt::filesettings {

Result<std::optional<QString>> value(const QSqlDatabase& db, const QString& key)
{
    auto query = sql::run(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return std::unexpected(query.error());
    std::optional<QString> result;
    if (query->next())
        result = query->value(0).toString();
    query->finish();
    return result;
}

Status set(Writer& writer, const QString& key, const std::optional<QString>& value)
{
    auto existing = writer.scalar(QStringLiteral("SELECT id FROM settings WHERE key = ?"), {key});
    if (!existing)
        return std::unexpected(existing.error());
    const Id id = existing->isNull() ? 0 : existing->toLongLong();
    if (!value)
        return id ? writer.remove(QStringLiteral("settings"), id) : ok();
    if (id)
        return writer.update(QStringLiteral("settings"), id, {{QStringLiteral("value"), *value}});
    auto inserted = writer.insert(QStringLiteral("settings"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), *value}});
    return inserted ? ok() : Status(std::unexpected(inserted.error()));
}

} // namespace rt::filesettings
