#include "storage/ReadOnlyConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace rt {

ReadOnlyConnection::ReadOnlyConnection(QString name, QSqlDatabase db)
    : m_name(std::move(name))
    , m_db(std::move(db))
{
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ReadOnlyConnection>> ReadOnlyConnection::open(const QString& path, Journal journal)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QUrl url = QUrl::fromLocalFile(absolute);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    // With no -wal beside the file there is nothing newer than the file itself,
    // and "immutable" makes SQLite read it without locks or -shm files. With a
    // -wal present (the file is open elsewhere, or was not closed), a plain
    // read-only connection reads through it.
    if (journal == Journal::Ignore || !QFileInfo::exists(absolute + QStringLiteral("-wal")))
        query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
    url.setQuery(query);

    const QString name = QStringLiteral("roundtable-ro-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(QObject::tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(absolute), detail));
    }
    return std::unique_ptr<ReadOnlyConnection>(new ReadOnlyConnection(name, db));
}

} // namespace rt
