#include "dialogs/TakeOfflineDialog.h"

#include "AppSettings.h"
#include "Prompts.h"
#include "merge/Offline.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace rt::ui::offline {

bool available(const Database& db, Id workshopId)
{
    return db.isServer() && workshopId != 0;
}

QString takeWorkshopOffline(QWidget* parent, Database& db, Id workshopId)
{
    const QString title = QObject::tr("Take Workshop Offline");
    if (!available(db, workshopId))
        return {};
    auto name = merge::offlineFileName(db, workshopId);
    if (!name) {
        prompts::warning(parent, title, name.error().message);
        return {};
    }
    const QString suggested = QDir(settings::dataFolder()).filePath(*name);
    QString path = prompts::saveFileName(parent, QObject::tr("Take the workshop offline into a file"), suggested,
                                         QObject::tr("Roundtable files (*.roundtable)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".roundtable");
    // The save prompt has already asked before replacing an existing file.
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    auto copy = merge::takeOffline(db, workshopId, path, true);
    QApplication::restoreOverrideCursor();
    if (!copy) {
        prompts::warning(parent, title, copy.error().message);
        return {};
    }
    prompts::information(parent, title,
                         QObject::tr("“%1” is now also in “%2”, with its people, agenda, attendance and history.\n\n"
                                     "Open that file at the venue and work in it there. Back on the network, connect to "
                                     "the server and choose File > Merge from… with the file: the venue's changes come "
                                     "in, and anything changed at both ends is listed.")
                             .arg(copy->workshop, QDir::toNativeSeparators(path)));
    return path;
}

} // namespace rt::ui::offline
