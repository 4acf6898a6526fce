#include "storage/BulkInsert.h"

#include "storage/Schema.h"
#include "storage/Writer.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QSqlDriver>
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

Error sqliteError(sqlite3* db, const QString& table)
{
    return Error{QObject::tr("Could not write to %1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(db)))};
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

Result<BulkInsert> BulkInsert::prepare(Writer& writer, const QString& table, const QStringList& columns)
{
    if (!schema::isKnownTable(table))
        return fail(QObject::tr("Internal error: unknown table “%1”.").arg(table));
    for (const QString& column : columns)
        if (!schema::isIdentifier(column))
            return fail(QObject::tr("Internal error: bad column name “%1”.").arg(column));
    sqlite3* db = handleOf(writer.database());
    if (!db)
        return fail(QObject::tr("Internal error: the file is not open through SQLite."));
    QStringList all = columns;
    all << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, all.join(QLatin1String(", ")),
                                    QStringList(all.size(), QStringLiteral("?")).join(QLatin1String(", ")))
                               .toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(db, table));
    return BulkInsert(writer, table, columns, statement);
}

BulkInsert::BulkInsert(Writer& writer, QString table, QStringList columns, sqlite3_stmt* statement)
    : m_writer(&writer)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_statement(statement)
    , m_now(writer.now().toUtf8())
{
}

BulkInsert::BulkInsert(BulkInsert&& other) noexcept
    : m_writer(other.m_writer)
    , m_table(std::move(other.m_table))
    , m_columns(std::move(other.m_columns))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_now(std::move(other.m_now))
{
}

BulkInsert& BulkInsert::operator=(BulkInsert&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_writer = other.m_writer;
        m_table = std::move(other.m_table);
        m_columns = std::move(other.m_columns);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_now = std::move(other.m_now);
    }
    return *this;
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

Result<Id> BulkInsert::insert(const QVariantList& values)
{
    if (values.size() != m_columns.size())
        return fail(QObject::tr("Internal error: %1 values for %2 columns.").arg(values.size()).arg(m_columns.size()));
    const QString uuid = timeOrderedUuid();
    QVariantMap image;
    int index = 1;
    for (qsizetype i = 0; i < values.size(); ++i, ++index) {
        const QVariant& value = values.at(i);
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            image.insert(m_columns.at(i), value.toLongLong());
            break;
        default: {
            // Text columns are NOT NULL with '' defaults; an unset string is ''.
            const QString text = value.toString();
            sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            image.insert(m_columns.at(i), text.isNull() ? QString(QLatin1String("")) : text);
            break;
        }
        }
    }
    sqlite3_bind_text16(m_statement, index++, uuid.utf16(), int(uuid.size() * 2), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_statement, index++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_statement, index++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    sqlite3* db = sqlite3_db_handle(m_statement);
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (stepped != SQLITE_DONE)
        return std::unexpected(sqliteError(db, m_table));
    const Id id = sqlite3_last_insert_rowid(db);
    image.insert(QStringLiteral("id"), qlonglong(id));
    image.insert(QStringLiteral("uuid"), uuid);
    image.insert(QStringLiteral("created_at"), m_writer->now());
    image.insert(QStringLiteral("updated_at"), m_writer->now());
    m_writer->changes().rows.push_back(RowChange{m_table, id, std::nullopt, std::move(image)});
    return id;
}

} // namespace rt
