#include "storage/Writer.h"

#include "common/Clock.h"
#include "storage/Journal.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QObject>
#include <QSqlRecord>
#include <QUuid>

namespace rt {
namespace {

Status checkNames(const QString& table, const QVariantMap& values)
{
    if (!schema::isKnownTable(table))
        return fail(QObject::tr("Internal error: unknown table “%1”.").arg(table));
    for (auto it = values.keyBegin(); it != values.keyEnd(); ++it) {
        if (!schema::isIdentifier(*it))
            return fail(QObject::tr("Internal error: bad column name “%1”.").arg(*it));
    }
    return ok();
}

// Text columns are NOT NULL with '' defaults; an unset QString would bind as NULL.
QVariant storable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

Result<std::optional<QVariantMap>> readRow(const QSqlDatabase& db, const QString& table, Id id)
{
    if (!schema::isKnownTable(table))
        return fail(QObject::tr("Internal error: unknown table “%1”.").arg(table));
    auto query = sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<QVariantMap>{};
    QVariantMap image;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        image.insert(record.fieldName(i), query->value(i));
    query->finish();
    return std::optional<QVariantMap>{std::move(image)};
}

Writer::Writer(const QSqlDatabase& db, ChangeSet& changes)
    : m_db(db)
    , m_changes(changes)
    , m_now(nowTimestamp())
{
}

Result<QSqlQuery> Writer::query(const QString& statement, const QVariantList& binds) const
{
    return sql::run(m_db, statement, binds);
}

Result<QVariant> Writer::scalar(const QString& statement, const QVariantList& binds) const
{
    return sql::scalar(m_db, statement, binds);
}

Result<Id> Writer::insert(const QString& table, QVariantMap values)
{
    if (auto status = checkNames(table, values); !status)
        return std::unexpected(status.error());
    if (!values.contains(QStringLiteral("uuid")))
        values.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!values.contains(QStringLiteral("created_at")))
        values.insert(QStringLiteral("created_at"), m_now);
    if (!m_keepTimestamps || !values.contains(QStringLiteral("updated_at")))
        values.insert(QStringLiteral("updated_at"), m_now);

    QStringList columns;
    QStringList marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
        binds << storable(it.value());
    }
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                  .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    auto inserted = sql::scalar(m_db, statement, binds);
    if (!inserted)
        return std::unexpected(inserted.error());
    const Id id = inserted->toLongLong();
    auto after = readRow(m_db, table, id);
    if (!after)
        return std::unexpected(after.error());
    m_changes.rows.push_back(RowChange{table, id, std::nullopt, *after});
    return id;
}

Status Writer::update(const QString& table, Id id, const QVariantMap& values)
{
    if (auto status = checkNames(table, values); !status)
        return status;
    auto before = readRow(m_db, table, id);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(QObject::tr("That record no longer exists (it may have been removed in the meantime)."));

    const QString updatedAt = QStringLiteral("updated_at");
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == updatedAt || sameValue((**before).value(it.key()), storable(it.value())))
            continue;
        sets << QStringLiteral("%1 = ?").arg(it.key());
        binds << storable(it.value());
    }
    if (sets.isEmpty())
        return ok();
    if (auto refused = refuseCollision(table, **before); !refused)
        return refused;
    sets << QStringLiteral("updated_at = ?");
    binds << (m_keepTimestamps && values.contains(updatedAt) ? values.value(updatedAt) : QVariant(m_now)) << id;
    auto query = sql::run(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1String(", "))),
                          binds);
    if (!query)
        return std::unexpected(query.error());
    auto after = readRow(m_db, table, id);
    if (!after)
        return std::unexpected(after.error());
    m_changes.rows.push_back(RowChange{table, id, *before, *after});
    return ok();
}

Status Writer::remove(const QString& table, Id id)
{
    if (auto status = checkNames(table, {}); !status)
        return status;
    auto before = readRow(m_db, table, id);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return ok();
    if (auto refused = refuseCollision(table, **before); !refused)
        return refused;
    auto query = sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return std::unexpected(query.error());
    m_changes.rows.push_back(RowChange{table, id, *before, std::nullopt});
    return ok();
}

Status Writer::refuseCollision(const QString& table, const QVariantMap& before) const
{
    Q_UNUSED(table);
    if (!m_watch)
        return ok();
    auto newer = journal::newestOtherChange(m_db, {before.value(QStringLiteral("uuid")).toString()},
                                            m_watch->seenJournal, m_watch->station);
    if (!newer)
        return std::unexpected(newer.error());
    if (!*newer)
        return ok();
    return fail(ErrorKind::Collision,
                QObject::tr("Not saved: %1 changed this at another station at %2 (“%3”), after this window last "
                            "showed it. The view now shows their change; make yours again if it still applies.")
                    .arg((*newer)->author, (*newer)->at, (*newer)->description));
}

Status Writer::removeWhere(const QString& table, const QString& column, const QVariant& value)
{
    if (auto status = checkNames(table, {{column, QVariant()}}); !status)
        return status;
    auto ids = query(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column), {value});
    if (!ids)
        return std::unexpected(ids.error());
    std::vector<Id> found;
    while (ids->next())
        found.push_back(ids->value(0).toLongLong());
    for (Id id : found) {
        if (auto status = remove(table, id); !status)
            return status;
    }
    return ok();
}

} // namespace rt
