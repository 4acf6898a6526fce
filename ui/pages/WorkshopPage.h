#pragma once
// The page for one workshop: its tabs (Overview, Roster & Teams, Attendance,
// Agenda, Discussions, Outcomes, History). Tabs other than the Overview are built
// the first time they are shown.

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace rt::ui {

class Document;
class OverviewTab;
class RosterTeamsTab;
class AttendanceTab;
class AgendaTab;
class DiscussionsTab;
class OutcomesTab;
class HistoryPanel;

class WorkshopPage : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopPage(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId);
    Id workshopId() const { return m_workshopId; }
    void reload();

    enum class Tab { Overview, RosterTeams, Attendance, Agenda, Discussions, Outcomes, History };
    void showTab(Tab tab);

    QTabWidget* tabs() const { return m_tabs; }
    OverviewTab* overview() const { return m_overview; }
    // Built the first time it is needed: opening a file shows the Overview.
    RosterTeamsTab* rosterTeams();
    AttendanceTab* attendance();
    AttendanceTab* attendanceIfBuilt() const { return m_attendance; }
    AgendaTab* agenda();
    DiscussionsTab* discussions();
    OutcomesTab* outcomes();
    OutcomesTab* outcomesIfBuilt() const { return m_outcomes; }
    // The workshop's change history.
    HistoryPanel* history();

Q_SIGNALS:
    void exportRequested(const QString& kind);

private:
    void reloadCurrentTab();
    void showWorkshopHistory();

    Document& m_document;
    Id m_workshopId = 0;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    OverviewTab* m_overview;
    QWidget* m_rosterPlaceholder;
    RosterTeamsTab* m_rosterTeams = nullptr;
    QWidget* m_attendancePlaceholder;
    AttendanceTab* m_attendance = nullptr;
    QWidget* m_agendaPlaceholder;
    AgendaTab* m_agenda = nullptr;
    QWidget* m_discussionsPlaceholder;
    DiscussionsTab* m_discussions = nullptr;
    QWidget* m_outcomesPlaceholder;
    OutcomesTab* m_outcomes = nullptr;
    QWidget* m_historyPlaceholder;
    HistoryPanel* m_history = nullptr;
    QList<QWidget*> m_staleTabs;
};

} // namespace rt::ui
