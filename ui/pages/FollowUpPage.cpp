#include "FollowUpPage.h"

#include "Document.h"
#include "Prompts.h"
#include "dialogs/StatusUpdateDialog.h"
#include "models/FollowUpModel.h"
#include "storage/Database.h"
#include "widgets/ColumnChooser.h"
#include "widgets/NamedButton.h"
#include "workshops/Workshops.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt::ui {

FollowUpPage::FollowUpPage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FollowUpModel(this))
    , m_asOf(new QLabel(this))
    , m_overdue(new QCheckBox(tr("&Overdue"), this))
    , m_dueSoon(new QCheckBox(tr("Due in the &next"), this))
    , m_dueDays(new QSpinBox(this))
    , m_status(new QComboBox(this))
    , m_workshop(new QComboBox(this))
    , m_showDone(new QCheckBox(tr("Show &done"), this))
    , m_counts(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_update(namedButton(tr("Record &Update…"), tr("Record a dated update of the selected action item"), this))
    , m_open(namedButton(tr("&Go to Workshop"), tr("Open the workshop of the selected action item"), this))
{
    setObjectName(QStringLiteral("followUpPage"));
    auto* title = new QLabel(tr("Follow-up"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    m_asOf->setTextFormat(Qt::PlainText);
    m_asOf->setAccessibleName(tr("Date of the follow-up"));
    m_overdue->setAccessibleName(tr("Only overdue items"));
    m_dueSoon->setAccessibleName(tr("Only items due soon, and overdue ones"));
    m_dueDays->setRange(1, 365);
    m_dueDays->setValue(followup::kDueSoonDays);
    m_dueDays->setSuffix(tr(" days"));
    m_dueDays->setAccessibleName(tr("Due within how many days"));
    m_status->addItem(tr("Any status"), QVariant());
    for (ActionStatus s : allActionStatuses())
        m_status->addItem(actionStatusLabel(s), int(s));
    m_status->setAccessibleName(tr("Status"));
    m_workshop->setAccessibleName(tr("Workshop"));
    m_workshop->setMinimumContentsLength(24);
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_showDone->setAccessibleName(tr("Show done items"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setAccessibleName(tr("Follow-up counts"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("Nothing to follow up"));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Action items to follow up"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FollowUpModel::Goal, QHeaderView::Stretch);
    // In column order; the goal stretches over what is left.
    sizeColumnsForSamples(m_view, {QStringLiteral("19 Mar 2027 · Strength"), QStringLiteral("Grants Pass, OR"), QString(),
                                   QStringLiteral("Andrea Castillo"), QStringLiteral("30 Sep 2027"),
                                   QStringLiteral("12 days overdue "), QStringLiteral("Not started"),
                                   QStringLiteral("14 Apr: Tabletop")});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_asOf);
    header->addStretch(1);
    header->addWidget(m_counts);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_overdue);
    filters->addSpacing(12);
    filters->addWidget(m_dueSoon);
    filters->addWidget(m_dueDays);
    filters->addSpacing(12);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    auto* workshopLabel = new QLabel(tr("Wor&kshop:"), this);
    workshopLabel->setBuddy(m_workshop);
    filters->addWidget(workshopLabel);
    filters->addWidget(m_workshop);
    filters->addSpacing(12);
    filters->addWidget(m_showDone);
    filters->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Double-click an item to record an update."), this));
    buttons->addStretch(1);
    buttons->addWidget(m_update);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 4);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    for (QCheckBox* box : {m_overdue, m_dueSoon, m_showDone})
        connect(box, &QCheckBox::toggled, this, &FollowUpPage::reload);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &FollowUpPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FollowUpPage::reload);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &FollowUpPage::reload);
    connect(m_view, &QTreeView::activated, this, &FollowUpPage::recordUpdate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FollowUpPage::updateButtons);
    connect(m_update, &QPushButton::clicked, this, &FollowUpPage::recordUpdate);
    connect(m_open, &QPushButton::clicked, this, &FollowUpPage::goToWorkshop);
    // Hidden behind another page of the file view: catch up when shown.
    connect(&m_document, &Document::changed, this, [this] {
        m_stale = true;
        if (!isHidden())
            reload();
    });
    updateButtons();
}

void FollowUpPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void FollowUpPage::refresh()
{
    if (m_stale)
        reload();
}

FollowUpFilter FollowUpPage::filter() const
{
    FollowUpFilter f;
    f.overdueOnly = m_overdue->isChecked();
    if (m_dueSoon->isChecked())
        f.dueWithinDays = m_dueDays->value();
    if (m_status->currentData().isValid())
        f.status = ActionStatus(m_status->currentData().toInt());
    if (m_workshop->currentData().isValid())
        f.workshopId = m_workshop->currentData().toLongLong();
    // Asking for done items by status shows them whatever the checkbox says.
    f.includeDone = m_showDone->isChecked() || f.status == ActionStatus::Done;
    return f;
}

void FollowUpPage::fillWorkshops()
{
    const QVariant current = m_workshop->currentData();
    auto list = workshops::list(m_document.database(), workshops::Counts::Skip);
    QSignalBlocker block(m_workshop);
    m_workshop->clear();
    m_workshop->addItem(tr("All workshops"), QVariant());
    if (list) {
        for (const WorkshopSummary& s : *list)
            m_workshop->addItem(QStringLiteral("%1 (%2)").arg(s.workshop.title, s.workshop.datesLabel()), s.workshop.id);
    }
    const int index = current.isValid() ? m_workshop->findData(current) : 0;
    m_workshop->setCurrentIndex(std::max(0, index));
}

void FollowUpPage::reload()
{
    m_stale = false;
    fillWorkshops();
    const QDate date = today();
    m_asOf->setText(tr("as of %1").arg(QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"))));
    const std::optional<Id> selected = selectedItemId();
    // Everything of the chosen workshops, counted; then the other filters.
    const FollowUpFilter wanted = filter();
    FollowUpFilter scope;
    scope.workshopId = wanted.workshopId;
    auto all = followup::rows(m_document.database(), date, scope);
    if (!all) {
        m_model->setRows({});
        m_counts->clear();
        m_empty->setText(all.error().message);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    int overdue = 0;
    int dueSoon = 0;
    int open = 0;
    std::vector<FollowUpRow> shown;
    for (FollowUpRow& row : *all) {
        overdue += row.isOverdue() ? 1 : 0;
        dueSoon += row.isDueWithin(m_dueDays->value()) ? 1 : 0;
        open += row.isOpen() ? 1 : 0;
        if (followup::matches(row, wanted))
            shown.push_back(std::move(row));
    }
    const QLocale locale;
    m_counts->setText(all->empty() ? QString() : tr("%1 overdue · %2 due in %3 · %4 open of %5")
                          .arg(locale.toString(overdue), locale.toString(dueSoon), tr("%n day(s)", nullptr, m_dueDays->value()),
                               locale.toString(open), locale.toString(qsizetype(all->size()))));
    m_model->setRows(std::move(shown));
    m_view->setColumnHidden(FollowUpModel::Workshop, wanted.workshopId.has_value()); // one workshop: said by the filter
    if (all->empty())
        m_empty->setText(tr("No action items yet. The teams' action plans of every workshop in this file show here, to "
                            "follow up at 30, 60 and 90 days."));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("No action item matches these filters."));
    m_stack->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget*>(m_view) : m_empty);
    if (selected) {
        const int row = m_model->rowOf(*selected);
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
}

std::optional<Id> FollowUpPage::selectedItemId() const
{
    const FollowUpRow* row = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    return row ? std::optional<Id>(row->item.id) : std::nullopt;
}

void FollowUpPage::updateButtons()
{
    const bool selected = selectedItemId().has_value();
    m_update->setEnabled(selected);
    m_open->setEnabled(selected);
}

void FollowUpPage::recordUpdate()
{
    const FollowUpRow* row = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    if (!row)
        return;
    const FollowUpRow chosen = *row; // the model is refilled by the change
    StatusUpdateDialog dialog(chosen.item, tr("%1 · %2").arg(chosen.teamLabel, chosen.workshopTitle), this);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    if (m_document.apply(actionplans::recordUpdate(m_document.database(), chosen.item.id, dialog.date(), dialog.status(), dialog.note()))) {
        const int at = m_model->rowOf(chosen.item.id);
        if (at >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(at, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void FollowUpPage::goToWorkshop()
{
    if (const FollowUpRow* row = m_model->rowAt(m_view->selectionModel()->currentIndex().row()))
        Q_EMIT openWorkshopRequested(row->workshopId);
}

} // namespace rt::ui
