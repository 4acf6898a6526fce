#include "storage/RowLookup.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QObject>
#include <QUuid>

namespace rt::rows {

Result<Id> find(const Database& db, const QString& table, const QString& numberOrUuid)
{
    if (!schema::isKnownTable(table))
        return fail(QObject::tr("Internal error: unknown table %1.").arg(table));
    const QString text = numberOrUuid.trimmed();
    bool isNumber = false;
    const Id number = text.toLongLong(&isNumber);
    QString column;
    QVariant key;
    if (isNumber && number > 0) {
        column = QStringLiteral("id");
        key = number;
    } else if (!QUuid::fromString(text).isNull()) {
        column = QStringLiteral("uuid");
        key = QUuid::fromString(text).toString(QUuid::WithoutBraces);
    } else {
        return fail(QObject::tr("“%1” is neither a number nor a UUID.").arg(text));
    }
    auto found = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), {key});
    if (!found)
        return std::unexpected(found.error());
    if (found->isNull())
        return fail(QObject::tr("Nothing in this file has the number or UUID “%1”.").arg(text));
    return found->toLongLong();
}

} // namespace rt::rows
