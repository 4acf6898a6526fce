#include "WorkshopPage.h"

#include "AgendaTab.h"
#include "AttendanceTab.h"
#include "DiscussionsTab.h"
#include "Document.h"
#include "HistoryPanel.h"
#include "OutcomesTab.h"
#include "OverviewTab.h"
#include "RosterTeamsTab.h"
#include "storage/Database.h"
#include "workshops/Workshops.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rt::ui {

WorkshopPage::WorkshopPage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(document, m_tabs))
    , m_rosterPlaceholder(new QWidget(m_tabs))
    , m_attendancePlaceholder(new QWidget(m_tabs))
    , m_agendaPlaceholder(new QWidget(m_tabs))
    , m_discussionsPlaceholder(new QWidget(m_tabs))
    , m_outcomesPlaceholder(new QWidget(m_tabs))
    , m_historyPlaceholder(new QWidget(m_tabs))
{
    setObjectName(QStringLiteral("workshopPage"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Workshop title"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setAccessibleName(tr("Workshop dates and venue"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_rosterPlaceholder, tr("&Roster && Teams"));
    m_tabs->addTab(m_attendancePlaceholder, tr("A&ttendance"));
    m_tabs->addTab(m_agendaPlaceholder, tr("A&genda"));
    m_tabs->addTab(m_discussionsPlaceholder, tr("&Discussions"));
    m_tabs->addTab(m_outcomesPlaceholder, tr("O&utcomes"));
    m_tabs->addTab(m_historyPlaceholder, tr("Histor&y"));
    (new QVBoxLayout(m_historyPlaceholder))->setContentsMargins(0, 0, 0, 0);
    for (QWidget* placeholder : {m_rosterPlaceholder, m_attendancePlaceholder, m_agendaPlaceholder, m_discussionsPlaceholder}) {
        auto* placeholderLayout = new QVBoxLayout(placeholder);
        placeholderLayout->setContentsMargins(0, 0, 0, 0);
    }
    (new QVBoxLayout(m_outcomesPlaceholder))->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workshop tabs"));
    // Only the tab on screen is kept current; the others catch up when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &WorkshopPage::reloadCurrentTab);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
}

void WorkshopPage::setWorkshop(Id workshopId)
{
    m_workshopId = workshopId;
    m_overview->setWorkshop(workshopId);
    if (m_rosterTeams)
        m_rosterTeams->setWorkshop(workshopId);
    if (m_attendance)
        m_attendance->setWorkshop(workshopId);
    if (m_agenda)
        m_agenda->setWorkshop(workshopId);
    if (m_discussions)
        m_discussions->setWorkshop(workshopId);
    if (m_outcomes)
        m_outcomes->setWorkshop(workshopId);
    if (m_history)
        showWorkshopHistory();
    reload();
}

void WorkshopPage::reload()
{
    auto summary = workshops::summary(m_document.database(), m_workshopId);
    if (!summary)
        return;
    const Workshop& w = summary->workshop;
    m_title->setText(w.title);
    QStringList parts{w.datesLabel(), durationLabel(w.halfDays)};
    if (!summary->venueName.isEmpty()) {
        Venue venue;
        venue.name = summary->venueName;
        venue.city = summary->venueCity;
        venue.state = summary->venueState;
        parts << venue.label();
    }
    parts << statusLabel(w.status);
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_staleTabs = {m_overview, m_rosterPlaceholder, m_attendancePlaceholder, m_agendaPlaceholder, m_discussionsPlaceholder};
    m_staleTabs << m_outcomesPlaceholder;
    reloadCurrentTab();
}

RosterTeamsTab* WorkshopPage::rosterTeams()
{
    if (!m_rosterTeams) {
        m_rosterTeams = new RosterTeamsTab(m_document, m_rosterPlaceholder);
        m_rosterPlaceholder->layout()->addWidget(m_rosterTeams);
        m_rosterTeams->setWorkshop(m_workshopId);
        if (!m_staleTabs.contains(m_rosterPlaceholder))
            m_rosterTeams->reload();
    }
    return m_rosterTeams;
}

AttendanceTab* WorkshopPage::attendance()
{
    if (!m_attendance) {
        m_attendance = new AttendanceTab(m_document, m_attendancePlaceholder);
        m_attendancePlaceholder->layout()->addWidget(m_attendance);
        connect(m_attendance, &AttendanceTab::exportRequested, this, &WorkshopPage::exportRequested);
        m_attendance->setWorkshop(m_workshopId);
        if (!m_staleTabs.contains(m_attendancePlaceholder))
            m_attendance->reload();
    }
    return m_attendance;
}

AgendaTab* WorkshopPage::agenda()
{
    if (!m_agenda) {
        m_agenda = new AgendaTab(m_document, m_agendaPlaceholder);
        m_agendaPlaceholder->layout()->addWidget(m_agenda);
        connect(m_agenda, &AgendaTab::exportRequested, this, &WorkshopPage::exportRequested);
        m_agenda->setWorkshop(m_workshopId);
        if (!m_staleTabs.contains(m_agendaPlaceholder))
            m_agenda->reload();
    }
    return m_agenda;
}

DiscussionsTab* WorkshopPage::discussions()
{
    if (!m_discussions) {
        m_discussions = new DiscussionsTab(m_document, m_discussionsPlaceholder);
        m_discussionsPlaceholder->layout()->addWidget(m_discussions);
        connect(m_discussions, &DiscussionsTab::exportRequested, this, &WorkshopPage::exportRequested);
        m_discussions->setWorkshop(m_workshopId);
        if (!m_staleTabs.contains(m_discussionsPlaceholder))
            m_discussions->reload();
    }
    return m_discussions;
}

OutcomesTab* WorkshopPage::outcomes()
{
    if (!m_outcomes) {
        m_outcomes = new OutcomesTab(m_document, m_outcomesPlaceholder);
        connect(m_outcomes, &OutcomesTab::exportRequested, this, &WorkshopPage::exportRequested);
        m_outcomesPlaceholder->layout()->addWidget(m_outcomes);
        m_outcomes->setWorkshop(m_workshopId);
        if (!m_staleTabs.contains(m_outcomesPlaceholder))
            m_outcomes->reload();
    }
    return m_outcomes;
}

HistoryPanel* WorkshopPage::history()
{
    if (!m_history) {
        m_history = new HistoryPanel(m_document, m_historyPlaceholder);
        m_historyPlaceholder->layout()->addWidget(m_history);
        showWorkshopHistory();
        // On screen already: show it now rather than when the layout gets to it.
        if (m_historyPlaceholder->isVisible())
            m_history->show();
    }
    return m_history;
}

void WorkshopPage::showWorkshopHistory()
{
    // The panel keeps itself current as the file changes.
    if (auto uuid = history::workshopUuid(m_document.database(), m_workshopId))
        m_history->setScope(history::Scope::workshop(*uuid), tr("History of this workshop"));
}

void WorkshopPage::showTab(Tab tab)
{
    switch (tab) {
    case Tab::Overview: m_tabs->setCurrentWidget(m_overview); break;
    case Tab::RosterTeams: m_tabs->setCurrentWidget(m_rosterPlaceholder); break;
    case Tab::Attendance: m_tabs->setCurrentWidget(m_attendancePlaceholder); break;
    case Tab::Agenda: m_tabs->setCurrentWidget(m_agendaPlaceholder); break;
    case Tab::Discussions: m_tabs->setCurrentWidget(m_discussionsPlaceholder); break;
    case Tab::Outcomes: m_tabs->setCurrentWidget(m_outcomesPlaceholder); break;
    case Tab::History: m_tabs->setCurrentWidget(m_historyPlaceholder); break;
    }
}

void WorkshopPage::reloadCurrentTab()
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_historyPlaceholder)
        history();
    if (!m_staleTabs.contains(current))
        return;
    m_staleTabs.removeAll(current);
    if (current == m_overview)
        m_overview->reload();
    else if (current == m_rosterPlaceholder)
        rosterTeams()->reload();
    else if (current == m_attendancePlaceholder)
        attendance()->reload();
    else if (current == m_agendaPlaceholder)
        agenda()->reload();
    else if (current == m_discussionsPlaceholder)
        discussions()->reload();
    else if (current == m_outcomesPlaceholder)
        outcomes()->reload();
}

} // namespace rt::ui
