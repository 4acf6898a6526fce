#pragma once
// The only way core changes rows. Each insert, update and delete is recorded
// with the row's image before and after, into the ChangeSet of the action the
// write belongs to. Every row gets a UUID and UTC created/updated times here, so
// rules code never forgets them.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>
#include <optional>
#include <utility>

namespace rt {

class Writer {
public:
    Writer(const QSqlDatabase& db, ChangeSet& changes);

    // Inserts a row; uuid, created_at and updated_at are filled in unless given.
    Result<Id> insert(const QString& table, QVariantMap values);
    // Sets the given columns; a no-op (nothing recorded) when no value differs.
    Status update(const QString& table, Id id, const QVariantMap& values);
    Status remove(const QString& table, Id id);
    // Removes every row of `table` whose `column` equals `value`, one by one so
    // each is recorded.
    Status removeWhere(const QString& table, const QString& column, const QVariant& value);

    // Reads inside the same transaction.
    Result<QSqlQuery> query(const QString& statement, const QVariantList& binds = {}) const;
    Result<QVariant> scalar(const QString& statement, const QVariantList& binds = {}) const;

    // Merging copies rows from another copy of the file and must keep when each
    // was last changed there: the newest-change-wins rule compares updated_at,
    // and stamping "now" would make every merged row look newest. When set, an
    // insert or update that gives updated_at keeps it.
    void keepGivenTimestamps(bool keep) { m_keepTimestamps = keep; }

    // On a server: refuse to update or remove a row that another station
    // changed in a journal entry after `seenJournal` (what this station last
    // caught up to), naming who changed it and when.
    struct Watch {
        qint64 seenJournal = 0;
        QString station;
    };
    void watchOthers(Watch watch) { m_watch = std::move(watch); }
    // Lifts the guard and returns it (to put back with watchOthers), for a
    // rule that settles a collision itself: a check-in meeting another
    // station's mark of the same person for the same block.
    std::optional<Watch> stopWatching() { return std::exchange(m_watch, std::nullopt); }

    ChangeSet& changes() { return m_changes; }
    const QSqlDatabase& database() const { return m_db; }
    const QString& now() const { return m_now; }

private:
    QSqlDatabase m_db;
    ChangeSet& m_changes;
    QString m_now;
    bool m_keepTimestamps = false;
    std::optional<Watch> m_watch;

    Status refuseCollision(const QString& table, const QVariantMap& before) const;
};

// Reads one row of a known table as a column -> value map.
Result<std::optional<QVariantMap>> readRow(const QSqlDatabase& db, const QString& table, Id id);

} // namespace rt
