// The first run: a file with no workshops (or no file at all) shows the
// welcome page; each of its buttons is driven as a person would, Cancel at
// every step leaves nothing half-made, and the page goes when a workshop
// exists and comes back when the last one is deleted.

#include <catch2/catch.hpp>

#include "AppSettings.h"
#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/ImportRosterDialog.h"
#include "dialogs/NewWorkshopDialog.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WelcomePage.h"
#include "pages/WorkshopPage.h"
#include "people/People.h"
#include "people/Roster.h"
#include "widgets/NoticeBar.h"
#include "widgets/WorkshopForm.h"
#include "workshops/Workshops.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace rt;
using namespace rt::test;
using rt::ui::WelcomePage;
using rt::ui::prompts::setDialogHandler;

namespace {

// Widgets added to a shown window appear on the next turn of the event loop.
void settle()
{
    QApplication::processEvents();
}

const QString kProgram = QStringLiteral("Enhancing the Relationship Between the Manager and Chief");

// A window as on first start: the fresh default file, with no workshops.
struct FirstRun {
    TempDir dir;
    QString path = dir.path(QStringLiteral("Workshops.roundtable"));
    std::unique_ptr<ui::MainWindow> window;

    explicit FirstRun(bool openFile = true)
    {
        ui::prompts::reset();
        window = std::make_unique<ui::MainWindow>();
        window->resize(1200, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        if (openFile)
            REQUIRE(window->newFile(path));
        settle();
    }
    ~FirstRun()
    {
        window.reset();
        ui::prompts::reset();
    }
    WelcomePage* welcome() const { return window->fileView()->welcomePage(); }
    // The page shown while no file is open.
    WelcomePage* noFilePage() const
    {
        for (WelcomePage* page : window->findChildren<WelcomePage*>()) {
            if (page->mode() == WelcomePage::Mode::NoFile)
                return page;
        }
        FAIL("no welcome page for no file");
        return nullptr;
    }
    std::vector<WorkshopSummary> workshopsOnDisk(const QString& file = {}) const
    {
        return expectOk(workshops::list(*expectOk(Database::open(file.isEmpty() ? path : file))));
    }
};

// The new-workshop dialog, filled in with a program from the catalog.
int fillNewWorkshop(QDialog& d)
{
    auto* dialog = qobject_cast<ui::NewWorkshopDialog*>(&d);
    REQUIRE(dialog);
    QComboBox* program = dialog->form()->programCombo();
    program->setCurrentIndex(program->findText(kProgram));
    Q_EMIT program->activated(program->currentIndex());
    dialog->accept();
    return dialog->result();
}

int rejectDialog(QDialog& d)
{
    d.reject();
    return d.result();
}

void click(QAbstractButton* button)
{
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
}

const QByteArray kRegistrations = "First Name,Last Name,Email,Agency,Position,State\r\n"
                                  "Dana,Whitfield,dana@salem.example,Salem,City Manager,OR\r\n"
                                  "Marcus,Ortega,marcus@salem.example,Salem,Chief of Police,OR\r\n"
                                  "Kim,Osei,kim@corvallis.example,Corvallis,City Manager,OR\r\n";

} // namespace

TEST_CASE("A fresh file shows the welcome page: named buttons in order, reached with Tab")
{
    FirstRun f;
    WelcomePage* page = f.welcome();
    REQUIRE(f.window->fileView()->welcomeShown());
    CHECK(page->isVisible());
    CHECK(page->titleLabel()->text() == QStringLiteral("Welcome to Roundtable"));
    const QList<QAbstractButton*> buttons{page->demoButton(), page->newWorkshopButton(), page->importButton()};
    const QStringList names{QStringLiteral("Open the demo workshop"), QStringLiteral("Create a new workshop"),
                            QStringLiteral("Import a roster into a new workshop")};
    for (int i = 0; i < buttons.size(); ++i) {
        CHECK(buttons[i]->isVisible());
        CHECK(buttons[i]->isEnabled());
        CHECK(buttons[i]->accessibleName() == names[i]);
        CHECK(buttons[i]->focusPolicy() & Qt::TabFocus);
    }
    // A file is open, so the file buttons are the menu's business, not the page's.
    CHECK_FALSE(page->openFileButton());
    CHECK_FALSE(page->newFileButton());
    // Tab walks the three buttons in reading order.
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    page->demoButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->newWorkshopButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->importButton());
    // Workshop actions wait for a workshop.
    CHECK_FALSE(f.window->undoAction()->isEnabled());
}

TEST_CASE("Open Demo Workshop on the welcome page opens the demo, from the keyboard")
{
    // The demo goes to the app's data folder: one of this run's own, so a
    // test program running beside this one never finds it open.
    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("RoundtableFirstRun-%1").arg(QCoreApplication::applicationPid()));
    struct Restore {
        QString name;
        ~Restore()
        {
            QDir(ui::settings::dataFolder()).removeRecursively();
            QCoreApplication::setApplicationName(name);
        }
    } restore{appName};
    FirstRun f;
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.welcome()->demoButton()->setFocus();
    QTest::keyClick(f.welcome()->demoButton(), Qt::Key_Space);
    settle();
    REQUIRE(f.window->document());
    CHECK(QFileInfo(f.window->document()->path()) == QFileInfo(ui::settings::demoFilePath()));
    CHECK(f.window->fileView()->currentWorkshopId() != 0);
    CHECK_FALSE(f.window->fileView()->welcomeShown());
    CHECK_FALSE(f.window->fileView()->welcomePage()->isVisible());
    // The first file was left as it was: empty.
    CHECK(f.workshopsOnDisk().empty());
}

TEST_CASE("New Workshop on the welcome page creates one and the page goes, deleting it brings the page back")
{
    FirstRun f;
    setDialogHandler(fillNewWorkshop);
    click(f.welcome()->newWorkshopButton());
    setDialogHandler({});
    REQUIRE(f.workshopsOnDisk().size() == 1);
    const Id created = f.window->fileView()->currentWorkshopId();
    CHECK(created == f.workshopsOnDisk().front().workshop.id);
    CHECK_FALSE(f.window->fileView()->welcomeShown());
    CHECK(f.window->fileView()->workshopPage()->isVisible());
    CHECK_FALSE(f.welcome()->isVisible());

    // The last workshop deleted: the welcome page again.
    ui::prompts::setNextAnswer(QMessageBox::Yes);
    f.window->deleteWorkshop();
    CHECK(f.workshopsOnDisk().empty());
    CHECK(f.window->fileView()->welcomeShown());
    CHECK(f.welcome()->isVisible());
    CHECK(f.window->fileView()->currentWorkshopId() == 0);
    // Undo brings the workshop back, and the page goes again.
    f.window->undoAction()->trigger();
    CHECK(f.workshopsOnDisk().size() == 1);
    CHECK_FALSE(f.window->fileView()->welcomeShown());
    CHECK(f.window->fileView()->currentWorkshopId() == created);
}

TEST_CASE("Cancel in the new-workshop dialog from the welcome page makes nothing")
{
    FirstRun f;
    setDialogHandler(rejectDialog);
    click(f.welcome()->newWorkshopButton());
    setDialogHandler({});
    CHECK(f.workshopsOnDisk().empty());
    CHECK(f.window->document()->undoStack()->count() == 0);
    CHECK(f.window->fileView()->welcomeShown());
}

TEST_CASE("Import Roster on the welcome page asks for the workshop, then imports its roster")
{
    FirstRun f;
    const QString csv = f.dir.path(QStringLiteral("registrations.csv"));
    writeBytes(csv, kRegistrations);
    ui::prompts::setNextFileName(csv);
    QStringList seen;
    setDialogHandler([&seen](QDialog& d) {
        seen << QString::fromLatin1(d.metaObject()->className());
        if (qobject_cast<ui::NewWorkshopDialog*>(&d))
            return fillNewWorkshop(d);
        auto* import = qobject_cast<ui::ImportRosterDialog*>(&d);
        REQUIRE(import);
        import->show();
        REQUIRE(QTest::qWaitForWindowExposed(import));
        QTest::mouseClick(import->nextButton(), Qt::LeftButton);
        REQUIRE(import->step() == ui::ImportRosterDialog::Step::Review);
        QTest::mouseClick(import->importButton(), Qt::LeftButton);
        REQUIRE(import->step() == ui::ImportRosterDialog::Step::Report);
        QTest::mouseClick(import->closeButton(), Qt::LeftButton);
        return import->result();
    });
    click(f.welcome()->importButton());
    setDialogHandler({});
    CHECK(seen == QStringList{QStringLiteral("rt::ui::NewWorkshopDialog"), QStringLiteral("rt::ui::ImportRosterDialog")});
    const auto onDisk = f.workshopsOnDisk();
    REQUIRE(onDisk.size() == 1);
    const Id workshop = onDisk.front().workshop.id;
    CHECK(expectOk(roster::list(*expectOk(Database::open(f.path)), workshop)).size() == 3);
    // The new workshop shows, on its Roster & Teams tab, with the people in it.
    CHECK(f.window->fileView()->currentWorkshopId() == workshop);
    CHECK_FALSE(f.window->fileView()->welcomeShown());
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    CHECK(page->rosterTeams()->isVisible());
    CHECK(f.window->document()->undoStack()->count() == 2); // the workshop, then the import
}

TEST_CASE("Import Roster cancelled at any step leaves no workshop behind")
{
    FirstRun f;
    const QString csv = f.dir.path(QStringLiteral("registrations.csv"));
    writeBytes(csv, kRegistrations);

    SECTION("Cancel in the new-workshop dialog: no file is asked for")
    {
        ui::prompts::setNextFileName(csv);
        int dialogs = 0;
        setDialogHandler([&dialogs](QDialog& d) {
            ++dialogs;
            return rejectDialog(d);
        });
        click(f.welcome()->importButton());
        setDialogHandler({});
        CHECK(dialogs == 1);
        CHECK(f.window->document()->undoStack()->count() == 0);
        // The queued file name was never taken: nothing asked for a roster.
        CHECK(ui::prompts::openFileName(nullptr, {}, {}, {}) == csv);
    }
    SECTION("Cancel when asked for the registration list")
    {
        ui::prompts::setNextFileName(QString()); // the file dialog's Cancel
        setDialogHandler(fillNewWorkshop);
        click(f.welcome()->importButton());
        setDialogHandler({});
        CHECK(f.window->noticeBar()->text().contains(QStringLiteral("the new workshop was not kept")));
    }
    SECTION("Cancel in the import dialog")
    {
        ui::prompts::setNextFileName(csv);
        setDialogHandler([](QDialog& d) {
            if (qobject_cast<ui::NewWorkshopDialog*>(&d))
                return fillNewWorkshop(d);
            auto* import = qobject_cast<ui::ImportRosterDialog*>(&d);
            REQUIRE(import);
            import->show();
            QTest::mouseClick(import->nextButton(), Qt::LeftButton);
            return rejectDialog(d); // Cancel on the review, before Import
        });
        click(f.welcome()->importButton());
        setDialogHandler({});
        CHECK(f.window->noticeBar()->text().contains(QStringLiteral("Redo brings it back")));
    }
    CHECK(f.workshopsOnDisk().empty());
    CHECK(expectOk(people::directory(*expectOk(Database::open(f.path)))).empty());
    CHECK(f.window->fileView()->welcomeShown());
    CHECK(f.welcome()->isVisible());
    CHECK(f.window->document()->undoStack()->index() == 0);
}

TEST_CASE("With no file open the welcome page also offers Open File and New File")
{
    FirstRun f(false);
    WelcomePage* page = f.noFilePage();
    REQUIRE(page->isVisible());
    CHECK(page->titleLabel()->text() == QStringLiteral("No file is open"));
    REQUIRE(page->openFileButton());
    REQUIRE(page->newFileButton());
    CHECK(page->openFileButton()->accessibleName() == QStringLiteral("Open a Roundtable file"));
    CHECK(page->newFileButton()->accessibleName() == QStringLiteral("Create a new Roundtable file"));
    // Tab goes on from the three ways to begin to the two file buttons.
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    page->importButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    INFO(QApplication::focusWidget()->metaObject()->className() << " " << QApplication::focusWidget()->accessibleName().toStdString());
    CHECK(QApplication::focusWidget() == page->openFileButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->newFileButton());

    SECTION("New File: an empty file, with the welcome page for it")
    {
        ui::prompts::setNextFileName(f.dir.path(QStringLiteral("Spring")));
        click(page->newFileButton());
        REQUIRE(f.window->document());
        CHECK(QFileInfo(f.window->document()->path()).fileName() == QStringLiteral("Spring.roundtable"));
        CHECK_FALSE(page->isVisible());
        CHECK(f.window->fileView()->welcomeShown());
        // Closing it brings the no-file page back.
        f.window->closeFile();
        CHECK(page->isVisible());
    }
    SECTION("Open File: the file chosen")
    {
        {
            auto db = newDatabase(f.dir, QStringLiteral("Existing.roundtable"));
            addWorkshop(*db, 20, QStringLiteral("Manager and Chief — Bend"));
        }
        ui::prompts::setNextFileName(f.dir.path(QStringLiteral("Existing.roundtable")));
        click(page->openFileButton());
        REQUIRE(f.window->document());
        CHECK(f.window->fileView()->currentWorkshopId() != 0);
        CHECK_FALSE(f.window->fileView()->welcomeShown());
        CHECK_FALSE(page->isVisible());
    }
    SECTION("New Workshop: a new file is named first, then the workshop goes in it")
    {
        const QString file = f.dir.path(QStringLiteral("Autumn.roundtable"));
        ui::prompts::setNextFileName(file);
        setDialogHandler(fillNewWorkshop);
        click(page->newWorkshopButton());
        setDialogHandler({});
        REQUIRE(f.window->document());
        CHECK(f.workshopsOnDisk(file).size() == 1);
        CHECK_FALSE(f.window->fileView()->welcomeShown());
    }
    SECTION("Cancel when asked for the new file: no file, no dialog")
    {
        ui::prompts::setNextFileName(QString());
        int dialogs = 0;
        setDialogHandler([&dialogs](QDialog& d) {
            ++dialogs;
            return rejectDialog(d);
        });
        click(page->importButton());
        setDialogHandler({});
        CHECK(dialogs == 0);
        CHECK_FALSE(f.window->document());
        CHECK(page->isVisible());
        CHECK(f.dir.entries().isEmpty());
    }
}

TEST_CASE("A filter that hides every workshop says so, and is not taken for an empty file")
{
    UiFixture f;
    QLineEdit* filter = nullptr;
    for (QLineEdit* edit : f.window->fileView()->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QStringLiteral("Filter workshops"))
            filter = edit;
    }
    REQUIRE(filter);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    settle();
    CHECK(f.window->fileView()->currentWorkshopId() == 0);
    CHECK_FALSE(f.window->fileView()->welcomeShown());
    CHECK_FALSE(f.window->fileView()->welcomePage()->isVisible());
    bool said = false;
    for (QLabel* label : f.window->fileView()->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == QStringLiteral("No workshop matches “zzz”."))
            said = true;
    }
    CHECK(said);
    // Clearing it shows the workshop again.
    filter->clear();
    settle();
    CHECK(f.window->fileView()->currentWorkshopId() == f.workshop);
    CHECK(f.window->fileView()->workshopPage()->isVisible());
}

TEST_CASE("A read-only file with no workshops offers only the demo")
{
    WelcomePage page(WelcomePage::Mode::EmptyFile);
    page.setReadOnly(true);
    page.show();
    CHECK(page.demoButton()->isEnabled());
    CHECK_FALSE(page.newWorkshopButton()->isEnabled());
    CHECK_FALSE(page.importButton()->isEnabled());
    page.setReadOnly(false);
    CHECK(page.newWorkshopButton()->isEnabled());
    CHECK(page.importButton()->isEnabled());
}

TEST_CASE("The welcome page fits, uncut, in a large and a small window")
{
    const bool openFile = GENERATE(true, false);
    const auto size = GENERATE(QSize(1600, 1000), QSize(900, 600));
    INFO((openFile ? "empty file " : "no file ") << size.width() << "x" << size.height());
    FirstRun f(openFile);
    f.window->resize(size);
    settle();
    WelcomePage* page = openFile ? f.welcome() : f.noFilePage();
    REQUIRE(page->isVisible());
    QList<QWidget*> shown{page->titleLabel(), page->demoButton(), page->newWorkshopButton(), page->importButton()};
    if (!openFile)
        shown << page->openFileButton() << page->newFileButton();
    for (QLabel* label : page->findChildren<QLabel*>())
        shown << label;
    for (QWidget* w : shown) {
        INFO(w->accessibleName().toStdString());
        CHECK(w->isVisible());
        // Whole: inside the page, as tall as it asks to be, nothing overlapping.
        CHECK(page->rect().contains(QRect(w->mapTo(page, QPoint(0, 0)), w->size())));
        const int needed = w->hasHeightForWidth() ? w->heightForWidth(w->width()) : w->sizeHint().height();
        CHECK(w->height() >= needed);
    }
    for (QAbstractButton* b : page->findChildren<QAbstractButton*>())
        CHECK(b->width() >= b->minimumSizeHint().width());
    const QString dir = qEnvironmentVariable("ROUNDTABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(f.window->grab().save(
            QDir(dir).filePath(QStringLiteral("welcome-%1-%2.png").arg(openFile ? QStringLiteral("file") : QStringLiteral("none")).arg(size.width()))));
}

TEST_CASE("A file opened from the no-file page leaves no focus on a hidden button")
{
    // The page takes the focus when the window first shows; the file opens
    // before the window is active, as on a start with a file to open.
    TempDir dir;
    {
        auto db = newDatabase(dir, QStringLiteral("one.roundtable"));
        addWorkshop(*db, 20, QStringLiteral("Manager and Chief — Salem"));
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openFile(dir.path(QStringLiteral("one.roundtable"))));
    settle();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // Keys go to what can be seen: a hidden focus widget would take them
    // and leave the window's shortcuts dead.
    for (QWidget* focus : {QApplication::focusWidget(), window.focusWidget()}) {
        INFO((focus ? focus->accessibleName().toStdString() : std::string("none")));
        CHECK((!focus || focus->isVisible()));
    }
    CHECK(window.fileView()->isVisible());
    // And the window's shortcuts work: View > Roster & Teams.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    settle();
    CHECK(window.fileView()->workshopPage()->rosterTeams()->isVisible());
}
