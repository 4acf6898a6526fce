#include "WorkshopPage.h"

#include "Document.h"
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
    , m_rosterTeams(new RosterTeamsTab(document, m_tabs))
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
    m_tabs->addTab(m_rosterTeams, tr("&Roster && Teams"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workshop tabs"));
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
    m_rosterTeams->setWorkshop(workshopId);
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
    m_overview->reload();
    m_rosterTeams->reload();
}

} // namespace rt::ui
