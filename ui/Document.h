#pragma once
// One open file in the ui: the database, its undo stack, and the signals that
// tell pages to refresh. Pages never write: they ask core for a ChangeSet and
// hand it to apply(), which records it for undo and says it was saved.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

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
    // Returns whether it succeeded.
    bool apply(const Result<ChangeSet>& result);

    // Used by the undo command.
    bool replay(const ChangeSet& changes, bool forward);

Q_SIGNALS:
    // The file changed (an action, an undo or a redo): refresh what shows it.
    void changed(const rt::ChangeSet& changes);
    // A change is on disk: "Saved: Add Dana Whitfield to the roster".
    void saved(const QString& description, const QString& notice);
    // An action or an undo could not be done; nothing was changed.
    void failed(const QString& message);
    // The file's integrity check (run while the file is already on screen)
    // found damage. Nothing was or will be written to it.
    void damaged(const QString& message);

private:
    void pollIntegrity();

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
};

} // namespace rt::ui
