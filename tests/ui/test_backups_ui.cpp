// The window and a file's safety: the same file in a second window opens
// read-only and says why; File > Restore Backup puts a backup back.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/RestoreBackupDialog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "widgets/NoticeBar.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rt;
using namespace rt::test;

namespace {

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ROUNDTABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

QAction* actionNamed(QWidget& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("The same file in a second window opens read-only, says why, and refuses changes")
{
    UiFixture f;
    f.window->document()->finishBackup();
    ui::MainWindow second;
    second.resize(1200, 760);
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    REQUIRE(second.openFile(f.path));
    second.fileView()->selectWorkshop(f.workshop);
    REQUIRE(second.document()->isReadOnly());
    CHECK_FALSE(second.document()->isBackingUp()); // the writing window keeps the backups
    CHECK(second.windowTitle() == QStringLiteral("ui.roundtable (read-only) — Roundtable"));
    CHECK(second.readOnlyBanner()->isVisible());
    CHECK(second.readOnlyBanner()->text().contains(QStringLiteral("is open in Roundtable on this computer")));
    CHECK(second.readOnlyBanner()->text().contains(QStringLiteral("close it there to make changes")));
    CHECK_FALSE(actionNamed(second, QStringLiteral("New Workshop…"))->isEnabled());
    CHECK_FALSE(second.restoreAction()->isEnabled());
    CHECK(actionNamed(second, QStringLiteral("People in This File"))->isEnabled());
    QTest::qWait(50); // let the layout settle before the picture
    CHECK(second.readOnlyBanner()->height() < 100);
    saveScreenshot(second, QStringLiteral("read-only-window.png"));

    // A change tried anyway goes the usual way of errors, and writes nothing.
    Workshop w = expectOk(workshops::get(second.document()->database(), f.workshop));
    w.title = QStringLiteral("Changed in the wrong window");
    CHECK_FALSE(second.document()->apply(workshops::update(second.document()->database(), w)));
    CHECK(second.noticeBar()->text().contains(QStringLiteral("Not saved")));
    CHECK(second.noticeBar()->text().contains(QStringLiteral("is open in Roundtable")));
    CHECK(expectOk(workshops::get(f.window->document()->database(), f.workshop)).title == QStringLiteral("Manager and Chief — Salem"));

    // The first window is unaffected.
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK_FALSE(f.window->readOnlyBanner()->isVisible());
    CHECK(f.window->windowTitle() == QStringLiteral("ui.roundtable — Roundtable"));
}

TEST_CASE("Opening a file backs it up on the side")
{
    UiFixture f;
    ui::Document* document = f.window->document();
    QString made;
    QObject::connect(document, &ui::Document::backedUp, [&](const QString& path) { made = path; });
    document->finishBackup();
    REQUIRE_FALSE(made.isEmpty());
    CHECK(QFileInfo(made).absolutePath() == backups::folderFor(f.path));
    expectOk(backups::verify(made));
    // Nothing changed since: the timer's turn makes none.
    made.clear();
    document->backUpIfLive();
    CHECK_FALSE(document->isBackingUp());

    // A change to a workshop that is not live (it is next March): none either.
    Workshop w = expectOk(workshops::get(document->database(), f.workshop));
    w.notes = QStringLiteral("Parking behind the academy");
    REQUIRE(document->apply(workshops::update(document->database(), w)));
    document->backUpIfLive();
    CHECK_FALSE(document->isBackingUp());

    // Live, and changed: the timer's turn makes one.
    w.status = WorkshopStatus::Live;
    REQUIRE(document->apply(workshops::update(document->database(), w)));
    document->backUpIfLive();
    CHECK(document->isBackingUp());
    document->finishBackup();
    CHECK_FALSE(made.isEmpty());
    CHECK(backups::list(f.path).size() == 2);
}

TEST_CASE("File > Restore Backup puts the chosen backup back, after backing up the current state")
{
    UiFixture f;
    f.window->document()->finishBackup();
    const QString opened = backups::list(f.path).front().path;
    Workshop w = expectOk(workshops::get(f.window->document()->database(), f.workshop));
    w.title = QStringLiteral("Renamed after the backup");
    REQUIRE(f.window->document()->apply(workshops::update(f.window->document()->database(), w)));
    REQUIRE(f.window->document()->undoStack()->count() == 1);

    QStringList shown;
    ui::prompts::setDialogHandler([&](QDialog& dialog) {
        auto* restore = qobject_cast<ui::RestoreBackupDialog*>(&dialog);
        REQUIRE(restore);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("restore-backup-dialog.png"));
        for (int row = 0; row < restore->rowCount(); ++row)
            shown << restore->list()->topLevelItem(row)->data(0, Qt::UserRole).toString();
        CHECK(restore->selectedBackup() == opened); // the newest is chosen
        QTest::mouseClick(buttonNamed(&dialog, QStringLiteral("Restore the chosen backup")), Qt::LeftButton);
        return dialog.result();
    });
    f.window->restoreBackup();
    CHECK(shown == QStringList{opened});

    REQUIRE(f.window->document());
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK(f.window->document()->undoStack()->count() == 0);
    CHECK(expectOk(workshops::get(f.window->document()->database(), f.workshop)).title == QStringLiteral("Manager and Chief — Salem"));
    CHECK(f.window->noticeBar()->text().contains(QStringLiteral("Restored the backup")));
    // The renamed state was kept, in a backup of its own.
    bool keptBefore = false;
    for (const auto& b : backups::list(f.path))
        keptBefore = keptBefore || b.note == QStringLiteral("before restore");
    CHECK(keptBefore);
    f.window->document()->finishBackup();
}

TEST_CASE("The Restore Backup dialog says so when there are none yet")
{
    TempDir dir;
    ui::RestoreBackupDialog dialog(dir.path(QStringLiteral("never-backed-up.roundtable")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.rowCount() == 0);
    CHECK(dialog.selectedBackup().isEmpty());
    CHECK(buttonNamed(&dialog, QStringLiteral("Restore the chosen backup"))->isEnabled() == false);
    saveScreenshot(dialog, QStringLiteral("restore-backup-empty.png"));
}

TEST_CASE("A file too damaged to open is restored from File > Restore Backup, with no file open")
{
    ui::prompts::reset();
    TempDir dir;
    QString path;
    {
        auto db = newDatabase(dir, QStringLiteral("damaged.roundtable"));
        for (int i = 0; i < 30; ++i)
            addWorkshop(*db, 20, QStringLiteral("Workshop %1 ").arg(i) + QString(200, QLatin1Char('x')));
        path = db->path();
    }
    const QString backup = expectOk(backups::snapshot(path, backups::Reason::Manual)).path;
    writeBytes(path, damagePages(readBytes(path)));

    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(window.openFile(path));
    REQUIRE_FALSE(window.document());
    CHECK(window.restoreAction()->isEnabled());
    ui::prompts::setDialogHandler([&](QDialog& dialog) {
        auto* restore = qobject_cast<ui::RestoreBackupDialog*>(&dialog);
        REQUIRE(restore);
        CHECK(restore->selectedBackup() == backup);
        return int(QDialog::Accepted);
    });
    window.restoreAction()->trigger();
    REQUIRE(window.document());
    CHECK(expectOk(workshops::list(window.document()->database())).size() == 30);
    window.document()->finishBackup();
    window.closeFile();
    ui::prompts::reset();
}
