#include "Document.h"

#include "AppSettings.h"
#include "storage/Database.h"

#include <QTimer>
#include <QUndoCommand>

namespace rt::ui {
namespace {

// An action already applied by core: the first redo (QUndoStack::push calls
// it) does nothing; later ones replay the ChangeSet forwards, undo backwards.
class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(Document& document, ChangeSet changes)
        : QUndoCommand(changes.description)
        , m_document(document)
        , m_changes(std::move(changes))
    {
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        if (!m_document.replay(m_changes, true))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_document.replay(m_changes, false))
            setObsolete(true);
    }

private:
    Document& m_document;
    ChangeSet m_changes;
    bool m_firstRedo = true;
};

} // namespace

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    pollIntegrity();
    if (m_database->isServer()) {
        // Backups of a shared database are the server's job. Other stations'
        // commits arrive as notifications; a burst of them reloads once.
        const Status watching = m_database->watchOtherStations(this, [this] {
            if (m_refreshQueued)
                return;
            m_refreshQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_refreshQueued = false;
                refresh();
                Q_EMIT changedElsewhere();
            });
        });
        // Said once the window listens (it connects right after this).
        if (!watching)
            QTimer::singleShot(0, this, [this, message = watching.error().message] { Q_EMIT failed(message); });
        return;
    }
    if (isReadOnly())
        return; // the window that writes it keeps its backups
    connect(this, &Document::changed, this, [this] { m_changedSinceBackup = true; });
    connect(&m_backupTimer, &QTimer::timeout, this, &Document::backUpIfLive);
    setBackupInterval(settings::backupIntervalMinutes());
    backUpInBackground(backups::Reason::Opened);
}

bool Document::isReadOnly() const
{
    return m_database->isReadOnly();
}

void Document::backUpInBackground(backups::Reason reason)
{
    if (m_backup.valid() || isReadOnly())
        return;
    m_changedSinceBackup = false;
    m_backup = std::async(std::launch::async, [path = m_database->path(), reason] { return backups::snapshot(path, reason); });
    pollBackup();
}

void Document::setBackupInterval(int minutes)
{
    if (isReadOnly() || m_database->isServer())
        return;
    if (minutes > 0)
        m_backupTimer.start(std::chrono::minutes(minutes));
    else
        m_backupTimer.stop();
}

void Document::backUpIfLive()
{
    if (m_changedSinceBackup && backups::hasLiveWorkshop(*m_database))
        backUpInBackground(backups::Reason::Periodic);
}

void Document::pollBackup()
{
    if (!m_backup.valid())
        return;
    if (m_backup.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        QTimer::singleShot(50, this, &Document::pollBackup);
        return;
    }
    finishBackup();
}

void Document::finishBackup()
{
    if (!m_backup.valid())
        return;
    const auto made = m_backup.get();
    if (made)
        Q_EMIT backedUp(made->path);
    else
        Q_EMIT backupFailed(made.error().message);
}

void Document::pollIntegrity()
{
    const auto verdict = m_database->integrity();
    if (!verdict) {
        QTimer::singleShot(20, this, &Document::pollIntegrity);
        return;
    }
    if (!*verdict)
        Q_EMIT damaged(m_database->awaitIntegrity().error().message);
}

Document::~Document()
{
    // Commands refer to the document; clear them before the database goes.
    m_undoStack.clear();
    // The backup reads the file; let it finish before the file is closed
    // (and perhaps replaced by a restore).
    if (m_backup.valid())
        m_backup.wait();
}

QString Document::path() const
{
    return m_database->path();
}

bool Document::apply(const Result<ChangeSet>& result, const QString& what)
{
    if (!result)
        return report(result.error(), what, Action());
    if (!result->isEmpty()) {
        m_undoStack.push(new ChangeCommand(*this, *result));
        Q_EMIT changed(*result);
        Q_EMIT saved(result->description, result->notice);
    }
    caughtUp();
    return true;
}

bool Document::run(const QString& what, const Action& action)
{
    const auto result = action();
    if (!result)
        return report(result.error(), what, action);
    return apply(result, what);
}

bool Document::report(const Error& error, const QString& what, const Action& action)
{
    ErrorKind kind = error.kind;
    QString message = error.message;
    // A read before the write can meet the dropped line first; it is the
    // same loss, and the edit is kept all the same.
    if (kind == ErrorKind::Other && m_database->isServer() && m_database->connectionLost()) {
        kind = ErrorKind::ConnectionLost;
        message = tr("Not saved: the connection to %1 was lost (%2). Nothing was changed on the server.")
                      .arg(m_database->displayName(), error.message.simplified());
    }
    switch (kind) {
    case ErrorKind::ConnectionLost:
        // Kept, never dropped: the window offers Retry and Discard.
        m_pending = Pending{what.isEmpty() ? tr("your last change") : what, action};
        Q_EMIT connectionLost(m_pending->what, message);
        return false;
    case ErrorKind::Collision:
        // Show what the other station did, so the edit can be made again on top of it.
        Q_EMIT failed(message);
        refresh();
        return false;
    default:
        Q_EMIT failed(message);
        return false;
    }
}

bool Document::retryPending()
{
    if (!canRetryPending())
        return false;
    const Pending pending = *m_pending;
    if (m_database->connectionLost()) {
        if (auto back = m_database->reconnect(); !back) {
            Q_EMIT connectionLost(pending.what, back.error().message);
            return false;
        }
    }
    m_pending.reset();
    if (!run(pending.what, pending.action))
        return false; // pending again if the line is still down
    Q_EMIT pendingResolved();
    return true;
}

void Document::discardPending()
{
    if (!m_pending)
        return;
    m_pending.reset();
    Q_EMIT pendingResolved();
}

void Document::refresh()
{
    // Refreshing is also how to get a dropped line back.
    if (m_database->isServer() && m_database->connectionLost()) {
        if (auto back = m_database->reconnect(); !back) {
            Q_EMIT failed(back.error().message);
            return;
        }
    }
    // Caught up first: what the views then show is at least what counts as
    // seen, so an edit of a row changed in between is still a collision.
    caughtUp();
    // The same path undo and redo take: every view reloads what it shows.
    // No table is named, so none may assume its rows are untouched.
    ChangeSet elsewhere;
    elsewhere.description = tr("Changes made elsewhere");
    elsewhere.rows.push_back(RowChange{});
    Q_EMIT changed(elsewhere);
}

void Document::caughtUp()
{
    m_database->catchUp();
}

bool Document::replay(const ChangeSet& changes, bool forward)
{
    auto done = forward ? m_database->reapply(changes) : m_database->revert(changes);
    if (!done) {
        // A retried undo or redo is recorded as an action of its own: the
        // command that failed leaves the stack.
        const Action again = [this, changes, forward] {
            return forward ? m_database->reapply(changes) : m_database->revert(changes);
        };
        report(done.error(), forward ? tr("Redo: %1").arg(changes.description) : tr("Undo: %1").arg(changes.description),
               again);
        return false;
    }
    Q_EMIT changed(*done);
    Q_EMIT saved(forward ? tr("Redo: %1").arg(changes.description) : tr("Undo: %1").arg(changes.description), QString());
    caughtUp();
    return true;
}

} // namespace rt::ui
