#include "storage/Journal.h"

#include "common/Clock.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <tuple>
#include <QUuid>
#include <optional>

namespace rt::journal {
namespace {

QString& authorName()
{
    static QString name;
    return name;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// SQL NULL stays null: the driver hands NULLs back as null strings, which
// QJsonValue would write as "", and merging must tell "none" from "empty".
QJsonValue jsonOf(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

QJsonObject toJson(const QVariantMap& image)
{
    QJsonObject object;
    for (auto it = image.cbegin(); it != image.cend(); ++it)
        object.insert(it.key(), jsonOf(it.value()));
    return object;
}

// {"column": [before, after]} for the columns an update changed; updated_at is
// bookkeeping and left out.
QJsonObject changedColumns(const QVariantMap& before, const QVariantMap& after)
{
    QJsonObject changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key() == QLatin1String("updated_at"))
            continue;
        const QVariant old = before.value(it.key());
        if (!sameValue(old, it.value()))
            changed.insert(it.key(), QJsonArray{jsonOf(old), jsonOf(it.value())});
    }
    return changed;
}

// Finds the workshop and person a row belongs to by following its foreign
// keys (PRAGMA foreign_key_list), remembering what it has looked up.
class Owners {
public:
    explicit Owners(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    struct Found {
        QString workshop;
        QString person;
    };

    // Rows the action itself wrote or removed are looked up in its images,
    // so a line still finds its workshop after the parent row is deleted.
    void remember(const QString& table, Id id, const QVariantMap& image)
    {
        m_rows.insert(table + QLatin1Char(':') + QString::number(id), image);
    }

    Result<Found> of(const QString& table, const QVariantMap& image, int depth = 0)
    {
        Found found;
        if (table == QLatin1String("workshops"))
            found.workshop = image.value(QStringLiteral("uuid")).toString();
        if (table == QLatin1String("people"))
            found.person = image.value(QStringLiteral("uuid")).toString();
        for (const auto& [column, parent, target] : {std::tuple{u"workshop_id", u"workshops", &found.workshop},
                                                     std::tuple{u"person_id", u"people", &found.person}}) {
            const QVariant value = image.value(QString::fromUtf16(column));
            if (!target->isEmpty() || value.isNull() || !value.isValid())
                continue;
            auto uuid = uuidOf(QString::fromUtf16(parent), value);
            if (!uuid)
                return std::unexpected(uuid.error());
            *target = *uuid;
        }
        if (!found.workshop.isEmpty() || depth > 4)
            return found;
        auto keys = foreignKeys(table);
        if (!keys)
            return std::unexpected(keys.error());
        for (const auto& [column, parent] : *keys) {
            const QVariant value = image.value(column);
            if (parent == table || value.isNull() || !value.isValid())
                continue;
            auto parentRow = rowOf(parent, value);
            if (!parentRow)
                return std::unexpected(parentRow.error());
            if (!*parentRow)
                continue;
            auto above = of(parent, **parentRow, depth + 1);
            if (!above)
                return above;
            found.workshop = above->workshop;
            if (!found.workshop.isEmpty())
                break;
        }
        return found;
    }

private:
    using Keys = std::vector<std::pair<QString, QString>>; // column -> parent table

    Result<Keys> foreignKeys(const QString& table)
    {
        if (auto it = m_keys.constFind(table); it != m_keys.cend())
            return *it;
        auto all = dialect::foreignKeys(m_db, table);
        if (!all)
            return std::unexpected(all.error());
        Keys keys;
        for (const auto& [column, parent] : *all) {
            if (column != QLatin1String("workshop_id") && column != QLatin1String("person_id"))
                keys.emplace_back(column, parent);
        }
        m_keys.insert(table, keys);
        return keys;
    }

    Result<std::optional<QVariantMap>> rowOf(const QString& table, const QVariant& id)
    {
        const QString key = table + QLatin1Char(':') + id.toString();
        if (auto it = m_rows.constFind(key); it != m_rows.cend())
            return *it;
        auto query = sql::run(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
        if (!query)
            return std::unexpected(query.error());
        std::optional<QVariantMap> row;
        if (query->next()) {
            QVariantMap image;
            const auto record = query->record();
            for (int i = 0; i < record.count(); ++i)
                image.insert(record.fieldName(i), query->value(i));
            row = std::move(image);
        }
        query->finish();
        m_rows.insert(key, row);
        return row;
    }

    Result<QString> uuidOf(const QString& table, const QVariant& id)
    {
        auto row = rowOf(table, id);
        if (!row)
            return std::unexpected(row.error());
        return *row ? (**row).value(QStringLiteral("uuid")).toString() : QString();
    }

    QSqlDatabase m_db;
    QHash<QString, Keys> m_keys;
    QHash<QString, std::optional<QVariantMap>> m_rows;
};

} // namespace

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Action: return QStringLiteral("action");
    case Kind::Undo: return QStringLiteral("undo");
    case Kind::Redo: return QStringLiteral("redo");
    case Kind::Import: return QStringLiteral("import");
    case Kind::Merge: return QStringLiteral("merge");
    case Kind::Restore: return QStringLiteral("restore");
    }
    return QStringLiteral("action");
}

std::optional<Kind> kindFromKey(const QString& key)
{
    for (Kind kind : {Kind::Action, Kind::Undo, Kind::Redo, Kind::Import, Kind::Merge, Kind::Restore}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString author()
{
    if (!authorName().isEmpty())
        return authorName();
    QString account;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (account.isEmpty())
            account = qEnvironmentVariable(variable);
    }
    if (account.isEmpty())
        account = QDir::home().dirName(); // a service or container may set none of them
    return account.isEmpty() ? QObject::tr("unknown") : account;
}

void setAuthor(const QString& name)
{
    authorName() = name.trimmed();
}

Result<std::optional<OtherChange>> newestOtherChange(const QSqlDatabase& db, const QStringList& rowUuids, qint64 since,
                                                     const QString& station)
{
    if (rowUuids.isEmpty())
        return std::optional<OtherChange>{};
    QStringList marks;
    QVariantList binds;
    for (const QString& uuid : rowUuids) {
        marks << QStringLiteral("?");
        binds << uuid;
    }
    binds << since << station;
    auto newer = sql::run(db,
                          QStringLiteral("SELECT j.author, j.at, j.description FROM journal_rows r "
                                         "JOIN journal j ON j.id = r.journal_id "
                                         "WHERE r.row_uuid IN (%1) AND r.journal_id > ? AND j.station <> ? "
                                         "ORDER BY j.id DESC LIMIT 1")
                              .arg(marks.join(QLatin1String(", "))),
                          binds);
    if (!newer)
        return std::unexpected(newer.error());
    if (!newer->next())
        return std::optional<OtherChange>{};
    const QDateTime at = QDateTime::fromString(newer->value(1).toString(), Qt::ISODateWithMs);
    return std::optional<OtherChange>{OtherChange{newer->value(0).toString(),
                                                  at.toLocalTime().toString(QStringLiteral("HH:mm")),
                                                  newer->value(2).toString()}};
}

QByteArray changedColumnsJson(const QVariantMap& before, const QVariantMap& after)
{
    return QJsonDocument(changedColumns(before, after)).toJson(QJsonDocument::Compact);
}

Status append(const QSqlDatabase& db, const ChangeSet& changes, Kind kind, const Entry& stamp)
{
    if (changes.isEmpty())
        return ok();
    auto entry = sql::scalar(db,
                             QStringLiteral("INSERT INTO journal (uuid, at, author, description, kind, station) "
                                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                             {stamp.uuid.isEmpty() ? newUuid() : stamp.uuid, nowTimestamp(), author(),
                              changes.description, kindKey(kind), stamp.station.isNull() ? QStringLiteral("") : stamp.station});
    if (!entry)
        return std::unexpected(entry.error());
    const qlonglong entryId = entry->toLongLong();

    QSqlQuery line(db);
    if (!line.prepare(QStringLiteral("INSERT INTO journal_rows (journal_id, table_name, row_uuid, op, workshop_uuid, "
                                     "person_uuid, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return std::unexpected(sql::errorOf(line, QObject::tr("Could not write the change journal")));
    Owners owners(db);
    for (const RowChange& row : changes.rows)
        owners.remember(row.table, row.id, row.after ? *row.after : *row.before);
    for (const RowChange& row : changes.rows) {
        const QVariantMap& image = row.after ? *row.after : *row.before;
        QString op;
        QJsonObject detail;
        if (!row.before) {
            op = QStringLiteral("insert");
            detail = toJson(*row.after);
        } else if (!row.after) {
            op = QStringLiteral("delete");
            detail = toJson(*row.before);
        } else {
            op = QStringLiteral("update");
            detail = changedColumns(*row.before, *row.after);
        }
        auto found = owners.of(row.table, image);
        if (!found)
            return std::unexpected(found.error());
        line.addBindValue(entryId);
        line.addBindValue(row.table);
        line.addBindValue(image.value(QStringLiteral("uuid")).toString());
        line.addBindValue(op);
        // An unset QString binds as NULL; the columns hold '' for "none".
        line.addBindValue(found->workshop.isNull() ? QStringLiteral("") : found->workshop);
        line.addBindValue(found->person.isNull() ? QStringLiteral("") : found->person);
        line.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        if (!line.exec())
            return std::unexpected(sql::errorOf(line, QObject::tr("Could not write the change journal")));
    }
    return ok();
}

} // namespace rt::journal
