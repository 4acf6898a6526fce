#include "NewWorkshopDialog.h"

#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "widgets/WorkshopForm.h"
#include "workshops/Workshops.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rt::ui {

NewWorkshopDialog::NewWorkshopDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_form(new WorkshopForm(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newWorkshopDialog"));
    setWindowTitle(tr("New workshop"));
    auto programs = catalog::programs(db);
    auto venueList = venues::list(db);
    m_form->setChoices(programs ? *programs : std::vector<Program>{}, venueList ? *venueList : std::vector<Venue>{});
    Workshop w;
    w.startDate = QDate::currentDate().addMonths(1);
    m_form->setWorkshop(w);
    m_form->setFollowsProgram(true);
    m_form->statusCombo()->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create workshop"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkshopDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, 520);
}

Workshop NewWorkshopDialog::workshop() const
{
    return m_form->workshop();
}

std::optional<Venue> NewWorkshopDialog::newVenue() const
{
    return m_form->newVenue();
}

void NewWorkshopDialog::accept()
{
    if (auto valid = workshops::validate(workshop()); !valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rt::ui
