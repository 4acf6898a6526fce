#include "PlacesPeopleDialog.h"

#include "Document.h"
#include "widgets/ListAndForm.h"
#include "widgets/StateCombo.h"
#include "widgets/FormRows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rt::ui {
PlacesPeopleDialog::PlacesPeopleDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_venues(new QListWidget(this))
    , m_venueName(new QLineEdit(this))
    , m_venueAddress(new QLineEdit(this))
    , m_venueCity(new QLineEdit(this))
    , m_venueState(new StateCombo(this))
    , m_venueNotes(new QPlainTextEdit(this))
    , m_facilitators(new QListWidget(this))
    , m_facilitatorName(new QLineEdit(this))
    , m_facilitatorCredentials(new QLineEdit(this))
    , m_facilitatorOrganisation(new QLineEdit(this))
    , m_facilitatorEmail(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("placesPeopleDialog"));
    setWindowTitle(tr("Venues and facilitators"));
    m_venueNotes->setTabChangesFocus(true);
    m_facilitatorCredentials->setPlaceholderText(tr("e.g. Ph.D."));

    auto* venueForm = new QFormLayout;
    addRow(venueForm, tr("&Name:"), m_venueName);
    addRow(venueForm, tr("&Address:"), m_venueAddress);
    addRow(venueForm, tr("&City:"), m_venueCity);
    addRow(venueForm, tr("S&tate:"), m_venueState);
    addRow(venueForm, tr("N&otes:"), m_venueNotes);
    auto* newVenue = new QPushButton(tr("N&ew venue"), this);
    auto* saveVenue = new QPushButton(tr("&Save venue"), this);

    auto* facilitatorForm = new QFormLayout;
    addRow(facilitatorForm, tr("&Name:"), m_facilitatorName);
    addRow(facilitatorForm, tr("&Credentials:"), m_facilitatorCredentials);
    addRow(facilitatorForm, tr("&Organisation:"), m_facilitatorOrganisation);
    addRow(facilitatorForm, tr("&Email:"), m_facilitatorEmail);
    auto* newFacilitator = new QPushButton(tr("N&ew facilitator"), this);
    auto* saveFacilitator = new QPushButton(tr("&Save facilitator"), this);

    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Venues and facilitators"));
    m_venues->setAccessibleName(tr("Venues"));
    m_facilitators->setAccessibleName(tr("Facilitators"));
    tabs->addTab(listAndForm(tabs, m_venues, venueForm, newVenue, saveVenue), tr("Venues"));
    tabs->addTab(listAndForm(tabs, m_facilitators, facilitatorForm, newFacilitator, saveFacilitator), tr("Facilitators"));
    m_status->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_venues, &QListWidget::currentRowChanged, this, &PlacesPeopleDialog::showVenue);
    connect(m_facilitators, &QListWidget::currentRowChanged, this, &PlacesPeopleDialog::showFacilitator);
    connect(saveVenue, &QPushButton::clicked, this, &PlacesPeopleDialog::saveVenue);
    connect(saveFacilitator, &QPushButton::clicked, this, &PlacesPeopleDialog::saveFacilitator);
    connect(newVenue, &QPushButton::clicked, this, [this] {
        m_venues->setCurrentRow(-1);
        showVenue(-1);
        m_venueName->setFocus();
    });
    connect(newFacilitator, &QPushButton::clicked, this, [this] {
        m_facilitators->setCurrentRow(-1);
        showFacilitator(-1);
        m_facilitatorName->setFocus();
    });
    connect(&m_document, &Document::failed, this, [this](const QString& message) { m_lastError = message; });
    reload();
    resize(760, 460);
}

void PlacesPeopleDialog::reload()
{
    const int venueRow = m_venues->currentRow();
    const int facilitatorRow = m_facilitators->currentRow();
    auto venues = venues::list(m_document.database());
    m_venueRows = venues ? *venues : std::vector<Venue>{};
    auto people = facilitators::list(m_document.database());
    m_facilitatorRows = people ? *people : std::vector<Facilitator>{};
    {
        QSignalBlocker block(m_venues);
        m_venues->clear();
        for (const Venue& v : m_venueRows)
            m_venues->addItem(v.label());
        m_venues->setCurrentRow(std::min(venueRow, m_venues->count() - 1));
    }
    {
        QSignalBlocker block(m_facilitators);
        m_facilitators->clear();
        for (const Facilitator& f : m_facilitatorRows)
            m_facilitators->addItem(f.displayName());
        m_facilitators->setCurrentRow(std::min(facilitatorRow, m_facilitators->count() - 1));
    }
    showVenue(m_venues->currentRow());
    showFacilitator(m_facilitators->currentRow());
}

void PlacesPeopleDialog::showVenue(int row)
{
    const Venue v = row >= 0 && size_t(row) < m_venueRows.size() ? m_venueRows[size_t(row)] : Venue{};
    m_venueName->setText(v.name);
    m_venueAddress->setText(v.address);
    m_venueCity->setText(v.city);
    m_venueState->setState(v.state);
    m_venueNotes->setPlainText(v.notes);
}

void PlacesPeopleDialog::showFacilitator(int row)
{
    const Facilitator f = row >= 0 && size_t(row) < m_facilitatorRows.size() ? m_facilitatorRows[size_t(row)] : Facilitator{};
    m_facilitatorName->setText(f.name);
    m_facilitatorCredentials->setText(f.credentials);
    m_facilitatorOrganisation->setText(f.organisation);
    m_facilitatorEmail->setText(f.email);
}

void PlacesPeopleDialog::saveVenue()
{
    const int row = m_venues->currentRow();
    Venue v = row >= 0 && size_t(row) < m_venueRows.size() ? m_venueRows[size_t(row)] : Venue{};
    v.name = m_venueName->text();
    v.address = m_venueAddress->text();
    v.city = m_venueCity->text();
    v.state = m_venueState->state();
    v.notes = m_venueNotes->toPlainText();
    report(m_document.apply(venues::save(m_document.database(), v)));
}

void PlacesPeopleDialog::saveFacilitator()
{
    const int row = m_facilitators->currentRow();
    Facilitator f = row >= 0 && size_t(row) < m_facilitatorRows.size() ? m_facilitatorRows[size_t(row)] : Facilitator{};
    f.name = m_facilitatorName->text();
    f.credentials = m_facilitatorCredentials->text();
    f.organisation = m_facilitatorOrganisation->text();
    f.email = m_facilitatorEmail->text();
    report(m_document.apply(facilitators::save(m_document.database(), f)));
}

void PlacesPeopleDialog::report(bool ok)
{
    m_status->setText(ok ? tr("Saved.") : m_lastError);
    reload();
}

} // namespace rt::ui
