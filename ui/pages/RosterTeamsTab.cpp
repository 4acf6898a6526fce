#include "RosterTeamsTab.h"

#include "Document.h"
#include "Prompts.h"
#include "dialogs/ImportRosterDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/SuggestTeamsDialog.h"
#include "dialogs/TeamDialog.h"
#include "models/RosterModel.h"
#include "models/TeamModel.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "widgets/FindField.h"
#include "widgets/NamedButton.h"
#include "widgets/CachedTextDelegate.h"
#include "widgets/ColumnChooser.h"
#include "widgets/ClearButton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

RosterTeamsTab::RosterTeamsTab(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_rosterModel(new RosterModel(this))
    , m_teamModel(new TeamModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_roster(new QTreeView(this))
    , m_teams(new QTreeView(this))
    , m_splitter(new QSplitter(this))
    , m_add(namedButton(tr("&Add…"), tr("Add a person to the roster"), this))
    , m_import(namedButton(tr("&Import…"), tr("Import a roster from a file"), this))
    , m_edit(namedButton(tr("Ed&it…"), tr("Edit the selected person"), this))
    , m_cancel(namedButton(tr("&Cancel registration"), tr("Cancel the selected registration"), this))
    , m_waitlist(namedButton(tr("Move to wait&list"), tr("Move the selected person to the waitlist"), this))
    , m_place(namedButton(tr("&Give a place"), tr("Give the selected person a place"), this))
    , m_newTeam(namedButton(tr("&New team…"), tr("New team"), this))
    , m_editTeam(namedButton(tr("Edi&t team…"), tr("Edit the selected team"), this))
    , m_deleteTeam(namedButton(tr("&Delete team"), tr("Delete the selected team"), this))
    , m_suggest(namedButton(tr("&Suggest teams…"), tr("Suggest teams from jurisdictions"), this))
{
    setObjectName(QStringLiteral("rosterTeamsTab"));
    m_filter->setPlaceholderText(tr("Filter by name, jurisdiction, email or role (Ctrl+F)"));
    giveClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter the roster"));
    m_status->addItem(tr("Everyone"), -1);
    for (auto s : {EnrollmentStatus::Registered, EnrollmentStatus::Waitlisted, EnrollmentStatus::Cancelled})
        m_status->addItem(enrollmentLabel(s), int(s));
    m_status->setAccessibleName(tr("Show registrations with status"));
    m_counts->setAccessibleName(tr("Roster counts"));

    m_roster->setModel(m_rosterModel);
    m_roster->setRootIsDecorated(false);
    m_roster->setUniformRowHeights(true);
    m_roster->setAlternatingRowColors(true);
    m_roster->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roster->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roster->setDragEnabled(true);
    m_roster->setAcceptDrops(true);
    m_roster->setDropIndicatorShown(false);
    m_roster->setDragDropMode(QAbstractItemView::DragDrop);
    m_roster->setDefaultDropAction(Qt::MoveAction);
    m_roster->setAccessibleName(tr("Roster"));
    m_roster->setItemDelegate(new CachedTextDelegate(m_roster));
    m_roster->header()->setStretchLastSection(true);
    m_roster->header()->setSectionResizeMode(QHeaderView::Interactive);
    sizeColumnsForSamples(m_roster, {QStringLiteral("Castellanos, Marianne"), QStringLiteral("Assistant City Manager"),
                                     QStringLiteral("Grants Pass"), QStringLiteral("WA"), QStringLiteral("someone@city.example.org"),
                                     QStringLiteral("(555) 555-0100"), QStringLiteral("Waitlisted (#10)"), QStringLiteral("Grants Pass")});
    // Contacts are on the People page and in the editor; here the room goes
    // to the teams. A right-click on the header shows them again.
    m_roster->header()->setSectionHidden(RosterModel::Email, true);
    m_roster->header()->setSectionHidden(RosterModel::Phone, true);
    addColumnChooser(m_roster);

    m_teams->setModel(m_teamModel);
    m_teams->setUniformRowHeights(true);
    m_teams->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_teams->setDragEnabled(true);
    m_teams->setAcceptDrops(true);
    m_teams->setDropIndicatorShown(true);
    m_teams->setDragDropMode(QAbstractItemView::DragDrop);
    m_teams->setDefaultDropAction(Qt::MoveAction);
    m_teams->setAccessibleName(tr("Teams"));
    m_teams->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_teams->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_teams->header()->setStretchLastSection(false);

    auto* rosterPane = new QWidget(m_splitter);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    auto* rosterButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_import, m_edit, m_cancel, m_waitlist, m_place})
        rosterButtons->addWidget(b);
    rosterButtons->addStretch();
    auto* rosterLayout = new QVBoxLayout(rosterPane);
    rosterLayout->setContentsMargins(0, 0, 6, 0);
    auto* rosterTitle = new QHBoxLayout;
    rosterTitle->addWidget(heading(tr("Roster"), rosterPane));
    rosterTitle->addStretch();
    rosterTitle->addWidget(m_counts);
    rosterLayout->addLayout(rosterTitle);
    rosterLayout->addLayout(filterRow);
    rosterLayout->addWidget(m_roster, 1);
    rosterLayout->addLayout(rosterButtons);

    auto* teamPane = new QWidget(m_splitter);
    auto* hint = new QLabel(tr("Drag people from the roster onto a team, or below the teams to start one. Drag a member "
                               "back to the roster to take them off."),
                            teamPane);
    hint->setWordWrap(true);
    auto* teamButtons = new QHBoxLayout;
    for (QPushButton* b : {m_newTeam, m_editTeam, m_deleteTeam})
        teamButtons->addWidget(b);
    teamButtons->addStretch();
    auto* teamLayout = new QVBoxLayout(teamPane);
    teamLayout->setContentsMargins(6, 0, 0, 0);
    auto* teamTitle = new QHBoxLayout;
    teamTitle->addWidget(heading(tr("Teams"), teamPane));
    teamTitle->addStretch();
    teamTitle->addWidget(m_suggest);
    teamLayout->addLayout(teamTitle);
    teamLayout->addWidget(hint);
    teamLayout->addWidget(m_teams, 1);
    teamLayout->addLayout(teamButtons);

    m_splitter->addWidget(rosterPane);
    m_splitter->addWidget(teamPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &RosterTeamsTab::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RosterTeamsTab::applyFilter);
    // Enter in the filter acts on the single (or first) match.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_rosterModel->rowCount() > 0) {
            m_roster->setCurrentIndex(m_rosterModel->index(0, 0));
            m_roster->setFocus();
        }
    });
    connect(m_add, &QPushButton::clicked, this, &RosterTeamsTab::addPerson);
    connect(m_import, &QPushButton::clicked, this, &RosterTeamsTab::importRoster);
    connect(m_edit, &QPushButton::clicked, this, &RosterTeamsTab::editPerson);
    connect(m_cancel, &QPushButton::clicked, this, &RosterTeamsTab::cancelRegistration);
    connect(m_waitlist, &QPushButton::clicked, this, &RosterTeamsTab::moveToWaitlist);
    connect(m_place, &QPushButton::clicked, this, &RosterTeamsTab::givePlace);
    connect(m_newTeam, &QPushButton::clicked, this, &RosterTeamsTab::newTeam);
    connect(m_editTeam, &QPushButton::clicked, this, &RosterTeamsTab::editTeam);
    connect(m_deleteTeam, &QPushButton::clicked, this, &RosterTeamsTab::deleteTeam);
    connect(m_suggest, &QPushButton::clicked, this, &RosterTeamsTab::suggestTeams);
    connect(m_roster, &QTreeView::activated, this, &RosterTeamsTab::editPerson);
    m_roster->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_roster, &QTreeView::customContextMenuRequested, this, &RosterTeamsTab::showRosterMenu);
    connect(m_teams, &QTreeView::activated, this, &RosterTeamsTab::editTeam);
    connect(m_roster->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterTeamsTab::updateActions);
    connect(m_teams->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterTeamsTab::updateActions);
    connect(m_rosterModel, &QAbstractItemModel::modelReset, this, &RosterTeamsTab::updateActions);
    connect(m_teamModel, &QAbstractItemModel::modelReset, this, &RosterTeamsTab::updateActions);
    connect(m_teamModel, &TeamModel::addToTeamRequested, this, &RosterTeamsTab::addToTeam);
    connect(m_teamModel, &TeamModel::newTeamRequested, this, &RosterTeamsTab::formTeamFrom);
    connect(m_rosterModel, &RosterModel::removeFromTeamRequested, this, &RosterTeamsTab::takeOffTeams);
    findfield::mark(m_filter);
    auto* remove = new QShortcut(QKeySequence::Delete, m_roster, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &RosterTeamsTab::cancelRegistration);
    updateActions();
}

void RosterTeamsTab::setWorkshop(Id workshopId)
{
    if (workshopId != m_workshopId)
        m_filter->clear();
    m_workshopId = workshopId;
}

void RosterTeamsTab::reload()
{
    if (!m_workshopId)
        return;
    const Database& db = m_document.database();
    // Keep the selection and expanded teams across the reload.
    const std::optional<Id> person = selectedPersonId();
    std::vector<Id> expanded;
    for (int row = 0; row < m_teamModel->rowCount(); ++row) {
        const QModelIndex index = m_teamModel->index(row, 0);
        if (m_teams->isExpanded(index))
            expanded.push_back(index.data(TeamModel::TeamIdRole).toLongLong());
    }
    const bool firstLoad = m_teamModel->teamCount() == 0;

    auto entries = roster::list(db, m_workshopId);
    m_rosterModel->setEntries(entries ? std::move(*entries) : std::vector<RosterEntry>{});
    auto teams = teams::list(db, m_workshopId);
    m_teamModel->setTeams(teams ? std::move(*teams) : std::vector<Team>{});
    for (int row = 0; row < m_teamModel->rowCount(); ++row) {
        const QModelIndex index = m_teamModel->index(row, 0);
        const Id id = index.data(TeamModel::TeamIdRole).toLongLong();
        if (firstLoad || std::find(expanded.begin(), expanded.end(), id) != expanded.end())
            m_teams->expand(index);
    }
    if (person) {
        const QModelIndex index = m_rosterModel->indexOfPerson(*person);
        if (index.isValid())
            m_roster->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (auto counts = roster::counts(db, m_workshopId))
        m_counts->setText(tr("%1 of %2 places taken · %3 waitlisted · %4 cancelled")
                              .arg(counts->registered)
                              .arg(counts->capacity)
                              .arg(counts->waitlisted)
                              .arg(counts->cancelled));
    updateActions();
}

void RosterTeamsTab::applyFilter()
{
    const int status = m_status->currentData().toInt();
    m_rosterModel->setFilter(m_filter->text(), status < 0 ? std::nullopt : std::optional(EnrollmentStatus(status)));
}

void RosterTeamsTab::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

std::optional<Id> RosterTeamsTab::selectedPersonId() const
{
    const QModelIndex current = m_roster->selectionModel()->currentIndex();
    if (const RosterEntry* e = m_rosterModel->entryAt(current); e && m_roster->selectionModel()->isRowSelected(current.row(), {}))
        return e->person.id;
    return std::nullopt;
}

std::optional<Id> RosterTeamsTab::selectedTeamId() const
{
    const QModelIndex current = m_teams->selectionModel()->currentIndex();
    if (const Team* t = m_teamModel->teamAt(current))
        return t->id;
    return std::nullopt;
}

void RosterTeamsTab::updateActions()
{
    const RosterEntry* e = m_rosterModel->entryAt(m_roster->selectionModel()->currentIndex());
    const bool chosen = selectedPersonId().has_value() && e;
    m_edit->setEnabled(chosen);
    m_cancel->setEnabled(chosen && e->status != EnrollmentStatus::Cancelled);
    m_waitlist->setEnabled(chosen && e->status == EnrollmentStatus::Registered);
    m_place->setEnabled(chosen && e->status != EnrollmentStatus::Registered);
    const bool team = selectedTeamId().has_value();
    m_editTeam->setEnabled(team);
    m_deleteTeam->setEnabled(team);
    const bool open = m_workshopId != 0;
    m_add->setEnabled(open);
    m_import->setEnabled(open);
    m_newTeam->setEnabled(open);
    m_suggest->setEnabled(open);
}

void RosterTeamsTab::addPerson()
{
    if (!m_workshopId)
        return;
    PersonDialog dialog(m_document.database(), PersonDialog::Mode::AddToRoster, this);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    Database& db = m_document.database();
    auto result = dialog.existingPersonId() ? roster::enroll(db, m_workshopId, *dialog.existingPersonId())
                                            : roster::enrollNew(db, m_workshopId, dialog.person());
    if (!m_document.apply(result))
        return;
    // Show the new person even if the filter would hide them.
    const QModelIndex index = m_rosterModel->indexOfPerson(result->subject);
    if (!index.isValid()) {
        m_filter->clear();
        m_status->setCurrentIndex(0);
    }
    m_roster->selectionModel()->setCurrentIndex(m_rosterModel->indexOfPerson(result->subject),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RosterTeamsTab::importRoster()
{
    if (!m_workshopId)
        return;
    if (!ui::importRoster(this, m_document, m_workshopId))
        return;
    // Everyone imported shows, whatever the filter was.
    m_filter->clear();
    m_status->setCurrentIndex(0);
}

void RosterTeamsTab::editPerson()
{
    const auto id = selectedPersonId();
    if (!id)
        return;
    auto person = people::get(m_document.database(), *id);
    if (!person) {
        m_document.apply(std::unexpected(person.error()));
        return;
    }
    PersonDialog dialog(m_document.database(), PersonDialog::Mode::Edit, this);
    dialog.setPerson(*person);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document.apply(people::update(m_document.database(), dialog.person()));
}

HistoryDialog* RosterTeamsTab::showHistory()
{
    const auto id = selectedPersonId();
    return id ? showPersonHistory(m_document, *id, this) : nullptr;
}

void RosterTeamsTab::showRosterMenu(const QPoint& at)
{
    const QModelIndex index = m_roster->indexAt(at);
    if (!index.isValid())
        return;
    m_roster->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, &RosterTeamsTab::editPerson);
    menu.addAction(tr("&History…"), this, &RosterTeamsTab::showHistory);
    menu.exec(m_roster->viewport()->mapToGlobal(at));
}

void RosterTeamsTab::cancelRegistration()
{
    const auto id = selectedPersonId();
    const RosterEntry* e = m_rosterModel->entryAt(m_roster->selectionModel()->currentIndex());
    if (!id || !e || e->status == EnrollmentStatus::Cancelled)
        return;
    const bool wasRegistered = e->status == EnrollmentStatus::Registered;
    const QString name = e->person.fullName();
    if (prompts::question(this, tr("Cancel registration"), tr("Cancel %1's registration? (Undo brings it back.)").arg(name))
        != QMessageBox::Yes)
        return;
    if (!m_document.apply(roster::cancel(m_document.database(), m_workshopId, *id)) || !wasRegistered)
        return;
    // The freed place is offered to the first person waiting.
    auto next = roster::nextInLine(m_document.database(), m_workshopId);
    if (next && *next
        && prompts::question(this, tr("A place is free"),
                             tr("%1 is first on the waitlist. Give them the place?").arg((*next)->person.fullName()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
               == QMessageBox::Yes)
        m_document.apply(roster::promote(m_document.database(), m_workshopId, (*next)->person.id));
}

void RosterTeamsTab::moveToWaitlist()
{
    if (const auto id = selectedPersonId())
        m_document.apply(roster::moveToWaitlist(m_document.database(), m_workshopId, *id));
}

void RosterTeamsTab::givePlace()
{
    const auto id = selectedPersonId();
    const RosterEntry* e = m_rosterModel->entryAt(m_roster->selectionModel()->currentIndex());
    if (!id || !e)
        return;
    if (e->status == EnrollmentStatus::Cancelled)
        m_document.apply(roster::enroll(m_document.database(), m_workshopId, *id));
    else
        m_document.apply(roster::promote(m_document.database(), m_workshopId, *id));
}

void RosterTeamsTab::newTeam()
{
    if (!m_workshopId)
        return;
    auto entries = roster::list(m_document.database(), m_workshopId);
    if (!entries)
        return;
    Team blank;
    // Start from the selected person's jurisdiction, the usual case.
    if (const RosterEntry* e = m_rosterModel->entryAt(m_roster->selectionModel()->currentIndex()); e && selectedPersonId()) {
        blank.jurisdiction = e->person.jurisdiction;
        blank.state = e->person.state;
    }
    TeamDialog dialog(blank, *entries, this);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document.apply(teams::create(m_document.database(), m_workshopId, dialog.jurisdiction(), dialog.state(), dialog.memberIds()));
}

void RosterTeamsTab::editTeam()
{
    const auto id = selectedTeamId();
    if (!id)
        return;
    auto team = teams::get(m_document.database(), *id);
    auto entries = roster::list(m_document.database(), m_workshopId);
    if (!team || !entries)
        return;
    TeamDialog dialog(*team, *entries, this);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    // Name and members are two steps of the editor; the name first.
    if (dialog.jurisdiction() != team->jurisdiction || dialog.state() != team->state || dialog.notes() != team->notes) {
        if (!m_document.apply(teams::rename(m_document.database(), *id, dialog.jurisdiction(), dialog.state(), dialog.notes())))
            return;
    }
    std::vector<Id> before;
    for (const TeamMember& m : team->members)
        before.push_back(m.person.id);
    std::vector<Id> after = dialog.memberIds();
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    if (before != after)
        m_document.apply(teams::setMembers(m_document.database(), *id, dialog.memberIds()));
}

void RosterTeamsTab::deleteTeam()
{
    const auto id = selectedTeamId();
    if (!id)
        return;
    const Team* team = m_teamModel->teamAt(m_teams->selectionModel()->currentIndex());
    if (prompts::question(this, tr("Delete team"),
                          tr("Delete the %1 team? Its members stay on the roster.").arg(team ? team->label() : QString()))
        == QMessageBox::Yes)
        m_document.apply(teams::remove(m_document.database(), *id));
}

void RosterTeamsTab::suggestTeams()
{
    auto suggestions = teams::suggest(m_document.database(), m_workshopId);
    if (!suggestions) {
        m_document.apply(std::unexpected(suggestions.error()));
        return;
    }
    if (suggestions->empty()) {
        prompts::information(this, tr("Suggest teams"),
                             tr("Everyone registered is already in a team, or has no jurisdiction to go by."));
        return;
    }
    SuggestTeamsDialog dialog(std::move(*suggestions), this);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    const auto chosen = dialog.chosen();
    if (!chosen.empty())
        m_document.apply(teams::applySuggestions(m_document.database(), m_workshopId, chosen));
}

void RosterTeamsTab::addToTeam(Id teamId, const std::vector<Id>& personIds)
{
    m_document.apply(teams::addMembers(m_document.database(), teamId, personIds));
}

void RosterTeamsTab::formTeamFrom(const std::vector<Id>& personIds)
{
    auto first = people::get(m_document.database(), personIds.front());
    if (!first)
        return;
    const QString place = first->jurisdiction.isEmpty() ? tr("New team") : first->jurisdiction;
    m_document.apply(teams::create(m_document.database(), m_workshopId, place, first->state, personIds));
}

void RosterTeamsTab::takeOffTeams(const std::vector<Id>& personIds)
{
    m_document.apply(teams::removeMembers(m_document.database(), m_workshopId, personIds));
}

} // namespace rt::ui
