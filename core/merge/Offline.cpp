#include "merge/Offline.h"

#include "merge/DiskSync.h"
#include "merge/MergeSource.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/FilePlacement.h"
#include "storage/FileProbe.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rt::merge {
namespace {

const QString kWorkshops = QStringLiteral("workshops");
const QString kPeople = QStringLiteral("people");

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Which rows of a table go along: a condition over the table and its binds.
struct Part {
    QString condition;
    QVariantList binds;
};

// The workshop's own rows are those that point at it, or at rows of its own,
// through any key; people go along when the workshop's rows name them; every
// other table is reference data (catalog, templates, venues, settings) and
// goes along whole, so the venue can work as it would on the server.
QHash<QString, Part> selection(const Schema& schema, Id workshopId)
{
    QHash<QString, Part> parts;
    QSet<QString> owned;
    for (const TableInfo& table : schema.tables) {
        if (table.name == kWorkshops) {
            parts.insert(table.name, Part{QStringLiteral("id = ?"), {workshopId}});
            owned.insert(table.name);
            continue;
        }
        Part part;
        QStringList conditions;
        for (auto it = table.refs.cbegin(); it != table.refs.cend(); ++it) {
            if (!owned.contains(it.value()) || it.value() == table.name)
                continue;
            const Part& parent = parts[it.value()];
            conditions << QStringLiteral("%1 IN (SELECT id FROM %2 WHERE %3)").arg(it.key(), it.value(), parent.condition);
            part.binds += parent.binds;
        }
        if (conditions.isEmpty())
            continue;
        part.condition = QLatin1Char('(') + conditions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        parts.insert(table.name, part);
        owned.insert(table.name);
    }
    Part people;
    QStringList named;
    for (const TableInfo& table : schema.tables) {
        if (!owned.contains(table.name))
            continue;
        for (auto it = table.refs.cbegin(); it != table.refs.cend(); ++it) {
            if (it.value() != kPeople)
                continue;
            named << QStringLiteral("id IN (SELECT %1 FROM %2 WHERE %3)").arg(it.key(), table.name, parts[table.name].condition);
            people.binds += parts[table.name].binds;
        }
    }
    people.condition = named.isEmpty() ? QStringLiteral("0 = 1") : QLatin1Char('(') + named.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    parts.insert(kPeople, people);
    for (const TableInfo& table : schema.tables) {
        if (!parts.contains(table.name))
            parts.insert(table.name, Part{QStringLiteral("1 = 1"), {}});
    }
    return parts;
}

// The history that goes along: every journal line about the workshop or about
// a row that goes along, so the merge back sees that history as shared and
// counts only what was done at the venue as new.
Part historyLines(const Schema& schema, const QHash<QString, Part>& parts, const QString& workshopUuid)
{
    Part lines{QStringLiteral("workshop_uuid = ?"), {workshopUuid}};
    for (const TableInfo& table : schema.tables) {
        const Part& part = parts[table.name];
        lines.condition += QStringLiteral(" OR row_uuid IN (SELECT uuid FROM %1 WHERE %2)").arg(table.name, part.condition);
        lines.binds += part.binds;
    }
    return lines;
}

// Copies the rows `statement` reads from `from` into `table` of `to`, every
// column as it is. Returns how many.
Result<int> copyRows(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table, const QString& statement,
                     const QVariantList& binds)
{
    auto rows = sql::run(from, statement, binds);
    if (!rows)
        return std::unexpected(rows.error());
    const QSqlRecord record = rows->record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")),
                                                                              marks.join(QStringLiteral(", ")))))
        return std::unexpected(sql::errorOf(insert, QObject::tr("Could not copy %1").arg(table)));
    int count = 0;
    while (rows->next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows->value(i);
            insert.bindValue(i, value.isNull() ? QVariant() : value);
        }
        if (!insert.exec())
            return std::unexpected(sql::errorOf(insert, QObject::tr("Could not copy %1").arg(table)));
        ++count;
    }
    return count;
}

// Ends the read snapshot however the copy ends.
struct ReadSnapshot {
    const QSqlDatabase& db;
    ~ReadSnapshot() { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); }
};

Status fill(const QSqlDatabase& source, const QSqlDatabase& file, const Schema& schema, Id workshopId,
            const QString& workshopUuid, OfflineCopy& copy)
{
    const QHash<QString, Part> parts = selection(schema, workshopId);
    auto transaction = WriteTransaction::begin(file);
    if (!transaction)
        return std::unexpected(transaction.error());
    // A new file comes with the shipped catalog under uuids of its own; the
    // server's rows take their place, so the merge back matches them by uuid.
    for (auto it = schema.tables.rbegin(); it != schema.tables.rend(); ++it) {
        if (auto cleared = sql::run(file, QStringLiteral("DELETE FROM %1").arg(it->name)); !cleared)
            return std::unexpected(cleared.error());
    }
    for (const TableInfo& table : schema.tables) {
        const Part& part = parts[table.name];
        auto copied = copyRows(source, file, table.name,
                               QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table.name, part.condition), part.binds);
        if (!copied)
            return std::unexpected(copied.error());
        copy.rows += *copied;
    }
    const Part lines = historyLines(schema, parts, workshopUuid);
    auto entries = copyRows(source, file, QStringLiteral("journal"),
                            QStringLiteral("SELECT * FROM journal WHERE id IN (SELECT journal_id FROM journal_rows WHERE %1) "
                                           "ORDER BY id")
                                .arg(lines.condition),
                            lines.binds);
    if (!entries)
        return std::unexpected(entries.error());
    copy.journalEntries = *entries;
    auto copiedLines = copyRows(source, file, QStringLiteral("journal_rows"),
                                QStringLiteral("SELECT * FROM journal_rows WHERE %1 ORDER BY id").arg(lines.condition), lines.binds);
    if (!copiedLines)
        return std::unexpected(copiedLines.error());
    return transaction->commit();
}

Status checkOut(const Database& db, const QString& out, bool replace)
{
    if (out.trimmed().isEmpty())
        return fail(QObject::tr("Say where the workshop's file goes."));
    if (!db.isServer() && QFileInfo(out).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return fail(QObject::tr("“%1” is the open file. Choose a new file for the workshop.").arg(display(out)));
    if (QFileInfo(out).isDir())
        return fail(QObject::tr("“%1” is a folder. Give a file name for the workshop's file.").arg(display(out)));
    if (QFileInfo::exists(out) && !replace)
        return fail(QObject::tr("“%1” already exists. Choose another name, or replace it.").arg(display(out)));
    if (QFileInfo::exists(out + QStringLiteral("-wal")))
        return fail(QObject::tr("“%1” is open in Roundtable. Close it, or choose another name.").arg(display(out)));
    return checkPathToCreate(out);
}

} // namespace

QString offlineFileName(const QString& workshopTitle)
{
    QString name = workshopTitle.simplified();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        name.replace(c, QLatin1Char('-'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QObject::tr("Workshop"));
    return QObject::tr("%1 (offline)").arg(name) + QStringLiteral(".roundtable");
}

Result<OfflineCopy> takeOffline(Database& db, Id workshopId, const QString& out, bool replace)
{
    if (auto status = checkOut(db, out, replace); !status)
        return std::unexpected(status.error());
    auto schema = readSchema(db.connection());
    if (!schema)
        return std::unexpected(schema.error());
    OfflineCopy copy;
    copy.path = out;
    const QString temporary = placement::temporarySibling(out);
    {
        if (auto begun = dialect::beginSnapshot(db.connection()); !begun)
            return std::unexpected(begun.error());
        const ReadSnapshot snapshot{db.connection()};
        auto workshop = sql::run(db.connection(), QStringLiteral("SELECT title, uuid FROM workshops WHERE id = ?"), {workshopId});
        if (!workshop)
            return std::unexpected(workshop.error());
        if (!workshop->next())
            return fail(QObject::tr("There is no workshop %1 in %2.").arg(workshopId).arg(db.displayName()));
        copy.workshop = workshop->value(0).toString();
        const QString uuid = workshop->value(1).toString();
        workshop->finish();

        auto file = Database::create(temporary);
        if (!file) {
            placement::removeDatabaseFiles(temporary);
            return std::unexpected(file.error());
        }
        const Status filled = fill(db.connection(), (*file)->connection(), *schema, workshopId, uuid, copy);
        file->reset();
        if (!filled) {
            placement::removeDatabaseFiles(temporary);
            return std::unexpected(filled.error());
        }
    }
    if (auto status = syncToDisk(temporary); !status) {
        placement::removeDatabaseFiles(temporary);
        return std::unexpected(status.error());
    }
    if (auto moved = placement::moveIntoPlace(temporary, out); !moved)
        return std::unexpected(moved.error());
    if (auto status = syncToDisk(out); !status)
        return std::unexpected(status.error());
    return copy;
}

} // namespace rt::merge
