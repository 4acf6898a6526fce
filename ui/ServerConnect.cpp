#include "ServerConnect.h"

#include "AppSettings.h"
#include "Prompts.h"
#include "ServerPasswords.h"
#include "dialogs/ConnectServerDialog.h"
#include "storage/Database.h"

#include <QApplication>

namespace rt::ui {

std::optional<ServerAddress> lastServer()
{
    for (const QString& recent : settings::recentFiles()) {
        if (!ServerAddress::isServerUrl(recent))
            continue;
        if (auto server = ServerAddress::parse(recent))
            return *server;
    }
    return std::nullopt;
}

std::optional<ServerConnection> connectToServer(QWidget* parent, const std::optional<ServerAddress>& address,
                                                bool askFirst)
{
    Error firstTry;
    if (address && !askFirst) {
        ServerAddress a = *address;
        if (a.password.isEmpty()) {
            if (const auto stored = ServerPasswords::read(a); stored.password)
                a.password = *stored.password;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = Database::openServer(a);
        QApplication::restoreOverrideCursor();
        if (opened)
            return ServerConnection{std::move(*opened), QString()};
        firstTry = opened.error();
    }
    ConnectServerDialog dialog(parent);
    if (address)
        dialog.setAddress(*address);
    if (!firstTry.message.isEmpty())
        dialog.showProblem(firstTry.message, firstTry.kind == ErrorKind::PasswordNeeded);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    auto database = dialog.takeDatabase();
    if (!database)
        return std::nullopt;
    return ServerConnection{std::move(database), dialog.keychainProblem()};
}

} // namespace rt::ui
