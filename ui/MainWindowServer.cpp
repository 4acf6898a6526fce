// MainWindow's server side: connecting to an organisation's server and
// following other stations (the rest of the window is in MainWindow.cpp).

#include "MainWindow.h"

#include "AppSettings.h"
#include "Document.h"
#include "ServerConnect.h"
#include "storage/Database.h"
#include "widgets/NoticeBar.h"

namespace rt::ui {

bool MainWindow::openServer(const ServerAddress& address)
{
    if (m_document && m_document->path() == address.url())
        return true;
    return adoptServer(connectToServer(this, address, false));
}

void MainWindow::connectToServerDialog()
{
    adoptServer(connectToServer(this, lastServer(), true));
}

bool MainWindow::adoptServer(std::optional<ServerConnection> connection)
{
    if (!connection)
        return false;
    adopt(std::make_unique<Document>(std::move(connection->database)));
    if (!connection->notice.isEmpty())
        m_notice->show(connection->notice, NoticeBar::Kind::Problem);
    return true;
}

void MainWindow::refreshViews()
{
    if (m_document)
        m_document->refresh();
}

} // namespace rt::ui
