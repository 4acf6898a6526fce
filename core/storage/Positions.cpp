#include "storage/Positions.h"

#include "storage/Schema.h"
#include "storage/Writer.h"

#include <QObject>
#include <algorithm>

namespace rt::positions {

Result<std::vector<Id>> ordered(Writer& w, const QString& table, const QString& scope, const QVariantList& binds)
{
    if (!schema::isKnownTable(table))
        return fail(QObject::tr("Internal error: %1 is not a table of this file.").arg(table));
    auto q = w.query(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY position, id").arg(table, scope), binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<Id> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    return ids;
}

Status renumber(Writer& w, const QString& table, const std::vector<Id>& ids)
{
    for (size_t i = 0; i < ids.size(); ++i) {
        if (auto s = w.update(table, ids[i], {{QStringLiteral("position"), int(i)}}); !s)
            return s;
    }
    return ok();
}

void moveTo(std::vector<Id>& ids, Id id, int to)
{
    std::erase(ids, id);
    const auto at = std::clamp<qsizetype>(to, 0, qsizetype(ids.size()));
    ids.insert(ids.begin() + at, id);
}

Status tidy(Writer& w, const QString& table, const QString& scope, const QVariantList& binds)
{
    auto ids = ordered(w, table, scope, binds);
    if (!ids)
        return std::unexpected(ids.error());
    return renumber(w, table, *ids);
}

Status move(Writer& w, const QString& table, const QString& scope, const QVariantList& binds, Id id, int to)
{
    auto ids = ordered(w, table, scope, binds);
    if (!ids)
        return std::unexpected(ids.error());
    moveTo(*ids, id, to);
    return renumber(w, table, *ids);
}

} // namespace rt::positions
