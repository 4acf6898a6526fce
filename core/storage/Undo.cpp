#include "storage/Undo.h"

#include "storage/Schema.h"
#include "storage/Journal.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>

namespace rt {
namespace {

Status checkColumns(const RowChange& change)
{
    if (!schema::isKnownTable(change.table))
        return fail(QObject::tr("Internal error: unknown table “%1”.").arg(change.table));
    for (const auto* image : {&change.before, &change.after}) {
        if (!*image)
            continue;
        for (auto it = (*image)->keyBegin(); it != (*image)->keyEnd(); ++it) {
            if (!schema::isIdentifier(*it))
                return fail(QObject::tr("Internal error: bad column name “%1”.").arg(*it));
        }
    }
    return ok();
}

Status writeImage(const QSqlDatabase& db, const QString& table, Id id, const std::optional<QVariantMap>& target,
                  bool exists, const QString& now)
{
    if (!target) {
        auto query = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
        return query ? ok() : Status(std::unexpected(query.error()));
    }
    QVariantMap values = *target;
    values.insert(QStringLiteral("updated_at"), now);
    QStringList columns;
    QStringList marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << it.key();
        marks << (exists ? QStringLiteral("%1 = ?").arg(it.key()) : QStringLiteral("?"));
        binds << it.value();
    }
    QString statement;
    if (exists) {
        statement = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, marks.join(QLatin1String(", ")));
        binds << id;
    } else {
        statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    }
    auto query = sql::run(db, statement, binds);
    return query ? ok() : Status(std::unexpected(query.error()));
}

} // namespace

Result<ChangeSet> replay(const QSqlDatabase& db, const ChangeSet& changes, Replay direction)
{
    ChangeSet done;
    done.description = changes.description;
    done.subject = changes.subject;
    const bool backward = direction == Replay::Backward;
    const QString now = Writer(db, done).now();
    const auto count = static_cast<std::ptrdiff_t>(changes.rows.size());
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        const RowChange& change = changes.rows[static_cast<size_t>(backward ? count - 1 - i : i)];
        if (auto status = checkColumns(change); !status)
            return std::unexpected(status.error());
        const auto& expected = backward ? change.after : change.before;
        const auto& target = backward ? change.before : change.after;

        auto current = readRow(db, change.table, change.id);
        if (!current)
            return std::unexpected(current.error());
        const bool matches = expected ? (*current && sameRow(**current, *expected)) : !*current;
        if (!matches)
            return fail(QObject::tr("“%1” cannot be %2: part of it was changed afterwards by something else.")
                            .arg(changes.description,
                                 backward ? QObject::tr("undone") : QObject::tr("redone")));
        if (auto status = writeImage(db, change.table, change.id, target, current->has_value(), now); !status)
            return std::unexpected(status.error());
        auto after = readRow(db, change.table, change.id);
        if (!after)
            return std::unexpected(after.error());
        done.rows.push_back(RowChange{change.table, change.id, *current, *after});
    }
    return done;
}

Status refuseOthersNewer(const QSqlDatabase& db, const ChangeSet& changes, Replay direction, qint64 seenJournal,
                         const QString& station)
{
    qint64 since = seenJournal;
    if (!changes.journalEntry.isEmpty()) {
        auto own = sql::scalar(db, QStringLiteral("SELECT id FROM journal WHERE uuid = ?"), {changes.journalEntry});
        if (!own)
            return std::unexpected(own.error());
        if (!own->isNull())
            since = own->toLongLong();
    }
    QStringList rows;
    for (const RowChange& change : changes.rows) {
        const auto& image = change.after ? change.after : change.before;
        const QString uuid = image ? image->value(QStringLiteral("uuid")).toString() : QString();
        if (!uuid.isEmpty() && !rows.contains(uuid))
            rows << uuid;
    }
    auto newer = journal::newestOtherChange(db, rows, since, station);
    if (!newer)
        return std::unexpected(newer.error());
    if (!*newer)
        return ok();
    return fail(ErrorKind::Collision,
                QObject::tr("“%1” cannot be %2: %3 changed part of it at another station at %4 (“%5”). Nothing was "
                            "changed; the view now shows their change.")
                    .arg(changes.description,
                         direction == Replay::Backward ? QObject::tr("undone") : QObject::tr("redone"),
                         (*newer)->author, (*newer)->at, (*newer)->description));
}

} // namespace rt
