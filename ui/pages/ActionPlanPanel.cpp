#include "ActionPlanPanel.h"

#include "Document.h"
#include "Prompts.h"
#include "assessments/Pillars.h"
#include "assessments/Results.h"
#include "dialogs/ActionItemDialog.h"
#include "dialogs/PickSourceDialog.h"
#include "dialogs/StatusUpdateDialog.h"
#include "discussions/Discussions.h"
#include "models/ActionItemModel.h"
#include "storage/Database.h"
#include "widgets/Colours.h"
#include "widgets/ColumnChooser.h"
#include "widgets/Mnemonics.h"
#include "widgets/NamedButton.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace rt::ui {
namespace {

// Statements on which the two sides differ by this much or more (1–5 scale).
constexpr double kGapThreshold = 2.0;

QString score(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QString signedScore(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const QString number = QLocale().toString(std::abs(*value), 'f', 1);
    return *value > 0 ? QStringLiteral("+%1").arg(number) : *value < 0 ? QStringLiteral("−%1").arg(number) : number;
}

QString membersText(const Team& team)
{
    QStringList names;
    for (const TeamMember& m : team.members)
        names << QStringLiteral("%1 (%2)").arg(m.person.fullName(), m.person.roleText());
    return names.isEmpty() ? ActionPlanPanel::tr("No members yet") : names.join(QStringLiteral(" · "));
}

} // namespace

ActionPlanPanel::ActionPlanPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ActionItemModel(this))
    , m_teamCombo(new QComboBox(this))
    , m_flags(new QLabel(this))
    , m_members(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_add(namedButton(tr("&Add…"), tr("Add an action item"), this))
    , m_edit(namedButton(tr("Ed&it…"), tr("Edit the selected action item"), this))
    , m_remove(namedButton(tr("&Remove"), tr("Remove the selected action item"), this))
    , m_up(namedButton(tr("Move &Up"), tr("Move the selected action item up"), this))
    , m_down(namedButton(tr("Move &Down"), tr("Move the selected action item down"), this))
    , m_status(namedButton(tr("&Status"), tr("Change the status of the selected action item"), this))
    , m_update(namedButton(tr("Record &Update…"), tr("Record a dated update of the selected action item"), this))
    , m_fromParking(namedButton(tr("From &Parking Lot…"), tr("Add an action item from a parking-lot entry"), this))
    , m_fromGap(namedButton(tr("From Assessment &Gap…"), tr("Add an action item from an assessment gap"), this))
    , m_print(namedButton(tr("Pr&int Plan…"), tr("Print this team's action plan with signature lines"), this))
    , m_statusMenu(new QMenu(this))
    , m_detail(new QWidget(this))
    , m_detailGoal(new QLabel(m_detail))
    , m_detailGrid(new QGridLayout)
    , m_updates(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("actionPlanPanel"));
    m_teamCombo->setAccessibleName(tr("Team"));
    m_teamCombo->setMinimumContentsLength(28);
    m_teamCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QLabel* l : {m_flags, m_members, m_empty, m_detailGoal}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    // One line each beside the team picker. A long list of members is cut
    // (its tooltip has it all) rather than widening the whole tab.
    m_flags->setWordWrap(false);
    m_members->setWordWrap(false);
    m_members->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_flags->setAccessibleName(tr("What the team is missing"));
    QPalette warn = m_flags->palette();
    warn.setColor(QPalette::WindowText, colours::caution(QPalette::Window, warn));
    m_flags->setPalette(warn);
    m_members->setAccessibleName(tr("Team members"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("The plan is empty"));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Action items"));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ActionItemModel::Goal, QHeaderView::Stretch);
    // In column order; the goal stretches over what is left.
    sizeColumnsForSamples(m_view, {QStringLiteral("99"), QString(), QStringLiteral("Marianne Castellanos"),
                                   QStringLiteral("No due date"), QStringLiteral("In progress"),
                                   QStringLiteral("4 – Community Policing and Crime"), QStringLiteral("2 – Community Engagement")});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    for (ActionStatus s : allActionStatuses())
        m_statusMenu->addAction(actionStatusLabel(s), this, [this, s] { setStatus(s); });
    giveMnemonics(m_statusMenu);
    m_status->setMenu(m_statusMenu);

    // The selected item in full, with its history.
    QFont bold = m_detailGoal->font();
    bold.setBold(true);
    m_detailGoal->setFont(bold);
    m_detailGoal->setAccessibleName(tr("Goal of the selected item"));
    m_detailGoal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A grid rather than a form: rows come and go with what the item says,
    // and Qt 6.4's QFormLayout corrupts memory when wrapped rows are hidden.
    m_detailGrid->setContentsMargins(0, 0, 0, 0);
    m_detailGrid->setColumnStretch(1, 1);
    int gridRow = 0;
    for (const QString& field : {tr("Actions"), tr("Measure of success"), tr("Owner"), tr("Due"), tr("Status"), tr("Pillar"),
                                 tr("Practice group"), tr("From"), tr("Notes")}) {
        auto* name = new QLabel(tr("%1:").arg(field), m_detail);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* value = new QLabel(m_detail);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(field);
        name->setBuddy(value);
        m_detailGrid->addWidget(name, gridRow, 0);
        m_detailGrid->addWidget(value, gridRow, 1);
        ++gridRow;
        m_detailValues.push_back(DetailRow{field, name, value});
    }
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(4, 4, 4, 4);
    detailLayout->addWidget(m_detailGoal);
    detailLayout->addLayout(m_detailGrid);
    detailLayout->addStretch(1);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setAccessibleName(tr("The chosen action item"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_updates->setColumnCount(3);
    m_updates->setHeaderLabels({tr("Date"), tr("Status"), tr("Note")});
    m_updates->setRootIsDecorated(false);
    m_updates->setWordWrap(true);
    m_updates->setAccessibleName(tr("Updates of the selected item, newest first"));
    sizeColumnsForSamples(m_updates, {QStringLiteral("30 Sep 2027"), QStringLiteral("Not started")});
    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(4, 4, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Updates (newest first):"), history));
    historyLayout->addWidget(m_updates, 1);
    auto* below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(detailScroll);
    below->addWidget(history);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    below->setChildrenCollapsible(false);

    auto* teamRow = new QHBoxLayout;
    teamRow->addWidget(new QLabel(tr("Team:"), this));
    teamRow->addWidget(m_teamCombo);
    teamRow->addSpacing(12);
    teamRow->addWidget(m_members, 1);
    teamRow->addSpacing(12);
    teamRow->addWidget(m_flags);
    teamRow->addWidget(m_print);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_up, m_down, m_status, m_update})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_fromParking);
    buttons->addWidget(m_fromGap);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_stack, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(teamRow);
    layout->addWidget(split, 1);

    connect(m_teamCombo, &QComboBox::activated, this, [this] { reload(); });
    connect(m_add, &QPushButton::clicked, this, &ActionPlanPanel::addItem);
    connect(m_edit, &QPushButton::clicked, this, &ActionPlanPanel::editItem);
    connect(m_remove, &QPushButton::clicked, this, &ActionPlanPanel::removeItem);
    connect(m_up, &QPushButton::clicked, this, &ActionPlanPanel::moveUp);
    connect(m_down, &QPushButton::clicked, this, &ActionPlanPanel::moveDown);
    connect(m_update, &QPushButton::clicked, this, &ActionPlanPanel::recordUpdate);
    connect(m_fromParking, &QPushButton::clicked, this, &ActionPlanPanel::addFromParkingLot);
    connect(m_fromGap, &QPushButton::clicked, this, &ActionPlanPanel::addFromGap);
    connect(m_print, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("actionplan")); });
    connect(m_view, &QTreeView::activated, this, &ActionPlanPanel::editItem);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ActionPlanPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActionPlanPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionPlanPanel::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionPlanPanel::showDetails);
    connect(m_model, &ActionItemModel::moveRequested, this, [this](Id itemId, int position) {
        applyAndSelect(actionplans::move(m_document.database(), itemId, position));
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ActionPlanPanel::removeItem);
    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, &ActionPlanPanel::moveUp);
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, &ActionPlanPanel::moveDown);
    m_up->setToolTip(tr("Move up (Ctrl+Up); or drag the item"));
    m_down->setToolTip(tr("Move down (Ctrl+Down); or drag the item"));
    showDetails();
}

void ActionPlanPanel::setWorkshop(Id workshopId)
{
    if (workshopId != m_workshopId)
        m_teamCombo->clear();
    m_workshopId = workshopId;
}

Id ActionPlanPanel::teamId() const
{
    return m_teamCombo->currentData().toLongLong();
}

void ActionPlanPanel::setTeam(Id teamId)
{
    const int index = m_teamCombo->findData(teamId);
    if (index >= 0) {
        m_teamCombo->setCurrentIndex(index);
        reload();
    }
}

const Team* ActionPlanPanel::currentTeam() const
{
    const Id id = teamId();
    for (const Team& t : m_teams) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void ActionPlanPanel::fillTeams()
{
    const Id current = teamId();
    auto teams = teams::list(m_document.database(), m_workshopId);
    m_teams = teams ? std::move(*teams) : std::vector<Team>{};
    QSignalBlocker block(m_teamCombo);
    m_teamCombo->clear();
    for (const Team& t : m_teams) {
        const QStringList flags = t.flags();
        m_teamCombo->addItem(flags.isEmpty() ? t.label() : tr("%1 ⚠").arg(t.label()), t.id);
        m_teamCombo->setItemData(m_teamCombo->count() - 1, flags.join(QLatin1Char('\n')), Qt::ToolTipRole);
    }
    const int index = m_teamCombo->findData(current);
    m_teamCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void ActionPlanPanel::reload()
{
    fillTeams();
    const Team* team = currentTeam();
    m_flags->setText(team ? team->flags().join(QStringLiteral(" · ")) : QString());
    m_members->setText(team ? membersText(*team) : QString());
    m_members->setToolTip(m_members->text());
    const std::optional<Id> selected = selectedItemId();
    std::vector<ActionItem> items;
    if (team) {
        auto loaded = actionplans::items(m_document.database(), team->id);
        if (loaded)
            items = std::move(*loaded);
        else
            m_empty->setText(loaded.error().message);
    }
    m_model->setItems(std::move(items));
    if (!team)
        m_empty->setText(tr("This workshop has no teams yet. Form teams on the Roster & Teams tab, then plan their actions here."));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("No action items yet. Add one, or start from the parking lot or an assessment gap."));
    m_stack->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget*>(m_view) : m_empty);
    // Keep the selection; a plan just shown starts at its first item.
    if (!(selected && selectItem(*selected)) && !(m_model->rowCount() && selectItem(m_model->items().front().id)))
        showDetails();
}

bool ActionPlanPanel::selectItem(Id itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showDetails();
    return true;
}

std::optional<Id> ActionPlanPanel::selectedItemId() const
{
    const ActionItem* item = selectedItem();
    return item ? std::optional<Id>(item->id) : std::nullopt;
}

const ActionItem* ActionPlanPanel::selectedItem() const
{
    return m_model->itemAt(m_view->selectionModel()->currentIndex().row());
}

void ActionPlanPanel::DetailRow::show(const QString& text) const
{
    value->setText(text);
    name->setVisible(!text.isEmpty());
    value->setVisible(!text.isEmpty());
}

QLabel* ActionPlanPanel::detailValue(const QString& field) const
{
    for (const DetailRow& row : m_detailValues) {
        if (row.field == field)
            return row.value;
    }
    return nullptr;
}

void ActionPlanPanel::showDetails()
{
    updateButtons();
    m_updates->clear();
    const ActionItem* item = selectedItem();
    m_detail->setEnabled(item);
    if (!item) {
        m_detailGoal->setText(m_model->rowCount() ? tr("Choose an item to see all it says and its updates.") : QString());
        for (const DetailRow& row : m_detailValues)
            row.show(QString());
        return;
    }
    const QLocale locale;
    m_detailGoal->setText(item->goal);
    QString dueText = item->due ? locale.toString(*item->due, QStringLiteral("dddd d MMMM yyyy")) : tr("No due date");
    if (item->due && item->status != ActionStatus::Done && *item->due < today())
        dueText = tr("%1 (overdue)").arg(dueText);
    const std::map<QString, QString> values{
        {tr("Actions"), item->actions},
        {tr("Measure of success"), item->measure},
        {tr("Owner"), item->ownerId ? item->ownerName : tr("No owner")},
        {tr("Due"), dueText},
        {tr("Status"), actionStatusLabel(item->status)},
        {tr("Pillar"), item->pillar ? pillars::label(*item->pillar) : QString()},
        {tr("Practice group"), item->practiceGroupLabel},
        {tr("From"), item->origin},
        {tr("Notes"), item->notes},
    };
    for (const DetailRow& row : m_detailValues)
        row.show(values.at(row.field));
    if (auto updates = actionplans::updates(m_document.database(), item->id)) {
        for (const ActionUpdate& u : *updates) {
            auto* row = new QTreeWidgetItem(m_updates, {locale.toString(u.date, QStringLiteral("d MMM yyyy")), actionStatusLabel(u.status), u.note});
            row->setToolTip(2, u.note);
        }
        if (updates->empty()) {
            auto* row = new QTreeWidgetItem(m_updates, {tr("No updates recorded yet.")});
            row->setFirstColumnSpanned(true);
            row->setFlags(Qt::NoItemFlags);
        }
    }
}

void ActionPlanPanel::updateButtons()
{
    const bool team = currentTeam() != nullptr;
    const int row = m_view->selectionModel()->currentIndex().row();
    const bool selected = selectedItem() != nullptr;
    for (QPushButton* b : {m_add, m_fromParking, m_fromGap})
        b->setEnabled(team);
    for (QPushButton* b : {m_edit, m_remove, m_status, m_update})
        b->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_model->rowCount());
}

void ActionPlanPanel::applyAndSelect(const Result<ChangeSet>& result)
{
    if (m_document.apply(result) && result->subject)
        selectItem(result->subject);
}

void ActionPlanPanel::addItem()
{
    const Team* team = currentTeam();
    if (!team)
        return;
    ActionItemDialog dialog(m_document.database(), m_workshopId, *team, this);
    if (prompts::exec(dialog) == QDialog::Accepted)
        applyAndSelect(actionplans::add(m_document.database(), dialog.item()));
}

void ActionPlanPanel::editItem()
{
    const Team* team = currentTeam();
    const ActionItem* item = selectedItem();
    if (!team || !item)
        return;
    ActionItemDialog dialog(m_document.database(), m_workshopId, *team, this);
    dialog.setItem(*item);
    if (prompts::exec(dialog) == QDialog::Accepted)
        applyAndSelect(actionplans::update(m_document.database(), dialog.item()));
}

void ActionPlanPanel::removeItem()
{
    // No question asked: Edit > Undo brings the item back with its updates.
    if (const auto id = selectedItemId())
        m_document.apply(actionplans::remove(m_document.database(), *id));
}

void ActionPlanPanel::move(int delta)
{
    const int row = m_view->selectionModel()->currentIndex().row();
    const ActionItem* item = selectedItem();
    const int to = row + delta;
    if (!item || to < 0 || to >= m_model->rowCount())
        return;
    const Id id = item->id;
    applyAndSelect(actionplans::move(m_document.database(), id, to));
    selectItem(id);
}

void ActionPlanPanel::moveUp()
{
    move(-1);
}

void ActionPlanPanel::moveDown()
{
    move(+1);
}

void ActionPlanPanel::setStatus(ActionStatus status)
{
    const ActionItem* item = selectedItem();
    if (!item || item->status == status)
        return;
    ActionItem changed = *item;
    changed.status = status;
    applyAndSelect(actionplans::update(m_document.database(), changed));
}

void ActionPlanPanel::recordUpdate()
{
    const Team* team = currentTeam();
    const ActionItem* item = selectedItem();
    if (!team || !item)
        return;
    StatusUpdateDialog dialog(*item, team->label(), this);
    if (prompts::exec(dialog) == QDialog::Accepted)
        applyAndSelect(actionplans::recordUpdate(m_document.database(), item->id, dialog.date(), dialog.status(), dialog.note()));
}

void ActionPlanPanel::addFromParkingLot()
{
    const Team* team = currentTeam();
    if (!team)
        return;
    auto lot = discussions::parkingLot(m_document.database(), m_workshopId);
    auto rounds = discussions::rounds(m_document.database(), m_workshopId);
    if (!lot || !rounds) {
        prompts::warning(this, tr("From the Parking Lot"), (!lot ? lot.error() : rounds.error()).message);
        return;
    }
    std::map<Id, int> roundNumbers;
    for (const DiscussionRound& r : *rounds)
        roundNumbers[r.id] = r.number;
    PickSourceDialog dialog(tr("From the Parking Lot"),
                            tr("Entries parked during this workshop's discussions. The entry becomes the goal of a new item "
                               "in the plan of %1; edit it afterwards to add the rest.")
                                .arg(team->label()),
                            tr("The parking lot is empty. Entries tagged “Parking lot” in the Discussions tab show here."),
                            {tr("Entry"), tr("Round"), tr("Raised in")}, this);
    for (const DiscussionItem& entry : *lot) {
        const QString group = entry.groupId ? tr("Group %1").arg(entry.groupNumber) : tr("Large group");
        dialog.addRow({entry.text, tr("Round %1").arg(roundNumbers[entry.roundId]), group}, entry.id, entry.text);
    }
    dialog.setStretchColumn(0);
    dialog.finish();
    if (prompts::exec(dialog) == QDialog::Accepted && dialog.chosenId())
        applyAndSelect(actionplans::addFromParkingLot(m_document.database(), team->id, *dialog.chosenId()));
}

void ActionPlanPanel::addFromGap()
{
    const Team* team = currentTeam();
    if (!team)
        return;
    auto templates = assessments::templates(m_document.database());
    if (!templates) {
        prompts::warning(this, tr("From an Assessment Gap"), templates.error().message);
        return;
    }
    PickSourceDialog dialog(tr("From an Assessment Gap"),
                            tr("Statements on which the manager and the chief of %1 scored %2 or more points apart in their "
                               "latest answers (1 = strongly disagree, 5 = strongly agree). The statement becomes the goal, with "
                               "its pillar.")
                                .arg(team->label(), QLocale().toString(kGapThreshold, 'f', 0)),
                            tr("No statement shows a gap of %1 points or more between this team's manager and chief. Gaps "
                               "show once both have answered an assessment.")
                                .arg(QLocale().toString(kGapThreshold, 'f', 0)),
                            {tr("Statement"), tr("Section"), tr("Manager"), tr("Chief"), tr("Gap")}, this);
    for (const AssessmentTemplate& t : *templates) {
        if (!t.answerCount)
            continue;
        auto results = results::load(m_document.database(), m_workshopId, t.id);
        const TeamResult* result = results ? results->team(team->id) : nullptr;
        if (!result)
            continue;
        // The latest phase both sides answered: after the workshop once it has begun.
        const bool after = std::any_of(result->rows.begin(), result->rows.end(), [](const TeamRow& r) { return r.after.gap().has_value(); });
        const Phase phase = after ? Phase::After : Phase::Before;
        const std::vector<TeamRow> gaps = result->gapsAtLeast(phase, kGapThreshold);
        if (gaps.empty())
            continue;
        dialog.addRow({tr("%1 — %2").arg(t.name, phase == Phase::After ? tr("after the workshop") : tr("before the workshop"))}, 0);
        for (const TeamRow& row : gaps) {
            const AssessmentQuestion* q = results->question(row.questionId);
            const SidePair& pair = row.in(phase);
            dialog.addRow({q ? q->text : QString(), q ? q->section : QString(), score(pair.manager), score(pair.chief),
                           signedScore(pair.gap())},
                          row.questionId, q ? q->text : QString());
        }
    }
    dialog.setStretchColumn(0);
    for (int figure : {2, 3, 4})
        dialog.setRightAligned(figure);
    dialog.finish();
    if (prompts::exec(dialog) == QDialog::Accepted && dialog.chosenId())
        applyAndSelect(actionplans::addFromGap(m_document.database(), team->id, *dialog.chosenId()));
}

void ActionPlanPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const ActionItem* item = selectedItem();
    QMenu menu(this);
    if (item) {
        menu.addAction(tr("&Edit…"), this, &ActionPlanPanel::editItem);
        QMenu* status = menu.addMenu(tr("&Status"));
        for (ActionStatus s : allActionStatuses()) {
            QAction* a = status->addAction(actionStatusLabel(s), this, [this, s] { setStatus(s); });
            a->setCheckable(true);
            a->setChecked(item->status == s);
        }
        giveMnemonics(status);
        menu.addAction(tr("Record &Update…"), this, &ActionPlanPanel::recordUpdate);
        menu.addSeparator();
        menu.addAction(tr("Move &Up"), this, &ActionPlanPanel::moveUp)->setEnabled(m_up->isEnabled());
        menu.addAction(tr("Move &Down"), this, &ActionPlanPanel::moveDown)->setEnabled(m_down->isEnabled());
        menu.addSeparator();
        menu.addAction(tr("&Remove"), this, &ActionPlanPanel::removeItem);
        menu.addSeparator();
    }
    menu.addAction(tr("&Add…"), this, &ActionPlanPanel::addItem);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace rt::ui
