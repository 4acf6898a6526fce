#pragma once
// Server passwords live in the system keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) through QtKeychain, keyed by
// ServerAddress::keychainKey(), and nowhere else: never in the settings,
// never in a file. Where no keychain answers (a bare session, a test run) the
// app asks each time and says the password cannot be remembered here.

#include "common/Result.h"

#include <QString>
#include <optional>

namespace rt {
struct ServerAddress;
}

namespace rt::ui {

class ServerPasswords {
public:
    struct Lookup {
        std::optional<QString> password; // none stored (or none readable)
        QString unavailable;             // why the keychain cannot be used here; empty when it can
    };

    static Lookup read(const ServerAddress& server);
    // Stores the password for the server; fails when the keychain cannot.
    static Status remember(const ServerAddress& server, const QString& password);
    // Removes a stored password; nothing stored is not an error.
    static Status forget(const ServerAddress& server);

    // Tests: keep passwords in this process's memory instead of the system
    // keychain (`unavailable` non-empty: behave as a computer without one).
    static void useMemoryForTests(bool memory, const QString& unavailable = QString());
    static void clearMemoryForTests();
};

} // namespace rt::ui
