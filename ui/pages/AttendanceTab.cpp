#include "AttendanceTab.h"

#include "AttendanceGridPanel.h"
#include "CheckInPanel.h"
#include "Document.h"
#include "Prompts.h"
#include "attendance/Credit.h"
#include "common/Clock.h"
#include "dialogs/AttendanceSettingsDialog.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "workshops/Workshops.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt::ui {

AttendanceTab::AttendanceTab(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_blockCombo(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_checkInButton(new QToolButton(this))
    , m_gridButton(new QToolButton(this))
    , m_settings(new QPushButton(tr("Blocks && &credit…"), this))
    , m_print(new QPushButton(tr("&Print"), this))
    , m_stack(new QStackedWidget(this))
    , m_checkIn(new CheckInPanel(document, m_stack))
    , m_grid(new AttendanceGridPanel(document, m_stack))
{
    setObjectName(QStringLiteral("attendanceTab"));
    m_blockCombo->setAccessibleName(tr("Block being checked in"));
    m_blockCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_blockCombo->setMinimumContentsLength(38);
    QFont bold = m_counts->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_counts->setFont(bold);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setAccessibleName(tr("Present and expected"));
    // Wraps rather than widening the page: the workshop list keeps its room.
    m_counts->setWordWrap(true);
    m_counts->setMinimumWidth(160);

    m_checkInButton->setText(tr("Check-&in"));
    m_gridButton->setText(tr("&Grid"));
    m_checkInButton->setAccessibleName(tr("Show check-in"));
    m_gridButton->setAccessibleName(tr("Show the attendance grid"));
    auto* views = new QButtonGroup(this);
    for (QToolButton* b : {m_checkInButton, m_gridButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        views->addButton(b);
    }
    m_checkInButton->setChecked(true);
    connect(m_checkInButton, &QToolButton::clicked, this, [this] { showView(View::CheckIn); });
    connect(m_gridButton, &QToolButton::clicked, this, [this] { showView(View::Grid); });

    m_settings->setAccessibleName(tr("Edit attendance blocks and credit rules"));
    connect(m_settings, &QPushButton::clicked, this, &AttendanceTab::editSettings);
    m_print->setAccessibleName(tr("Print attendance documents"));
    auto* menu = new QMenu(m_print);
    const std::pair<const char*, QString> kinds[] = {
        {"signin", tr("&Sign-in Sheets…")},         {"attendance", tr("&Attendance Record…")},
        {"certificates", tr("&Certificates…")},     {"tents", tr("&Name Tents…")},
        {"badges", tr("&Badges…")},                 {"spreadsheet", tr("Attendance Spreadsheet (CSV or &XLSX)…")},
    };
    for (const auto& [kind, text] : kinds)
        menu->addAction(text, this, [this, k = QString::fromLatin1(kind)] { Q_EMIT exportRequested(k); });
    m_print->setMenu(menu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Block:"), this));
    bar->addWidget(m_blockCombo);
    bar->addSpacing(12);
    bar->addWidget(m_counts, 1);
    bar->addWidget(m_checkInButton);
    bar->addWidget(m_gridButton);
    bar->addSpacing(12);
    bar->addWidget(m_settings);
    bar->addWidget(m_print);

    m_stack->addWidget(m_checkIn);
    m_stack->addWidget(m_grid);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_blockCombo, &QComboBox::activated, this, [this] {
        m_blockChosenByUser = true;
        onBlockChosen();
    });
    connect(&m_document, &Document::changed, this, &AttendanceTab::onChanged);
    setFocusProxy(m_checkIn);
}

void AttendanceTab::setWorkshop(Id workshopId)
{
    if (workshopId != m_workshopId) {
        m_blockChosenByUser = false;
        m_peopleStale = true;
    }
    m_workshopId = workshopId;
    m_checkIn->setWorkshop(workshopId);
    m_grid->setWorkshop(workshopId);
}

void AttendanceTab::onChanged(const ChangeSet& changes)
{
    // A check-in changes marks only: the search over everyone stays as built.
    for (const RowChange& row : changes.rows) {
        if (row.table != QLatin1String("attendance_marks"))
            m_peopleStale = true;
    }
}

std::optional<AttendanceBlock> AttendanceTab::currentBlock() const
{
    const int i = m_blockCombo->currentIndex();
    if (i < 0 || i >= int(m_blocks.size()))
        return std::nullopt;
    return m_blocks[size_t(i)];
}

void AttendanceTab::reload()
{
    auto workshop = workshops::get(m_document.database(), m_workshopId);
    auto list = attendance::blocksOf(m_document.database(), m_workshopId);
    if (!workshop || !list)
        return;
    const auto previous = currentBlock();
    m_blocks = std::move(*list);
    int index = -1;
    if (m_blockChosenByUser && previous) {
        for (int i = 0; i < int(m_blocks.size()); ++i) {
            if (m_blocks[size_t(i)].id == previous->id)
                index = i;
        }
    }
    if (index < 0)
        index = attendance::currentBlockIndex(m_blocks, *workshop, currentUtc().toLocalTime());
    {
        QSignalBlocker block(m_blockCombo);
        m_blockCombo->clear();
        for (const AttendanceBlock& b : m_blocks)
            m_blockCombo->addItem(QStringLiteral("%1 · %2").arg(b.longName(), QLocale().toString(b.date(*workshop), QStringLiteral("ddd d MMM"))));
        m_blockCombo->setCurrentIndex(index);
    }
    m_checkIn->setEnabled(!m_blocks.empty());
    if (m_peopleStale) {
        m_checkIn->reloadPeople();
        m_peopleStale = false;
    }
    onBlockChosen();
    m_grid->reload();
}

void AttendanceTab::onBlockChosen()
{
    const auto block = currentBlock();
    m_checkIn->setBlock(block);
    m_grid->setBlockId(block ? block->id : 0);
    updateCounts();
}

void AttendanceTab::updateCounts()
{
    const auto block = currentBlock();
    auto counts = roster::counts(m_document.database(), m_workshopId);
    if (!block || !counts) {
        m_counts->setText(m_blocks.empty() ? tr("This workshop has no attendance blocks. Add them with Blocks & credit.") : QString());
        return;
    }
    auto marks = attendance::marksOf(m_document.database(), block->id);
    int present = 0, late = 0, leftEarly = 0, excused = 0, absent = 0;
    if (marks) {
        for (const auto& [person, mark] : *marks) {
            switch (mark.status) {
            case AttendanceStatus::Present: ++present; break;
            case AttendanceStatus::Late: ++late; break;
            case AttendanceStatus::LeftEarly: ++leftEarly; break;
            case AttendanceStatus::Excused: ++excused; break;
            case AttendanceStatus::Absent: ++absent; break;
            }
        }
    }
    const int here = present + late + leftEarly;
    const int marked = marks ? int(marks->size()) : 0;
    QStringList parts{tr("%1 of %2 here").arg(here).arg(counts->registered)};
    if (late)
        parts << tr("%1 late").arg(late);
    if (leftEarly)
        parts << tr("%1 left early").arg(leftEarly);
    if (excused)
        parts << tr("%1 excused").arg(excused);
    if (absent)
        parts << tr("%1 absent").arg(absent);
    parts << tr("%1 not yet marked").arg(std::max(0, counts->registered - marked));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void AttendanceTab::showView(View view)
{
    (view == View::CheckIn ? m_checkInButton : m_gridButton)->setChecked(true);
    m_stack->setCurrentWidget(view == View::CheckIn ? static_cast<QWidget*>(m_checkIn) : m_grid);
    m_stack->currentWidget()->setFocus();
}

void AttendanceTab::editSettings()
{
    auto workshop = workshops::get(m_document.database(), m_workshopId);
    auto rules = credit::rules(m_document.database(), m_workshopId);
    if (!workshop || !rules) {
        m_document.apply(std::unexpected(!workshop ? workshop.error() : rules.error()));
        return;
    }
    AttendanceSettingsDialog dialog(workshop->halfDays, this);
    dialog.setSettings(m_blocks, *rules);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    m_document.apply(credit::saveBlocksAndRules(m_document.database(), m_workshopId, dialog.blocks(), dialog.rules()));
}

} // namespace rt::ui
