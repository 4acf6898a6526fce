#include "FirstRun.h"

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "dialogs/ImportRosterDialog.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WelcomePage.h"
#include "pages/WorkshopPage.h"
#include "widgets/NoticeBar.h"

#include <QUndoStack>

namespace rt::ui::firstrun {

QWidget* noFilePage(MainWindow* window)
{
    auto* page = new WelcomePage(WelcomePage::Mode::NoFile, window);
    connect(window, page);
    QObject::connect(page, &WelcomePage::openFileRequested, window, &MainWindow::openFileDialog);
    QObject::connect(page, &WelcomePage::newFileRequested, window, &MainWindow::newFileDialog);
    return page;
}

void connect(MainWindow* window, WelcomePage* page)
{
    QObject::connect(page, &WelcomePage::openDemoRequested, window, &MainWindow::openDemo);
    QObject::connect(page, &WelcomePage::newWorkshopRequested, window, [window] { newWorkshop(window); });
    QObject::connect(page, &WelcomePage::importRosterRequested, window, [window] { importRosterIntoNewWorkshop(window); });
}

bool newWorkshop(MainWindow* window)
{
    if (!window->document())
        window->newFileDialog(); // Cancel there: still no file, nothing made
    Document* document = window->document();
    if (!document || !window->fileView())
        return false;
    const int before = document->undoStack()->index();
    window->newWorkshop();
    // The new workshop is the one undo step the dialog added, and it shows.
    return document->undoStack()->index() == before + 1 && window->fileView()->currentWorkshopId() != 0;
}

bool importRosterIntoNewWorkshop(MainWindow* window)
{
    if (!newWorkshop(window))
        return false;
    Document* document = window->document();
    const int created = document->undoStack()->index();
    WorkshopPage* page = window->fileView()->workshopPage();
    page->showTab(WorkshopPage::Tab::RosterTeams);
    if (importRoster(page->rosterTeams(), *document, window->fileView()->currentWorkshopId()))
        return true;
    // No roster came in: the workshop made only to hold it goes again, unless
    // something else was done meanwhile. Redo brings it back.
    if (document->undoStack()->index() == created) {
        document->undoStack()->undo();
        window->noticeBar()->show(MainWindow::tr("No roster was imported, so the new workshop was not kept. "
                                                 "Edit > Redo brings it back."),
                                  NoticeBar::Kind::Information);
    }
    return false;
}

} // namespace rt::ui::firstrun
