#include "merge/MergeSource.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSqlRecord>

namespace rt::merge {
namespace {

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Identities the schema cannot declare as UNIQUE (see TableInfo::naturalKeys).
std::vector<QStringList> identities(const QString& table)
{
    if (table == QLatin1String("people"))
        return {{QStringLiteral("email"), QStringLiteral("first_name"), QStringLiteral("last_name")}};
    if (table == QLatin1String("programs"))
        return {{QStringLiteral("title"), QStringLiteral("provider")}};
    if (table == QLatin1String("venues"))
        return {{QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("state")}};
    if (table == QLatin1String("facilitators"))
        return {{QStringLiteral("name")}};
    if (table == QLatin1String("assessment_questions"))
        return {{QStringLiteral("template_id"), QStringLiteral("text")}};
    if (table == QLatin1String("agenda_template_items"))
        return {{QStringLiteral("template_id"), QStringLiteral("day"), QStringLiteral("position")}};
    return {};
}

Result<TableInfo> readTable(const QSqlDatabase& db, const QString& name)
{
    TableInfo info;
    info.name = name;
    auto columns = dialect::columnNames(db, name);
    if (!columns)
        return std::unexpected(columns.error());
    info.columns = *columns;

    auto keys = dialect::tableKeys(db, name);
    if (!keys)
        return std::unexpected(keys.error());
    for (dialect::TableKey& key : *keys)
        info.keys.push_back(ForeignKey{key.parent, std::move(key.columns)});

    auto unique = dialect::uniqueKeys(db, name);
    if (!unique)
        return std::unexpected(unique.error());
    for (QStringList& columns : *unique) {
        if (columns != QStringList{QStringLiteral("uuid")} && !columns.isEmpty())
            info.naturalKeys.push_back(std::move(columns));
    }
    info.uniqueKeyCount = int(info.naturalKeys.size());
    for (QStringList& identity : identities(name))
        info.naturalKeys.push_back(std::move(identity));
    return info;
}

// Kahn's order over the foreign keys, keeping the file's own order among equals.
std::vector<TableInfo> parentsFirst(std::vector<TableInfo> tables)
{
    std::vector<TableInfo> ordered;
    std::vector<bool> placed(tables.size(), false);
    QSet<QString> done;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (placed[i])
                continue;
            bool ready = true;
            for (const ForeignKey& key : tables[i].keys)
                ready = ready && (key.parent == tables[i].name || done.contains(key.parent));
            if (!ready)
                continue;
            placed[i] = true;
            done.insert(tables[i].name);
            ordered.push_back(tables[i]);
            progress = true;
        }
        if (!progress) { // a cycle: keep the rest in file order
            for (std::size_t i = 0; i < tables.size(); ++i) {
                if (!placed[i])
                    ordered.push_back(tables[i]);
            }
            break;
        }
    }
    return ordered;
}

} // namespace

const TableInfo* Schema::find(const QString& name) const
{
    for (const TableInfo& table : tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

bool isBookkeeping(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("uuid") || column == QLatin1String("created_at")
        || column == QLatin1String("updated_at");
}

Result<Schema> readSchema(const QSqlDatabase& db)
{
    auto names = dialect::tableNames(db);
    if (!names)
        return std::unexpected(names.error());
    QStringList tables;
    for (const QString& name : *names) {
        if (schema::isKnownTable(name))
            tables << name;
    }
    std::vector<TableInfo> infos;
    for (const QString& name : tables) {
        auto info = readTable(db, name);
        if (!info)
            return std::unexpected(info.error());
        infos.push_back(std::move(*info));
    }
    Schema schema;
    schema.tables = parentsFirst(std::move(infos));
    for (TableInfo& table : schema.tables) {
        for (const ForeignKey& key : table.keys) {
            const TableInfo* parent = schema.find(key.parent);
            for (const auto& [from, to] : key.columns) {
                if (to == QLatin1String("id"))
                    table.refs.insert(from, key.parent);
                else if (parent && parent->refs.contains(to) && !table.refs.contains(from))
                    table.refs.insert(from, parent->refs.value(to));
            }
        }
    }
    return schema;
}

const QVariantMap* Rows::withId(Id id) const
{
    const auto it = byId.constFind(id);
    return it == byId.cend() ? nullptr : &rows[std::size_t(*it)];
}

const QVariantMap* Rows::withUuid(const QString& uuid) const
{
    const auto it = byUuid.constFind(uuid);
    return it == byUuid.cend() ? nullptr : &rows[std::size_t(*it)];
}

Result<Snapshot> readSnapshot(const QSqlDatabase& db, const Schema& schema)
{
    Snapshot snapshot;
    for (const TableInfo& table : schema.tables) {
        auto query = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name));
        if (!query)
            return std::unexpected(query.error());
        Rows rows;
        while (query->next()) {
            QVariantMap image;
            const QSqlRecord record = query->record();
            for (int i = 0; i < record.count(); ++i)
                image.insert(record.fieldName(i), query->value(i));
            rows.byUuid.insert(image.value(QStringLiteral("uuid")).toString(), qsizetype(rows.rows.size()));
            rows.byId.insert(image.value(QStringLiteral("id")).toLongLong(), qsizetype(rows.rows.size()));
            rows.rows.push_back(std::move(image));
        }
        snapshot.tables.insert(table.name, std::move(rows));
    }

    Log& log = snapshot.log;
    auto entries = sql::run(db, QStringLiteral("SELECT id, uuid, at, author, description, kind FROM journal ORDER BY id"));
    if (!entries)
        return std::unexpected(entries.error());
    QHash<Id, qsizetype> byId;
    QSet<QString> undoneMerges;
    while (entries->next()) {
        JournalEntry entry{entries->value(0).toLongLong(), entries->value(1).toString(), entries->value(2).toString(),
                           entries->value(3).toString(),   entries->value(4).toString(), entries->value(5).toString()};
        const qsizetype index = qsizetype(log.entries.size());
        byId.insert(entry.id, index);
        log.byUuid.insert(entry.uuid, index);
        if (entry.kind == QLatin1String("merge")) {
            log.notOwnChanges.insert(index);
            undoneMerges.insert(QObject::tr("Undo: %1").arg(entry.description));
        } else if (entry.kind == QLatin1String("undo") && undoneMerges.contains(entry.description)) {
            log.notOwnChanges.insert(index);
        }
        log.entries.push_back(std::move(entry));
    }
    auto lines = sql::run(db, QStringLiteral("SELECT journal_id, row_uuid, op, detail FROM journal_rows ORDER BY journal_id, id"));
    if (!lines)
        return std::unexpected(lines.error());
    const QStringList positionOnly{QStringLiteral("position")};
    while (lines->next()) {
        const auto entry = byId.constFind(lines->value(0).toLongLong());
        if (entry == byId.cend())
            continue;
        JournalLine line{*entry, lines->value(2).toString(), false};
        if (line.op == QLatin1String("update"))
            line.reorderOnly = QJsonDocument::fromJson(lines->value(3).toString().toUtf8()).object().keys() == positionOnly;
        log.byRow[lines->value(1).toString()].push_back(line);
    }
    return snapshot;
}

Source::Source(QString path, std::unique_ptr<ReadOnlyConnection> connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

Result<std::unique_ptr<Source>> Source::open(const QString& path, const QString& targetPath)
{
    if (auto status = checkPathToOpen(path); !status)
        return std::unexpected(status.error());
    const QFileInfo info(path);
    if (!targetPath.isEmpty() && info.canonicalFilePath() == QFileInfo(targetPath).canonicalFilePath())
        return fail(QObject::tr("“%1” is the file that is open. Choose the other copy of it to merge.").arg(display(path)));
    auto header = probeFile(path);
    if (!header)
        return std::unexpected(header.error());
    const int current = currentSchemaVersion();
    auto checkVersion = [&](quint32 applicationId, quint32 version) -> Status {
        if (applicationId != kApplicationId)
            return fail(QObject::tr("“%1” is not a Roundtable file (it was made by another program), so there is "
                                    "nothing to merge from it. It was not changed.")
                            .arg(display(path)));
        if (int(version) > current)
            return fail(QObject::tr("“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. "
                                    "Merge the files in the newer Roundtable. Neither file was changed.")
                            .arg(display(path))
                            .arg(version)
                            .arg(current));
        if (int(version) < current)
            return fail(QObject::tr("“%1” was made by an older Roundtable (schema %2). Open it once in this version "
                                    "(that brings it up to schema %3), or do that to a copy of it, then merge again. "
                                    "Neither file was changed.")
                            .arg(display(path))
                            .arg(version)
                            .arg(current));
        return ok();
    };
    if (auto status = checkVersion(header->applicationId, header->userVersion); !status)
        return std::unexpected(status.error());
    if (auto status = quickCheckFile(path); !status)
        return std::unexpected(status.error());
    auto connection = ReadOnlyConnection::open(path);
    if (!connection)
        return std::unexpected(connection.error());
    // A -wal beside the file may hold a newer header than the bytes we read.
    auto applicationId = sql::scalar((*connection)->database(), QStringLiteral("PRAGMA application_id"));
    auto version = sql::scalar((*connection)->database(), QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !version)
        return std::unexpected(!applicationId ? applicationId.error() : version.error());
    if (auto status = checkVersion(applicationId->toUInt(), version->toUInt()); !status)
        return std::unexpected(status.error());
    return std::unique_ptr<Source>(new Source(path, std::move(*connection)));
}

} // namespace rt::merge
