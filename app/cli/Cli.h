#pragma once
// roundtable-cli: the headless twin of the app, for scripts and checks. Each
// subcommand declares its options and runs against the file named by
// --database, or the server named by --server. Results go to stdout; errors to
// stderr with a non-zero exit.

#include "common/Result.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <functional>
#include <memory>
#include <vector>

namespace rt {
class Database;
}

namespace rt::cli {

enum Exit {
    Success = 0,
    Problem = 1,
    Usage = 2,
    ServerUnavailable = 3, // the server could not be reached or is not a Roundtable database this version reads
    PasswordRefused = 4,   // the server wants a password that was missing or wrong
};

struct Io {
    QTextStream out;
    QTextStream err;
    Io();
};

struct Context {
    const QCommandLineParser& parser;
    QString databasePath;
    Io& io;
    QString argument; // the command's own positional argument, when it takes one
    QStringList arguments = {}; // all of them, for commands that name their files (merge A B)
    // --server: the database is on a server instead (its password resolved
    // by open()); databasePath is then empty.
    std::optional<ServerAddress> server = std::nullopt;
    bool passwordFromStdin = false;
    // Set by open() when the server could not be used: the exit code run() returns.
    mutable int serverFailure = Success;
    // The password asked at the terminal, so a second open in one run asks no more.
    mutable QString askedPassword = {};

    // Opens the file (after the usual checks) or connects to the server;
    // prints the reason when it cannot. This is the one place that chooses.
    std::unique_ptr<Database> open() const;
    bool onServer() const { return server.has_value(); }
    // The file's path or the server's URL (never its password), for messages.
    QString where() const;
    // Reads --workshop (or --person, --program) as a number or a UUID and
    // finds that row of `table`; prints what is wrong when it cannot.
    std::optional<Id> rowOption(const Database& db, const QString& name, const QString& table) const;
    int fail(const QString& message) const; // prints to stderr, returns Problem

    // How most commands start: the file opened and its --workshop found.
    // When either fails, the reason is printed and `status` is the exit code.
    struct WorkshopFile {
        std::unique_ptr<Database> db;
        std::optional<Id> workshopId;
        int status = Success;
    };
    WorkshopFile openWorkshop() const;
};

struct Command {
    QString name;
    QString summary;
    std::vector<QCommandLineOption> options;
    std::function<int(const Context&)> run;
    // The name of one positional argument after the command ("KIND" for
    // "export KIND"); empty for commands that take none. Each space-separated
    // word is one argument ("roster FILE" takes two).
    QString argument = {};
    // The command names its files as arguments ("merge A B") instead of
    // working on --database.
    bool namesItsFiles = false;
    // The command is about a file as a file (its backups, replacing it) and
    // is refused with --server.
    bool fileOnly = false;
};

// An option that takes a value; the description is translated.
QCommandLineOption valueOption(const char* name, const char* description, const char* valueName);
// --workshop ID, as every command about one workshop reads it.
QCommandLineOption workshopOption();

std::vector<Command> fileCommands();   // info, check, demo, quote, programs, add-workshop
std::vector<Command> rosterCommands(); // people, roster, enroll, cancel, teams
std::vector<Command> exportCommands(); // export
std::vector<Command> attendanceCommands(); // blocks, checkin, attendance
std::vector<Command> agendaCommands();     // agenda
std::vector<Command> discussionCommands(); // groups
std::vector<Command> assessmentCommands(); // assessments, assess, results
std::vector<Command> outcomeCommands();    // worksheet, actions, followup
std::vector<Command> backupCommands();     // backup, backups, restore
std::vector<Command> importCommands();     // import roster
std::vector<Command> mergeCommands();      // merge
std::vector<Command> historyCommands();    // history
std::vector<Command> offlineCommands();    // offline, merge-in
std::vector<Command> preferenceCommands(); // preferences

int run(const QStringList& arguments);

} // namespace rt::cli
