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
