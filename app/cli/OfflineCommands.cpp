// offline and merge-in: a workshop taken from the server into a file for a
// venue without network, and that file merged back afterwards.

#include "Cli.h"

#include "merge/Merge.h"
#include "merge/Offline.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QObject>

namespace rt::cli {
namespace {

int offline(const Context& c)
{
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        c.fail(QObject::tr("Say where the workshop's file goes: --out FILE"));
        return Usage;
    }
    auto [db, workshopId, status] = c.openWorkshop();
    if (!db || !workshopId)
        return status;
    auto copy = merge::takeOffline(*db, *workshopId, out, c.parser.isSet(QStringLiteral("force")));
    if (!copy)
        return c.fail(copy.error().message);
    c.io.out << QObject::tr("Took “%1” offline into %2 (%n record(s), with their history).", nullptr, copy->rows)
                    .arg(copy->workshop, QDir::toNativeSeparators(out))
             << "\n"
             << QObject::tr("Work in it with --database; bring the changes back with: roundtable-cli %1 merge-in %2")
                    .arg(c.onServer() ? QStringLiteral("--server ") + c.where() : QStringLiteral("--database ") + c.where(),
                         QDir::toNativeSeparators(out))
             << Qt::endl;
    return Success;
}

int mergeIn(const Context& c)
{
    if (c.argument.isEmpty()) {
        c.fail(QObject::tr("Name the file to merge in: roundtable-cli --server URL merge-in FILE"));
        return Usage;
    }
    auto db = c.open();
    if (!db)
        return Problem;
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    merge::MergeReport report;
    if (dryRun) {
        auto previewed = merge::preview(*db, c.argument);
        if (!previewed)
            return c.fail(previewed.error().message);
        report = std::move(*previewed);
    } else {
        auto merged = merge::mergeFrom(*db, c.argument);
        if (!merged)
            return c.fail(merged.error().message);
        report = std::move(merged->report);
    }
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.io.out << QJsonDocument(report.toJson()).toJson();
        return Success;
    }
    c.io.out << report.toText();
    c.io.out.flush();
    return Success;
}

} // namespace

std::vector<Command> offlineCommands()
{
    return {
        Command{QStringLiteral("offline"),
                QObject::tr("Copy one workshop, with everything that belongs to it, into a new file for a venue without network"),
                {workshopOption(), valueOption("out", "The new file for the workshop.", "FILE"),
                 QCommandLineOption(QStringLiteral("force"), QObject::tr("Replace FILE if it exists."))},
                offline},
        Command{QStringLiteral("merge-in"),
                QObject::tr("Merge a file (a workshop taken offline, or another copy) into this database, with the conflict report"),
                {QCommandLineOption(QStringLiteral("dry-run"), QObject::tr("Print the report only; change nothing.")),
                 QCommandLineOption(QStringLiteral("json"), QObject::tr("Print the report as JSON."))},
                mergeIn,
                QStringLiteral("FILE")},
    };
}

} // namespace rt::cli
