#pragma once
// Where an organisation's Roundtable server is: host, port, database and user,
// written as a PostgreSQL URL (postgresql://maria@db.example.org:5432/roundtable
// ?sslmode=require). The password travels beside it, never inside the URL we
// show or remember.

#include "common/Result.h"

#include <QString>
#include <optional>

namespace rt {

struct ServerAddress {
    // libpq's sslmode values, in order of strictness.
    enum class Tls { Disable, Prefer, Require, VerifyCa, VerifyFull };

    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    // Empty: libpq looks in PGPASSWORD and ~/.pgpass, and the app asks.
    QString password;
    Tls tls = Tls::Prefer;

    // Reads postgresql:// or postgres:// URLs; a password in the URL is taken
    // but never written back out by url().
    static Result<ServerAddress> parse(const QString& url);
    // True when `text` looks like a server URL rather than a file name.
    static bool isServerUrl(const QString& text);

    // The URL without the password: for titles, recent lists, settings.
    QString url() const;
    // “roundtable” on db.example.org as maria
    QString display() const;
    // The options handed to the driver (TLS, time-outs, application name).
    QString connectOptions() const;
    // A key for the system keychain: user@host:port/database.
    QString keychainKey() const;

    static QString tlsKey(Tls tls);
    static std::optional<Tls> tlsFromKey(const QString& key);
};

} // namespace rt
