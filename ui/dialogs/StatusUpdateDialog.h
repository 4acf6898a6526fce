#pragma once
// Recording where an action item stands during follow-up: the date of the
// call (today unless said otherwise, never in the future), the new status and
// a note of what was heard.

#include "actionplans/ActionPlans.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace rt::ui {

// Today by the app's clock (tests set it), as core sees it.
QDate today();

class StatusUpdateDialog : public QDialog {
    Q_OBJECT
public:
    // `context` says whose item it is ("Salem, OR · Manager and Chief — Salem").
    StatusUpdateDialog(const ActionItem& item, const QString& context, QWidget* parent = nullptr);

    QDate date() const;
    ActionStatus status() const;
    QString note() const;

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* goalLabel() const { return m_goal; }

private:
    QLabel* m_goal;
    QDateEdit* m_date;
    QComboBox* m_status;
    QPlainTextEdit* m_note;
};

} // namespace rt::ui
