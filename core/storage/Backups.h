#pragma once
// Backups of a Roundtable file: consistent snapshots taken through SQLite's
// online backup API from a read connection of their own (never a copy of a
// live WAL file), written under a temporary name, synced to disk (file and
// folder), verified with integrity_check, and only then given their real
// name. They live in a folder per file under the app's local data folder,
// are rotated, listed, and restored.

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace rt {

class Database;

namespace backups {

// Why a snapshot is taken; the reasons worth keeping apart show in its name.
enum class Reason { Opened, Periodic, Manual, BeforeUpgrade, BeforeRestore };

struct BackupInfo {
    QString path;
    QDateTime taken; // local time, from the name (the file's time if the name has none)
    qint64 size = 0;
    QString note;    // "before upgrade", "before restore", "as found" (a damaged file's bytes), or empty
    bool verified = false; // ours, and checked when made ("as found" never is)
};

// Where backups go: what setRoot() said, else ROUNDTABLE_BACKUP_DIR, else
// "<AppLocalDataLocation>/backups".
QString root();
void setRoot(const QString& folder); // empty: back to the default
// "<root>/<stem>-<8 hex digits of the absolute path's hash>": two files of the
// same name in different folders keep their backups apart.
QString folderFor(const QString& file);

// How often snapshots are taken while a workshop is live is the app's
// choice (ui settings::backupIntervalMinutes()); core takes them when asked.

// A workshop whose status is Live, or whose dates include `today`.
bool hasLiveWorkshop(const Database& db, QDate today = QDate::currentDate());

// Takes a snapshot of `file` (open or not; it is read, never written). With
// `destination`, it is written exactly there (an existing file is refused)
// and nothing is rotated; otherwise into folderFor(file), then rotated.
// A snapshot that fails verification is removed and the failure reported.
Result<BackupInfo> snapshot(const QString& file, Reason reason, const QString& destination = {});

// Runs integrity_check on a backup and checks it is a Roundtable file this
// version can read.
Status verify(const QString& backup);

// The backups of `file`, newest first. Only checked copies get a backup's
// name, so `verified` looks at the header alone; a restore checks in full.
std::vector<BackupInfo> list(const QString& file);

// What rotation keeps: the `newest` most recent, the newest one of each of
// the last `days` days, and the newest one taken before an upgrade. The newest
// backup is never removed, nor anything unverified (a damaged file kept "as
// found" stays until a person removes it). Returns the removed paths.
struct Rotation {
    int newest = 10;
    int days = 7;
};
QStringList rotate(const QString& file, const Rotation& rule = {}, const QDateTime& now = QDateTime::currentDateTime());

// Restoring is two steps around closing the file, since the open file cannot
// be replaced under its connection:
//   prepare  (file open or not) checks the backup, backs up the current state,
//            and writes a copy of the backup beside the file, synced;
//   complete (file closed) takes the file's lock and renames the copy over it.
// If either fails, the current file is untouched and the copy removed.
struct PreparedRestore {
    QString target;
    QString backup;
    QString staged;
    QString safety;       // the backup of the state before the restore
    bool movedAsideJournal = false;
};
Result<PreparedRestore> prepareRestore(const QString& target, const QString& backup, const Database* current = nullptr);
Status completeRestore(const PreparedRestore& prepared);
void abandonRestore(const PreparedRestore& prepared);
// The journal entry (kind "restore") in the reopened file.
Status recordRestore(Database& reopened, const PreparedRestore& prepared);

} // namespace backups
} // namespace rt
