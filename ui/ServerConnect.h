#pragma once
// Opening a database on a server from the window: the password given, else
// the one in the system keychain, else the Connect to Server dialog asks
// (filled in with the address and why the first try failed).

#include "storage/ServerAddress.h"

#include <memory>
#include <optional>

class QWidget;

namespace rt {
class Database;
}

namespace rt::ui {

struct ServerConnection {
    std::unique_ptr<Database> database;
    QString notice; // e.g. the keychain could not remember the password
};

// Tries `address` first (without asking) unless `askFirst`; shows the dialog
// when that fails. Empty when the person cancelled.
// The server used last (from the recent list), to fill the dialog in with.
std::optional<ServerAddress> lastServer();

std::optional<ServerConnection> connectToServer(QWidget* parent, const std::optional<ServerAddress>& address,
                                                bool askFirst);

} // namespace rt::ui
