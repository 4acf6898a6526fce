#include "FileView.h"

#include "AppSettings.h"
#include "Document.h"
#include "models/WorkshopListModel.h"
#include "pages/FollowUpPage.h"
#include "pages/PeoplePage.h"
#include "pages/WelcomePage.h"
#include "pages/WorkshopPage.h"
#include "storage/Database.h"
#include "widgets/FindField.h"
#include "widgets/TwoLineDelegate.h"
#include "workshops/Workshops.h"
#include "widgets/ClearButton.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

bool createsWorkshop(const ChangeSet& changes)
{
    return std::any_of(changes.rows.begin(), changes.rows.end(), [&](const RowChange& row) {
        return row.table == QLatin1String("workshops") && row.id == changes.subject && !row.before && row.after;
    });
}

} // namespace

FileView::FileView(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new WorkshopListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_people(new QPushButton(tr("&People"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new WelcomePage(WelcomePage::Mode::EmptyFile, this))
    , m_workshopPage(new WorkshopPage(document, m_stack))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("fileView"));
    m_empty->setServer(document.database().isServer());
    m_empty->setReadOnly(document.isReadOnly());
    m_model->setCountProvider([this](Id id) -> std::optional<RosterCounts> {
        auto counts = roster::counts(m_document.database(), id);
        return counts ? std::optional(*counts) : std::nullopt;
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::AccessibleTextRole);
    m_filter->setPlaceholderText(tr("Filter workshops"));
    giveClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter workshops"));
    findfield::mark(m_filter, 0); // when the page on screen has no search of its own
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new TwoLineDelegate(WorkshopListModel::SubtitleRole, m_list));
    m_list->setAccessibleName(tr("Workshops"));
    m_list->setUniformItemSizes(true);
    m_people->setCheckable(true);
    m_people->setAccessibleName(tr("Show everyone in the file"));
    m_people->setToolTip(tr("Everyone in the file, across workshops (Ctrl+Shift+P)"));
    m_followUp = new QPushButton(tr("Fo&llow-up"), this);
    m_followUp->setCheckable(true);
    m_followUp->setAccessibleName(tr("Show the follow-up of action plans"));
    m_followUp->setToolTip(tr("Action items of every workshop: overdue, due soon, where each stands (Ctrl+Shift+F)"));

    auto* heading = new QLabel(tr("Workshops"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    auto* navigator = new QWidget(m_splitter);
    auto* navLayout = new QVBoxLayout(navigator);
    navLayout->setContentsMargins(8, 8, 4, 8);
    navLayout->addWidget(heading);
    navLayout->addWidget(m_filter);
    navLayout->addWidget(m_list, 1);
    navLayout->addWidget(m_people);
    navLayout->addWidget(m_followUp);

    m_stack->addWidget(m_empty);
    m_noMatch = new QLabel(m_stack);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_noMatch->setAccessibleName(tr("No matching workshop"));
    m_stack->addWidget(m_noMatch);
    m_stack->addWidget(m_workshopPage);
    m_splitter->addWidget(navigator);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 1000});
    m_splitter->restoreState(settings::splitterState(QStringLiteral("file")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        // The filter hid the shown workshop: show the first that matches, or say none does.
        if (currentWorkshopId() || peopleShown() || followUpShown())
            return;
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        else
            showCurrent();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FileView::showCurrent);
    connect(m_people, &QPushButton::clicked, this, [this](bool on) {
        if (on)
            showPeople();
        else
            showCurrent();
    });
    connect(m_followUp, &QPushButton::clicked, this, [this](bool on) {
        if (on)
            showFollowUp();
        else
            showCurrent();
    });
    connect(&m_document, &Document::changed, this, &FileView::onChanged);
    reloadList();
    if (const Id first = m_model->workshopToOpen())
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOfWorkshop(first)));
    showCurrent();
}

FileView::~FileView()
{
    settings::setSplitterState(QStringLiteral("file"), m_splitter->saveState());
}

void FileView::reloadList()
{
    const Id current = currentWorkshopId();
    auto list = workshops::list(m_document.database(), workshops::Counts::Skip);
    m_model->setWorkshops(list ? std::move(*list) : std::vector<WorkshopSummary>{});
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfWorkshop(current));
    if (index.isValid()) {
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(index);
    }
}

Id FileView::currentWorkshopId() const
{
    return m_list->currentIndex().data(WorkshopListModel::WorkshopIdRole).toLongLong();
}

void FileView::selectWorkshop(Id workshopId)
{
    const QModelIndex source = m_model->indexOfWorkshop(workshopId);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_people->setChecked(false);
    m_followUp->setChecked(false);
    m_list->setCurrentIndex(index);
    showCurrent();
}

PeoplePage* FileView::peoplePage()
{
    // Built on first use: most sessions never open the directory.
    if (!m_peoplePage) {
        m_peoplePage = new PeoplePage(m_document, m_stack);
        m_stack->addWidget(m_peoplePage);
        connect(m_peoplePage, &PeoplePage::openWorkshopRequested, this, &FileView::selectWorkshop);
    }
    return m_peoplePage;
}

void FileView::showPeople()
{
    peoplePage();
    m_people->setChecked(true);
    m_followUp->setChecked(false);
    m_peoplePage->refresh();
    m_stack->setCurrentWidget(m_peoplePage);
    m_peoplePage->filterEdit()->setFocus();
    Q_EMIT currentWorkshopChanged(0);
}

bool FileView::peopleShown() const
{
    return m_peoplePage && m_stack->currentWidget() == m_peoplePage;
}

FollowUpPage* FileView::followUpPage()
{
    // Built on first use, like the directory; it keeps itself current while shown.
    if (!m_followUpPage) {
        m_followUpPage = new FollowUpPage(m_document, m_stack);
        m_stack->addWidget(m_followUpPage);
        connect(m_followUpPage, &FollowUpPage::openWorkshopRequested, this, &FileView::selectWorkshop);
    }
    return m_followUpPage;
}

void FileView::showFollowUp()
{
    followUpPage();
    m_followUp->setChecked(true);
    m_people->setChecked(false);
    m_stack->setCurrentWidget(m_followUpPage);
    m_followUpPage->refresh();
    m_followUpPage->setFocus();
    Q_EMIT currentWorkshopChanged(0);
}

bool FileView::welcomeShown() const
{
    return m_stack->currentWidget() == m_empty;
}

bool FileView::followUpShown() const
{
    return m_followUpPage && m_stack->currentWidget() == m_followUpPage;
}

void FileView::showCurrent()
{
    m_people->setChecked(false);
    m_followUp->setChecked(false);
    const Id id = currentWorkshopId();
    if (!id) {
        // The welcome page only for a file with no workshops: a filter that
        // hides them all says so instead.
        m_noMatch->setText(tr("No workshop matches “%1”.").arg(m_filter->text()));
        m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_noMatch);
        Q_EMIT currentWorkshopChanged(0);
        return;
    }
    if (id != m_workshopPage->workshopId())
        m_workshopPage->setWorkshop(id);
    m_stack->setCurrentWidget(m_workshopPage);
    Q_EMIT currentWorkshopChanged(id);
}

void FileView::onChanged(const ChangeSet& changes)
{
    if (m_peoplePage)
        m_peoplePage->markStale();
    reloadList();
    const Id current = currentWorkshopId();
    if (!current && !peopleShown() && !followUpShown()) {
        // The shown workshop went away (deleted, or its creation undone).
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        showCurrent();
    } else if (createsWorkshop(changes)) {
        // A workshop was just created (or its deletion undone): show it.
        selectWorkshop(changes.subject);
    } else if (m_stack->currentWidget() == m_workshopPage) {
        m_workshopPage->reload();
    }
    if (peopleShown())
        m_peoplePage->refresh();
}

} // namespace rt::ui
