// merge: two copies of one file, changed apart on two laptops, into a third.
// Neither input is changed; the merged file appears only once it is complete.

#include "Cli.h"

#include "merge/Merge.h"

#include <QJsonDocument>
#include <QObject>

namespace rt::cli {
namespace {

int merge(const Context& c)
{
    if (c.arguments.size() != 2) {
        c.fail(QObject::tr("Give the two files: roundtable-cli merge A B --out C"));
        return Usage;
    }
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun && c.parser.value(QStringLiteral("out")).isEmpty()) {
        c.fail(QObject::tr("Say where the merged file goes: --out C (or --dry-run to see the report only)."));
        return Usage;
    }
    merge::FileMerge files;
    files.target = c.arguments.at(0);
    files.other = c.arguments.at(1);
    files.out = c.parser.value(QStringLiteral("out"));
    files.replace = c.parser.isSet(QStringLiteral("force"));
    files.dryRun = dryRun;
    auto report = merge::mergeFiles(files);
    if (!report)
        return c.fail(report.error().message);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = report->toJson();
        if (!dryRun)
            json.insert(QStringLiteral("out"), files.out);
        c.io.out << QJsonDocument(json).toJson();
        return Success;
    }
    c.io.out << report->toText();
    if (!dryRun)
        c.io.out << QObject::tr("The merged file is “%1”.").arg(files.out) << "\n";
    return Success;
}

} // namespace

std::vector<Command> mergeCommands()
{
    return {
        Command{QStringLiteral("merge"),
                QObject::tr("Merge two copies of one file, changed apart on two laptops, into a new file (--out)"),
                {valueOption("out", "Where the merged file goes (a new file; A and B are never changed).", "C"),
                 QCommandLineOption(QStringLiteral("force"), QObject::tr("Replace C if it exists.")),
                 QCommandLineOption(QStringLiteral("dry-run"), QObject::tr("Print the report only; write nothing.")),
                 QCommandLineOption(QStringLiteral("json"), QObject::tr("Print the report as JSON."))},
                merge,
                QStringLiteral("A B"),
                true},
    };
}

} // namespace rt::cli
