#include "ExportDialog.h"

#include "AppSettings.h"
#include "Prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rt::ui {

std::optional<ExportKind> exportKindFromKey(const QString& key)
{
    const std::pair<const char*, ExportKind> keys[] = {
        {"signin", ExportKind::SignIn},         {"attendance", ExportKind::Attendance}, {"certificates", ExportKind::Certificates},
        {"tents", ExportKind::Tents},           {"badges", ExportKind::Badges},         {"spreadsheet", ExportKind::Spreadsheet},
        {"agenda", ExportKind::Agenda},         {"agenda-facilitator", ExportKind::FacilitatorAgenda},
        {"ics", ExportKind::Calendar},          {"groups", ExportKind::GroupLists},
        {"discussions", ExportKind::DiscussionSummary},
        {"actionplans", ExportKind::ActionPlans},
        {"actionplan", ExportKind::TeamActionPlan},
        {"outcomes", ExportKind::OutcomeReport},
    };
    for (const auto& [name, kind] : keys) {
        if (key == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}

QString exportKindTitle(ExportKind kind)
{
    switch (kind) {
    case ExportKind::SignIn: return QObject::tr("Sign-in Sheets");
    case ExportKind::Attendance: return QObject::tr("Attendance Record");
    case ExportKind::Certificates: return QObject::tr("Certificates of Attendance");
    case ExportKind::Tents: return QObject::tr("Name Tents");
    case ExportKind::Badges: return QObject::tr("Badges");
    case ExportKind::Spreadsheet: return QObject::tr("Attendance Spreadsheet");
    case ExportKind::Agenda: return QObject::tr("Agenda");
    case ExportKind::FacilitatorAgenda: return QObject::tr("Facilitators' Agenda");
    case ExportKind::Calendar: return QObject::tr("Agenda Calendar");
    case ExportKind::GroupLists: return QObject::tr("Group Lists");
    case ExportKind::DiscussionSummary: return QObject::tr("Discussion Summary");
    case ExportKind::ActionPlans: return QObject::tr("Action Plans");
    case ExportKind::TeamActionPlan: return QObject::tr("Team Action Plan");
    case ExportKind::OutcomeReport: return QObject::tr("Outcome Report");
    }
    return {};
}

ExportDialog::ExportDialog(ExportKind kind, const std::vector<AttendanceBlock>& blocks, std::optional<Id> currentBlock, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setWindowTitle(tr("Print %1").arg(exportKindTitle(kind)));
    auto* form = new QFormLayout;
    if (kind == ExportKind::Spreadsheet) {
        setWindowTitle(tr("Export %1").arg(exportKindTitle(kind)));
        m_format = new QComboBox(this);
        m_format->addItem(tr("Excel workbook (.xlsx)"), true);
        m_format->addItem(tr("Comma-separated values (.csv)"), false);
        m_format->setAccessibleName(tr("Spreadsheet format"));
        form->addRow(tr("&Format:"), m_format);
    } else {
        m_page = new QComboBox(this);
        m_page->addItem(tr("US Letter"), false);
        m_page->addItem(tr("A4"), true);
        m_page->setCurrentIndex(settings::pageSize() == QLatin1String("a4") ? 1 : 0);
        m_page->setAccessibleName(tr("Page size"));
        form->addRow(tr("&Page size:"), m_page);
        m_organisation = new QLineEdit(settings::organisationName(), this);
        m_organisation->setPlaceholderText(tr("Printed at the top of each page (optional)"));
        m_organisation->setAccessibleName(tr("Organisation name"));
        form->addRow(tr("&Organisation:"), m_organisation);
        m_logo = new QLineEdit(settings::logoPath(), this);
        m_logo->setPlaceholderText(tr("A PNG or JPEG image (optional)"));
        m_logo->setAccessibleName(tr("Logo image file"));
        auto* browse = new QPushButton(tr("&Browse…"), this);
        browse->setAccessibleName(tr("Choose a logo image"));
        connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseLogo);
        auto* logoRow = new QHBoxLayout;
        logoRow->addWidget(m_logo, 1);
        logoRow->addWidget(browse);
        // A layout has no buddy of its own: the label's access key goes to the path.
        auto* logoLabel = new QLabel(tr("&Logo:"), this);
        logoLabel->setBuddy(m_logo);
        form->addRow(logoLabel, logoRow);
    }
    if (kind == ExportKind::SignIn) {
        m_block = new QComboBox(this);
        m_block->addItem(tr("Every block (one sheet each)"), QVariant());
        for (const AttendanceBlock& b : blocks) {
            m_block->addItem(b.longName(), b.id);
            if (currentBlock && *currentBlock == b.id)
                m_block->setCurrentIndex(m_block->count() - 1);
        }
        m_block->setAccessibleName(tr("Block"));
        form->addRow(tr("&Block:"), m_block);
        m_order = new QComboBox(this);
        m_order->addItem(tr("By last name"), false);
        m_order->addItem(tr("Grouped by team"), true);
        m_order->setAccessibleName(tr("Order of names"));
        form->addRow(tr("O&rder:"), m_order);
        m_blankRows = new QSpinBox(this);
        m_blankRows->setRange(0, 40);
        m_blankRows->setValue(5);
        m_blankRows->setAccessibleName(tr("Blank rows for walk-ins"));
        form->addRow(tr("Blank rows for &walk-ins:"), m_blankRows);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(kind == ExportKind::Spreadsheet ? tr("Export…") : tr("Save PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void ExportDialog::chooseLogo()
{
    const QString path = prompts::openFileName(this, tr("Choose a Logo"), QFileInfo(m_logo->text()).absolutePath(),
                                               tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

ExportChoices ExportDialog::choices() const
{
    ExportChoices c;
    c.kind = m_kind;
    if (m_page) {
        c.a4 = m_page->currentData().toBool();
        c.organisation = m_organisation->text().trimmed();
        c.logoPath = m_logo->text().trimmed();
    }
    if (m_block) {
        if (!m_block->currentData().isNull())
            c.blockId = m_block->currentData().toLongLong();
        c.byTeam = m_order->currentData().toBool();
        c.blankRows = m_blankRows->value();
    }
    if (m_format)
        c.xlsx = m_format->currentData().toBool();
    return c;
}

void ExportDialog::accept()
{
    if (m_logo && !m_logo->text().trimmed().isEmpty()) {
        QImageReader reader(m_logo->text().trimmed());
        if (!reader.canRead()) {
            prompts::warning(this, tr("Logo"),
                             tr("“%1” is not an image Roundtable can read. Choose a PNG or JPEG file, or leave the logo empty.")
                                 .arg(m_logo->text().trimmed()));
            return;
        }
    }
    // Remembered for next time: these belong to this computer.
    if (m_page) {
        settings::setPageSize(m_page->currentData().toBool() ? QStringLiteral("a4") : QStringLiteral("letter"));
        settings::setOrganisationName(m_organisation->text());
        settings::setLogoPath(m_logo->text().trimmed());
    }
    QDialog::accept();
}

} // namespace rt::ui
