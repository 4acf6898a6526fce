#include "storage/BulkInsert.h"

#include "common/Clock.h"
#include "storage/Dialect.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>
#include <sqlite3.h>

namespace rt {
namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Error sqliteError(sqlite3* db, const QString& what)
{
    return Error{QObject::tr("Could not write %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
}

void bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    static const ushort empty = 0;
    sqlite3_bind_text16(statement, index, text.isNull() ? &empty : text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void bindUtf8(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

Status stepOnce(sqlite3_stmt* statement, const QString& what)
{
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE)
        return std::unexpected(sqliteError(sqlite3_db_handle(statement), what));
    return ok();
}

void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

bool bookkeeping(const QString& column)
{
    return column == QLatin1String("uuid") || column == QLatin1String("created_at") || column == QLatin1String("updated_at");
}

// The compact JSON QJsonDocument writes for a flat row of text and integers
// (keys in order, as QVariantMap keeps them), without building a QJsonObject.
// With `compact`, what the line already says is left out: the uuid (row_uuid),
// the times (the entry's) and empty text (the columns' default).
QByteArray rowJson(const QVariantMap& image, bool compact)
{
    QByteArray out;
    out.reserve(512);
    out += '{';
    bool first = true;
    for (auto it = image.cbegin(); it != image.cend(); ++it) {
        if (compact
            && (bookkeeping(it.key()) || (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())))
            continue;
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, it.key());
        out += ':';
        const QVariant& value = it.value();
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            out += QByteArray::number(value.toLongLong());
            break;
        case QMetaType::QString:
            appendJsonString(out, value.toString());
            break;
        default:
            if (value.isNull())
                out += "null";
            else
                out += QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        }
    }
    out += '}';
    return out;
}

// Journal lines a server gets in one statement (7 values each).
constexpr int kLinesPerBatch = 200;

QString journalLinesStatement(int lines)
{
    QStringList rows(lines, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"));
    return QStringLiteral("INSERT INTO journal_rows (journal_id, table_name, row_uuid, op, workshop_uuid, person_uuid, detail) "
                          "VALUES ")
        + rows.join(QLatin1String(", "));
}

bool isInteger(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

Error serverError(const QSqlQuery& query, const QString& what)
{
    return sql::errorOf(query, QObject::tr("Could not write %1").arg(what));
}

} // namespace

QString timeOrderedUuid()
{
    // Within one millisecond the random tail decides the order; that is fine
    // for the index (still near its end) and keeps uuids unpredictable.
    static thread_local QRandomGenerator random = QRandomGenerator::securelySeeded();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    for (int i = 0; i < 2; ++i)
        bytes[6 + i] = static_cast<unsigned char>(a >> (8 * i));
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<unsigned char>(b >> (8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F)); // RFC variant
    static constexpr char hex[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[at++] = '-';
        text[at++] = hex[bytes[i] >> 4];
        text[at++] = hex[bytes[i] & 0x0F];
    }
    return QString::fromLatin1(text, 36);
}

// --- BulkJournal ---

Result<BulkJournal> BulkJournal::open(const Writer& writer, const QString& description, journal::Kind kind,
                                      const QString& station)
{
    const QString stationOrNone = station.isNull() ? QStringLiteral("") : station;
    if (backendOf(writer.database()) == Backend::Server) {
        auto entry = sql::scalar(writer.database(),
                                 QStringLiteral("INSERT INTO journal (uuid, at, author, description, kind, station) "
                                                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                 {QUuid::createUuid().toString(QUuid::WithoutBraces), nowTimestamp(), journal::author(),
                                  description, journal::kindKey(kind), stationOrNone});
        if (!entry)
            return std::unexpected(entry.error());
        if (auto announced = dialect::announceChange(writer.database(), stationOrNone); !announced)
            return std::unexpected(announced.error());
        return BulkJournal(writer.database(), entry->toLongLong());
    }
    sqlite3* db = handleOf(writer.database());
    if (!db)
        return fail(QObject::tr("Internal error: the file is not open through SQLite."));
    sqlite3_stmt* entry = nullptr;
    static const char entrySql[] = "INSERT INTO journal (uuid, at, author, description, kind, station) VALUES (?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(db, entrySql, -1, &entry, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(db, QObject::tr("the change journal")));
    bindText(entry, 1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    bindText(entry, 2, nowTimestamp());
    bindText(entry, 3, journal::author());
    bindText(entry, 4, description);
    bindText(entry, 5, journal::kindKey(kind));
    bindText(entry, 6, stationOrNone);
    const Status added = stepOnce(entry, QObject::tr("the change journal"));
    sqlite3_finalize(entry);
    if (!added)
        return std::unexpected(added.error());
    const qint64 entryId = sqlite3_last_insert_rowid(db);
    sqlite3_stmt* line = nullptr;
    static const char lineSql[] = "INSERT INTO journal_rows (journal_id, table_name, row_uuid, op, workshop_uuid, person_uuid, "
                                  "detail) VALUES (?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(db, lineSql, -1, SQLITE_PREPARE_PERSISTENT, &line, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(db, QObject::tr("the change journal")));
    return BulkJournal(db, line, entryId);
}

BulkJournal::BulkJournal(sqlite3* db, sqlite3_stmt* statement, qint64 entryId)
    : m_db(db)
    , m_statement(statement)
    , m_entryId(entryId)
{
}

BulkJournal::BulkJournal(const QSqlDatabase& server, qint64 entryId)
    : m_entryId(entryId)
    , m_server(server)
{
}

BulkJournal::BulkJournal(BulkJournal&& other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_entryId(other.m_entryId)
    , m_server(std::move(other.m_server))
    , m_waiting(std::move(other.m_waiting))
    , m_batch(std::move(other.m_batch))
{
}

BulkJournal::~BulkJournal()
{
    sqlite3_finalize(m_statement);
}

Status BulkJournal::line(const RowChange& row, const QString& workshopUuid, const QString& personUuid, Detail detail)
{
    const QVariantMap& image = row.after ? *row.after : *row.before;
    const char* op = !row.before ? "insert" : !row.after ? "delete" : "update";
    const QByteArray json = row.before && row.after ? journal::changedColumnsJson(*row.before, *row.after)
                                                    : rowJson(image, detail == Detail::Compact && !row.before);
    if (!m_statement)
        return send({m_entryId, row.table, image.value(QStringLiteral("uuid")).toString(), QString::fromLatin1(op),
                     workshopUuid.isNull() ? QStringLiteral("") : workshopUuid,
                     personUuid.isNull() ? QStringLiteral("") : personUuid, QString::fromUtf8(json)});
    sqlite3_bind_int64(m_statement, 1, m_entryId);
    bindText(m_statement, 2, row.table);
    bindText(m_statement, 3, image.value(QStringLiteral("uuid")).toString());
    sqlite3_bind_text(m_statement, 4, op, -1, SQLITE_STATIC);
    bindText(m_statement, 5, workshopUuid);
    bindText(m_statement, 6, personUuid);
    bindUtf8(m_statement, 7, json);
    return stepOnce(m_statement, QObject::tr("the change journal"));
}

Status BulkJournal::send(const QVariantList& line)
{
    m_waiting << line;
    if (m_waiting.size() < kLinesPerBatch * line.size())
        return ok();
    if (!m_batch) {
        m_batch = std::make_unique<QSqlQuery>(m_server);
        if (!m_batch->prepare(journalLinesStatement(kLinesPerBatch)))
            return std::unexpected(serverError(*m_batch, QObject::tr("the change journal")));
    }
    for (const QVariant& value : std::as_const(m_waiting))
        m_batch->addBindValue(value);
    m_waiting.clear();
    if (!m_batch->exec())
        return std::unexpected(serverError(*m_batch, QObject::tr("the change journal")));
    return ok();
}

Status BulkJournal::finish()
{
    if (m_statement || m_waiting.isEmpty())
        return ok();
    QSqlQuery rest(m_server);
    if (!rest.prepare(journalLinesStatement(int(m_waiting.size() / 7))))
        return std::unexpected(serverError(rest, QObject::tr("the change journal")));
    for (const QVariant& value : std::as_const(m_waiting))
        rest.addBindValue(value);
    m_waiting.clear();
    if (!rest.exec())
        return std::unexpected(serverError(rest, QObject::tr("the change journal")));
    return ok();
}

// --- BulkInsert ---

Result<BulkInsert> BulkInsert::prepare(Writer& writer, BulkJournal& journal, const QString& table, const QStringList& columns)
{
    if (!schema::isKnownTable(table))
        return fail(QObject::tr("Internal error: unknown table “%1”.").arg(table));
    for (const QString& column : columns)
        if (!schema::isIdentifier(column))
            return fail(QObject::tr("Internal error: bad column name “%1”.").arg(column));
    QStringList all = columns;
    all << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    const QString statementText = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(table, all.join(QLatin1String(", ")),
                                           QStringList(all.size(), QStringLiteral("?")).join(QLatin1String(", ")));
    if (backendOf(writer.database()) == Backend::Server) {
        auto query = std::make_unique<QSqlQuery>(writer.database());
        if (!query->prepare(statementText + QStringLiteral(" RETURNING id")))
            return std::unexpected(serverError(*query, table));
        return BulkInsert(writer, journal, table, columns, nullptr, std::move(query));
    }
    sqlite3* db = handleOf(writer.database());
    if (!db)
        return fail(QObject::tr("Internal error: the file is not open through SQLite."));
    const QByteArray sql = statementText.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(db, table));
    return BulkInsert(writer, journal, table, columns, statement, nullptr);
}

BulkInsert::BulkInsert(Writer& writer, BulkJournal& journal, QString table, QStringList columns, sqlite3_stmt* statement,
                       std::unique_ptr<QSqlQuery> serverStatement)
    : m_writer(&writer)
    , m_journal(&journal)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_statement(statement)
    , m_serverStatement(std::move(serverStatement))
    , m_now(writer.now().toUtf8())
{
}

BulkInsert::BulkInsert(BulkInsert&& other) noexcept
    : m_writer(other.m_writer)
    , m_journal(other.m_journal)
    , m_table(std::move(other.m_table))
    , m_columns(std::move(other.m_columns))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_serverStatement(std::move(other.m_serverStatement))
    , m_now(std::move(other.m_now))
{
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

Result<BulkInsert::Inserted> BulkInsert::insert(const QVariantList& values, const QString& workshopUuid,
                                                const QString& personUuid, bool ownPerson)
{
    if (values.size() != m_columns.size())
        return fail(QObject::tr("Internal error: %1 values for %2 columns.").arg(values.size()).arg(m_columns.size()));
    const QString uuid = timeOrderedUuid();
    // The image is what readRow would give: integers as qlonglong, text as
    // (never null) strings.
    QVariantMap image;
    auto inserted = m_serverStatement ? insertOnServer(values, uuid, image) : insertInFile(values, uuid, image);
    if (!inserted)
        return std::unexpected(inserted.error());
    const Id id = *inserted;
    image.insert(QStringLiteral("id"), qlonglong(id));
    image.insert(QStringLiteral("uuid"), uuid);
    image.insert(QStringLiteral("created_at"), m_writer->now());
    image.insert(QStringLiteral("updated_at"), m_writer->now());
    auto& rows = m_writer->changes().rows;
    rows.push_back(RowChange{m_table, id, std::nullopt, std::move(image)});
    if (auto journaled = m_journal->line(rows.back(), workshopUuid, ownPerson ? uuid : personUuid, BulkJournal::Detail::Compact); !journaled)
        return std::unexpected(journaled.error());
    return Inserted{id, uuid};
}

Result<Id> BulkInsert::insertInFile(const QVariantList& values, const QString& uuid, QVariantMap& image)
{
    int index = 1;
    for (qsizetype i = 0; i < values.size(); ++i, ++index) {
        const QVariant& value = values.at(i);
        if (isInteger(value)) {
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            image.insert(m_columns.at(i), value.toLongLong());
        } else {
            const QString text = value.toString();
            bindText(m_statement, index, text);
            image.insert(m_columns.at(i), text.isNull() ? QString(QLatin1String("")) : text);
        }
    }
    bindText(m_statement, index++, uuid);
    sqlite3_bind_text(m_statement, index++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_statement, index++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    if (auto stepped = stepOnce(m_statement, m_table); !stepped)
        return std::unexpected(stepped.error());
    return Id(sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)));
}

Result<Id> BulkInsert::insertOnServer(const QVariantList& values, const QString& uuid, QVariantMap& image)
{
    QSqlQuery& query = *m_serverStatement;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const QString text = isInteger(value) ? QString() : value.toString();
        const QVariant cell = isInteger(value) ? QVariant(value.toLongLong())
                                               : QVariant(text.isNull() ? QString(QLatin1String("")) : text);
        query.addBindValue(cell);
        image.insert(m_columns.at(i), cell);
    }
    const QString now = m_writer->now();
    query.addBindValue(uuid);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return std::unexpected(serverError(query, m_table));
    const Id id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace rt
