#pragma once
// The team editor: the team's jurisdiction and, from the registered people of
// the workshop, who is in it. People already in another team are marked; ticking
// them moves them here.

#include "people/Roster.h"
#include "people/Teams.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rt::ui {

class StateCombo;

class TeamDialog : public QDialog {
    Q_OBJECT
public:
    // `team` is empty (id 0) for a new team.
    TeamDialog(const Team& team, const std::vector<RosterEntry>& roster, QWidget* parent = nullptr);

    QString jurisdiction() const;
    QString state() const;
    QString notes() const;
    std::vector<Id> memberIds() const;

    QLineEdit* jurisdictionEdit() const { return m_jurisdiction; }
    QListWidget* memberList() const { return m_members; }

    void accept() override;

private:
    void updateFlags();

    std::vector<Person> m_people;
    QLineEdit* m_jurisdiction;
    StateCombo* m_state;
    QPlainTextEdit* m_notes;
    QListWidget* m_members;
    QLabel* m_flags;
    QLabel* m_error;
};

} // namespace rt::ui
