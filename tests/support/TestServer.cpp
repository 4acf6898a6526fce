#include "TestServer.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUuid>

namespace rt::test {
namespace {

QStringList& made()
{
    static QStringList names;
    return names;
}

// Runs statements on the server's maintenance database; CREATE and DROP
// DATABASE cannot run inside a transaction, so each is its own.
bool runAdmin(const ServerAddress& server, const QStringList& statements, QString* error = nullptr)
{
    const QString name = QStringLiteral("roundtable-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool done = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (!db.open()) {
            done = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString& statement : statements) {
            if (!done)
                break;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                done = false;
                if (error)
                    *error = query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QString newName(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

ServerAddress withDatabase(ServerAddress server, const QString& database)
{
    server.database = database;
    return server;
}

// One template per schema version: built under a new name, then renamed into
// place, so test programs starting at once never see a half-made template.
QString templateName(const ServerAddress& server)
{
    const QString name = QStringLiteral("rt_template_v%1").arg(currentSchemaVersion());
    const QString building = newName(QStringLiteral("rt_building_"));
    REQUIRE(runAdmin(server, {QStringLiteral("CREATE DATABASE %1").arg(building)}));
    bool built = false;
    {
        auto database = Database::openServer(withDatabase(server, building));
        INFO((database ? std::string() : database.error().message.toStdString()));
        REQUIRE(database.has_value());
        built = true;
    }
    QString error;
    if (built && !runAdmin(server, {QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name)}, &error))
        runAdmin(server, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building)});
    return name;
}

} // namespace

std::optional<ServerAddress> testServer()
{
    const QString url = qEnvironmentVariable("ROUNDTABLE_TEST_SERVER");
    if (url.isEmpty())
        return std::nullopt;
    auto address = ServerAddress::parse(url);
    if (!address)
        return std::nullopt;
    return *address;
}

bool onServerBackend()
{
    return qEnvironmentVariable("ROUNDTABLE_TEST_BACKEND") == QLatin1String("server");
}

ServerAddress newEmptyServerDatabase()
{
    const auto server = testServer();
    REQUIRE(server.has_value());
    const QString name = newName(QStringLiteral("rt_test_"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(runAdmin(*server, {QStringLiteral("CREATE DATABASE %1").arg(name)}, &error));
    made() << name;
    return withDatabase(*server, name);
}

ServerAddress newServerDatabase()
{
    const auto server = testServer();
    REQUIRE(server.has_value());
    const QString templ = QStringLiteral("rt_template_v%1").arg(currentSchemaVersion());
    const QString name = newName(QStringLiteral("rt_test_"));
    QString error;
    if (!runAdmin(*server, {QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templ)}, &error)) {
        templateName(*server);
        // Another program may be copying the template this very moment; it
        // is free again in a moment.
        bool created = false;
        for (int attempt = 0; attempt < 50 && !created; ++attempt) {
            created = runAdmin(*server, {QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templ)}, &error);
            if (!created)
                QThread::msleep(100);
        }
        INFO(error.toStdString());
        REQUIRE(created);
    }
    made() << name;
    return withDatabase(*server, name);
}

void dropServerDatabases()
{
    const auto server = testServer();
    if (!server || made().isEmpty())
        return;
    QStringList statements;
    for (const QString& name : made())
        statements << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name);
    runAdmin(*server, statements);
    made().clear();
}

} // namespace rt::test
