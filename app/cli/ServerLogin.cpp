#include "ServerLogin.h"

#include "storage/Database.h"

#include <QObject>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace rt::cli {
namespace {

bool atTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// Asks on the terminal with echo off, so the password never shows.
std::optional<QString> askPassword(const Context& c, const ServerAddress& server)
{
#ifdef Q_OS_UNIX
    c.io.err << QObject::tr("Password for %1: ").arg(server.display()) << Qt::flush;
    termios saved{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    c.io.err << Qt::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
#else
    Q_UNUSED(c);
    Q_UNUSED(server);
    return std::nullopt;
#endif
}

} // namespace

QString readPasswordLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::unique_ptr<Database> openServer(const Context& c)
{
    ServerAddress server = *c.server;
    if (server.password.isEmpty())
        server.password = c.askedPassword;
    auto db = Database::openServer(server);
    // No password given anywhere, and a person at the terminal: ask once.
    if (!db && db.error().kind == ErrorKind::PasswordNeeded && server.password.isEmpty() && !c.passwordFromStdin
        && atTerminal()) {
        if (auto password = askPassword(c, server)) {
            server.password = *password;
            db = Database::openServer(server);
            if (db)
                c.askedPassword = *password;
        }
    }
    if (!db) {
        if (db.error().kind == ErrorKind::PasswordNeeded) {
            c.io.err << db.error().message << Qt::endl
                     << QObject::tr("Give it with --password-stdin, in PGPASSWORD or ~/.pgpass, or run the command at a "
                                    "terminal to be asked.")
                     << Qt::endl;
            c.serverFailure = PasswordRefused;
        } else {
            c.io.err << db.error().message << Qt::endl;
            c.serverFailure = ServerUnavailable;
        }
        return nullptr;
    }
    return std::move(*db);
}

} // namespace rt::cli
