#include "merge/Merger.h"

#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>
#include <QSqlQuery>
#include <algorithm>

namespace rt::merge {
namespace {

const QString kUuid = QStringLiteral("uuid");
const QString kId = QStringLiteral("id");
const QString kUpdatedAt = QStringLiteral("updated_at");

// Savepoints cannot be prepared on a server: they run as plain statements.
Status savepoint(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return std::unexpected(sql::errorOf(query, QObject::tr("Could not merge")));
    return ok();
}

QString later(const QString& a, const QString& b)
{
    return a < b ? b : a;
}

} // namespace

Merger::Merger(Writer& writer, const Source& other, MergeReport& report)
    : m_writer(writer)
    , m_source(other)
    , m_report(report)
{
}

Status Merger::run()
{
    auto schema = readSchema(m_writer.database());
    if (!schema)
        return std::unexpected(schema.error());
    m_schema = std::move(*schema);
    auto ours = readSnapshot(m_writer.database(), m_schema);
    if (!ours)
        return std::unexpected(ours.error());
    m_ours = std::move(*ours);
    auto theirs = readSnapshot(m_source.database(), m_schema);
    if (!theirs)
        return std::unexpected(theirs.error());
    m_theirs = std::move(*theirs);

    m_writer.keepGivenTimestamps(true);
    for (const TableInfo& table : m_schema.tables) {
        if (auto status = mergeTable(table); !status)
            return status;
    }
    // Children before parents, so a parent the other file deleted goes after its children.
    for (auto it = m_schema.tables.rbegin(); it != m_schema.tables.rend(); ++it) {
        if (auto status = deleteWhatTheyDeleted(*it); !status)
            return status;
    }
    m_writer.keepGivenTimestamps(false);
    if (auto status = appendJournal(); !status)
        return status;
    noteOverbooking();
    return ok();
}

// What one side did to a row since the copies parted: its journal lines in
// entries the other side does not have.
Merger::History Merger::own(Side side, const QString& uuid) const
{
    const Log& mine = side == Side::Ours ? m_ours.log : m_theirs.log;
    const Log& other = side == Side::Ours ? m_theirs.log : m_ours.log;
    History history;
    const auto lines = mine.byRow.constFind(uuid);
    if (lines == mine.byRow.cend())
        return history;
    for (const JournalLine& line : *lines) {
        if (mine.notOwnChanges.contains(line.entry))
            continue;
        const JournalEntry& entry = mine.entries[std::size_t(line.entry)];
        if (other.byUuid.contains(entry.uuid))
            continue;
        history.any = true;
        history.deleted = line.op == QLatin1String("delete");
        history.at = entry.at;
        history.who = entry.author;
        if (!line.reorderOnly) {
            history.content = true;
            history.contentAt = entry.at;
            history.contentWho = entry.author;
        }
    }
    return history;
}

std::optional<QVariantMap> Merger::translate(const TableInfo& table, const QVariantMap& theirs, QString& missing) const
{
    QVariantMap values = theirs;
    values.remove(kId);
    // SQL NULL comes back typed; the Writer would store a typed null text as ''.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isNull())
            it.value() = QVariant();
    }
    for (auto it = table.refs.cbegin(); it != table.refs.cend(); ++it) {
        const QVariant value = theirs.value(it.key());
        if (value.isNull() || !value.isValid())
            continue;
        const Id mapped = m_ids.value(it.value()).value(value.toLongLong(), 0);
        if (mapped == 0) {
            missing = it.value();
            return std::nullopt;
        }
        values.insert(it.key(), mapped);
    }
    return values;
}

// Keys to other columns than id (a team member's enrollment) are checked here,
// so a missing one is reported instead of failing the whole merge.
Result<bool> Merger::parentsExist(const TableInfo& table, const QVariantMap& translated, QString& missing) const
{
    for (const ForeignKey& key : table.keys) {
        if (key.toId())
            continue;
        QStringList conditions;
        QVariantList binds;
        for (const auto& [from, to] : key.columns) {
            conditions << QStringLiteral("%1 = ?").arg(to);
            binds << translated.value(from);
        }
        if (std::any_of(binds.cbegin(), binds.cend(), [](const QVariant& v) { return v.isNull(); }))
            continue;
        auto found = m_writer.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(key.parent, conditions.join(QStringLiteral(" AND "))),
                                     binds);
        if (!found)
            return std::unexpected(found.error());
        if (found->toInt() == 0) {
            missing = key.parent;
            return false;
        }
    }
    return true;
}

Result<Merger::Match> Merger::findOurs(const TableInfo& table, const QVariantMap& theirs, const QVariantMap& translated)
{
    Match match;
    const Rows& ours = m_ours.tables[table.name];
    if (const QVariantMap* row = ours.withUuid(theirs.value(kUuid).toString())) {
        auto live = readRow(m_writer.database(), table.name, row->value(kId).toLongLong());
        if (!live)
            return std::unexpected(live.error());
        match.row = *live;
        return match;
    }
    const Rows& theirRows = m_theirs.tables[table.name];
    for (std::size_t k = 0; k < table.naturalKeys.size(); ++k) {
        const QStringList& key = table.naturalKeys[k];
        const bool identity = int(k) >= table.uniqueKeyCount;
        QStringList conditions;
        QVariantList binds;
        bool usable = true;
        for (const QString& column : key) {
            const QVariant value = translated.value(column);
            if (value.isNull() || (identity && value.toString().trimmed().isEmpty()))
                usable = false;
            conditions << (identity ? QStringLiteral("%1 = ? COLLATE NOCASE") : QStringLiteral("%1 = ?")).arg(column);
            binds << value;
        }
        if (!usable)
            continue;
        auto query = m_writer.query(QStringLiteral("SELECT id, uuid FROM %1 WHERE %2 ORDER BY id")
                                        .arg(table.name, conditions.join(QStringLiteral(" AND "))),
                                    binds);
        if (!query)
            return std::unexpected(query.error());
        std::vector<std::pair<Id, QString>> candidates;
        while (query->next())
            candidates.emplace_back(query->value(0).toLongLong(), query->value(1).toString());
        query->finish();
        for (const auto& [id, uuid] : candidates) {
            auto live = readRow(m_writer.database(), table.name, id);
            if (!live)
                return std::unexpected(live.error());
            if (!*live)
                continue;
            // Another row of theirs is this one already: both cannot be it.
            if (theirRows.withUuid(uuid) || m_matched[table.name].contains(id)) {
                if (int(k) < table.uniqueKeyCount)
                    match.collision = label(table.name, **live, Side::Ours);
                continue;
            }
            match.row = *live;
            match.byKey = true;
            return match;
        }
    }
    return match;
}

Status Merger::mergeTable(const TableInfo& table)
{
    const Rows& rows = m_theirs.tables[table.name];
    for (const QVariantMap& theirs : rows.rows) {
        if (auto status = mergeRow(table, theirs); !status)
            return status;
    }
    return ok();
}

Status Merger::mergeRow(const TableInfo& table, const QVariantMap& theirs)
{
    const QString uuid = theirs.value(kUuid).toString();
    QString missing;
    const auto translated = translate(table, theirs, missing);
    if (!translated) {
        const QString reason = QObject::tr("the %1 it belongs to is not in the merged file.").arg(tableLabel(missing).toLower());
        if (const QVariantMap* ours = m_ours.tables[table.name].withUuid(uuid)) {
            // Ours stays, and the other file's rows below it still find it.
            const Id ourId = ours->value(kId).toLongLong();
            m_ids[table.name].insert(theirs.value(kId).toLongLong(), ourId);
            m_matched[table.name].insert(ourId);
            if (own(Side::Theirs, uuid).any)
                notTaken(table, label(table.name, theirs, Side::Theirs), QObject::tr("its change was not taken: %1").arg(reason));
            return ok();
        }
        notTaken(table, label(table.name, theirs, Side::Theirs), reason);
        return ok();
    }
    auto match = findOurs(table, theirs, *translated);
    if (!match)
        return std::unexpected(match.error());
    if (match->row)
        return settlePair(table, *match->row, theirs, *translated, match->byKey);
    if (!match->collision.isEmpty()) {
        notTaken(table, label(table.name, theirs, Side::Theirs),
                 QObject::tr("this file already has “%1” in its place, the same record under another identity.").arg(match->collision));
        return ok();
    }

    const History ours = own(Side::Ours, uuid);
    if (ours.deleted) {
        const History their = own(Side::Theirs, uuid);
        if (!their.content) {
            notTaken(table, label(table.name, theirs, Side::Theirs),
                     QObject::tr("deleted in “%1” on %2 by %3, and not changed in “%4” since.")
                         .arg(m_report.target, ours.at, ours.who, m_report.source));
            return ok();
        }
        const QString theirTime = their.contentAt;
        Conflict conflict{table.name, tableLabel(table.name), label(table.name, theirs, Side::Theirs),
                          QObject::tr("deleted in one file, changed in the other."), {},
                          Change{ours.who, ours.at, QObject::tr("deleted")}, Change{their.contentWho, theirTime, QObject::tr("changed")},
                          theirTime > ours.at, {}};
        if (conflict.theirsWon) {
            conflict.outcome = QObject::tr("brought back, as changed in “%1” (the change is newer than the deletion).").arg(m_report.source);
            m_report.conflicts.push_back(conflict);
            return insertTheirs(table, theirs, *translated);
        }
        conflict.outcome = QObject::tr("left deleted (the deletion is newer than the change).");
        m_report.conflicts.push_back(conflict);
        return ok();
    }
    return insertTheirs(table, theirs, *translated);
}

Status Merger::insertTheirs(const TableInfo& table, const QVariantMap& theirs, const QVariantMap& translated)
{
    QString missing;
    auto exists = parentsExist(table, translated, missing);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists) {
        notTaken(table, label(table.name, theirs, Side::Theirs),
                 QObject::tr("the %1 it needs is not in the merged file.").arg(tableLabel(missing).toLower()));
        return ok();
    }
    // A refused statement aborts a server's whole transaction: each insert
    // runs under a savepoint, so a refusal costs only that row.
    if (auto begun = savepoint(m_writer.database(), QStringLiteral("SAVEPOINT merge_row")); !begun)
        return std::unexpected(begun.error());
    auto id = m_writer.insert(table.name, translated);
    if (auto ended = savepoint(m_writer.database(), id ? QStringLiteral("RELEASE SAVEPOINT merge_row")
                                       : QStringLiteral("ROLLBACK TO SAVEPOINT merge_row"));
        !ended)
        return std::unexpected(ended.error());
    if (!id) {
        notTaken(table, label(table.name, theirs, Side::Theirs),
                 QObject::tr("this file refused it: %1").arg(id.error().message));
        return ok();
    }
    m_ids[table.name].insert(theirs.value(kId).toLongLong(), *id);
    m_matched[table.name].insert(*id);
    ++m_report.counts[table.name].added;
    return ok();
}

Status Merger::takeTheirs(const TableInfo& table, const QVariantMap& ours, const QVariantMap& theirs,
                          const QVariantMap& translated)
{
    QVariantMap values;
    for (const QString& column : table.columns) {
        if (!isBookkeeping(column))
            values.insert(column, translated.value(column));
    }
    values.insert(kUpdatedAt, theirs.value(kUpdatedAt));
    if (auto begun = savepoint(m_writer.database(), QStringLiteral("SAVEPOINT merge_row")); !begun)
        return std::unexpected(begun.error());
    const Status status = m_writer.update(table.name, ours.value(kId).toLongLong(), values);
    if (auto ended = savepoint(m_writer.database(), status ? QStringLiteral("RELEASE SAVEPOINT merge_row")
                                           : QStringLiteral("ROLLBACK TO SAVEPOINT merge_row"));
        !ended)
        return std::unexpected(ended.error());
    if (!status) {
        notTaken(table, label(table.name, theirs, Side::Theirs),
                 QObject::tr("this file refused the change: %1").arg(status.error().message));
        return ok();
    }
    ++m_report.counts[table.name].updated;
    return ok();
}

std::vector<ColumnValues> Merger::differences(const TableInfo& table, const QVariantMap& ours, const QVariantMap& theirs) const
{
    std::vector<ColumnValues> columns;
    for (const QString& column : table.columns) {
        if (isBookkeeping(column) || sameValue(ours.value(column), theirs.value(column)))
            continue;
        columns.push_back(ColumnValues{column, valueText(table, column, ours.value(column), Side::Ours),
                                       valueText(table, column, theirs.value(column), Side::Ours)});
    }
    return columns;
}

Status Merger::settlePair(const TableInfo& table, const QVariantMap& ours, const QVariantMap& theirs,
                          const QVariantMap& translated, bool byKey)
{
    const Id ourId = ours.value(kId).toLongLong();
    m_ids[table.name].insert(theirs.value(kId).toLongLong(), ourId);
    m_matched[table.name].insert(ourId);

    const std::vector<ColumnValues> columns = differences(table, ours, translated);
    const History mine = own(Side::Ours, ours.value(kUuid).toString());
    const History their = own(Side::Theirs, theirs.value(kUuid).toString());
    const QString ourTime = ours.value(kUpdatedAt).toString();
    const QString theirTime = theirs.value(kUpdatedAt).toString();
    if (columns.empty()) {
        if (byKey && their.any)
            notTaken(table, label(table.name, ours, Side::Ours),
                     QObject::tr("recorded in both files; the same as the one already here, so kept once."));
        return ok();
    }
    // Only one side changed it since the copies parted: that side's version,
    // quietly. Without journal lines on either side, the newer version.
    if (!byKey || !their.any) {
        if (mine.any && !their.any)
            return ok();
        if (!mine.any && their.any)
            return takeTheirs(table, ours, theirs, translated);
        if (!mine.any && !their.any)
            return theirTime > ourTime ? takeTheirs(table, ours, theirs, translated) : ok();
    }

    Conflict conflict{table.name, tableLabel(table.name), label(table.name, ours, Side::Ours),
                      byKey ? QObject::tr("recorded in both files as separate records; matched as the same one.")
                            : QObject::tr("changed in both files."),
                      columns,
                      Change{mine.who, later(ourTime, mine.at), {}},
                      Change{their.who, later(theirTime, their.at), {}},
                      theirTime > ourTime,
                      {}};
    conflict.outcome = conflict.theirsWon ? QObject::tr("took the version from “%1” (newer).").arg(m_report.source)
                                          : QObject::tr("kept the version in “%1” (newer or as new).").arg(m_report.target);
    m_report.conflicts.push_back(conflict);
    return conflict.theirsWon ? takeTheirs(table, ours, theirs, translated) : ok();
}

Result<int> Merger::dependents(const TableInfo& table, const QVariantMap& ours) const
{
    int count = 0;
    for (const TableInfo& child : m_schema.tables) {
        for (const ForeignKey& key : child.keys) {
            if (key.parent != table.name)
                continue;
            QStringList conditions;
            QVariantList binds;
            for (const auto& [from, to] : key.columns) {
                conditions << QStringLiteral("%1 = ?").arg(from);
                binds << ours.value(to);
            }
            auto found = m_writer.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(child.name, conditions.join(QStringLiteral(" AND "))),
                                         binds);
            if (!found)
                return std::unexpected(found.error());
            count += found->toInt();
        }
    }
    return count;
}

Status Merger::deleteWhatTheyDeleted(const TableInfo& table)
{
    const Rows& theirRows = m_theirs.tables[table.name];
    for (const QVariantMap& snapshot : m_ours.tables[table.name].rows) {
        const QString uuid = snapshot.value(kUuid).toString();
        const Id id = snapshot.value(kId).toLongLong();
        if (theirRows.withUuid(uuid) || m_matched[table.name].contains(id))
            continue;
        const History their = own(Side::Theirs, uuid);
        if (!their.deleted)
            continue;
        auto live = readRow(m_writer.database(), table.name, id);
        if (!live)
            return std::unexpected(live.error());
        if (!*live)
            continue;
        const QVariantMap& ours = **live;
        const History mine = own(Side::Ours, uuid);
        const QString row = label(table.name, ours, Side::Ours);
        if (mine.content) {
            const QString ourTime = mine.contentAt;
            Conflict conflict{table.name, tableLabel(table.name), row, QObject::tr("deleted in one file, changed in the other."),
                              {}, Change{mine.contentWho, ourTime, QObject::tr("changed")}, Change{their.who, their.at, QObject::tr("deleted")},
                              their.at > ourTime, {}};
            if (!conflict.theirsWon) {
                conflict.outcome = QObject::tr("kept, as changed in “%1” (the change is newer than the deletion).").arg(m_report.target);
                m_report.conflicts.push_back(conflict);
                continue;
            }
            conflict.outcome = QObject::tr("deleted, as in “%1” (the deletion is newer than the change).").arg(m_report.source);
            m_report.conflicts.push_back(conflict);
        }
        auto needed = dependents(table, ours);
        if (!needed)
            return std::unexpected(needed.error());
        if (*needed > 0) {
            m_report.notes << QObject::tr("%1 “%2” was deleted in “%3”, but kept: %n record(s) in “%4” still belong to it.",
                                          nullptr, *needed)
                                  .arg(tableLabel(table.name), row, m_report.source, m_report.target);
            continue;
        }
        if (auto begun = savepoint(m_writer.database(), QStringLiteral("SAVEPOINT merge_row")); !begun)
            return std::unexpected(begun.error());
        const Status status = m_writer.remove(table.name, id);
        if (auto ended = savepoint(m_writer.database(), status ? QStringLiteral("RELEASE SAVEPOINT merge_row")
                                               : QStringLiteral("ROLLBACK TO SAVEPOINT merge_row"));
            !ended)
            return std::unexpected(ended.error());
        if (!status) {
            m_report.notes << QObject::tr("%1 “%2” was deleted in “%3”, but could not be deleted here: %4")
                                  .arg(tableLabel(table.name), row, m_report.source, status.error().message);
            continue;
        }
        ++m_report.counts[table.name].deleted;
    }
    return ok();
}

// The other file's history joins ours: entries keep their own uuid, time and
// author, so a later merge of either copy knows what it has already seen. They
// are written beside the rows, not through the ChangeSet: the journal is
// append-only, and undoing the merge leaves them as a record of what happened there.
Status Merger::appendJournal()
{
    auto entryQuery = QStringLiteral("INSERT INTO journal (uuid, at, author, description, kind, station) "
                                     "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    for (const JournalEntry& entry : m_theirs.log.entries) {
        if (m_ours.log.byUuid.contains(entry.uuid))
            continue;
        auto inserted = m_writer.query(entryQuery, {entry.uuid, entry.at, entry.author, entry.description, entry.kind, m_station});
        if (!inserted)
            return std::unexpected(inserted.error());
        if (!inserted->next())
            return fail(QObject::tr("The other file's history could not be added: no entry was written."));
        const qlonglong newId = inserted->value(0).toLongLong();
        inserted->finish();
        auto lines = sql::run(m_source.database(),
                              QStringLiteral("SELECT table_name, row_uuid, op, workshop_uuid, person_uuid, detail "
                                             "FROM journal_rows WHERE journal_id = ? ORDER BY id"),
                              {entry.id});
        if (!lines)
            return std::unexpected(lines.error());
        while (lines->next()) {
            auto line = m_writer.query(QStringLiteral("INSERT INTO journal_rows (journal_id, table_name, row_uuid, op, "
                                                      "workshop_uuid, person_uuid, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                       {newId, lines->value(0), lines->value(1), lines->value(2), lines->value(3),
                                        lines->value(4), lines->value(5)});
            if (!line)
                return std::unexpected(line.error());
        }
        ++m_report.journalEntries;
    }
    return ok();
}

void Merger::noteOverbooking()
{
    auto over = m_writer.query(QStringLiteral(
        "SELECT w.title, w.capacity, (SELECT count(*) FROM enrollments e WHERE e.workshop_id = w.id AND e.status = 'registered') "
        "FROM workshops w WHERE (SELECT count(*) FROM enrollments e WHERE e.workshop_id = w.id AND e.status = 'registered') > w.capacity"));
    if (!over)
        return;
    while (over->next())
        m_report.notes << QObject::tr("“%1” now has %2 people registered for %3 places: move someone to the waitlist.")
                              .arg(over->value(0).toString())
                              .arg(over->value(2).toInt())
                              .arg(over->value(1).toInt());
}

void Merger::notTaken(const TableInfo& table, const QString& row, const QString& reason)
{
    m_report.notTaken.push_back(NotTaken{table.name, tableLabel(table.name), row, reason});
}

std::optional<QVariantMap> Merger::rowOf(const QString& table, Id id, Side side) const
{
    if (side == Side::Theirs) {
        const auto rows = m_theirs.tables.constFind(table);
        const QVariantMap* row = rows == m_theirs.tables.cend() ? nullptr : rows->withId(id);
        return row ? std::optional<QVariantMap>(*row) : std::nullopt;
    }
    auto row = readRow(m_writer.database(), table, id);
    return row ? *row : std::nullopt;
}

QString Merger::valueText(const TableInfo& table, const QString& column, const QVariant& value, Side side) const
{
    if (value.isNull() || !value.isValid())
        return {};
    if (table.refs.contains(column)) {
        if (auto row = rowOf(table.refs.value(column), value.toLongLong(), side))
            return label(table.refs.value(column), *row, side, 1);
    }
    return value.toString();
}

// A name a person recognises: the person's name, the item's title, the block's
// label, joined with what they belong to.
QString Merger::label(const QString& table, const QVariantMap& row, Side side, int depth) const
{
    QStringList parts;
    auto text = [&](const char* column) { return row.value(QString::fromLatin1(column)).toString().trimmed(); };
    auto follow = [&](const char* column, const QString& parent) {
        const QVariant id = row.value(QString::fromLatin1(column));
        if (depth > 1 || id.isNull() || !id.isValid())
            return;
        if (auto parentRow = rowOf(parent, id.toLongLong(), side)) {
            const QString name = label(parent, *parentRow, side, depth + 1);
            if (!name.isEmpty())
                parts << name;
        }
    };
    if (table == QLatin1String("people")) {
        parts << QStringLiteral("%1 %2").arg(text("first_name"), text("last_name")).trimmed();
    } else if (table == QLatin1String("discussion_rounds")) {
        parts << QObject::tr("Round %1").arg(text("number"));
    } else if (table == QLatin1String("discussion_groups")) {
        follow("round_id", QStringLiteral("discussion_rounds"));
        parts << QObject::tr("Group %1").arg(text("number"));
    } else if (table == QLatin1String("attendance_blocks")) {
        parts << QObject::tr("Day %1 %2").arg(text("day"), text("label"));
    } else if (table == QLatin1String("practice_groups")) {
        parts << QStringLiteral("%1 %2").arg(text("number"), text("name")).trimmed();
    } else {
        follow("person_id", QStringLiteral("people"));
        follow("block_id", QStringLiteral("attendance_blocks"));
        follow("action_item_id", QStringLiteral("action_items"));
        for (const char* column : {"title", "goal", "name", "label", "jurisdiction", "key", "text", "on_date"}) {
            if (!text(column).isEmpty()) {
                parts << text(column);
                break;
            }
        }
        if (parts.isEmpty())
            follow("team_id", QStringLiteral("teams"));
        if (parts.isEmpty())
            follow("workshop_id", QStringLiteral("workshops"));
    }
    parts.removeAll(QString());
    if (parts.isEmpty())
        return row.value(kUuid).toString().left(8);
    return parts.join(QStringLiteral(" · "));
}

} // namespace rt::merge
