// The History views driven offscreen: a check-in shows up in the workshop's
// History tab at once, a cancellation in the person's history window, the
// filter narrows both, and the name changes are recorded under can be set.

#include <catch2/catch.hpp>

#include "AppSettings.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/AuthorDialog.h"
#include "dialogs/HistoryDialog.h"
#include "models/RosterModel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/HistoryPanel.h"
#include "pages/PeoplePage.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "storage/Journal.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace rt;
using namespace rt::test;

namespace {

void setUpRoster(Database& db, Id workshop)
{
    enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    enrollNew(db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
}

// The name kept in the settings (which the window applies when it opens),
// put back as it was afterwards.
struct AuthorGuard {
    QString before = ui::settings::authorName();
    explicit AuthorGuard(const QString& name)
    {
        ui::settings::setAuthorName(name);
        ui::applyAuthorName();
    }
    ~AuthorGuard()
    {
        ui::settings::setAuthorName(before);
        journal::setAuthor({});
    }
};

bool anyContains(const QStringList& lines, const QString& text)
{
    for (const QString& line : lines) {
        if (line.contains(text))
            return true;
    }
    return false;
}

// Saves what the widget looks like, for a person to look at.
void grab(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("ROUNDTABLE_GRAB_DIR");
    QTest::qWait(0); // layouts catch up with the last change
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

void checkIn(UiFixture& f, const QString& typed)
{
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Attendance);
    QLineEdit* box = page->attendance()->checkIn()->searchEdit();
    box->setFocus();
    QTest::keyClicks(box, typed);
    QTest::keyClick(box, Qt::Key_Return);
}

void selectPerson(QTreeView* view, const QString& name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data().toString().contains(name)) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    FAIL("nobody called " << name.toStdString());
}

} // namespace

TEST_CASE("A check-in appears in the workshop's History tab, and the filter finds it")
{
    AuthorGuard author(QStringLiteral("Pat Lee"));
    UiFixture f(setUpRoster);
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::History);
    QTest::qWait(0); // the file's view is laid out and shown
    ui::HistoryPanel* panel = page->history();
    CHECK(panel->isVisible());
    CHECK(anyContains(panel->visibleText(), QStringLiteral("Dana Whitfield: Added to the roster (registered)")));
    const int before = panel->tree()->topLevelItemCount();
    CHECK(before == 3);

    checkIn(f, QStringLiteral("whit"));
    page->showTab(ui::WorkshopPage::Tab::History);
    QStringList shown = panel->visibleText();
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    REQUIRE(panel->tree()->topLevelItemCount() == before + 1);
    CHECK(shown.front().contains(QStringLiteral(" · Pat Lee · Check in Dana Whitfield")));
    CHECK(anyContains(shown, QStringLiteral("Dana Whitfield: Checked in: present, Day 1 · Morning at ")));
    CHECK(anyContains(shown, QStringLiteral(" by Pat Lee")));
    CHECK(panel->countLabel()->text() == QStringLiteral("4 changes"));
    CHECK(panel->tree()->accessibleName() == QStringLiteral("Change history"));
    CHECK(panel->filterEdit()->accessibleName() == QStringLiteral("Filter the history"));
    grab(f.window.get(), QStringLiteral("history-workshop.png"));

    // Typing in the filter keeps only the changes that mention it.
    panel->filterEdit()->setFocus();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("ortega"));
    shown = panel->visibleText();
    CHECK(anyContains(shown, QStringLiteral("Marcus Ortega: Added to the roster")));
    CHECK_FALSE(anyContains(shown, QStringLiteral("Checked in")));
    CHECK(panel->countLabel()->text() == QStringLiteral("1 of 4 loaded changes match"));
    panel->filterEdit()->clear();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("checked pat"));
    CHECK(panel->visibleText().size() == 2); // the entry and its line
    grab(panel, QStringLiteral("history-filtered.png"));

    SECTION("an undo shows up as an entry of its own")
    {
        panel->filterEdit()->clear();
        f.window->undoAction()->trigger();
        shown = panel->visibleText();
        CHECK(shown.front().contains(QStringLiteral("Undo: Check in Dana Whitfield")));
        CHECK(anyContains(shown, QStringLiteral("Dana Whitfield: Attendance cleared: Day 1 · Morning, was present")));
    }
}

TEST_CASE("A person's history after cancelling shows the status change")
{
    AuthorGuard author(QStringLiteral("Pat Lee"));
    UiFixture f(setUpRoster);
    ui::RosterTeamsTab* tab = f.rosterTab();
    selectPerson(tab->rosterView(), QStringLiteral("Whitfield"));
    ui::prompts::setNextAnswer(QMessageBox::Yes);
    tab->cancelRegistration();

    selectPerson(tab->rosterView(), QStringLiteral("Whitfield"));
    ui::HistoryDialog* dialog = tab->showHistory();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->windowTitle() == QStringLiteral("History of Dana Whitfield"));
    QStringList shown = dialog->panel()->visibleText();
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.front().endsWith(QStringLiteral(" · Manager and Chief — Salem · Cancel Dana Whitfield's registration")));
    CHECK(shown.contains(QStringLiteral("    Status: registered → cancelled")));
    CHECK_FALSE(anyContains(shown, QStringLiteral("Ortega")));
    grab(dialog, QStringLiteral("history-person.png"));

    // Asking again raises the same window; it follows later changes.
    CHECK(tab->showHistory() == dialog);
    selectPerson(tab->rosterView(), QStringLiteral("Whitfield"));
    tab->givePlace();
    CHECK(dialog->panel()->visibleText().contains(QStringLiteral("    Status: cancelled → registered")));

    SECTION("the people directory opens the same history")
    {
        f.window->fileView()->showPeople();
        ui::PeoplePage* people = f.window->fileView()->peoplePage();
        selectPerson(people->view(), QStringLiteral("Whitfield"));
        CHECK(buttonNamed(people, QStringLiteral("History of the selected person"))->isEnabled());
        ui::HistoryDialog* fromPeople = people->showHistory();
        REQUIRE(fromPeople);
        CHECK(anyContains(fromPeople->panel()->visibleText(), QStringLiteral("Status: registered → cancelled")));
    }
}

TEST_CASE("View > History opens the workshop's tab, or the file's history")
{
    UiFixture f(setUpRoster);
    QAction* action = nullptr;
    for (QAction* a : f.window->menuBar()->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&History"))
            action = a;
    }
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H));
    action->trigger();
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    CHECK(page->tabs()->currentIndex() == page->tabs()->count() - 1);
    CHECK((page->history()->filterEdit()->hasFocus() || !f.window->isActiveWindow()));

    f.window->fileView()->showPeople();
    action->trigger();
    auto* dialog = f.window->findChild<ui::HistoryDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("History of this file"));
    CHECK(anyContains(dialog->panel()->visibleText(), QStringLiteral("Marcus Ortega: Added to the roster (registered)")));

    // The window belongs to the open file: closing the file closes it.
    QPointer<ui::HistoryDialog> guard(dialog);
    f.window->closeFile();
    CHECK(guard.isNull());
}

TEST_CASE("Your name for the change history is kept and used")
{
    AuthorGuard author(QString{});
    UiFixture f(setUpRoster);
    CHECK_FALSE(journal::author().isEmpty()); // the account name
    QTest::qWait(0); // the file's view is laid out and shown
    ui::prompts::setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::AuthorDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->nameEdit()->accessibleName() == QStringLiteral("Your name for the change history"));
        d->nameEdit()->setText(QStringLiteral("  Kenton   Rainey "));
        grab(d, QStringLiteral("history-author-dialog.png"));
        return int(QDialog::Accepted);
    });
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::History);
    ui::HistoryPanel* panel = page->history();
    CHECK(panel->isVisible());
    buttonNamed(panel, QStringLiteral("Your name for the change history"))->click();
    CHECK(ui::settings::authorName() == QStringLiteral("Kenton Rainey"));
    CHECK(journal::author() == QStringLiteral("Kenton Rainey"));
    CHECK(panel->authorLabel()->text() == QStringLiteral("Your changes are recorded as “Kenton Rainey”."));
    checkIn(f, QStringLiteral("ortega"));
    page->showTab(ui::WorkshopPage::Tab::History);
    const QStringList shown = panel->visibleText();
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.front().contains(QStringLiteral(" · Kenton Rainey · Check in Marcus Ortega")));
}
