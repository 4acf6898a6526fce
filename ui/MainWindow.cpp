#include "MainWindow.h"

#include "AppSettings.h"
#include "Document.h"
#include "FileView.h"
#include "FirstRun.h"
#include "HelpWindow.h"
#include "Prompts.h"
#include "ServerConnect.h"
#include "demo/Demo.h"
#include "merge/Merge.h"
#include "dialogs/AssessmentTemplatesDialog.h"
#include "dialogs/AuthorDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/CatalogDialog.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/TakeOfflineDialog.h"
#include "dialogs/NewWorkshopDialog.h"
#include "dialogs/PlacesPeopleDialog.h"
#include "dialogs/PricingDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "Exporter.h"
#include "pages/ActionPlanPanel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/HistoryPanel.h"
#include "pages/OutcomesTab.h"
#include "pages/PeoplePage.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "widgets/Colours.h"
#include "widgets/FindField.h"
#include "widgets/NoticeBar.h"
#include "widgets/PendingEditBar.h"
#include "workshops/Fees.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

const QString kFileFilter = QObject::tr("Roundtable files (*.roundtable);;All files (*)");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_notice(new NoticeBar(this))
    , m_saved(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_pendingBar(new PendingEditBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    applyAuthorName();
    setWindowTitle(tr("Roundtable"));
    m_saved->setAccessibleName(tr("Save status"));
    m_saved->setTextFormat(Qt::PlainText); // it names what people typed
    statusBar()->addWidget(m_saved, 1);
    createActions();
    m_noFile = firstrun::noFilePage(this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setAccessibleName(tr("Read-only"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 8, 12, 8);
    m_readOnlyBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_readOnlyBanner->setStyleSheet(colours::bannerStyleSheet(QStringLiteral("#readOnlyBanner")).replace(
        QStringLiteral("#readOnlyBanner QLabel"), QStringLiteral("#readOnlyBanner")));
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_pendingBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_noFile, 1);
    setCentralWidget(central);
    if (!restoreGeometry(settings::windowGeometry()))
        resize(1360, 840);
    updateActions();
}

MainWindow::~MainWindow()
{
    closeFile();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New File…"), this, &MainWindow::newFileDialog);
    newFile->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Connect to &Server…"), this, &MainWindow::connectToServerDialog);
    file->addSeparator();
    m_restore = file->addAction(tr("Restore &Backup…"), this, &MainWindow::restoreBackup);
    m_writeActions << m_restore;
    QAction* mergeFrom = file->addAction(tr("&Merge from…"), this, &MainWindow::mergeFromDialog);
    m_fileActions << mergeFrom;
    m_writeActions << mergeFrom;
    m_takeOffline = file->addAction(tr("Take Workshop Off&line…"), this, [this] {
        if (m_document && m_fileView)
            offline::takeWorkshopOffline(this, m_document->database(), m_fileView->currentWorkshopId());
    });
    file->addSeparator();
    QAction* importRoster = file->addAction(tr("&Import Roster…"), this, [this] {
        if (!m_fileView || !m_fileView->currentWorkshopId())
            return;
        m_fileView->workshopPage()->showTab(WorkshopPage::Tab::RosterTeams);
        m_fileView->workshopPage()->rosterTeams()->importRoster();
    });
    importRoster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_workshopActions << importRoster;
    m_writeActions << importRoster;
    QMenu* exportMenu = file->addMenu(tr("&Print and Export"));
    const std::pair<const char*, QString> exports[] = {
        {"signin", tr("&Sign-in Sheets…")},     {"attendance", tr("&Attendance Record…")},
        {"certificates", tr("&Certificates…")}, {"tents", tr("&Name Tents…")},
        {"badges", tr("&Badges…")},             {"spreadsheet", tr("Attendance Spreadsheet (CSV or &XLSX)…")},
        {"agenda", tr("Agenda for &Participants…")}, {"agenda-facilitator", tr("Agenda for &Facilitators…")},
        {"ics", tr("Agenda Calendar (.&ics)…")},
        {"groups", tr("&Group Lists…")},        {"discussions", tr("&Discussion Summary…")},
        {"actionplans", tr("Ac&tion Plans…")},  {"outcomes", tr("&Outcome Report…")},
    };
    for (const auto& [kind, text] : exports) {
        QAction* a = exportMenu->addAction(text, this, [this, k = QString::fromLatin1(kind)] { exportDocument(k); });
        if (QLatin1String(kind) == QLatin1String("signin"))
            a->setShortcut(QKeySequence::Print);
        if (QLatin1String(kind) == QLatin1String("agenda") || QLatin1String(kind) == QLatin1String("groups"))
            exportMenu->insertSeparator(a);
        if (QLatin1String(kind) == QLatin1String("actionplans"))
            exportMenu->insertSeparator(a);
        m_workshopActions << a;
    }
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close File"), this, &MainWindow::closeFile);
    close->setShortcuts(QKeySequence::Close);
    m_fileActions << close;
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    if (quit->shortcuts().isEmpty()) // where the platform has none (Windows' Alt+F4 is the window's)
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("F&ind"), this, [this] { findfield::focusIn(this); });
    find->setShortcuts(QKeySequence::Find);
    find->setStatusTip(tr("Go to the search field of the page on screen"));
    m_fileActions << find;
    edit->addSeparator();
    QAction* pricing = edit->addAction(tr("&Pricing…"), this, &MainWindow::editPricing);
    QAction* catalog = edit->addAction(tr("Programs and Practice &Groups…"), this, &MainWindow::editCatalog);
    QAction* places = edit->addAction(tr("&Venues and Facilitators…"), this, [this] {
        if (!m_document)
            return;
        PlacesPeopleDialog dialog(*m_document, this);
        prompts::exec(dialog);
    });
    m_fileActions << pricing << catalog << places;
    QAction* assessmentTemplates = edit->addAction(tr("&Assessment Templates…"), this, [this] {
        if (!m_document)
            return;
        AssessmentTemplatesDialog dialog(*m_document, this);
        prompts::exec(dialog);
    });
    m_fileActions << assessmentTemplates;
    m_writeActions << pricing << catalog << places << assessmentTemplates;
    edit->addSeparator();
    edit->addAction(tr("Your &Name for the Change History…"), this, [this] { editAuthorName(this); });
    addPreferencesAction(edit, this);

    QMenu* workshop = menuBar()->addMenu(tr("&Workshop"));
    QAction* newWorkshop = workshop->addAction(tr("&New Workshop…"), this, &MainWindow::newWorkshop);
    newWorkshop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* remove = workshop->addAction(tr("&Delete Workshop…"), this, &MainWindow::deleteWorkshop);
    workshop->addSeparator();
    const auto rosterAction = [this](void (RosterTeamsTab::*method)()) {
        return [this, method] {
            if (!m_fileView)
                return;
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::RosterTeams);
            (m_fileView->workshopPage()->rosterTeams()->*method)();
        };
    };
    QAction* addPerson = workshop->addAction(tr("&Add to Roster…"), this, rosterAction(&RosterTeamsTab::addPerson));
    addPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction* newTeam = workshop->addAction(tr("New &Team…"), this, rosterAction(&RosterTeamsTab::newTeam));
    newTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction* suggest = workshop->addAction(tr("&Suggest Teams…"), this, rosterAction(&RosterTeamsTab::suggestTeams));
    workshop->addSeparator();
    const auto attendanceAction = [this](AttendanceTab::View view) {
        return [this, view] {
            if (!m_fileView || !m_fileView->currentWorkshopId())
                return;
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Attendance);
            m_fileView->workshopPage()->attendance()->showView(view);
            if (view == AttendanceTab::View::CheckIn)
                m_fileView->workshopPage()->attendance()->checkIn()->focusSearch();
        };
    };
    QAction* checkIn = workshop->addAction(tr("&Check In…"), this, attendanceAction(AttendanceTab::View::CheckIn));
    checkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction* grid = workshop->addAction(tr("Attendance &Grid"), this, attendanceAction(AttendanceTab::View::Grid));
    QAction* blocks = workshop->addAction(tr("Attendance &Blocks and Credit…"), this, [this] {
        if (!m_fileView || !m_fileView->currentWorkshopId())
            return;
        m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Attendance);
        m_fileView->workshopPage()->attendance()->editSettings();
    });
    m_fileActions << newWorkshop;
    m_workshopActions << remove << addPerson << newTeam << suggest << checkIn << grid << blocks;
    m_writeActions << newWorkshop << remove << addPerson << newTeam << suggest << blocks;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refresh = view->addAction(tr("Re&fresh"), this, &MainWindow::refreshViews);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Show the latest of everything, including other stations' changes"));
    m_fileActions << m_refresh;
    view->addSeparator();
    QAction* people = view->addAction(tr("&People in This File"), this, [this] {
        if (m_fileView)
            m_fileView->showPeople();
    });
    people->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* followUp = view->addAction(tr("Follow-up of &Action Plans"), this, [this] {
        if (m_fileView)
            m_fileView->showFollowUp();
    });
    followUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction* overview = view->addAction(tr("&Overview"), this, [this] {
        if (m_fileView && m_fileView->currentWorkshopId())
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Overview);
    });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* roster = view->addAction(tr("&Roster && Teams"), this, [this] {
        if (m_fileView && m_fileView->currentWorkshopId())
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::RosterTeams);
    });
    roster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* attendanceTab = view->addAction(tr("A&ttendance"), this, [this] {
        if (m_fileView && m_fileView->currentWorkshopId())
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Attendance);
    });
    attendanceTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* agendaTab = view->addAction(tr("A&genda"), this, [this] {
        if (m_fileView && m_fileView->currentWorkshopId())
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Agenda);
    });
    agendaTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* discussionsTab = view->addAction(tr("&Discussions"), this, [this] {
        if (m_fileView && m_fileView->currentWorkshopId())
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Discussions);
    });
    discussionsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction* outcomesTab = view->addAction(tr("O&utcomes"), this, [this] {
        if (m_fileView && m_fileView->currentWorkshopId())
            m_fileView->workshopPage()->showTab(WorkshopPage::Tab::Outcomes);
    });
    outcomesTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction* historyView = view->addAction(tr("&History"), this, &MainWindow::showHistory);
    historyView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_fileActions << historyView;
    m_workshopActions << outcomesTab;
    m_fileActions << people;
    m_fileActions << followUp;
    m_workshopActions << overview << roster << attendanceTab << agendaTab << discussionsTab;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), this, [this] { HelpWindow::show(this); })->setShortcuts(QKeySequence::HelpContents);
    help->addAction(tr("Open &Demo Workshop"), this, &MainWindow::openDemo);
    QAction* about = help->addAction(tr("&About Roundtable"), this, [this] {
        prompts::information(this, tr("About Roundtable"),
                             tr("Roundtable %1\n\nWorkshops for city managers and police chiefs: rosters, teams, "
                                "attendance and outcomes, kept in one file that works without a network.\n\n"
                                "Free software under the GNU GPL, version 3 or later.")
                                 .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::showHistory()
{
    if (!m_fileView)
        return;
    // The workshop on screen, else the whole file.
    if (m_fileView->currentWorkshopId() && !m_fileView->peopleShown() && !m_fileView->followUpShown()) {
        m_fileView->workshopPage()->showTab(WorkshopPage::Tab::History);
        m_fileView->workshopPage()->history()->focusFilter();
        return;
    }
    // Parented to the file's view, so the window goes when the file closes.
    showFileHistory(*m_document, m_fileView);
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool workshop = open && m_fileView && m_fileView->currentWorkshopId() != 0;
    for (QAction* a : m_fileActions)
        a->setEnabled(open);
    for (QAction* a : m_workshopActions)
        a->setEnabled(workshop);
    m_takeOffline->setEnabled(workshop && offline::available(m_document->database(), m_fileView->currentWorkshopId()));
    // A server's database is backed up by the server, not by this station.
    const bool server = open && m_document->database().isServer();
    m_restore->setEnabled(!server);
    m_restore->setStatusTip(server ? tr("Backups of a server's database are made and restored on the server")
                                   : tr("Put one of this file's backups in its place"));
    m_restore->setToolTip(m_restore->statusTip());
    if (open && m_document->isReadOnly()) {
        for (QAction* a : m_writeActions)
            a->setEnabled(false);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    for (const QString& path : files) {
        if (const auto server = ServerAddress::parse(path)) { // a server's URL, which holds no password
            const QString number = m_recentMenu->actions().size() < 9 ? QStringLiteral("&%1  ").arg(m_recentMenu->actions().size() + 1) : QString();
            connect(m_recentMenu->addAction(number + tr("%1  —  server").arg(server->display())), &QAction::triggered, this,
                    [this, address = *server] { openServer(address); });
            continue;
        }
        // Numbered, so each is one key away once the menu is open.
        const QString number = m_recentMenu->actions().size() < 9 ? QStringLiteral("&%1  ").arg(m_recentMenu->actions().size() + 1) : QString();
        QAction* a = m_recentMenu->addAction(number + QStringLiteral("%1  —  %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Recent &Files"), this, [this] {
        settings::clearRecentFiles();
        rebuildRecentMenu();
    });
}

void MainWindow::adopt(std::unique_ptr<Document> document)
{
    closeFile();
    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &Document::saved, this, &MainWindow::showSaved);
    connect(m_document.get(), &Document::failed, this, &MainWindow::showProblem);
    m_pendingBar->watch(m_document.get());
    connect(m_document.get(), &Document::connectionLost, this,
            [this](const QString& what) { m_saved->setText(tr("Not saved: %1").arg(what)); });
    connect(m_document.get(), &Document::changedElsewhere, this, [this] {
        m_saved->setText(tr("Updated %1 with changes from another station").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_document.get(), &Document::backupFailed, this, [this](const QString& message) {
        m_notice->show(message, NoticeBar::Kind::Problem);
    });
    connect(m_document.get(), &Document::damaged, this, [this](const QString& message) {
        // Deferred: the document that sends this is about to be closed.
        QTimer::singleShot(0, this, [this, message] {
            const QString damagedPath = m_document ? m_document->path() : QString();
            closeFile();
            m_unopened = damagedPath;
            showProblem(message);
            prompts::warning(this, tr("The file is damaged"), message);
        });
    });
    m_fileView = new FileView(*m_document, this);
    firstrun::connect(this, m_fileView->welcomePage());
    connect(m_fileView, &FileView::currentWorkshopChanged, this, &MainWindow::updateActions);
    // Delete on the workshop list deletes the workshop (it asks first, and Undo brings it back).
    connect(new QShortcut(QKeySequence::Delete, m_fileView->workshopList(), nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &MainWindow::deleteWorkshop);
    connect(m_fileView->workshopPage(), &WorkshopPage::exportRequested, this, &MainWindow::exportDocument);
    m_unopened.clear();
    m_noFile->hide();
    static_cast<QVBoxLayout*>(centralWidget()->layout())->addWidget(m_fileView, 1);
    const QString path = m_document->path();
    const bool server = m_document->database().isServer();
    setWindowFilePath(server ? QString() : path);
    const bool readOnly = m_document->isReadOnly();
    const QString name = server ? m_document->database().displayName() : QFileInfo(path).fileName();
    setWindowTitle(readOnly ? tr("%1 (read-only) — Roundtable").arg(name) : tr("%1 — Roundtable").arg(name));
    settings::addRecentFile(path); // a server's URL holds no password
    rebuildRecentMenu();
    if (server)
        m_saved->setText(tr("Connected to %1. Every change is saved on the server as you make it; other stations' "
                            "changes appear here as they are made.")
                             .arg(name));
    else
        m_saved->setText(readOnly ? tr("Opened %1 read-only: it is open elsewhere.").arg(QDir::toNativeSeparators(path))
                                  : tr("Opened %1. Every change is saved as you make it.").arg(QDir::toNativeSeparators(path)));
    m_readOnlyBanner->setText(m_document->database().readOnlyReason());
    m_readOnlyBanner->setVisible(readOnly);
    m_notice->hide();
    updateActions();
}

void MainWindow::closeFile()
{
    if (!m_document)
        return;
    delete m_fileView;
    m_fileView = nullptr;
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    m_noFile->show();
    m_readOnlyBanner->hide();
    m_pendingBar->hide();
    setWindowFilePath(QString());
    setWindowTitle(tr("Roundtable"));
    updateActions();
}

bool MainWindow::openFile(const QString& path)
{
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path))
        return true;
    // The window shows the file while its integrity check finishes on the
    // side; a damaged file is closed again before anything is written.
    auto db = Database::open(path, IntegrityCheck::InBackground);
    if (!db) {
        showProblem(db.error().message);
        if (!m_document && QFileInfo::exists(path))
            m_unopened = path;
        prompts::warning(this, tr("Cannot open the file"), db.error().message);
        if (!QFileInfo::exists(path)) {
            settings::removeRecentFile(path);
            rebuildRecentMenu();
        }
        return false;
    }
    adopt(std::make_unique<Document>(std::move(*db)));
    return true;
}

bool MainWindow::newFile(const QString& path)
{
    closeFile();
    auto db = Database::create(path, QFileInfo::exists(path));
    if (!db) {
        showProblem(db.error().message);
        prompts::warning(this, tr("Cannot create the file"), db.error().message);
        return false;
    }
    adopt(std::make_unique<Document>(std::move(*db)));
    return true;
}

bool MainWindow::openDemo()
{
    const QString path = settings::demoFilePath();
    // The demo is written afresh; if it is the open file, close it first.
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path))
        closeFile();
    if (auto written = demo::write(path); !written) {
        showProblem(written.error().message);
        prompts::warning(this, tr("Cannot open the demo"), written.error().message);
        return false;
    }
    if (!openFile(path))
        return false;
    m_saved->setText(tr("Opened the demo: fictional people, real places. Change anything; Help > Open Demo Workshop starts it afresh."));
    return true;
}

bool MainWindow::openStartupFile()
{
    for (const QString& recent : settings::recentFiles()) {
        if (QFileInfo::exists(recent))
            return openFile(recent);
    }
    const QString path = settings::defaultFilePath();
    return QFileInfo::exists(path) ? openFile(path) : newFile(path);
}

void MainWindow::newFileDialog()
{
    QString path = prompts::saveFileName(this, tr("New Roundtable file"), settings::dataFolder(), kFileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".roundtable");
    newFile(path);
}

void MainWindow::openFileDialog()
{
    const QString start = m_document ? QFileInfo(m_document->path()).absolutePath() : settings::dataFolder();
    const QString path = prompts::openFileName(this, tr("Open a Roundtable file"), start, kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::mergeFromDialog()
{
    if (!m_document)
        return;
    const QString path = prompts::openFileName(this, tr("Merge from another copy of this file"),
                                               QFileInfo(m_document->path()).absolutePath(), kFileFilter);
    if (path.isEmpty())
        return;
    auto preview = merge::preview(m_document->database(), path);
    if (!preview) {
        prompts::warning(this, tr("Merge from"), preview.error().message);
        return;
    }
    MergeDialog dialog(*m_document, path, *preview, this);
    prompts::exec(dialog);
}

void MainWindow::newWorkshop()
{
    if (!m_document)
        return;
    NewWorkshopDialog dialog(m_document->database(), this);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document->run(tr("the new workshop"), [&db = m_document->database(), w = dialog.workshop(), v = dialog.newVenue()] {
            return workshops::create(db, w, v, settings::defaultBlocks());
        });
}

void MainWindow::deleteWorkshop()
{
    if (!m_fileView || !m_fileView->currentWorkshopId())
        return;
    auto summary = workshops::summary(m_document->database(), m_fileView->currentWorkshopId());
    if (!summary)
        return;
    const auto answer = prompts::question(
        this, tr("Delete workshop"),
        tr("Delete “%1” with its roster (%2 people) and %3 teams? The people stay in the file. Undo brings the workshop "
           "back.")
            .arg(summary->workshop.title)
            .arg(summary->registered + summary->waitlisted + summary->cancelled)
            .arg(summary->teams));
    if (answer == QMessageBox::Yes)
        m_document->run(tr("deleting “%1”").arg(summary->workshop.title),
                        [&db = m_document->database(), id = summary->workshop.id] { return workshops::remove(db, id); });
}

void MainWindow::editPricing()
{
    if (!m_document)
        return;
    auto current = fees::settings(m_document->database());
    if (!current) {
        showProblem(current.error().message);
        return;
    }
    PricingDialog dialog(*current, this);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document->run(tr("the pricing"), [&db = m_document->database(), chosen = dialog.settings()] {
            return fees::setSettings(db, chosen);
        });
}

void MainWindow::editCatalog()
{
    if (!m_document)
        return;
    CatalogDialog dialog(*m_document, this);
    prompts::exec(dialog);
}

void MainWindow::restoreBackup()
{
    if (m_document && (m_document->isReadOnly() || m_document->database().isServer()))
        return;
    QString path = m_document ? m_document->path() : m_unopened;
    if (path.isEmpty())
        path = prompts::openFileName(this, tr("Restore a backup of which file?"), settings::dataFolder(), kFileFilter);
    if (path.isEmpty())
        return;
    RestoreBackupDialog dialog(path, this);
    if (prompts::exec(dialog) != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    const QString chosen = dialog.selectedBackup();
    const bool wasOpen = m_document != nullptr;
    auto prepared = backups::prepareRestore(path, chosen, wasOpen ? &m_document->database() : nullptr);
    if (!prepared) {
        showProblem(prepared.error().message);
        prompts::warning(this, tr("Not restored"), prepared.error().message);
        return;
    }
    // The file is replaced while nothing has it open; its window closes and
    // reopens it, with an empty Undo history (undo cannot reach across).
    closeFile();
    const Status done = backups::completeRestore(*prepared);
    if (!done) {
        if (wasOpen)
            openFile(path);
        showProblem(done.error().message);
        prompts::warning(this, tr("Not restored"), done.error().message);
        return;
    }
    if (!openFile(path))
        return;
    if (auto recorded = backups::recordRestore(m_document->database(), *prepared); !recorded)
        m_notice->show(recorded.error().message, NoticeBar::Kind::Problem);
    const QString message = tr("Restored the backup “%1”. The state before it was backed up as “%2”.")
                                .arg(QFileInfo(chosen).fileName(), QFileInfo(prepared->safety).fileName());
    m_saved->setText(message);
    m_notice->show(message, NoticeBar::Kind::Information);
}

void MainWindow::exportDocument(const QString& kindKey)
{
    const auto kind = exportKindFromKey(kindKey);
    if (!m_document || !m_fileView || !m_fileView->currentWorkshopId() || !kind)
        return;
    WorkshopPage* page = m_fileView->workshopPage();
    ExportContext context;
    if (AttendanceTab* attendance = page->attendanceIfBuilt(); attendance && attendance->currentBlock())
        context.block = attendance->currentBlock()->id;
    if (OutcomesTab* outcomes = page->outcomesIfBuilt(); outcomes && outcomes->actionPlans()->teamId())
        context.team = outcomes->actionPlans()->teamId();
    auto written = ui::exportDocument(this, *m_document, m_fileView->currentWorkshopId(), *kind, context);
    if (!written) {
        m_notice->show(written.error().message, NoticeBar::Kind::Problem);
        prompts::warning(this, tr("Not written"), written.error().message);
        return;
    }
    if (!written->isEmpty()) {
        m_saved->setText(*written);
        m_notice->show(*written, NoticeBar::Kind::Information);
    }
}

void MainWindow::showSaved(const QString& description, const QString& notice)
{
    m_saved->setText(tr("Saved %1 — %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), description));
    if (notice.isEmpty())
        m_notice->hide();
    else
        m_notice->show(notice, NoticeBar::Kind::Information);
}

void MainWindow::showProblem(const QString& message)
{
    m_saved->setText(tr("Not saved: %1").arg(message));
    m_notice->show(message, NoticeBar::Kind::Problem);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_pendingBar->allowClosing()) {
        event->ignore();
        return;
    }
    settings::setWindowGeometry(saveGeometry());
    closeFile();
    event->accept();
}

} // namespace rt::ui
