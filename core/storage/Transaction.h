#pragma once
// RAII write transaction: dialect::beginWrite takes the write lock up front
// (Qt's transaction() is a deferred BEGIN that can fail half-way), COMMIT runs as a
// query so its error is seen, and anything not committed is rolled back.

#include "common/Result.h"

#include <QSqlDatabase>

namespace rt {

class WriteTransaction {
public:
    static Result<WriteTransaction> begin(const QSqlDatabase& db);

    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();

    Status commit();
    void rollback();

private:
    explicit WriteTransaction(const QSqlDatabase& db);
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace rt
