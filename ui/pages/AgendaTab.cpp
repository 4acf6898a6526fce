#include "AgendaTab.h"

#include "Document.h"
#include "LivePanel.h"
#include "Prompts.h"
#include "agenda/Agenda.h"
#include "common/Clock.h"
#include "dialogs/AgendaItemDialog.h"
#include "models/AgendaModel.h"
#include "projector/ProjectorWindow.h"
#include "storage/Database.h"
#include "widgets/ColumnChooser.h"
#include "widgets/Mnemonics.h"
#include "widgets/NamedButton.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QShortcut>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

// A dialog with one combo box, run through the prompts seam.
std::optional<int> choose(QWidget* parent, const QString& title, const QString& label, const QStringList& choices)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* combo = new QComboBox(&dialog);
    combo->addItems(choices);
    combo->setAccessibleName(label);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, combo);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (prompts::exec(dialog) != QDialog::Accepted || combo->currentIndex() < 0)
        return std::nullopt;
    return combo->currentIndex();
}

} // namespace

AgendaTab::AgendaTab(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new AgendaModel(this))
    , m_dayCombo(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_add(namedButton(tr("&Add item…"), tr("Add an agenda item"), this))
    , m_edit(namedButton(tr("Ed&it…"), tr("Edit the selected item"), this))
    , m_remove(namedButton(tr("&Remove"), tr("Remove the selected item"), this))
    , m_templates(namedButton(tr("&Templates"), tr("Agenda templates"), this))
    , m_print(namedButton(tr("&Print"), tr("Print or export the agenda"), this))
    , m_live(new LivePanel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("agendaTab"));
    m_dayCombo->setAccessibleName(tr("Day"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Agenda warnings"));

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
    m_view->setAccessibleName(tr("Agenda items"));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    // In column order; the module, last, stretches.
    sizeColumnsForSamples(m_view, {QStringLiteral("08:30–10:00 (fixed)  "), QStringLiteral("1 h 30 min + 10 min"),
                                   QStringLiteral("Report-out: obstacles and what helps them"),
                                   QStringLiteral("Large-group discussion"), QStringLiteral("Chief Kenton Rainey")});

    auto* templateMenu = new QMenu(m_templates);
    m_templates->setMenu(templateMenu);
    connect(templateMenu, &QMenu::aboutToShow, this, &AgendaTab::rebuildTemplateMenu);
    auto* printMenu = new QMenu(m_print);
    printMenu->addAction(tr("Agenda for &Participants…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("agenda")); });
    printMenu->addAction(tr("Agenda for &Facilitators…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("agenda-facilitator")); });
    printMenu->addAction(tr("&Calendar File (.ics)…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("ics")); });
    m_print->setMenu(printMenu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Day:"), this));
    bar->addWidget(m_dayCombo);
    bar->addSpacing(12);
    bar->addWidget(m_warning, 1);
    bar->addWidget(m_templates);
    bar->addWidget(m_print);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Drag items to reorder them."), this));
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(m_live);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_dayCombo, &QComboBox::activated, this, [this](int index) { setDay(index + 1); });
    connect(m_add, &QPushButton::clicked, this, &AgendaTab::addItem);
    connect(m_edit, &QPushButton::clicked, this, &AgendaTab::editItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaTab::removeItem);
    connect(m_view, &QTreeView::doubleClicked, this, &AgendaTab::editItem);
    auto* remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AgendaTab::removeItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgendaTab::updateButtons);
    connect(m_model, &AgendaModel::moveRequested, this, [this](Id itemId, int position) {
        m_document.apply(agenda::moveItem(m_document.database(), itemId, m_day, position));
    });
    connect(m_live, &LivePanel::startRequested, this, [this] { m_document.apply(live::start(m_document.database(), m_workshopId, m_day)); });
    connect(m_live, &LivePanel::nextRequested, this, [this] { m_document.apply(live::next(m_document.database(), m_workshopId, m_day)); });
    connect(m_live, &LivePanel::pauseRequested, this, [this](bool pause) {
        m_document.apply(pause ? live::pause(m_document.database(), m_workshopId, m_day)
                               : live::resume(m_document.database(), m_workshopId, m_day));
    });
    connect(m_live, &LivePanel::extendRequested, this, [this](int minutes) {
        m_document.apply(live::extend(m_document.database(), m_workshopId, m_day, minutes));
    });
    connect(m_live, &LivePanel::resetRequested, this, [this] {
        if (prompts::question(this, tr("Reset the Day"),
                              tr("Clear when each item of day %1 really started and ended? The plan stays as it is.").arg(m_day))
            == QMessageBox::Yes)
            m_document.apply(live::reset(m_document.database(), m_workshopId, m_day));
    });
    connect(m_live, &LivePanel::projectorRequested, this, &AgendaTab::showProjector);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AgendaTab::tick);
    updateButtons();
}

AgendaTab::~AgendaTab()
{
    delete m_projector; // a top-level window of its own
}

void AgendaTab::setWorkshop(Id workshopId)
{
    if (workshopId != m_workshopId)
        m_day = 1;
    m_workshopId = workshopId;
}

void AgendaTab::setDay(int day)
{
    m_day = day;
    reload();
}

void AgendaTab::reload()
{
    auto workshop = workshops::get(m_document.database(), m_workshopId);
    if (!workshop)
        return;
    m_workshopTitle = workshop->title;
    const int days = workshop->dayCount();
    m_day = std::clamp(m_day, 1, days);
    {
        QSignalBlocker block(m_dayCombo);
        m_dayCombo->clear();
        for (int d = 1; d <= days; ++d)
            m_dayCombo->addItem(tr("Day %1 · %2").arg(d).arg(QLocale().toString(workshop->startDate.addDays(d - 1), QStringLiteral("ddd d MMM"))));
        m_dayCombo->setCurrentIndex(m_day - 1);
    }
    auto items = agenda::dayOf(m_document.database(), m_workshopId, m_day);
    auto window = agenda::dayWindow(m_document.database(), m_workshopId, m_day);
    m_items = items ? std::move(*items) : std::vector<AgendaItem>{};
    m_window = window ? *window : DayWindow{};
    tick();
    // The clock runs only while something is under way.
    const bool running = m_state.phase == LiveState::Phase::Running || m_state.phase == LiveState::Phase::Paused;
    if (running && !m_timer->isActive())
        m_timer->start();
    else if (!running && !(m_projector && m_projector->isVisible()))
        m_timer->stop();
}

void AgendaTab::tick()
{
    m_state = live::compute(m_items, m_window, currentUtc());
    const bool underWay = m_state.phase != LiveState::Phase::NotStarted;
    DaySchedule plan = agenda::schedule(m_items, m_window);
    m_warning->setText(plan.warnings.isEmpty() ? (m_items.empty() ? tr("No items yet: add some, or start from a template.")
                                                                  : tr("The plan fits the day (%1–%2).")
                                                                        .arg(m_window.starts.toString(QStringLiteral("HH:mm")),
                                                                             m_window.ends.toString(QStringLiteral("HH:mm"))))
                                               : plan.warnings.join(QLatin1Char(' ')));
    const Id selected = selectedItemId().value_or(0);
    if (underWay)
        m_model->setDay(m_items, m_state.projected, m_state);
    else
        m_model->setDay(m_items, std::move(plan));
    if (selected) {
        const int row = m_model->rowOf(selected);
        if (row >= 0 && m_view->currentIndex().row() != row)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
    m_live->setState(m_items, m_state);
    if (m_projector)
        m_projector->setState(m_workshopTitle, m_items, m_state);
    updateButtons();
}

std::optional<Id> AgendaTab::selectedItemId() const
{
    const AgendaItem* item = m_model->itemAt(m_view->currentIndex().row());
    return item ? std::optional<Id>(item->id) : std::nullopt;
}

void AgendaTab::updateButtons()
{
    const bool selected = selectedItemId().has_value();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void AgendaTab::addItem()
{
    auto workshop = workshops::get(m_document.database(), m_workshopId);
    auto facilitators = facilitators::ofWorkshop(m_document.database(), m_workshopId);
    auto all = agenda::itemsOf(m_document.database(), m_workshopId);
    if (!workshop || !facilitators || !all)
        return;
    QStringList modules;
    for (const AgendaItem& i : *all) {
        if (!i.module.isEmpty() && !modules.contains(i.module))
            modules << i.module;
    }
    AgendaItemDialog dialog(workshop->dayCount(), *facilitators, modules, this);
    AgendaItem item;
    item.workshopId = m_workshopId;
    item.day = m_day;
    dialog.setItem(item);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    // After the selected item, or at the end of the day.
    std::optional<int> position;
    if (const int row = m_view->currentIndex().row(); row >= 0 && dialog.item().day == m_day)
        position = row + 1;
    m_document.apply(agenda::addItem(m_document.database(), dialog.item(), position));
}

void AgendaTab::editItem()
{
    const auto id = selectedItemId();
    auto workshop = workshops::get(m_document.database(), m_workshopId);
    auto facilitators = facilitators::ofWorkshop(m_document.database(), m_workshopId);
    auto all = agenda::itemsOf(m_document.database(), m_workshopId);
    if (!id || !workshop || !facilitators || !all)
        return;
    QStringList modules;
    const AgendaItem* current = nullptr;
    for (const AgendaItem& i : *all) {
        if (!i.module.isEmpty() && !modules.contains(i.module))
            modules << i.module;
        if (i.id == *id)
            current = &i;
    }
    if (!current)
        return;
    AgendaItemDialog dialog(workshop->dayCount(), *facilitators, modules, this);
    dialog.setItem(*current);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document.apply(agenda::updateItem(m_document.database(), dialog.item()));
}

void AgendaTab::removeItem()
{
    if (const auto id = selectedItemId())
        m_document.apply(agenda::removeItem(m_document.database(), *id));
}

void AgendaTab::rebuildTemplateMenu()
{
    QMenu* menu = m_templates->menu();
    menu->clear();
    auto list = agenda::templates(m_document.database());
    if (list) {
        for (const AgendaTemplate& t : *list) {
            QString name = t.name; // a typed "&" is a letter, not an access key
            name.replace(QLatin1String("&"), QLatin1String("&&"));
            QAction* a = menu->addAction(tr("Use “%1”").arg(name), this, [this, id = t.id] { useTemplate(id); });
            a->setToolTip(t.description);
        }
    }
    menu->addSeparator();
    menu->addAction(tr("&Copy from Another Workshop…"), this, &AgendaTab::copyFromWorkshop);
    menu->addAction(tr("&Save This Agenda as a Template…"), this, &AgendaTab::saveAsTemplate);
    giveMnemonics(menu);
}

void AgendaTab::useTemplate(Id templateId)
{
    auto existing = agenda::itemsOf(m_document.database(), m_workshopId);
    if (existing && !existing->empty()
        && prompts::question(this, tr("Replace the Agenda"),
                             tr("Replace this workshop's agenda (%1 items) with the template? Undo brings it back.").arg(existing->size()))
               != QMessageBox::Yes)
        return;
    m_document.apply(agenda::applyTemplate(m_document.database(), m_workshopId, templateId));
}

void AgendaTab::saveAsTemplate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save as Template"));
    auto* name = new QLineEdit(m_workshopTitle, &dialog);
    name->setAccessibleName(tr("Template name"));
    auto* description = new QLineEdit(&dialog);
    description->setAccessibleName(tr("Template description"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Description:"), description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(480, dialog.sizeHint().height());
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document.apply(agenda::saveAsTemplate(m_document.database(), m_workshopId, name->text(), description->text()));
}

void AgendaTab::copyFromWorkshop()
{
    auto list = workshops::list(m_document.database(), workshops::Counts::Skip);
    if (!list)
        return;
    std::vector<Id> ids;
    QStringList names;
    for (const WorkshopSummary& s : *list) {
        if (s.workshop.id == m_workshopId)
            continue;
        ids.push_back(s.workshop.id);
        names << QStringLiteral("%1 (%2)").arg(s.workshop.title, s.workshop.datesLabel());
    }
    if (ids.empty()) {
        prompts::information(this, tr("Copy an Agenda"), tr("There is no other workshop in this file to copy an agenda from."));
        return;
    }
    const auto chosen = choose(this, tr("Copy an Agenda"), tr("Copy the agenda of:"), names);
    if (chosen)
        m_document.apply(agenda::copyFrom(m_document.database(), m_workshopId, ids[size_t(*chosen)]));
}

void AgendaTab::showProjector()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* screen = screens.value(0);
    if (screens.size() > 1) {
        QStringList names;
        int suggested = 0;
        for (int i = 0; i < screens.size(); ++i) {
            const QSize size = screens[i]->size();
            names << tr("%1 (%2 × %3)").arg(screens[i]->name()).arg(size.width()).arg(size.height());
            if (screens[i] != this->screen())
                suggested = i; // the one this window is not on: the projector
        }
        names.move(suggested, 0);
        QList<QScreen*> ordered = screens;
        ordered.move(suggested, 0);
        const auto chosen = choose(this, tr("Projector"), tr("Show the projector view on:"), names);
        if (!chosen)
            return;
        screen = ordered[*chosen];
    }
    if (!m_projector)
        m_projector = new ProjectorWindow;
    m_projector->setState(m_workshopTitle, m_items, m_state);
    m_projector->showOn(screen);
    m_timer->start();
}

} // namespace rt::ui
