#include "storage/Transaction.h"

#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QObject>
#include <QSqlQuery>

namespace rt {

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
    , m_active(true)
{
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : m_db(other.m_db)
    , m_active(other.m_active)
{
    other.m_active = false;
}

Result<WriteTransaction> WriteTransaction::begin(const QSqlDatabase& db)
{
    if (auto began = dialect::beginWrite(db); !began)
        return std::unexpected(began.error());
    return WriteTransaction(db);
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return fail(QObject::tr("Internal error: the change was already finished."));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = sql::errorOf(query, QObject::tr("Could not save the change"));
        rollback();
        return std::unexpected(error);
    }
    m_active = false;
    return ok();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace rt
