// Commands about backups: backup, backups, restore.

#include "Cli.h"

#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QObject>

namespace rt::cli {
namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

int backup(const Context& c)
{
    // Opening runs the usual checks (and the lock): a file open elsewhere is
    // only read, so it can still be backed up.
    auto db = c.open();
    if (!db)
        return Problem;
    auto made = backups::snapshot(db->path(), backups::Reason::Manual, c.parser.value(QStringLiteral("to")));
    if (!made)
        return c.fail(made.error().message);
    c.io.out << QObject::tr("Backed up %1 to %2 (%3, verified).")
                    .arg(native(db->path()), native(made->path), QLocale().formattedDataSize(made->size))
             << Qt::endl;
    return Success;
}

int list(const Context& c)
{
    const auto all = backups::list(c.databasePath);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const backups::BackupInfo& b : all)
            array.append(QJsonObject{{QStringLiteral("path"), b.path},
                                     {QStringLiteral("taken"), b.taken.toString(Qt::ISODate)},
                                     {QStringLiteral("size"), b.size},
                                     {QStringLiteral("note"), b.note},
                                     {QStringLiteral("verified"), b.verified}});
        c.io.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(c.databasePath).absoluteFilePath()},
                                              {QStringLiteral("folder"), backups::folderFor(c.databasePath)},
                                              {QStringLiteral("backups"), array}})
                        .toJson();
        return Success;
    }
    c.io.out << QObject::tr("Backups of %1 in %2:").arg(native(QFileInfo(c.databasePath).absoluteFilePath()),
                                                         native(backups::folderFor(c.databasePath)))
             << "\n";
    if (all.empty())
        c.io.out << QObject::tr("  none yet") << "\n";
    for (const backups::BackupInfo& b : all) {
        c.io.out << QStringLiteral("  %1  %2  %3  %4")
                        .arg(b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             QLocale().formattedDataSize(b.size).rightJustified(10),
                             b.verified                          ? QObject::tr("ok")
                             : b.note == QLatin1String("as found") ? QObject::tr("damaged, kept as found")
                                                                   : QObject::tr("NOT A ROUNDTABLE FILE"),
                             QFileInfo(b.path).fileName())
                 << "\n";
    }
    c.io.out.flush();
    return Success;
}

int restore(const Context& c)
{
    if (c.argument.isEmpty()) {
        c.io.err << QObject::tr("Say which backup: roundtable-cli --database FILE restore BACKUP (a path, or a name "
                                "“backups” lists).")
                 << Qt::endl;
        return Usage;
    }
    QString chosen = c.argument;
    if (!QFileInfo::exists(chosen))
        chosen = backups::folderFor(c.databasePath) + QLatin1Char('/') + c.argument;
    if (!QFileInfo::exists(chosen))
        return c.fail(QObject::tr("There is no backup “%1”. “roundtable-cli --database FILE backups” lists them.").arg(c.argument));

    // A file that opens is backed up through SQLite first; one too damaged
    // to open (the usual reason to restore) has its bytes kept instead.
    auto opened = Database::open(c.databasePath);
    std::unique_ptr<Database> current = opened ? std::move(*opened) : nullptr;
    if (current && current->isReadOnly())
        return c.fail(current->readOnlyReason());
    auto prepared = backups::prepareRestore(c.databasePath, chosen, current.get());
    if (!prepared)
        return c.fail(prepared.error().message);
    current.reset();
    if (auto done = backups::completeRestore(*prepared); !done)
        return c.fail(done.error().message);
    auto reopened = Database::open(c.databasePath);
    if (!reopened)
        return c.fail(QObject::tr("The backup was restored, but the file does not open: %1").arg(reopened.error().message));
    if (auto recorded = backups::recordRestore(**reopened, *prepared); !recorded)
        c.io.err << recorded.error().message << Qt::endl;
    c.io.out << QObject::tr("Restored %1 from %2.").arg(native(prepared->target), native(prepared->backup)) << "\n";
    if (!prepared->safety.isEmpty())
        c.io.out << QObject::tr("The state before the restore was backed up to %1.").arg(native(prepared->safety)) << "\n";
    c.io.out.flush();
    return Success;
}

} // namespace

std::vector<Command> backupCommands()
{
    std::vector<Command> commands{
        {QStringLiteral("backup"), QObject::tr("Make a verified backup of the file now (into its backup folder, or --to PATH)."),
         {valueOption("to", "Write the backup to this file instead (it must not exist).", "PATH")}, backup},
        {QStringLiteral("backups"), QObject::tr("List the file's backups, newest first."),
         {QCommandLineOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."))}, list},
        {QStringLiteral("restore"), QObject::tr("Replace the file with a backup (the current state is backed up first)."), {},
         restore, QStringLiteral("BACKUP")},
    };
    for (Command& command : commands)
        command.fileOnly = true; // a server's backups are its administrator's
    return commands;
}

} // namespace rt::cli
