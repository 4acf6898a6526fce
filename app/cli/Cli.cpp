#include "Cli.h"

#include "storage/Database.h"
#include "storage/RowLookup.h"

#include <QCoreApplication>
#include <QObject>
#include <cstdio>

namespace rt::cli {

Io::Io()
    : out(stdout)
    , err(stderr)
{
}

std::unique_ptr<Database> Context::open() const
{
    auto db = Database::open(databasePath);
    if (!db) {
        io.err << db.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*db);
}

Context::WorkshopFile Context::openWorkshop() const
{
    WorkshopFile file;
    file.db = open();
    if (!file.db) {
        file.status = Problem;
        return file;
    }
    file.workshopId = rowOption(*file.db, QStringLiteral("workshop"), QStringLiteral("workshops"));
    if (!file.workshopId)
        file.status = Usage;
    return file;
}

std::optional<Id> Context::rowOption(const Database& db, const QString& name, const QString& table) const
{
    if (!parser.isSet(name)) {
        io.err << QObject::tr("Give --%1 ID (the number “info” shows, or the UUID).").arg(name) << Qt::endl;
        return std::nullopt;
    }
    auto id = rows::find(db, table, parser.value(name));
    if (!id) {
        io.err << QStringLiteral("--%1: ").arg(name) << id.error().message << Qt::endl;
        return std::nullopt;
    }
    return *id;
}

int Context::fail(const QString& message) const
{
    io.err << message << Qt::endl;
    return Problem;
}

namespace {

std::vector<Command> allCommands()
{
    // One line per command file, so adding one never touches another's line.
    using Group = std::vector<Command> (*)();
    const Group groups[] = {
        fileCommands,
        rosterCommands,
        attendanceCommands,
        agendaCommands,
        discussionCommands,
        assessmentCommands,
        outcomeCommands,
        exportCommands,
        backupCommands,
        importCommands,
    };
    std::vector<Command> commands;
    for (Group group : groups) {
        for (Command& c : group())
            commands.push_back(std::move(c));
    }
    return commands;
}

QString usage(const std::vector<Command>& commands)
{
    QString text = QObject::tr("Usage: roundtable-cli --database FILE COMMAND [options]\n\nCommands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c.name, -14).arg(c.summary);
    text += QObject::tr("\nRun roundtable-cli COMMAND --help for a command's options.\n");
    return text;
}

} // namespace

int run(const QStringList& arguments)
{
    Io io;
    const std::vector<Command> commands = allCommands();
    const QCommandLineOption database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      QObject::tr("The Roundtable file to work on."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QObject::tr("Show help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QObject::tr("Show the version."));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Roundtable on the command line."));
    parser.addOptions({database, help, version});
    parser.addPositionalArgument(QStringLiteral("command"), QObject::tr("What to do."));
    // First pass: find the command, ignoring options that belong to it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.parse(arguments);
    if (parser.isSet(version)) {
        io.out << QStringLiteral("roundtable-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        (parser.isSet(help) ? io.out : io.err) << usage(commands);
        return parser.isSet(help) ? Success : Usage;
    }
    const QString name = positional.front();
    const auto command = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return c.name == name; });
    if (command == commands.end()) {
        io.err << QObject::tr("There is no command “%1”.\n\n").arg(name) << usage(commands);
        return Usage;
    }
    for (const QCommandLineOption& option : command->options)
        parser.addOption(option);
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        const QString synopsis = command->argument.isEmpty() ? command->name : command->name + QLatin1Char(' ') + command->argument;
        io.out << QStringLiteral("roundtable-cli --database FILE %1\n%2\n\n").arg(synopsis, command->summary);
        for (const QCommandLineOption& option : command->options)
            io.out << QStringLiteral("  --%1%2  %3\n")
                          .arg(option.names().constLast(),
                               option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName(),
                               option.description());
        return Success;
    }
    const qsizetype allowed = 1 + command->argument.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (parser.positionalArguments().size() > allowed) {
        io.err << QObject::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(allowed)) << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(database)) {
        io.err << QObject::tr("Say which file to use: roundtable-cli --database FILE %1").arg(name) << Qt::endl;
        return Usage;
    }
    const Context context{parser, parser.value(database), io, parser.positionalArguments().value(1)};
    return command->run(context);
}

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QObject::tr(description), QString::fromLatin1(valueName));
}

QCommandLineOption workshopOption()
{
    return valueOption("workshop", "The workshop’s number, as “info” lists it, or its UUID.", "ID");
}

} // namespace rt::cli
