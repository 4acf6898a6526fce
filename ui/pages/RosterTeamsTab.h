#pragma once
// The Roster & Teams tab: the enrolled people with a search-as-you-type
// filter, registration actions, and the teams, formed by dragging people onto
// them, with the team editor, or from suggestions by jurisdiction.

#include "common/Result.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace rt::ui {

class Document;
class HistoryDialog;
class RosterModel;
class TeamModel;

class RosterTeamsTab : public QWidget {
    Q_OBJECT
public:
    explicit RosterTeamsTab(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    // Actions, also reachable from the menus and tests.
    void addPerson();
    // Asks for a registration export and imports it (see ImportRosterDialog).
    void importRoster();
    void editPerson();
    void cancelRegistration();
    void moveToWaitlist();
    void givePlace();
    void newTeam();
    void editTeam();
    void deleteTeam();
    void suggestTeams();
    void focusFilter();
    // The selected person's change history, in a window of its own.
    HistoryDialog* showHistory();

    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* statusFilter() const { return m_status; }
    QTreeView* rosterView() const { return m_roster; }
    QTreeView* teamView() const { return m_teams; }
    RosterModel* rosterModel() const { return m_rosterModel; }
    TeamModel* teamModel() const { return m_teamModel; }
    QLabel* countsLabel() const { return m_counts; }
    QSplitter* splitter() const { return m_splitter; }

    // Performs what a drop asks for (the models only report drops).
    void addToTeam(Id teamId, const std::vector<Id>& personIds);
    void formTeamFrom(const std::vector<Id>& personIds);
    void takeOffTeams(const std::vector<Id>& personIds);

private:
    std::optional<Id> selectedPersonId() const;
    std::optional<Id> selectedTeamId() const;
    void updateActions();
    void applyFilter();
    void showRosterMenu(const QPoint& at);

    Document& m_document;
    Id m_workshopId = 0;
    RosterModel* m_rosterModel;
    TeamModel* m_teamModel;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QLabel* m_counts;
    QTreeView* m_roster;
    QTreeView* m_teams;
    QSplitter* m_splitter;
    QPushButton* m_add;
    QPushButton* m_import;
    QPushButton* m_edit;
    QPushButton* m_cancel;
    QPushButton* m_waitlist;
    QPushButton* m_place;
    QPushButton* m_newTeam;
    QPushButton* m_editTeam;
    QPushButton* m_deleteTeam;
    QPushButton* m_suggest;
};

} // namespace rt::ui
