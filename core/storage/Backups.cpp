#include "storage/Backups.h"

#include "storage/Database.h"
#include "storage/FileLock.h"
#include "storage/FilePlacement.h"
#include "storage/FileProbe.h"
#include "storage/FileSettings.h"
#include "storage/Migrations.h"
#include "storage/Writer.h"
#include "workshops/Workshops.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <set>

namespace rt::backups {
namespace {

const QString kSuffix = QStringLiteral(".roundtable");
const QString kStampFormat = QStringLiteral("yyyy-MM-dd HHmmss");

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QMutex& rootMutex()
{
    static QMutex mutex;
    return mutex;
}

QString& rootOverride()
{
    static QString folder;
    return folder;
}

QString noteFor(Reason reason)
{
    switch (reason) {
    case Reason::BeforeUpgrade:
        return QStringLiteral("before upgrade");
    case Reason::BeforeRestore:
        return QStringLiteral("before restore");
    default:
        return {};
    }
}

// Closes an sqlite3 handle however the function ends.
struct Handle {
    sqlite3* db = nullptr;
    Handle() = default;
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { close(); }
    void close()
    {
        sqlite3_close_v2(db);
        db = nullptr;
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QObject::tr("out of memory"); }
};

// A read-only handle: through the -wal when there is one (the file is open,
// so that is where its newest pages are), otherwise without locks or -shm.
Status openForReading(Handle& handle, const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QUrl url = QUrl::fromLocalFile(absolute);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    if (!QFileInfo::exists(absolute + QStringLiteral("-wal")))
        query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
    url.setQuery(query);
    const int rc = sqlite3_open_v2(url.toString(QUrl::FullyEncoded).toUtf8().constData(), &handle.db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        return fail(handle.error());
    sqlite3_busy_timeout(handle.db, 5000);
    return ok();
}

Status syncPath(const QString& path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return fail(QString::fromLocal8Bit(strerror(error)));
    return ok();
}

// The time and note a backup's name carries:
// "<stem> 2027-03-09 084212[ before upgrade][ (2)].roundtable".
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"( (\d{4}-\d{2}-\d{2} \d{6})(?: (before upgrade|before restore|as found))?(?: \(\d+\))?\.roundtable$)"));
    return pattern;
}

QString freeName(const QString& folder, const QString& stem, const QDateTime& when, const QString& note)
{
    QString base = stem + QLatin1Char(' ') + when.toString(kStampFormat);
    if (!note.isEmpty())
        base += QLatin1Char(' ') + note;
    QString candidate = folder + QLatin1Char('/') + base + kSuffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder + QLatin1Char('/') + base + QStringLiteral(" (%1)").arg(n) + kSuffix;
    return candidate;
}

Status copySynced(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        QFile::remove(to);
        return fail(QObject::tr("Could not copy “%1” to “%2”. Check that there is room on the disk.").arg(display(from), display(to)));
    }
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (auto synced = syncPath(to, false); !synced) {
        QFile::remove(to);
        return fail(QObject::tr("Could not write “%1” to the disk: %2").arg(display(to), synced.error().message));
    }
    return ok();
}

} // namespace

QString root()
{
    {
        QMutexLocker locker(&rootMutex());
        if (!rootOverride().isEmpty())
            return rootOverride();
    }
    const QString fromEnvironment = qEnvironmentVariable("ROUNDTABLE_BACKUP_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/backups");
}

void setRoot(const QString& folder)
{
    QMutexLocker locker(&rootMutex());
    rootOverride() = folder;
}

QString folderFor(const QString& file)
{
    const QFileInfo info(file);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return root() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

bool hasLiveWorkshop(const Database& db, QDate today)
{
    auto all = workshops::list(db, workshops::Counts::Skip);
    if (!all)
        return false;
    for (const WorkshopSummary& s : *all) {
        const Workshop& w = s.workshop;
        if (w.status == WorkshopStatus::Live)
            return true;
        if (w.status != WorkshopStatus::Closed && w.startDate.isValid() && w.startDate <= today && today <= w.endDate())
            return true;
    }
    return false;
}

Status verify(const QString& backup)
{
    auto header = probeFile(backup);
    if (!header)
        return std::unexpected(header.error());
    if (header->applicationId != kApplicationId)
        return fail(QObject::tr("“%1” is not a Roundtable file.").arg(display(backup)));
    if (header->userVersion > quint32(currentSchemaVersion()))
        return fail(QObject::tr("“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3.")
                        .arg(display(backup))
                        .arg(header->userVersion)
                        .arg(currentSchemaVersion()));
    Handle handle;
    if (auto opened = openForReading(handle, backup); !opened)
        return fail(QObject::tr("Could not read “%1”: %2").arg(display(backup), opened.error().message));
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle.db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return fail(QObject::tr("“%1” is damaged: %2").arg(display(backup), handle.error()));
    QStringList problems;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        problems << handle.error();
    if (!problems.isEmpty())
        return fail(QObject::tr("“%1” is damaged (the database reports: %2).")
                        .arg(display(backup), problems.mid(0, 3).join(QLatin1String("; "))));
    return ok();
}

Result<BackupInfo> snapshot(const QString& file, Reason reason, const QString& destination)
{
    const QString source = QFileInfo(file).absoluteFilePath();
    const QString folder = destination.isEmpty() ? folderFor(source) : QFileInfo(destination).absolutePath();
    const auto failed = [&](const QString& why) {
        return fail(QObject::tr("No backup of “%1” was made: %2").arg(display(source), why));
    };
    if (!QDir().mkpath(folder))
        return failed(QObject::tr("the folder “%1” cannot be created. Check that it can be written to.").arg(display(folder)));
    if (!destination.isEmpty() && QFileInfo::exists(destination))
        return failed(QObject::tr("“%1” already exists. Choose another name.").arg(display(destination)));
    const QDateTime now = QDateTime::currentDateTime();
    const QString temporary = folder + QStringLiteral("/.") + QFileInfo(source).completeBaseName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".partial");

    {
        Handle from;
        if (auto opened = openForReading(from, source); !opened)
            return failed(QObject::tr("the file cannot be read (%1).").arg(opened.error().message));
        Handle to;
        if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &to.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
            QFile::remove(temporary);
            return failed(QObject::tr("“%1” cannot be written (%2).").arg(display(folder), to.error()));
        }
        // One step copies every page inside one read transaction: a
        // consistent picture of the file, however busy its writer is.
        sqlite3_backup* copy = sqlite3_backup_init(to.db, "main", from.db, "main");
        int rc = copy ? sqlite3_backup_step(copy, -1) : sqlite3_errcode(to.db);
        const QString detail = copy ? QString::fromUtf8(sqlite3_errstr(rc)) : to.error();
        if (copy)
            sqlite3_backup_finish(copy);
        if (rc != SQLITE_DONE) {
            to.close();
            placement::removeDatabaseFiles(temporary);
            return failed(QObject::tr("copying it failed (%1). Check that there is room on the disk.").arg(detail));
        }
    }
    // SQLite syncs the copy as it commits, but only the data: the name in the
    // folder is synced here, before and after the rename.
    if (auto synced = syncPath(temporary, false); !synced) {
        placement::removeDatabaseFiles(temporary);
        return failed(QObject::tr("it could not be written to the disk (%1).").arg(synced.error().message));
    }
    if (auto checked = verify(temporary); !checked) {
        placement::removeDatabaseFiles(temporary);
        return failed(QObject::tr("the copy failed its check and was removed. %1").arg(checked.error().message));
    }
    // Two snapshots in one second (the window's and a restore's) must not
    // pick the same name: naming and renaming happen one at a time.
    static QMutex naming;
    QMutexLocker named(&naming);
    const QString target = destination.isEmpty() ? freeName(folder, QFileInfo(source).completeBaseName(), now, noteFor(reason))
                                                 : QFileInfo(destination).absoluteFilePath();
    if (!destination.isEmpty() && QFileInfo::exists(target)) {
        placement::removeDatabaseFiles(temporary);
        return failed(QObject::tr("“%1” already exists. Choose another name.").arg(display(destination)));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(target).toStdString(), error);
    named.unlock();
    if (error) {
        placement::removeDatabaseFiles(temporary);
        return failed(QString::fromLocal8Bit(error.message()));
    }
    if (auto synced = syncPath(folder, true); !synced)
        return failed(QObject::tr("its folder could not be written to the disk (%1).").arg(synced.error().message));

    BackupInfo info;
    info.path = target;
    info.taken = now;
    info.size = QFileInfo(target).size();
    info.note = noteFor(reason);
    info.verified = true;
    if (destination.isEmpty())
        rotate(source);
    return info;
}

std::vector<BackupInfo> list(const QString& file)
{
    std::vector<BackupInfo> found;
    const QDir folder(folderFor(file));
    const auto entries = folder.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files);
    for (const QFileInfo& entry : entries) {
        BackupInfo info;
        info.path = entry.absoluteFilePath();
        info.size = entry.size();
        const auto match = namePattern().match(entry.fileName());
        if (match.hasMatch()) {
            info.taken = QDateTime::fromString(match.captured(1), kStampFormat);
            info.note = match.captured(2);
        }
        if (!info.taken.isValid())
            info.taken = entry.lastModified();
        auto header = probeFile(info.path);
        // A damaged file kept as it was before a restore was never checked.
        info.verified = header && header->applicationId == kApplicationId && info.note != QLatin1String("as found");
        found.push_back(info);
    }
    std::sort(found.begin(), found.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return found;
}

QStringList rotate(const QString& file, const Rotation& rule, const QDateTime& now)
{
    std::vector<BackupInfo> all = list(file);
    std::erase_if(all, [](const BackupInfo& b) { return !b.verified; }); // not ours to judge: left alone
    std::set<QString> keep;
    for (int i = 0; i < int(all.size()) && i < rule.newest; ++i)
        keep.insert(all[i].path);
    const QDate today = now.date();
    std::set<QDate> daysSeen;
    bool upgradeSeen = false;
    for (const BackupInfo& b : all) { // newest first: the first of each day is its newest
        const QDate day = b.taken.date();
        if (day <= today && day.daysTo(today) < rule.days && daysSeen.insert(day).second)
            keep.insert(b.path);
        if (b.note == QLatin1String("before upgrade") && !upgradeSeen) {
            upgradeSeen = true;
            keep.insert(b.path);
        }
    }
    if (!all.empty())
        keep.insert(all.front().path);
    QStringList removed;
    for (const BackupInfo& b : all) {
        if (!keep.contains(b.path) && QFile::remove(b.path))
            removed << b.path;
    }
    return removed;
}

Result<PreparedRestore> prepareRestore(const QString& target, const QString& backup, const Database* current)
{
    const auto refused = [&](const QString& why) {
        return fail(QObject::tr("Nothing was restored; “%1” is as it was. %2").arg(display(target), why));
    };
    if (current && current->isReadOnly())
        return refused(current->readOnlyReason());
    if (auto checked = verify(backup); !checked)
        return refused(QObject::tr("The backup cannot be used: %1").arg(checked.error().message));

    PreparedRestore prepared;
    prepared.target = QFileInfo(target).absoluteFilePath();
    prepared.backup = QFileInfo(backup).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        auto safety = snapshot(target, Reason::BeforeRestore);
        if (safety) {
            prepared.safety = safety->path;
        } else if (current) {
            return refused(QObject::tr("The current state could not be backed up first. %1").arg(safety.error().message));
        } else {
            // A file too damaged to be read by SQLite: its bytes are kept as
            // they are (with a journal left beside it), before it is replaced.
            const QString folder = folderFor(target);
            QDir().mkpath(folder);
            const QString copy = freeName(folder, QFileInfo(target).completeBaseName(), QDateTime::currentDateTime(),
                                          QStringLiteral("as found"));
            if (auto copied = copySynced(target, copy); !copied)
                return refused(QObject::tr("The current file could not be kept first. %1").arg(copied.error().message));
            const QString wal = target + QStringLiteral("-wal");
            if (QFileInfo::exists(wal)) {
                if (auto copied = copySynced(wal, copy + QStringLiteral("-wal")); !copied) {
                    QFile::remove(copy);
                    return refused(QObject::tr("The current file could not be kept first. %1").arg(copied.error().message));
                }
                prepared.movedAsideJournal = true;
            }
            syncPath(folder, true);
            prepared.safety = copy;
        }
    }
    prepared.staged = placement::temporarySibling(target);
    if (auto copied = copySynced(backup, prepared.staged); !copied)
        return refused(copied.error().message);
    return prepared;
}

void abandonRestore(const PreparedRestore& prepared)
{
    if (!prepared.staged.isEmpty())
        placement::removeDatabaseFiles(prepared.staged);
}

Status completeRestore(const PreparedRestore& prepared)
{
    const auto refused = [&](const QString& why) {
        abandonRestore(prepared);
        return fail(QObject::tr("Nothing was restored; “%1” is as it was. %2").arg(display(prepared.target), why));
    };
    auto lock = FileLock::acquire(prepared.target);
    if (!lock)
        return refused(lock.error().message);
    if (prepared.movedAsideJournal) {
        // Kept with the safety copy; replayed into the restored file it would
        // damage it.
        QFile::remove(prepared.target + QStringLiteral("-wal"));
    }
    if (!QFileInfo::exists(prepared.target + QStringLiteral("-wal")))
        QFile::remove(prepared.target + QStringLiteral("-shm"));
    if (auto moved = placement::moveIntoPlace(prepared.staged, prepared.target); !moved)
        return refused(moved.error().message);
    if (auto synced = syncPath(QFileInfo(prepared.target).absolutePath(), true); !synced)
        return fail(QObject::tr("The backup was put in place, but its folder could not be written to the disk: %1")
                        .arg(synced.error().message));
    return ok();
}

Status recordRestore(Database& reopened, const PreparedRestore& prepared)
{
    const QString backupName = QFileInfo(prepared.backup).fileName();
    const QJsonObject detail{{QStringLiteral("backup"), backupName},
                             {QStringLiteral("previous_state"), QFileInfo(prepared.safety).fileName()},
                             {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    auto written = reopened.write(
        QObject::tr("Restored the backup “%1”").arg(backupName),
        [&](Writer& w) {
            return filesettings::set(w, QStringLiteral("last_restore"),
                                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        },
        journal::Kind::Restore);
    return written ? ok() : Status(std::unexpected(written.error()));
}

} // namespace rt::backups
