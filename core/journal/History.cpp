#include "journal/History.h"

#include "common/Text.h"
#include "journal/HistoryText.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QSqlRecord>

namespace rt::history {
namespace {

QVariantMap imageOf(const QSqlQuery& query)
{
    QVariantMap image;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        image.insert(record.fieldName(i), query.value(i));
    return image;
}

std::optional<QVariantMap> firstImage(Result<QSqlQuery> query)
{
    if (!query || !query->next())
        return std::nullopt;
    QVariantMap image = imageOf(*query);
    query->finish();
    return image;
}

std::optional<QVariantMap> journalImage(Result<QSqlQuery> query)
{
    if (!query || !query->next())
        return std::nullopt;
    const QJsonDocument detail = QJsonDocument::fromJson(query->value(0).toString().toUtf8());
    query->finish();
    if (!detail.isObject())
        return std::nullopt;
    return detail.object().toVariantMap();
}

// Rows as they are now; a row that is gone is read from the journal's last
// full image of it (its insert or its delete), so names survive deletion.
class Rows final : public RowSource {
public:
    explicit Rows(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    // Images the entry being read carries itself (a team removed with its members).
    void remember(const QString& table, const QVariantMap& image)
    {
        const QVariant id = image.value(QStringLiteral("id"));
        if (id.isValid() && !m_byId.contains(key(table, id.toString())))
            m_byId.insert(key(table, id.toString()), image);
    }

    std::optional<QVariantMap> byId(const QString& table, const QVariant& id) override
    {
        if (!schema::isKnownTable(table) || id.isNull())
            return std::nullopt;
        const QString k = key(table, id.toString());
        if (auto it = m_byId.constFind(k); it != m_byId.cend())
            return *it;
        auto image = firstImage(sql::run(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id}));
        if (!image)
            image = journalImage(sql::run(m_db,
                                          QStringLiteral("SELECT detail FROM journal_rows WHERE table_name = ? AND op <> 'update' "
                                                         "AND %1 = ? ORDER BY id DESC LIMIT 1")
                                              .arg(dialect::jsonInteger(m_db, QStringLiteral("detail"), QStringLiteral("id"))),
                                          {table, id.toLongLong()}));
        m_byId.insert(k, image);
        return image;
    }

    std::optional<QVariantMap> byUuid(const QString& table, const QString& uuid) override
    {
        if (!schema::isKnownTable(table) || uuid.isEmpty())
            return std::nullopt;
        const QString k = key(table, uuid);
        if (auto it = m_byUuid.constFind(k); it != m_byUuid.cend())
            return *it;
        auto image = firstImage(sql::run(m_db, QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(table), {uuid}));
        if (!image)
            image = journalImage(sql::run(m_db,
                                          QStringLiteral("SELECT detail FROM journal_rows WHERE row_uuid = ? AND table_name = ? "
                                                         "AND op <> 'update' ORDER BY id DESC LIMIT 1"),
                                          {uuid, table}));
        m_byUuid.insert(k, image);
        return image;
    }

private:
    static QString key(const QString& table, const QString& id) { return table + QLatin1Char(':') + id; }

    QSqlDatabase m_db;
    QHash<QString, std::optional<QVariantMap>> m_byId;
    QHash<QString, std::optional<QVariantMap>> m_byUuid;
};

// The condition that picks a scope's entries, and its lines within them. The
// partial indexes on journal_rows are used only when the query repeats their
// "<> ''".
QString scopeColumn(const Scope& scope)
{
    switch (scope.of) {
    case Scope::Of::Workshop: return QStringLiteral("workshop_uuid");
    case Scope::Of::Person: return QStringLiteral("person_uuid");
    case Scope::Of::File: break;
    }
    return {};
}

QString entryFilter(const Scope& scope)
{
    const QString column = scopeColumn(scope);
    if (column.isEmpty())
        return {};
    return QStringLiteral(" WHERE id IN (SELECT journal_id FROM journal_rows WHERE %1 = ? AND %1 <> '')").arg(column);
}

QVariantList scopeBinds(const Scope& scope)
{
    return scope.of == Scope::Of::File ? QVariantList{} : QVariantList{scope.uuid};
}

Status readLines(const QSqlDatabase& db, const Scope& scope, const Page& page, Entry& entry, Rows& rows)
{
    const QString column = scopeColumn(scope);
    const QString filter = column.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(column);
    QVariantList binds{entry.id};
    binds << scopeBinds(scope);
    auto query = sql::run(db,
                          QStringLiteral("SELECT table_name, row_uuid, op, workshop_uuid, person_uuid, detail FROM journal_rows "
                                         "WHERE journal_id = ?%1 ORDER BY id LIMIT ?")
                              .arg(filter),
                          QVariantList(binds) << qMax(0, page.linesPerEntry) + 1);
    if (!query)
        return std::unexpected(query.error());
    struct Raw {
        RowRecord record;
        QString workshop;
        QString person;
    };
    std::vector<Raw> raws;
    while (query->next()) {
        const QJsonDocument detail = QJsonDocument::fromJson(query->value(5).toString().toUtf8());
        raws.push_back({RowRecord{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                                  detail.object()},
                        query->value(3).toString(), query->value(4).toString()});
    }
    query->finish();
    if (int(raws.size()) > page.linesPerEntry) {
        raws.resize(size_t(qMax(0, page.linesPerEntry)));
        auto total = sql::scalar(db, QStringLiteral("SELECT count(*) FROM journal_rows WHERE journal_id = ?%1").arg(filter), binds);
        if (!total)
            return std::unexpected(total.error());
        entry.moreLines = total->toInt() - int(raws.size());
    }
    for (const Raw& raw : raws) {
        if (raw.record.op != QLatin1String("update"))
            rows.remember(raw.record.table, raw.record.detail.toVariantMap());
    }
    const Moment when{entry.localAt(), entry.author};
    for (const Raw& raw : raws) {
        Line line;
        line.table = raw.record.table;
        line.rowUuid = raw.record.rowUuid;
        line.op = raw.record.op;
        if (auto person = rows.byUuid(QStringLiteral("people"), raw.person))
            line.person = nameOf(QStringLiteral("people"), *person, rows);
        if (auto workshop = rows.byUuid(QStringLiteral("workshops"), raw.workshop))
            line.workshop = nameOf(QStringLiteral("workshops"), *workshop, rows);
        for (const QString& text : describe(raw.record, when, rows)) {
            line.text = text;
            entry.lines.push_back(line);
        }
    }
    return ok();
}

Result<QString> uuidOf(const Database& db, const QString& table, Id id, const QString& missing)
{
    auto uuid = sql::scalar(db.connection(), QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table), {id});
    if (!uuid)
        return std::unexpected(uuid.error());
    if (uuid->isNull())
        return fail(missing);
    return uuid->toString();
}

} // namespace

QString Entry::timeLabel() const
{
    return localAt().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString lineText(const Line& line, Scope::Of scope)
{
    QString text = line.text;
    if (scope != Scope::Of::Person && !line.person.isEmpty())
        text = QObject::tr("%1: %2").arg(line.person, text);
    return text;
}

QStringList workshopsOf(const Entry& entry)
{
    QStringList titles;
    for (const Line& line : entry.lines) {
        if (!line.workshop.isEmpty() && !titles.contains(line.workshop))
            titles << line.workshop;
    }
    return titles;
}

QString searchText(const Entry& entry, Scope::Of scope)
{
    QStringList words{entry.timeLabel(), entry.author, entry.description, kindLabel(entry.kind)};
    if (scope != Scope::Of::Workshop)
        words << workshopsOf(entry);
    for (const Line& line : entry.lines)
        words << lineText(line, scope);
    return foldForSearch(words.join(QLatin1Char(' ')));
}

QString kindLabel(journal::Kind kind)
{
    switch (kind) {
    case journal::Kind::Action: return QObject::tr("Change");
    case journal::Kind::Undo: return QObject::tr("Undo");
    case journal::Kind::Redo: return QObject::tr("Redo");
    case journal::Kind::Import: return QObject::tr("Import");
    case journal::Kind::Merge: return QObject::tr("Merge");
    case journal::Kind::Restore: return QObject::tr("Restore");
    }
    return {};
}

Result<std::vector<Entry>> read(const Database& db, const Scope& scope, const Page& page)
{
    const QSqlDatabase& c = db.connection();
    auto query = sql::run(c,
                          QStringLiteral("SELECT id, uuid, at, author, description, kind FROM journal%1 "
                                         "ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                              .arg(entryFilter(scope)),
                          scopeBinds(scope) << qMax(0, page.limit) << qMax(0, page.offset));
    if (!query)
        return std::unexpected(query.error());
    std::vector<Entry> entries;
    while (query->next()) {
        Entry e;
        e.id = query->value(0).toLongLong();
        e.uuid = query->value(1).toString();
        e.at = QDateTime::fromString(query->value(2).toString(), Qt::ISODateWithMs).toUTC();
        e.author = query->value(3).toString();
        e.description = query->value(4).toString();
        e.kind = journal::kindFromKey(query->value(5).toString()).value_or(journal::Kind::Action);
        entries.push_back(std::move(e));
    }
    query->finish();
    Rows rows(c);
    for (Entry& e : entries) {
        if (auto status = readLines(c, scope, page, e, rows); !status)
            return std::unexpected(status.error());
    }
    return entries;
}

Result<int> count(const Database& db, const Scope& scope)
{
    auto total = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM journal%1").arg(entryFilter(scope)),
                             scopeBinds(scope));
    if (!total)
        return std::unexpected(total.error());
    return total->toInt();
}

Result<QString> workshopUuid(const Database& db, Id workshopId)
{
    return uuidOf(db, QStringLiteral("workshops"), workshopId,
                  QObject::tr("There is no workshop numbered %1 in this file.").arg(workshopId));
}

Result<QString> personUuid(const Database& db, Id personId)
{
    return uuidOf(db, QStringLiteral("people"), personId,
                  QObject::tr("There is no person numbered %1 in this file.").arg(personId));
}

Result<QString> personName(const Database& db, const QString& uuid)
{
    Rows rows(db.connection());
    if (auto person = rows.byUuid(QStringLiteral("people"), uuid))
        return nameOf(QStringLiteral("people"), *person, rows);
    return QString();
}

} // namespace rt::history
