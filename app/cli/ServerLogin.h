#pragma once
// --server: connecting the command line to a Roundtable server, and where its
// password comes from. In order: the URL (works, but any user of the computer
// can read a command line), --password-stdin (one line, for scripts), libpq's
// own PGPASSWORD and ~/.pgpass, and last a prompt without echo when a person
// is at the terminal. The password is never printed or written anywhere.

#include "Cli.h"

namespace rt::cli {

// Reads the first line of standard input (the password for --password-stdin).
QString readPasswordLine();

// Connects; on failure prints why, records the exit code in
// context.serverFailure and returns nullptr.
std::unique_ptr<Database> openServer(const Context& context);

} // namespace rt::cli
