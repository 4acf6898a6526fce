#pragma once
// One open file in the ui: the database, its undo stack, and the signals that
// tell pages to refresh. Pages never write: they ask core for a ChangeSet and
// hand it to apply(), which records it for undo and says it was saved.

#include "common/Result.h"
#include "storage/Backups.h"
#include "storage/ChangeSet.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace rt {
class Database;
}

namespace rt::ui {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~Document() override;

    Database& database() { return *m_database; }
    const Database& database() const { return *m_database; }
    QString path() const;
    QUndoStack* undoStack() { return &m_undoStack; }

    // Records an action core has already committed, or reports its error.
    // Returns whether it succeeded. A lost server connection keeps the edit
    // as pending (with `what` it was), a collision shows the other station's
    // change.
    bool apply(const Result<ChangeSet>& result, const QString& what = QString());
    // Runs one core action and applies its result. When the server
    // connection is lost the action is kept, and retryPending() runs it again.
    using Action = std::function<Result<ChangeSet>()>;
    bool run(const QString& what, const Action& action);

    // The edit that could not be saved because the connection was lost.
    bool hasPending() const { return m_pending.has_value(); }
    bool canRetryPending() const { return m_pending && m_pending->action; }
    QString pendingDescription() const { return m_pending ? m_pending->what : QString(); }
    // Runs the pending edit again; it stays pending if that fails the same way.
    bool retryPending();
    // Gives the pending edit up, on the user's word.
    void discardPending();

    // Reloads every view from the database (another station's change, or
    // View > Refresh) and notes that this station has seen it all.
    void refresh();

    // Used by the undo command.
    bool replay(const ChangeSet& changes, bool forward);

    // The file is open elsewhere: shown, never written.
    bool isReadOnly() const;

    // Backups run on a thread of their own (a connection of their own), so the
    // window never waits for one. A file opened for writing is backed up at
    // once, then every settings::backupIntervalMinutes() while a workshop is live
    // and something changed since the last one.
    void backUpInBackground(backups::Reason reason);
    bool isBackingUp() const { return m_backup.valid(); }
    // Tests: waits for the running backup and reports it.
    void finishBackup();
    // Runs what the timer runs (tests).
    void backUpIfLive();
    // A changed preference applies to the open file at once; 0 stops the timer.
    void setBackupInterval(int minutes);
    int backupIntervalMinutes() const
    {
        return m_backupTimer.isActive() ? int(m_backupTimer.intervalAsDuration().count() / 60000) : 0;
    }

Q_SIGNALS:
    // The file changed (an action, an undo or a redo): refresh what shows it.
    void changed(const rt::ChangeSet& changes);
    // A change is on disk: "Saved: Add Dana Whitfield to the roster".
    void saved(const QString& description, const QString& notice);
    // An action or an undo could not be done; nothing was changed.
    void failed(const QString& message);
    // The server connection was lost during `what`: it is pending, not saved.
    void connectionLost(const QString& what, const QString& message);
    // The pending edit was saved on retry, or discarded.
    void pendingResolved();
    // Another station changed the shared database; views were reloaded.
    void changedElsewhere();
    // The file's integrity check (run while the file is already on screen)
    // found damage. Nothing was or will be written to it.
    void damaged(const QString& message);
    // A backup was made, or could not be.
    void backedUp(const QString& path);
    void backupFailed(const QString& message);

private:
    struct Pending {
        QString what;
        Action action; // empty when the caller handed over a finished result
    };
    bool report(const Error& error, const QString& what, const Action& action);
    void caughtUp();
    void pollIntegrity();
    void pollBackup();

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    std::future<Result<backups::BackupInfo>> m_backup;
    QTimer m_backupTimer;
    bool m_changedSinceBackup = false;
    std::optional<Pending> m_pending;
    bool m_refreshQueued = false;
};

} // namespace rt::ui
