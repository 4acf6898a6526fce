#pragma once
// The main window: menus, the open file, the notice bar and the status bar
// that confirms every change was saved.

#include "common/Result.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QUndoGroup;

namespace rt {
struct ServerAddress;
}

namespace rt::ui {

class Document;
class FileView;
class NoticeBar;
class PendingEditBar;
struct ServerConnection;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each returns false (after telling the user why) when it cannot be done.
    bool openFile(const QString& path);
    bool newFile(const QString& path);
    bool openDemo();
    // Opens the database on a server: with the password from the keychain,
    // else asking through the Connect to Server dialog, filled in.
    bool openServer(const ServerAddress& address);
    // File > Connect to Server…
    void connectToServerDialog();
    // View > Refresh: every view reads the database again.
    void refreshViews();
    // What a plain start opens: the last file used, or the default file.
    bool openStartupFile();
    void closeFile();

    // User commands (menus call these; so do tests).
    void newFileDialog();
    void openFileDialog();
    // File > Merge from…: another copy of this file, with a preview first.
    void mergeFromDialog();
    void newWorkshop();
    void deleteWorkshop();
    void editPricing();
    void editCatalog();
    // File > Restore Backup…: choose one of the open file's backups and put it
    // in place (the current state is backed up first). With no file open, it
    // offers the backups of the file that just failed to open (the damaged
    // file's message says to restore one), or asks which file.
    void restoreBackup();
    // View > History: the workshop on screen's History tab, else the file's history.
    void showHistory();
    // Prints one of the current workshop's attendance documents ("signin", "attendance",
    // "certificates", "tents", "badges", "spreadsheet").
    void exportDocument(const QString& kind);

    Document* document() const { return m_document.get(); }
    FileView* fileView() const { return m_fileView; }
    NoticeBar* noticeBar() const { return m_notice; }
    QLabel* savedLabel() const { return m_saved; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    // Says why the open file is read-only; hidden when it is not.
    QLabel* readOnlyBanner() const { return m_readOnlyBanner; }
    QAction* restoreAction() const { return m_restore; }
    QAction* refreshAction() const { return m_refresh; }
    // Shown while an edit waits because the server connection was lost.
    PendingEditBar* pendingEditBar() const { return m_pendingBar; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void adopt(std::unique_ptr<Document> document);
    bool adoptServer(std::optional<ServerConnection> connection);
    void updateActions();
    void rebuildRecentMenu();
    void showSaved(const QString& description, const QString& notice);
    void showProblem(const QString& message);

    std::unique_ptr<Document> m_document;
    FileView* m_fileView = nullptr;
    QWidget* m_noFile = nullptr;
    NoticeBar* m_notice;
    QLabel* m_saved;
    QUndoGroup* m_undoGroup;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_fileActions;     // need an open file
    QList<QAction*> m_workshopActions; // need a chosen workshop
    QList<QAction*> m_writeActions;    // change the file: off while it is read-only
    QLabel* m_readOnlyBanner = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_takeOffline = nullptr; // File > Take Workshop Offline…, on a server only
    QAction* m_refresh = nullptr;
    PendingEditBar* m_pendingBar = nullptr;
    QString m_unopened; // the file that last failed to open, or was closed as damaged
};

} // namespace rt::ui
