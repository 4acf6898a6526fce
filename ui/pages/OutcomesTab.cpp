#include "OutcomesTab.h"

#include "ActionPlanPanel.h"
#include "AssessmentEntryPanel.h"
#include "Document.h"
#include "ResultsPanel.h"
#include "WorksheetPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rt::ui {

OutcomesTab::OutcomesTab(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QTabWidget(this))
    , m_entry(new AssessmentEntryPanel(document, m_pages))
    , m_results(new ResultsPanel(document, m_pages))
    , m_worksheet(new WorksheetPanel(document, m_pages))
    , m_actionPlans(new ActionPlanPanel(document, m_pages))
{
    setObjectName(QStringLiteral("outcomesTab"));
    m_pages->addTab(m_entry, tr("&Assessments"));
    m_pages->addTab(m_results, tr("Re&sults"));
    m_pages->addTab(m_worksheet, tr("&Worksheet"));
    m_pages->addTab(m_actionPlans, tr("Action p&lans"));
    m_pages->setAccessibleName(tr("Outcomes pages"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_pages, 1);
    connect(m_pages, &QTabWidget::currentChanged, this, &OutcomesTab::reloadCurrentPage);
    connect(m_actionPlans, &ActionPlanPanel::exportRequested, this, &OutcomesTab::exportRequested);
}

void OutcomesTab::setWorkshop(Id workshopId)
{
    m_workshopId = workshopId;
    m_entry->setWorkshop(workshopId);
    m_results->setWorkshop(workshopId);
    m_worksheet->setWorkshop(workshopId);
    m_actionPlans->setWorkshop(workshopId);
}

void OutcomesTab::reload()
{
    m_stalePages.clear();
    for (int i = 0; i < m_pages->count(); ++i)
        m_stalePages << m_pages->widget(i);
    reloadCurrentPage();
}

void OutcomesTab::reloadCurrentPage()
{
    QWidget* current = m_pages->currentWidget();
    if (!current || !m_stalePages.contains(current))
        return;
    m_stalePages.removeAll(current);
    if (current == m_entry)
        m_entry->reload();
    else if (current == m_results)
        m_results->reload();
    else if (current == m_worksheet)
        m_worksheet->reload();
    else if (current == m_actionPlans)
        m_actionPlans->reload();
}

void OutcomesTab::showPage(Page page)
{
    switch (page) {
    case Page::Assessments: m_pages->setCurrentWidget(m_entry); break;
    case Page::Results: m_pages->setCurrentWidget(m_results); break;
    case Page::Worksheet: m_pages->setCurrentWidget(m_worksheet); break;
    case Page::ActionPlans: m_pages->setCurrentWidget(m_actionPlans); break;
    }
}

} // namespace rt::ui
