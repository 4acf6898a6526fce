#include "Document.h"

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
    if (isReadOnly())
        return; // the window that writes it keeps its backups
    connect(this, &Document::changed, this, [this] { m_changedSinceBackup = true; });
    connect(&m_backupTimer, &QTimer::timeout, this, &Document::backUpIfLive);
    if (const int minutes = backups::intervalMinutes(); minutes > 0) {
        m_backupTimer.start(std::chrono::minutes(minutes));
    }
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

bool Document::apply(const Result<ChangeSet>& result)
{
    if (!result) {
        Q_EMIT failed(result.error().message);
        return false;
    }
    if (result->isEmpty())
        return true;
    m_undoStack.push(new ChangeCommand(*this, *result));
    Q_EMIT changed(*result);
    Q_EMIT saved(result->description, result->notice);
    return true;
}

bool Document::replay(const ChangeSet& changes, bool forward)
{
    auto done = forward ? m_database->reapply(changes) : m_database->revert(changes);
    if (!done) {
        Q_EMIT failed(done.error().message);
        return false;
    }
    Q_EMIT changed(*done);
    Q_EMIT saved(forward ? tr("Redo: %1").arg(changes.description) : tr("Undo: %1").arg(changes.description), QString());
    return true;
}

} // namespace rt::ui
