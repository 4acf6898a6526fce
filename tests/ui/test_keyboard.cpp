// Everything from the keyboard: every menu item has an access key, unique in
// its menu; the common actions carry the platform's standard shortcuts; Tab
// walks the key forms in the order they read; Ctrl+F finds the page's search.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "UiFixture.h"
#include "widgets/Mnemonics.h"
#include "demo/Demo.h"
#include "dialogs/NewWorkshopDialog.h"
#include "dialogs/PersonDialog.h"
#include "pages/AgendaTab.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/OutcomesTab.h"
#include "pages/PeoplePage.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "models/CheckInModel.h"
#include "widgets/WorkshopForm.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace rt;
using namespace rt::test;

namespace {


// Each problem with one menu's items, and its submenus', as a line.
void checkMenu(const QString& where, const QList<QAction*>& actions, QStringList& problems)
{
    QHash<QChar, QString> seen;
    for (QAction* a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->text();
        const QChar key = ui::mnemonicOf(text);
        if (key.isNull())
            problems << QStringLiteral("%1: “%2” has no access key").arg(where, text);
        else if (seen.contains(key))
            problems << QStringLiteral("%1: “%2” and “%3” share the access key %4").arg(where, seen[key], text, key);
        else
            seen.insert(key, text);
        if (a->menu())
            checkMenu(where + QStringLiteral(" > ") + QString(text).remove(QLatin1Char('&')), a->menu()->actions(), problems);
    }
}

QAction* menuAction(ui::MainWindow& window, const QString& text)
{
    for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
        if (a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) == text)
            return a;
    }
    return nullptr;
}

// The widget that has the focus, seen as a person sees it: a spin box's or
// combo's inner line edit is the spin box or combo.
QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    for (QWidget* p = w ? w->parentWidget() : nullptr; p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p))
            return p;
    }
    return w;
}

// Presses Tab from `start` until focus leaves `area` or comes back round,
// and lists what it visited.
QList<QWidget*> tabThrough(QWidget* start, QWidget* area, int limit = 40)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited{focused()};
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = focused();
        if (!now || now == visited.front() || (area != now && !area->isAncestorOf(now)))
            break;
        if (now != visited.back()) // a date edit takes Tab from section to section
            visited << now;
    }
    return visited;
}

QString name(QWidget* w)
{
    QString n = w->accessibleName();
    if (n.isEmpty())
        n = w->objectName();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), n);
}

// Reading order: each next field is below the last, or to its right on the
// same row, or at the top of a column further right. A step up and back to
// the left, or back to the left on the same row, is out of order.
QStringList outOfOrder(const QList<QWidget*>& visited, QWidget* area)
{
    QStringList problems;
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QRect a(visited[i - 1]->mapTo(area, QPoint()), visited[i - 1]->size());
        const QRect b(visited[i]->mapTo(area, QPoint()), visited[i]->size());
        const bool sameRow = b.center().y() >= a.top() && b.center().y() <= a.bottom();
        const bool up = b.bottom() < a.top();
        const bool left = b.left() < a.left();
        if ((sameRow && b.right() <= a.left()) || (up && left))
            problems << QStringLiteral("%1 then %2").arg(name(visited[i - 1]), name(visited[i]));
    }
    return problems;
}

void showAndActivate(QWidget& w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QApplication::processEvents(); // widgets added to a shown window show on the next turn
}

} // namespace

TEST_CASE("Every menu item has an access key of its own in its menu")
{
    ui::prompts::reset();
    ui::MainWindow window;
    window.show();
    TempDir dir; // not the demo's usual place, which other test programs share
    const QString path = dir.path(QStringLiteral("Demo.roundtable"));
    REQUIRE(demo::write(path));
    REQUIRE(window.openFile(path));
    // Build every tab, so the menus on their buttons exist too.
    ui::WorkshopPage* page = window.fileView()->workshopPage();
    for (auto tab : {ui::WorkshopPage::Tab::RosterTeams, ui::WorkshopPage::Tab::Attendance, ui::WorkshopPage::Tab::Agenda,
                     ui::WorkshopPage::Tab::Discussions, ui::WorkshopPage::Tab::Outcomes})
        page->showTab(tab);
    page->outcomes()->showPage(ui::OutcomesTab::Page::ActionPlans);
    QStringList problems;
    checkMenu(QStringLiteral("menu bar"), window.menuBar()->actions(), problems);
    int buttonMenus = 0;
    for (QPushButton* button : window.findChildren<QPushButton*>()) {
        if (QMenu* menu = button->menu()) {
            Q_EMIT menu->aboutToShow(); // menus filled as they open
            checkMenu(QStringLiteral("button %1").arg(name(button)), menu->actions(), problems);
            ++buttonMenus;
        }
    }
    CHECK(buttonMenus >= 4);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The common actions carry the platform's standard shortcuts")
{
    UiFixture f;
    struct Standard {
        const char* text;
        QKeySequence::StandardKey key;
        bool required;
    };
    const Standard standards[] = {
        {"New File", QKeySequence::New, true},         {"Open", QKeySequence::Open, true},
        {"Close File", QKeySequence::Close, true},     {"Quit", QKeySequence::Quit, true},
        {"Undo", QKeySequence::Undo, true},            {"Redo", QKeySequence::Redo, true},
        {"Find", QKeySequence::Find, true},            {"Sign-in Sheets", QKeySequence::Print, true},
        {"Refresh", QKeySequence::Refresh, true},      {"Preferences", QKeySequence::Preferences, false},
        {"User Guide", QKeySequence::HelpContents, false},
    };
    for (const Standard& s : standards) {
        const QString text = QString::fromLatin1(s.text);
        INFO(s.text);
        QAction* a = menuAction(*f.window, text);
        if (!a && text == QLatin1String("Undo"))
            a = f.window->undoAction();
        if (!a && text == QLatin1String("Redo"))
            a = f.window->redoAction();
        if (!s.required && !a)
            continue;
        REQUIRE(a);
        const QList<QKeySequence> standard = QKeySequence::keyBindings(s.key);
        if (standard.isEmpty())
            CHECK_FALSE(a->shortcuts().isEmpty()); // a fallback where the platform has none
        else
            CHECK(a->shortcuts().contains(standard.front()));
    }
    // No key is given to two menu actions.
    QHash<QKeySequence, QString> keys;
    QStringList clashes;
    for (QAction* a : f.window->findChildren<QAction*>()) {
        for (const QKeySequence& k : a->shortcuts()) {
            if (keys.contains(k) && keys[k] != a->text())
                clashes << QStringLiteral("%1: %2 and %3").arg(k.toString(), keys[k], a->text());
            keys.insert(k, a->text());
        }
    }
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("Edit > Find goes to the search field of the page on screen")
{
    UiFixture f;
    QAction* find = menuAction(*f.window, QStringLiteral("Find"));
    REQUIRE(find);
    showAndActivate(*f.window);
    ui::RosterTeamsTab* roster = f.rosterTab();
    QApplication::processEvents(); // a tab built now shows on the next turn
    find->trigger();
    CHECK(QApplication::focusWidget() == roster->filterEdit());
    f.window->fileView()->workshopPage()->showTab(ui::WorkshopPage::Tab::Attendance);
    f.window->fileView()->workshopPage()->attendance()->showView(ui::AttendanceTab::View::CheckIn);
    QApplication::processEvents();
    find->trigger();
    CHECK(QApplication::focusWidget() == f.window->fileView()->workshopPage()->attendance()->checkIn()->searchEdit());
    f.window->fileView()->showPeople();
    QApplication::processEvents();
    find->trigger();
    CHECK(QApplication::focusWidget() == f.window->fileView()->peoplePage()->filterEdit());
    // A page without a search of its own: the workshop list's filter.
    f.window->fileView()->workshopPage()->showTab(ui::WorkshopPage::Tab::Agenda);
    f.window->fileView()->selectWorkshop(f.workshop);
    QApplication::processEvents();
    find->trigger();
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->accessibleName() == QStringLiteral("Filter workshops"));
}

TEST_CASE("Tab walks the new-workshop form in the order it reads")
{
    UiFixture f;
    ui::NewWorkshopDialog dialog(f.window->document()->database(), f.window.get());
    showAndActivate(dialog);
    const QList<QWidget*> visited = tabThrough(dialog.form()->programCombo(), &dialog);
    CHECK(visited.size() >= 10);
    QStringList names;
    for (QWidget* w : visited)
        names << name(w);
    UNSCOPED_INFO("visited: " << names.join(QStringLiteral(", ")).toStdString());
    INFO(outOfOrder(visited, &dialog).join(QLatin1Char('\n')).toStdString());
    CHECK(outOfOrder(visited, &dialog).isEmpty());
}

TEST_CASE("Tab walks the person form in the order it reads")
{
    UiFixture f;
    ui::PersonDialog dialog(f.window->document()->database(), ui::PersonDialog::Mode::AddToRoster, f.window.get());
    showAndActivate(dialog);
    const QList<QWidget*> visited = tabThrough(dialog.firstNameEdit(), &dialog);
    CHECK(visited.size() >= 8);
    QStringList names;
    for (QWidget* w : visited)
        names << name(w);
    UNSCOPED_INFO("visited: " << names.join(QStringLiteral(", ")).toStdString());
    INFO(outOfOrder(visited, &dialog).join(QLatin1Char('\n')).toStdString());
    CHECK(outOfOrder(visited, &dialog).isEmpty());
}

TEST_CASE("Tab walks the check-in panel in the order it reads")
{
    UiFixture f([](Database& db, Id workshop) {
        enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    });
    showAndActivate(*f.window);
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Attendance);
    page->attendance()->showView(ui::AttendanceTab::View::CheckIn);
    QApplication::processEvents();
    ui::CheckInPanel* panel = page->attendance()->checkIn();
    panel->listView()->setCurrentIndex(panel->model()->index(0, 0));
    const QList<QWidget*> visited = tabThrough(panel->searchEdit(), panel);
    QStringList names;
    for (QWidget* w : visited)
        names << name(w);
    UNSCOPED_INFO("visited: " << names.join(QStringLiteral(", ")).toStdString());
    CHECK(visited.size() >= 4);
    INFO(outOfOrder(visited, panel).join(QLatin1Char('\n')).toStdString());
    CHECK(outOfOrder(visited, panel).isEmpty());
}
