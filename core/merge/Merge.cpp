#include "merge/Merge.h"

#include "merge/DiskSync.h"
#include "merge/MergeSource.h"
#include "merge/Merger.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/FilePlacement.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>


namespace rt::merge {
namespace {

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Two laptops' copies often share a name: then the report names the folders too.
void nameSides(MergeReport& report, const QString& target, const QString& other)
{
    if (ServerAddress::isServerUrl(target)) {
        auto server = ServerAddress::parse(target);
        report.target = server ? server->display() : target;
        report.source = QFileInfo(other).fileName();
        return;
    }
    report.target = QFileInfo(target).fileName();
    report.source = QFileInfo(other).fileName();
    if (report.target == report.source) {
        report.target = display(target);
        report.source = display(other);
    }
}

Status runIn(Writer& writer, const Source& source, MergeReport& report, const QString& station)
{
    Merger merger(writer, source, report);
    merger.setStation(station);
    return merger.run();
}

// A's copy is a backup snapshot written exactly at `to`: consistent (the
// online backup API), synced, and checked before the merge builds on it.
Status copyConsistently(const QString& from, const QString& to)
{
    auto copied = backups::snapshot(from, backups::Reason::Manual, to);
    if (!copied)
        return std::unexpected(copied.error());
    return ok();
}

Status checkTarget(const QString& path)
{
    if (auto status = checkPathToOpen(path); !status)
        return status;
    auto header = probeFile(path);
    if (!header)
        return std::unexpected(header.error());
    if (header->applicationId != kApplicationId)
        return fail(QObject::tr("“%1” is not a Roundtable file (it was made by another program). It was not changed.")
                        .arg(display(path)));
    if (int(header->userVersion) > currentSchemaVersion())
        return fail(QObject::tr("“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. "
                                "Merge the files in the newer Roundtable. Neither file was changed.")
                        .arg(display(path))
                        .arg(header->userVersion)
                        .arg(currentSchemaVersion()));
    return quickCheckFile(path);
}

Status checkOut(const FileMerge& files)
{
    const QString out = QFileInfo(files.out).absoluteFilePath();
    for (const QString& input : {files.target, files.other}) {
        if (QFileInfo(input).absoluteFilePath() == out
            || (QFileInfo::exists(out) && QFileInfo(input).canonicalFilePath() == QFileInfo(out).canonicalFilePath()))
            return fail(QObject::tr("The merged file must be a new file: “%1” is one of the files being merged, and they "
                                    "are never changed. Choose another name with --out.")
                            .arg(display(files.out)));
    }
    if (QFileInfo(out).isDir())
        return fail(QObject::tr("“%1” is a folder. Give a file name with --out.").arg(display(out)));
    if (QFileInfo::exists(out) && !files.replace)
        return fail(QObject::tr("“%1” already exists. Choose another name, or add --force to replace it.").arg(display(out)));
    return checkPathToCreate(out);
}

} // namespace

QString description(const QString& otherPath)
{
    return QObject::tr("Merge from “%1”").arg(QFileInfo(otherPath).fileName());
}

Result<MergeReport> preview(Database& db, const QString& otherPath)
{
    auto source = Source::open(otherPath, db.path());
    if (!source)
        return std::unexpected(source.error());
    if (auto checked = db.awaitIntegrity(); !checked)
        return std::unexpected(checked.error());
    MergeReport report;
    report.dryRun = true;
    nameSides(report, db.path(), otherPath);
    // The real merge, rolled back: the preview cannot differ from what Merge does.
    auto transaction = WriteTransaction::begin(db.connection());
    if (!transaction)
        return std::unexpected(transaction.error());
    ChangeSet scratch;
    Writer writer(db.connection(), scratch);
    if (auto status = runIn(writer, **source, report, db.station()); !status)
        return std::unexpected(status.error());
    transaction->rollback();
    return report;
}

Result<Merged> mergeFrom(Database& db, const QString& otherPath)
{
    auto source = Source::open(otherPath, db.path());
    if (!source)
        return std::unexpected(source.error());
    Merged merged;
    nameSides(merged.report, db.path(), otherPath);
    auto changes = db.write(
        description(otherPath), [&](Writer& w) { return runIn(w, **source, merged.report, db.station()); }, journal::Kind::Merge);
    if (!changes)
        return std::unexpected(changes.error());
    merged.changes = std::move(*changes);
    return merged;
}

Result<MergeReport> mergeFiles(const FileMerge& files)
{
    if (!files.dryRun) {
        if (auto status = checkOut(files); !status)
            return std::unexpected(status.error());
    }
    if (auto status = checkTarget(files.target); !status)
        return std::unexpected(status.error());
    {
        auto source = Source::open(files.other, files.target);
        if (!source)
            return std::unexpected(source.error());
    }
    // A dry run works on a copy in the system's temporary folder, so it writes
    // nothing near either file.
    QTemporaryDir scratch;
    if (files.dryRun && !scratch.isValid())
        return fail(QObject::tr("Could not make a temporary folder for the preview: %1").arg(scratch.errorString()));
    const QString temporary = files.dryRun ? scratch.filePath(QStringLiteral("preview.roundtable"))
                                           : placement::temporarySibling(files.out);
    if (auto status = copyConsistently(files.target, temporary); !status) {
        placement::removeDatabaseFiles(temporary);
        return std::unexpected(status.error());
    }
    Result<MergeReport> report = fail(QString());
    {
        auto db = Database::open(temporary);
        if (!db) {
            placement::removeDatabaseFiles(temporary);
            return std::unexpected(db.error());
        }
        if (files.dryRun) {
            report = preview(**db, files.other);
        } else {
            auto merged = mergeFrom(**db, files.other);
            report = merged ? Result<MergeReport>(std::move(merged->report)) : std::unexpected(merged.error());
        }
    }
    if (report) {
        // The copy is named after A while it is built; the report speaks of A.
        nameSides(*report, files.target, files.other);
        report->dryRun = files.dryRun;
    }
    if (!report || files.dryRun) {
        placement::removeDatabaseFiles(temporary);
        return report;
    }
    if (auto status = syncToDisk(temporary); !status) {
        placement::removeDatabaseFiles(temporary);
        return std::unexpected(status.error());
    }
    if (auto moved = placement::moveIntoPlace(temporary, files.out); !moved)
        return std::unexpected(moved.error());
    if (auto status = syncToDisk(files.out); !status)
        return std::unexpected(status.error());
    return report;
}

} // namespace rt::merge
