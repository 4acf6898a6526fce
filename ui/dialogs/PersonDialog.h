#pragma once
// Adding someone to a roster, or editing a person. While a new person's name
// or email is typed, people already in the file who match are listed, so a
// returning participant is picked rather than entered twice.

#include "people/People.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace rt {
class Database;
}

namespace rt::ui {

class StateCombo;

class PersonDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { AddToRoster, Edit };
    PersonDialog(const Database& db, Mode mode, QWidget* parent = nullptr);

    void setPerson(const Person& person);
    Person person() const;
    // Set when the user chose someone already in the file instead of a new person.
    std::optional<Id> existingPersonId() const { return m_existing; }

    // Named fields for tests and accessibility.
    QLineEdit* firstNameEdit() const { return m_first; }
    QLineEdit* lastNameEdit() const { return m_last; }
    QLineEdit* jurisdictionEdit() const { return m_jurisdiction; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* roleCombo() const { return m_role; }
    QListWidget* matchList() const { return m_matches; }
    void refreshMatches();

    void accept() override;

private:
    void useSelectedMatch();
    void updateRoleOther();

    const Database& m_db;
    Mode m_mode;
    Person m_original;
    std::optional<Id> m_existing;
    std::vector<DuplicateMatch> m_duplicates;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QComboBox* m_role;
    QLineEdit* m_roleOther;
    QLineEdit* m_jurisdiction;
    StateCombo* m_state;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
    QLabel* m_matchTitle;
    QListWidget* m_matches;
    QPushButton* m_useMatch;
    QDialogButtonBox* m_buttons;
    QTimer* m_matchTimer;
};

} // namespace rt::ui
