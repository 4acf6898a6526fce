#include "Cli.h"

#include "ServerLogin.h"
#include "storage/Database.h"
#include "storage/Journal.h"
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
    if (server)
        return openServer(*this);
    auto db = Database::open(databasePath);
    if (!db) {
        io.err << db.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*db);
}

QString Context::where() const
{
    return server ? server->url() : databasePath;
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
        mergeCommands,
        historyCommands,
        offlineCommands,
        preferenceCommands,
    };
    std::vector<Command> commands;
    for (Group group : groups) {
        for (Command& c : group())
            commands.push_back(std::move(c));
    }
    return commands;
}

QString serverHelp()
{
    return QObject::tr(
        "\n--server URL works on a Roundtable server (PostgreSQL) instead of a file, for every command that takes\n"
        "--database: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require|verify-full|...].\n"
        "The password comes from, in order: --password-stdin (the first line of standard input, for scripts);\n"
        "libpq's PGPASSWORD or ~/.pgpass; or, at a terminal, a prompt that does not echo. A password written\n"
        "in the URL (postgresql://USER:PASSWORD@HOST/DATABASE) works, but is discouraged: other users of the\n"
        "computer can see a command line, and shells keep it in their history.\n"
        "Exit codes: 0 done; 1 a problem (the message says which); 2 a usage mistake; 3 the server could not be\n"
        "reached or used; 4 the server refused the password or needs one.\n");
}

QString usage(const std::vector<Command>& commands)
{
    QString text = QObject::tr("Usage: roundtable-cli --database FILE COMMAND [options]\n"
                               "       roundtable-cli --server URL COMMAND [options]\n\nCommands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c.name, -14).arg(c.summary);
    text += QObject::tr("\nRun roundtable-cli COMMAND --help for a command's options.\n");
    text += QObject::tr("--author NAME records changes under that name in the history (default: the account name).\n");
    text += serverHelp();
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
    // Who the change history names for what this run changes.
    const QCommandLineOption author(QStringLiteral("author"), QObject::tr("Your name for the change history."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QObject::tr("The Roundtable server to work on instead of a file (see --help)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QObject::tr("Read the server's password from the first line of standard input."));
    parser.addOptions({database, help, version, author, serverOption, passwordStdin});
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
        io.out << (command->namesItsFiles ? QStringLiteral("roundtable-cli %1\n%2\n\n")
                   : command->fileOnly   ? QStringLiteral("roundtable-cli --database FILE %1\n%2\n\n")
                                         : QStringLiteral("roundtable-cli --database FILE %1\n"
                                                          "roundtable-cli --server URL %1\n%2\n\n"))
                      .arg(synopsis, command->summary);
        for (const QCommandLineOption& option : command->options)
            io.out << QStringLiteral("  --%1%2  %3\n")
                          .arg(option.names().constLast(),
                               option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName(),
                               option.description());
        if (!command->namesItsFiles)
            io.out << (command->fileOnly ? QObject::tr("\nThis command works on a file only, not with --server.\n")
                                         : serverHelp());
        return Success;
    }
    const qsizetype allowed = 1 + command->argument.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (parser.positionalArguments().size() > allowed) {
        io.err << QObject::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(allowed)) << Qt::endl;
        return Usage;
    }
    if (command->namesItsFiles) {
        const Context context{parser, parser.value(database), io, parser.positionalArguments().value(1),
                              parser.positionalArguments().mid(1)};
        return command->run(context);
    }
    if (parser.isSet(database) && parser.isSet(serverOption)) {
        io.err << QObject::tr("Give either --database FILE or --server URL, not both.") << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(database) && !parser.isSet(serverOption)) {
        io.err << QObject::tr("Say which file to use: roundtable-cli --database FILE %1 (or --server URL for a server)").arg(name)
               << Qt::endl;
        return Usage;
    }
    if (parser.isSet(author))
        journal::setAuthor(parser.value(author));
    Context context{parser, parser.value(database), io, parser.positionalArguments().value(1)};
    if (parser.isSet(serverOption)) {
        if (command->fileOnly) {
            io.err << QObject::tr("“%1” works on a file only: a server keeps its data itself, and its backups are made "
                                  "by whoever runs it. Use --database FILE, or “offline” to copy a workshop into a file.")
                          .arg(name)
                   << Qt::endl;
            return Usage;
        }
        auto address = ServerAddress::parse(parser.value(serverOption));
        if (!address) {
            io.err << address.error().message << Qt::endl;
            return Usage;
        }
        if (parser.isSet(passwordStdin)) {
            address->password = readPasswordLine();
            context.passwordFromStdin = true;
        }
        context.server = *address;
    }
    const int status = command->run(context);
    return context.serverFailure != Success ? context.serverFailure : status;
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
