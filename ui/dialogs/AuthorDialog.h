#pragma once
// "Your name for the change history": who the history says made the changes
// from this computer. Kept in the computer's settings, not in the file; left
// empty, the computer account's name is used.

#include <QDialog>

class QLineEdit;

namespace rt::ui {

class AuthorDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuthorDialog(QWidget* parent = nullptr);

    QString name() const;
    QLineEdit* nameEdit() const { return m_name; }

private:
    QLineEdit* m_name;
};

// Asks for the name (through prompts::exec), then keeps it and records
// changes under it. Returns whether it was changed.
bool editAuthorName(QWidget* parent);
// Records changes under the name kept in the settings (at start).
void applyAuthorName();

} // namespace rt::ui
