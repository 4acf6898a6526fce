#pragma once
// One team's action plan, as the instructor records it during the work
// sessions: the items in order (drag or move to reorder), what each says in
// full with its history below, quick status changes, and new items that start
// from a parking-lot entry or from a gap between the manager's and the
// chief's assessment. Placed in the workshop's Outcomes tab, which calls
// reload() when the file changes.

#include "actionplans/ActionPlans.h"
#include "people/Teams.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;

namespace rt::ui {

class ActionItemModel;
class Document;

class ActionPlanPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlanPanel(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload(), as the Outcomes tab does when the page is shown
    void reload();
    void setTeam(Id teamId);
    Id teamId() const;

    // Actions, also reachable from tests.
    void addItem();
    void editItem();
    void removeItem();
    void moveUp();
    void moveDown();
    void setStatus(ActionStatus status);
    void addFromParkingLot();
    void addFromGap();
    void recordUpdate();
    bool selectItem(Id itemId);
    std::optional<Id> selectedItemId() const;

    QComboBox* teamCombo() const { return m_teamCombo; }
    QLabel* flagsLabel() const { return m_flags; }
    QTreeView* view() const { return m_view; }
    ActionItemModel* model() const { return m_model; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* goalLabel() const { return m_detailGoal; }
    QLabel* detailValue(const QString& field) const; // "Actions", "From", …
    QTreeWidget* updatesList() const { return m_updates; }
    QPushButton* printButton() const { return m_print; }

Q_SIGNALS:
    // "actionplan": print the plan of the team on screen.
    void exportRequested(const QString& kind);

private:
    void fillTeams();
    void showDetails();
    void updateButtons();
    void applyAndSelect(const Result<ChangeSet>& result);
    void move(int delta);
    void showContextMenu(const QPoint& pos);
    const Team* currentTeam() const;
    const ActionItem* selectedItem() const;

    Document& m_document;
    Id m_workshopId = 0;
    std::vector<Team> m_teams;
    ActionItemModel* m_model;
    QComboBox* m_teamCombo;
    QLabel* m_flags;
    QLabel* m_members;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTreeView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_status;
    QPushButton* m_update;
    QPushButton* m_fromParking;
    QPushButton* m_fromGap;
    QPushButton* m_print;
    QMenu* m_statusMenu;
    QWidget* m_detail;
    QLabel* m_detailGoal;
    QGridLayout* m_detailGrid;
    struct DetailRow {
        QString field;
        QLabel* name;
        QLabel* value;
        void show(const QString& text) const; // hidden when empty
    };
    std::vector<DetailRow> m_detailValues;
    QTreeWidget* m_updates;
};

} // namespace rt::ui
