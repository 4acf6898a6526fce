#pragma once
// Follow-up across every workshop in the file: which action items are
// overdue or due soon, where each stands and what was last heard, with a
// dated update recorded in one step. Beside the People directory in the file
// view; it keeps itself current while shown.

#include "actionplans/FollowUp.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeView;

namespace rt::ui {

class Document;
class FollowUpModel;

class FollowUpPage : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpPage(Document& document, QWidget* parent = nullptr);

    void reload();
    void refresh(); // reloads if the file changed since
    void recordUpdate();
    void goToWorkshop();
    FollowUpFilter filter() const;
    std::optional<Id> selectedItemId() const;

    QCheckBox* overdueCheck() const { return m_overdue; }
    QCheckBox* dueSoonCheck() const { return m_dueSoon; }
    QSpinBox* dueDaysSpin() const { return m_dueDays; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* workshopCombo() const { return m_workshop; }
    QCheckBox* showDoneCheck() const { return m_showDone; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* emptyLabel() const { return m_empty; }
    QTreeView* view() const { return m_view; }
    FollowUpModel* model() const { return m_model; }

Q_SIGNALS:
    void openWorkshopRequested(rt::Id workshopId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillWorkshops();
    void updateButtons();

    Document& m_document;
    FollowUpModel* m_model;
    QLabel* m_asOf;
    QCheckBox* m_overdue;
    QCheckBox* m_dueSoon;
    QSpinBox* m_dueDays;
    QComboBox* m_status;
    QComboBox* m_workshop;
    QCheckBox* m_showDone;
    QLabel* m_counts;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTreeView* m_view;
    QPushButton* m_update;
    QPushButton* m_open;
    bool m_stale = true;
};

} // namespace rt::ui
