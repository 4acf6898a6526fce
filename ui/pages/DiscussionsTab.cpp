#include "DiscussionsTab.h"

#include "Document.h"
#include "GroupColumn.h"
#include "Prompts.h"
#include "agenda/Agenda.h"
#include "dialogs/RoundDialog.h"
#include "people/Roster.h"
#include "projector/GroupsBoard.h"
#include "storage/Database.h"
#include "widgets/NamedButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QString sideMark(const Person& p)
{
    switch (sideOf(p.role)) {
    case RoleSide::Manager: return QObject::tr("M");
    case RoleSide::Chief: return QObject::tr("C");
    case RoleSide::Neither: return QStringLiteral("·");
    }
    return {};
}

} // namespace

DiscussionsTab::DiscussionsTab(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_roundCombo(new QComboBox(this))
    , m_prompt(new QLabel(this))
    , m_quality(new QLabel(this))
    , m_new(namedButton(tr("&New round…"), tr("Add a discussion round"), this))
    , m_edit(namedButton(tr("Ed&it…"), tr("Edit the round"), this))
    , m_delete(namedButton(tr("&Delete"), tr("Delete the round"), this))
    , m_regenerate(namedButton(tr("&Regenerate"), tr("Place everyone again"), this))
    , m_lock(new QCheckBox(tr("&Lock"), this))
    , m_projector(namedButton(tr("Pro&jector…"), tr("Show the groups on the projector"), this))
    , m_print(namedButton(tr("&Print"), tr("Print the groups or the discussion summary"), this))
    , m_columnsLayout(new QHBoxLayout)
    , m_groupCombo(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_itemText(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_report(new QListWidget(this))
    , m_ranked(new QTreeWidget(this))
    , m_voter(new QComboBox(this))
    , m_votesLeft(new QLabel(this))
    , m_parking(new QListWidget(this))
{
    setObjectName(QStringLiteral("discussionsTab"));
    m_roundCombo->setAccessibleName(tr("Discussion round"));
    m_roundCombo->setMinimumContentsLength(30);
    m_roundCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lock->setAccessibleName(tr("Lock the groups"));
    for (QLabel* l : {m_prompt, m_quality, m_votesLeft}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_prompt->setAccessibleName(tr("Round prompt"));
    m_quality->setAccessibleName(tr("Group quality"));
    QFont italic = m_prompt->font();
    italic.setItalic(true);
    m_prompt->setFont(italic);

    auto* printMenu = new QMenu(m_print);
    printMenu->addAction(tr("&Group Lists…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("groups")); });
    printMenu->addAction(tr("Discussion &Summary…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("discussions")); });
    m_print->setMenu(printMenu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Round:"), this));
    bar->addWidget(m_roundCombo);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_regenerate);
    bar->addWidget(m_lock);
    bar->addWidget(m_projector);
    bar->addWidget(m_print);

    auto* columnsHost = new QWidget(this);
    columnsHost->setLayout(m_columnsLayout);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(columnsHost);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Groups"));

    // Capture: per group, and for the large group.
    m_groupCombo->setAccessibleName(tr("Group"));
    m_notes->setPlaceholderText(tr("The scribe's notes for this group"));
    m_notes->setAccessibleName(tr("Scribe notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    auto* saveNotes = namedButton(tr("&Save notes"), tr("Save the scribe notes"), this);
    m_itemText->setPlaceholderText(tr("A key point of the report-out, then Enter"));
    m_itemText->setAccessibleName(tr("Report-out point"));
    for (ItemTag t : {ItemTag::Insight, ItemTag::Obstacle, ItemTag::Question, ItemTag::ParkingLot})
        m_tag->addItem(itemTagLabel(t), int(t));
    m_tag->setAccessibleName(tr("Tag"));
    auto* addItem = namedButton(tr("&Add point"), tr("Add the report-out point"), this);
    auto* removeItem = namedButton(tr("Re&move point"), tr("Remove the selected point"), this);
    m_report->setAccessibleName(tr("Report-out points"));
    auto* reportTab = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportTab);
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(new QLabel(tr("Group:"), reportTab));
    groupRow->addWidget(m_groupCombo);
    groupRow->addStretch(1);
    groupRow->addWidget(saveNotes);
    reportLayout->addLayout(groupRow);
    reportLayout->addWidget(m_notes);
    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(m_itemText, 1);
    itemRow->addWidget(m_tag);
    itemRow->addWidget(addItem);
    itemRow->addWidget(removeItem);
    reportLayout->addLayout(itemRow);
    reportLayout->addWidget(m_report, 1);

    m_ranked->setColumnCount(4);
    m_ranked->setHeaderLabels({tr("Dots"), tr("Point"), tr("Tag"), tr("From")});
    m_ranked->setRootIsDecorated(false);
    m_ranked->setAccessibleName(tr("Report-out points, most votes first"));
    m_ranked->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ranked->header()->setStretchLastSection(false);
    m_voter->setAccessibleName(tr("Who is voting"));
    m_votesLeft->setAccessibleName(tr("Votes left"));
    auto* plus = namedButton(tr("+&1 dot"), tr("Add a dot to the selected point"), this);
    auto* minus = namedButton(tr("−1 do&t"), tr("Take a dot off the selected point"), this);
    m_parking->setAccessibleName(tr("Parking lot"));
    auto* largeTab = new QWidget(this);
    auto* largeLayout = new QVBoxLayout(largeTab);
    auto* voteRow = new QHBoxLayout;
    voteRow->addWidget(new QLabel(tr("Voter:"), largeTab));
    voteRow->addWidget(m_voter);
    voteRow->addWidget(plus);
    voteRow->addWidget(minus);
    voteRow->addWidget(m_votesLeft, 1);
    largeLayout->addLayout(voteRow);
    largeLayout->addWidget(m_ranked, 2);
    largeLayout->addWidget(new QLabel(tr("Parking lot (every round of this workshop):"), largeTab));
    largeLayout->addWidget(m_parking, 1);

    auto* capture = new QTabWidget(this);
    capture->addTab(reportTab, tr("&Group report-outs"));
    capture->addTab(largeTab, tr("&Large group && votes"));
    capture->setAccessibleName(tr("Report-outs and votes"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_prompt);
    topLayout->addWidget(m_quality);
    topLayout->addWidget(scroll, 1);
    splitter->addWidget(top);
    splitter->addWidget(capture);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_roundCombo, &QComboBox::activated, this, [this](int index) { selectRound(index + 1); });
    connect(m_new, &QPushButton::clicked, this, &DiscussionsTab::newRound);
    connect(m_edit, &QPushButton::clicked, this, &DiscussionsTab::editRound);
    connect(m_delete, &QPushButton::clicked, this, &DiscussionsTab::deleteRound);
    connect(m_regenerate, &QPushButton::clicked, this, &DiscussionsTab::regenerate);
    connect(m_lock, &QCheckBox::clicked, this, &DiscussionsTab::setLocked);
    connect(m_projector, &QPushButton::clicked, this, &DiscussionsTab::showOnProjector);
    connect(saveNotes, &QPushButton::clicked, this, &DiscussionsTab::saveNotes);
    connect(addItem, &QPushButton::clicked, this, &DiscussionsTab::addReportItem);
    connect(m_itemText, &QLineEdit::returnPressed, this, &DiscussionsTab::addReportItem);
    connect(removeItem, &QPushButton::clicked, this, &DiscussionsTab::removeReportItem);
    connect(m_groupCombo, &QComboBox::activated, this, &DiscussionsTab::fillCapture);
    connect(plus, &QPushButton::clicked, this, [this] { vote(1); });
    connect(minus, &QPushButton::clicked, this, [this] { vote(-1); });
    connect(m_voter, &QComboBox::activated, this, &DiscussionsTab::fillCapture);
}

DiscussionsTab::~DiscussionsTab()
{
    delete m_board; // a top-level window of its own
}

void DiscussionsTab::setWorkshop(Id workshopId)
{
    m_workshopId = workshopId;
}

std::optional<Id> DiscussionsTab::roundId() const
{
    return m_detail ? std::optional<Id>(m_detail->round.id) : std::nullopt;
}

void DiscussionsTab::selectRound(int number)
{
    for (const DiscussionRound& r : m_rounds) {
        if (r.number == number) {
            auto detail = discussions::detail(m_document.database(), r.id);
            m_detail = detail ? std::optional<RoundDetail>(std::move(*detail)) : std::nullopt;
        }
    }
    {
        QSignalBlocker block(m_roundCombo);
        m_roundCombo->setCurrentIndex(number - 1);
    }
    rebuildColumns();
    fillCapture();
    if (m_board && m_board->isVisible() && m_detail)
        m_board->setRound(*m_detail);
}

void DiscussionsTab::reload()
{
    const int shown = m_detail ? m_detail->round.number : 0;
    auto list = discussions::rounds(m_document.database(), m_workshopId);
    m_rounds = list ? std::move(*list) : std::vector<DiscussionRound>{};
    {
        QSignalBlocker block(m_roundCombo);
        m_roundCombo->clear();
        for (const DiscussionRound& r : m_rounds) {
            const QString about = !r.agendaItemTitle.isEmpty() ? r.agendaItemTitle : r.prompt.section(QLatin1Char('\n'), 0, 0);
            m_roundCombo->addItem(about.isEmpty() ? tr("Round %1").arg(r.number) : tr("Round %1 · %2").arg(r.number).arg(about));
        }
    }
    m_detail.reset();
    const int number = m_rounds.empty() ? 0 : std::clamp(shown == 0 ? 1 : shown, 1, int(m_rounds.size()));
    if (number > 0)
        selectRound(number);
    else {
        rebuildColumns();
        fillCapture();
    }
}

void DiscussionsTab::rebuildColumns()
{
    // Hidden at once, deleted later: a drop may still be running in one of them.
    for (GroupColumn* c : std::as_const(m_columns)) {
        c->parentWidget()->hide();
        c->parentWidget()->deleteLater();
    }
    m_columns.clear();
    while (QLayoutItem* item = m_columnsLayout->takeAt(0))
        delete item;
    const bool has = m_detail.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_edit, m_delete, m_regenerate, m_lock, m_projector, m_print})
        w->setEnabled(has);
    if (!has) {
        m_prompt->setText(m_rounds.empty() ? tr("No discussion rounds yet. Add one with New round.") : QString());
        m_quality->clear();
        return;
    }
    const RoundDetail& d = *m_detail;
    m_lock->setChecked(d.round.locked);
    m_regenerate->setEnabled(!d.round.locked && d.round.mode != GroupMode::Manual);
    m_prompt->setText(d.round.prompt.isEmpty() ? groupModeLabel(d.round.mode)
                                               : tr("%1 — %2").arg(groupModeLabel(d.round.mode), d.round.prompt));
    const GroupQuality& q = d.quality;
    QStringList figures{tr("Repeated pairs: %1").arg(q.repeatedPairs), tr("Role imbalance: %1").arg(q.roleImbalance),
                        tr("Size spread: %1").arg(q.sizeSpread)};
    if (d.round.mode == GroupMode::Mixed)
        figures << tr("Partners together: %1").arg(q.partnersTogether);
    if (d.round.mode == GroupMode::TeamsTogether)
        figures << tr("Teams split: %1").arg(q.teamsSplit);
    if (d.round.locked)
        figures << tr("Locked");
    m_quality->setText(figures.join(QStringLiteral(" · ")));
    for (const DiscussionGroup& g : d.groups) {
        auto* box = new QGroupBox(tr("Group %1 (%2)").arg(g.number).arg(g.members.size()));
        auto* column = new GroupColumn(g.id, box);
        column->setAccessibleName(tr("Group %1").arg(g.number));
        column->setEnabled(true);
        column->setDragEnabled(!d.round.locked);
        for (const GroupMember& m : g.members) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 %2%3").arg(sideMark(m.person), m.person.fullName(),
                                                                          m.pinned ? tr(" (pinned)") : QString()),
                                             column);
            item->setData(Qt::UserRole, m.person.id);
            item->setToolTip(QStringLiteral("%1 · %2 · %3").arg(m.person.fullName(), m.person.roleText(), m.person.jurisdiction));
        }
        connect(column, &GroupColumn::personDropped, this, &DiscussionsTab::movePerson);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(column);
        box->setMinimumWidth(190);
        m_columnsLayout->addWidget(box);
        m_columns << column;
    }
    m_columnsLayout->addStretch(1);
}

void DiscussionsTab::fillCapture()
{
    const int groupIndex = std::max(0, m_groupCombo->currentIndex());
    const Id voter = m_voter->currentData().toLongLong();
    m_groupCombo->clear();
    m_report->clear();
    m_ranked->clear();
    m_notes->clear();
    m_voter->clear();
    m_parking->clear();
    m_votesLeft->clear();
    if (!m_detail)
        return;
    const RoundDetail& d = *m_detail;
    m_groupCombo->addItem(tr("Large group"), QVariant());
    for (const DiscussionGroup& g : d.groups)
        m_groupCombo->addItem(tr("Group %1").arg(g.number), g.id);
    m_groupCombo->setCurrentIndex(std::min(groupIndex, m_groupCombo->count() - 1));
    const QVariant groupId = m_groupCombo->currentData();
    for (const DiscussionGroup& g : d.groups) {
        if (!groupId.isNull() && g.id == groupId.toLongLong())
            m_notes->setPlainText(g.scribeNotes);
    }
    m_notes->setEnabled(!groupId.isNull());
    for (const DiscussionItem& item : d.items) {
        const bool here = groupId.isNull() ? !item.groupId : (item.groupId && *item.groupId == groupId.toLongLong());
        if (!here)
            continue;
        auto* row = new QListWidgetItem(QStringLiteral("[%1] %2").arg(itemTagLabel(item.tag), item.text), m_report);
        row->setData(Qt::UserRole, item.id);
    }
    for (const DiscussionItem& item : d.ranked()) {
        auto* row = new QTreeWidgetItem(m_ranked, {QString::number(item.dots), item.text, itemTagLabel(item.tag),
                                                   item.groupNumber ? tr("Group %1").arg(item.groupNumber) : tr("Large group")});
        row->setData(0, Qt::UserRole, item.id);
        row->setTextAlignment(0, Qt::AlignCenter);
    }
    if (auto roster = roster::list(m_document.database(), m_workshopId)) {
        for (const RosterEntry& e : *roster) {
            if (e.status == EnrollmentStatus::Registered)
                m_voter->addItem(e.person.sortName(), e.person.id);
        }
    }
    const int voterIndex = m_voter->findData(voter);
    m_voter->setCurrentIndex(std::max(0, voterIndex));
    if (m_voter->count() > 0) {
        auto used = discussions::dotsUsed(m_document.database(), d.round.id, m_voter->currentData().toLongLong());
        if (used)
            m_votesLeft->setText(tr("%1 of %2 dots left").arg(d.round.votesPerPerson - *used).arg(d.round.votesPerPerson));
    }
    if (auto lot = discussions::parkingLot(m_document.database(), m_workshopId)) {
        for (const DiscussionItem& item : *lot)
            m_parking->addItem(item.text);
    }
}

int DiscussionsTab::peopleToPlace() const
{
    auto counts = roster::counts(m_document.database(), m_workshopId);
    return counts ? counts->registered : 0;
}

std::vector<std::pair<Id, QString>> DiscussionsTab::agendaChoices() const
{
    std::vector<std::pair<Id, QString>> choices;
    if (auto items = agenda::itemsOf(m_document.database(), m_workshopId)) {
        for (const AgendaItem& i : *items) {
            if (i.kind == AgendaKind::SmallGroup || i.kind == AgendaKind::LargeGroup || i.kind == AgendaKind::ActionPlanning)
                choices.emplace_back(i.id, tr("Day %1 · %2").arg(i.day).arg(i.title));
        }
    }
    return choices;
}

void DiscussionsTab::newRound()
{
    RoundDialog dialog(peopleToPlace(), agendaChoices(), this);
    DiscussionRound round;
    round.workshopId = m_workshopId;
    round.groupCount = std::max(1, std::min(4, peopleToPlace()));
    round.seed = QRandomGenerator::global()->generate();
    dialog.setRound(round);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    DiscussionRound chosen = dialog.round();
    // A round tied to an agenda item takes its prompt unless one was typed.
    if (chosen.prompt.isEmpty() && chosen.agendaItemId) {
        if (auto item = agenda::item(m_document.database(), *chosen.agendaItemId))
            chosen.prompt = item->prompt;
    }
    const int next = m_rounds.empty() ? 1 : m_rounds.back().number + 1;
    if (m_document.apply(discussions::addRound(m_document.database(), chosen)))
        selectRound(next);
}

void DiscussionsTab::editRound()
{
    if (!m_detail)
        return;
    RoundDialog dialog(peopleToPlace(), agendaChoices(), this);
    dialog.setRound(m_detail->round);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document.apply(discussions::updateRound(m_document.database(), dialog.round()));
}

void DiscussionsTab::deleteRound()
{
    if (!m_detail)
        return;
    if (prompts::question(this, tr("Delete the Round"),
                          tr("Delete round %1 with its groups, report-outs and votes? Undo brings it back.").arg(m_detail->round.number))
        == QMessageBox::Yes)
        m_document.apply(discussions::removeRound(m_document.database(), m_detail->round.id));
}

void DiscussionsTab::regenerate()
{
    if (const auto id = roundId())
        m_document.apply(discussions::regenerate(m_document.database(), *id, QRandomGenerator::global()->generate()));
}

void DiscussionsTab::setLocked(bool locked)
{
    if (const auto id = roundId())
        m_document.apply(discussions::setLocked(m_document.database(), *id, locked));
}

void DiscussionsTab::movePerson(Id personId, Id groupId)
{
    if (const auto id = roundId())
        m_document.apply(discussions::movePerson(m_document.database(), *id, personId, groupId));
}

void DiscussionsTab::saveNotes()
{
    const QVariant groupId = m_groupCombo->currentData();
    if (!groupId.isNull())
        m_document.apply(discussions::setScribeNotes(m_document.database(), groupId.toLongLong(), m_notes->toPlainText()));
}

void DiscussionsTab::addReportItem()
{
    const auto id = roundId();
    const QString text = m_itemText->text().trimmed();
    if (!id || text.isEmpty())
        return;
    const QVariant groupId = m_groupCombo->currentData();
    const std::optional<Id> group = groupId.isNull() ? std::nullopt : std::optional<Id>(groupId.toLongLong());
    if (m_document.apply(discussions::addItem(m_document.database(), *id, group, text, ItemTag(m_tag->currentData().toInt()))))
        m_itemText->clear();
}

void DiscussionsTab::removeReportItem()
{
    if (QListWidgetItem* row = m_report->currentItem())
        m_document.apply(discussions::removeItem(m_document.database(), row->data(Qt::UserRole).toLongLong()));
}

void DiscussionsTab::vote(int delta)
{
    QTreeWidgetItem* row = m_ranked->currentItem();
    if (!row || !m_detail || m_voter->count() == 0)
        return;
    const Id itemId = row->data(0, Qt::UserRole).toLongLong();
    const Id voter = m_voter->currentData().toLongLong();
    auto mine = discussions::dotsOn(m_document.database(), itemId, voter);
    if (!mine)
        return;
    const int dots = std::max(0, *mine + delta);
    if (dots != *mine && m_document.apply(discussions::vote(m_document.database(), itemId, voter, dots))) {
        for (int i = 0; i < m_ranked->topLevelItemCount(); ++i) {
            if (m_ranked->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == itemId)
                m_ranked->setCurrentItem(m_ranked->topLevelItem(i));
        }
    }
}

void DiscussionsTab::showOnProjector()
{
    if (!m_detail)
        return;
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = screens.value(0);
    for (QScreen* s : screens) {
        if (s != screen())
            target = s; // the screen this window is not on: the projector
    }
    if (!m_board)
        m_board = new GroupsBoard;
    m_board->setRound(*m_detail);
    m_board->showOn(target);
}

} // namespace rt::ui
