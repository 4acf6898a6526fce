#pragma once
// Adding or editing one action item of a team's plan: the goal (required),
// the actions, an owner from the team, a due date (with quick picks 30, 60 and
// 90 days after the workshop), status, the measure of success, a pillar of
// 21st Century Policing, a practice group and notes.

#include "actionplans/ActionPlans.h"
#include "catalog/Catalog.h"
#include "people/Teams.h"

#include <QDialog>
#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rt {
class Database;
}

namespace rt::ui {

class ActionItemDialog : public QDialog {
    Q_OBJECT
public:
    ActionItemDialog(const Database& db, Id workshopId, const Team& team, QWidget* parent = nullptr);

    void setItem(const ActionItem& item);
    ActionItem item() const;

    QLineEdit* goalEdit() const { return m_goal; }
    QPlainTextEdit* actionsEdit() const { return m_actions; }
    QComboBox* ownerCombo() const { return m_owner; }
    QDateEdit* dueEdit() const { return m_due; }
    QCheckBox* noDueCheck() const { return m_noDue; }
    // The quick pick for 30, 60 or 90 days after the workshop.
    QPushButton* quickPick(int days) const;
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* measureEdit() const { return m_measure; }
    QComboBox* pillarCombo() const { return m_pillar; }
    QComboBox* practiceGroupCombo() const { return m_practiceGroup; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* hintLabel() const { return m_hint; }

    void accept() override;

private:
    void updateOk();

    ActionItem m_item;
    QLineEdit* m_goal;
    QPlainTextEdit* m_actions;
    QComboBox* m_owner;
    QDateEdit* m_due;
    QCheckBox* m_noDue;
    std::map<int, QPushButton*> m_quickPicks;
    QComboBox* m_status;
    QPlainTextEdit* m_measure;
    QComboBox* m_pillar;
    QComboBox* m_practiceGroup;
    QPlainTextEdit* m_notes;
    QLabel* m_origin;
    QLabel* m_hint;
    QDate m_defaultDue;
    QPushButton* m_ok;
};

// The status choices, in order, for the dialogs and the panel's menus.
void fillStatusCombo(QComboBox* combo);

} // namespace rt::ui
