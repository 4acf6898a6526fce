#pragma once
// The append-only change journal: every action that changes the file appends
// who did it, what it was and when, with one line per row it touched. Undo,
// merging and the History view read it; nothing ever rewrites it.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace rt::journal {

enum class Kind { Action, Undo, Redo, Import, Merge, Restore };
QString kindKey(Kind kind);
std::optional<Kind> kindFromKey(const QString& key);

// Who is recorded as making changes from this process. Defaults to the
// computer account's name; the app and the CLI may set a person's name.
QString author();
void setAuthor(const QString& name);

// Appends one entry for `changes` inside the caller's transaction. Each row
// line says whose history it belongs to (its workshop and person, found by
// following the row's references), so History can show it later even after
// the row itself is gone.
// `uuid` names the entry (a new one when empty), so a station that lost its
// server connection while committing can find out whether it went in;
// `station` is the connection that made it (Database::station()).
struct Entry {
    QString uuid;
    QString station;
};
Status append(const QSqlDatabase& db, const ChangeSet& changes, Kind kind, const Entry& entry = {});

// The newest entry, after journal id `since`, made by a station other than
// `station` that touched any of the rows `rowUuids`: what a station that
// last caught up at `since` has not seen. Nothing when there is none.
struct OtherChange {
    QString author;
    QString at; // local time of day, HH:mm
    QString description;
};
Result<std::optional<OtherChange>> newestOtherChange(const QSqlDatabase& db, const QStringList& rowUuids, qint64 since,
                                                     const QString& station);

// The detail of an update line: {"column": [before, after]} for the columns
// that changed (updated_at left out), SQL NULL kept as null.
QByteArray changedColumnsJson(const QVariantMap& before, const QVariantMap& after);

} // namespace rt::journal
