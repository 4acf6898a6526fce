#include "storage/Sql.h"

#include "storage/Dialect.h"

#include <QObject>
#include <QSqlError>

#include <sqlite3.h>

namespace rt::sql {

Error errorOf(const QSqlQuery& query, const QString& context)
{
    const QSqlError error = query.lastError();
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    if (error.nativeErrorCode() == QLatin1String("5") || detail.contains(QLatin1String("locked")))
        return Error{QObject::tr("%1: the file is busy (another Roundtable window or program is writing to it). "
                                 "Try again in a moment.")
                         .arg(context)};
    if (detail.contains(QLatin1String("full")))
        return Error{QObject::tr("%1: the disk is full. Free some space and try again.").arg(context)};
    return Error{QObject::tr("%1: %2").arg(context, detail)};
}

namespace {

// A statement failed: on a server whose connection is gone, the connection is
// closed, so the next read through Database::connection() or the next write
// connects again, and the error says the line was lost.
Error failed(const QSqlDatabase& db, const QSqlQuery& query, const QString& context)
{
    Error error = errorOf(query, context);
    if (dialect::connectionLost(db)) {
        QSqlDatabase(db).close();
        error.kind = ErrorKind::ConnectionLost;
    }
    return error;
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return std::unexpected(failed(db, query, QObject::tr("Could not prepare a database statement")));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(failed(db, query, QObject::tr("The database refused a statement")));
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if (query->next())
        value = query->value(0);
    query->finish();
    return value;
}

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        pending += line;
        pending += QLatin1Char('\n');
        const QByteArray utf8 = pending.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString statement = pending.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements << pending.trimmed();
    return statements;
}

Status runScript(const QSqlDatabase& db, const QString& script)
{
    for (const QString& statement : splitStatements(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return std::unexpected(errorOf(query, QObject::tr("A schema step failed")));
    }
    return ok();
}

} // namespace rt::sql
