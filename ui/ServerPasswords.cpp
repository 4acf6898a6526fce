#include "ServerPasswords.h"

#include "storage/ServerAddress.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QHash>
#include <QTimer>

namespace rt::ui {
namespace {

const QString kService = QStringLiteral("Roundtable server");

struct Memory {
    bool on = false;
    QString unavailable;
    QHash<QString, QString> passwords;
};

Memory& memory()
{
    static Memory m;
    return m;
}

QString unavailableMessage(const QString& detail)
{
    return QObject::tr("This computer has no keychain Roundtable can use (%1), so the password cannot be remembered "
                       "here; it is asked each time you connect.")
        .arg(detail);
}

// Runs a keychain job to its end. Jobs report through the event loop; a
// keychain that never answers (a hung session bus) counts as unavailable.
void runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(15), &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

ServerPasswords::Lookup ServerPasswords::read(const ServerAddress& server)
{
    Memory& m = memory();
    if (m.on) {
        if (!m.unavailable.isEmpty())
            return {std::nullopt, unavailableMessage(m.unavailable)};
        const auto found = m.passwords.constFind(server.keychainKey());
        return {found == m.passwords.cend() ? std::nullopt : std::optional(*found), QString()};
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(server.keychainKey());
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return {job.textData(), QString()};
    if (job.error() == QKeychain::EntryNotFound || job.error() == QKeychain::AccessDeniedByUser)
        return {std::nullopt, QString()};
    return {std::nullopt, unavailableMessage(job.errorString())};
}

Status ServerPasswords::remember(const ServerAddress& server, const QString& password)
{
    Memory& m = memory();
    if (m.on) {
        if (!m.unavailable.isEmpty())
            return fail(unavailableMessage(m.unavailable));
        m.passwords.insert(server.keychainKey(), password);
        return ok();
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(server.keychainKey());
    job.setTextData(password);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return ok();
    if (isUnavailable(job.error()))
        return fail(unavailableMessage(job.errorString()));
    return fail(QObject::tr("The password was not remembered: %1").arg(job.errorString()));
}

Status ServerPasswords::forget(const ServerAddress& server)
{
    Memory& m = memory();
    if (m.on) {
        m.passwords.remove(server.keychainKey());
        return ok();
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(server.keychainKey());
    runJob(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return ok();
    return fail(QObject::tr("The remembered password could not be removed from the keychain: %1").arg(job.errorString()));
}

void ServerPasswords::useMemoryForTests(bool on, const QString& unavailable)
{
    memory().on = on;
    memory().unavailable = unavailable;
}

void ServerPasswords::clearMemoryForTests()
{
    memory().passwords.clear();
}

} // namespace rt::ui
