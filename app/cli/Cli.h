#pragma once
// roundtable-cli: the headless twin of the app, for scripts and checks. Each
// subcommand declares its options and runs against the file named by
// --database. Results go to stdout; errors to stderr with a non-zero exit.

#include "common/Result.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <functional>
#include <memory>
#include <vector>

namespace rt {
class Database;
}

namespace rt::cli {

enum Exit { Success = 0, Problem = 1, Usage = 2 };

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

    // Opens the file (after the usual checks); prints the reason when it cannot.
    std::unique_ptr<Database> open() const;
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

int run(const QStringList& arguments);

} // namespace rt::cli
