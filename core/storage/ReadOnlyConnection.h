#pragma once
// A connection that reads a file without leaving a trace: no -wal/-shm files
// are created and nothing is written. Used to check a file before trusting it,
// and by `roundtable-cli check`.

#include "common/Result.h"

#include <QSqlDatabase>
#include <memory>

namespace rt {

class ReadOnlyConnection {
public:
    // How to treat a -wal beside the file.
    enum class Journal {
        Detect, // read through a -wal if there is one now
        Ignore, // the caller knows there was none; one that appears since is the
                // caller's own, with nothing in it yet: read the file alone
    };
    static Result<std::unique_ptr<ReadOnlyConnection>> open(const QString& path, Journal journal = Journal::Detect);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    const QSqlDatabase& database() const { return m_db; }

private:
    ReadOnlyConnection(QString name, QSqlDatabase db);
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace rt
