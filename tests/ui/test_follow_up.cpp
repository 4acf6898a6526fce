// Follow-up across workshops, as the facilitator uses it weeks later: what is
// overdue and due soon on a given day, narrowed by status and workshop, an
// update recorded from the list, and a jump to the item's workshop.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "actionplans/ActionPlans.h"
#include "common/Clock.h"
#include "dialogs/StatusUpdateDialog.h"
#include "models/FollowUpModel.h"
#include "pages/FollowUpPage.h"
#include "pages/WorkshopPage.h"
#include "people/Teams.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

#include "widgets/Colours.h"

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

// 1 May 2027, seven weeks after the workshop of 9–10 March.
struct FakeToday {
    FakeToday() { setClockForTesting([] { return QDateTime(QDate(2027, 5, 1), QTime(10, 0)).toUTC(); }); }
    ~FakeToday() { setClockForTesting({}); }
};

Id secondWorkshop = 0;

void addItem(Database& db, Id teamId, const QString& goal, QDate due, ActionStatus status)
{
    ActionItem item;
    item.teamId = teamId;
    item.goal = goal;
    item.due = due;
    item.status = status;
    expectOk(actionplans::add(db, item));
}

// Salem's plan: one overdue item, one due in five days, one done; and a
// later workshop's team with an item due in six weeks.
void plans(Database& db, Id workshop)
{
    const Id dana = enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem")));
    const Id salem = expectOk(teams::create(db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana})).subject;
    addItem(db, salem, QStringLiteral("Brief the council together"), QDate(2027, 4, 21), ActionStatus::NotStarted);
    addItem(db, salem, QStringLiteral("Joint budget workshop"), QDate(2027, 5, 6), ActionStatus::InProgress);
    addItem(db, salem, QStringLiteral("Monthly one-on-one"), QDate(2027, 4, 1), ActionStatus::Done);

    secondWorkshop = addWorkshop(db, 20, QStringLiteral("Manager and Chief — Bend"));
    const Id lee = enrollNew(db, secondWorkshop, makePerson(QStringLiteral("Lee"), QStringLiteral("Park"), Role::CityManager, QStringLiteral("Bend")));
    const Id bend = expectOk(teams::create(db, secondWorkshop, QStringLiteral("Bend"), QStringLiteral("OR"), {lee})).subject;
    addItem(db, bend, QStringLiteral("Staffing study"), QDate(2027, 6, 15), ActionStatus::NotStarted);
}

QStringList goals(const ui::FollowUpModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, ui::FollowUpModel::Goal).data().toString();
    return list;
}

QAction* menuAction(ui::MainWindow* window, const QString& text)
{
    for (QAction* menu : window->menuBar()->actions()) {
        for (QAction* a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    FAIL("no menu item " << text.toStdString());
    return nullptr;
}

ui::FollowUpPage* openFollowUp(UiFixture& f)
{
    QAction* action = menuAction(f.window.get(), QStringLiteral("Follow-up of &Action Plans"));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    action->trigger();
    QCoreApplication::processEvents(); // the file view is shown once events run
    REQUIRE(f.window->fileView()->followUpShown());
    REQUIRE(f.window->fileView()->followUpPage()->isVisible());
    return f.window->fileView()->followUpPage();
}

} // namespace

TEST_CASE("Follow-up on a given day: overdue first, counts, and each filter narrowing the list")
{
    FakeToday today;
    UiFixture f(plans);
    ui::FollowUpPage* page = openFollowUp(f);
    ui::FollowUpModel* model = page->model();
    // Done items wait behind "Show done".
    CHECK(goals(model) == QStringList{QStringLiteral("Brief the council together"), QStringLiteral("Joint budget workshop"),
                                      QStringLiteral("Staffing study")});
    CHECK(page->countsLabel()->text() == QStringLiteral("1 overdue · 1 due in 14 days · 3 open of 4"));
    CHECK(model->index(0, ui::FollowUpModel::DaysLeft).data().toString() == QStringLiteral("10 days overdue"));
    CHECK(model->index(0, ui::FollowUpModel::DaysLeft).data(Qt::ForegroundRole).value<QBrush>().color() == ui::colours::problem(QPalette::Base));
    CHECK(model->index(1, ui::FollowUpModel::DaysLeft).data().toString() == QStringLiteral("in 5 days"));
    CHECK(model->index(0, ui::FollowUpModel::Workshop).data().toString() == QStringLiteral("9 Mar 2027 · Manager and Chief — Salem"));
    CHECK(model->index(0, ui::FollowUpModel::Team).data().toString() == QStringLiteral("Salem, OR"));
    CHECK(model->index(0, ui::FollowUpModel::Due).data().toString() == QStringLiteral("21 Apr 2027"));

    QTest::mouseClick(page->overdueCheck(), Qt::LeftButton);
    CHECK(goals(model) == QStringList{QStringLiteral("Brief the council together")});
    QTest::mouseClick(page->overdueCheck(), Qt::LeftButton);

    // Due soon includes what is already late.
    QTest::mouseClick(page->dueSoonCheck(), Qt::LeftButton);
    CHECK(goals(model) == QStringList{QStringLiteral("Brief the council together"), QStringLiteral("Joint budget workshop")});
    page->dueDaysSpin()->setValue(3);
    CHECK(goals(model) == QStringList{QStringLiteral("Brief the council together")});
    CHECK(page->countsLabel()->text() == QStringLiteral("1 overdue · 0 due in 3 days · 3 open of 4"));
    page->dueDaysSpin()->setValue(60);
    CHECK(model->rowCount() == 3);
    page->dueDaysSpin()->setValue(14);
    QTest::mouseClick(page->dueSoonCheck(), Qt::LeftButton);

    page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(int(ActionStatus::Done)));
    CHECK(goals(model) == QStringList{QStringLiteral("Monthly one-on-one")});
    CHECK(model->index(0, ui::FollowUpModel::DaysLeft).data().toString().isEmpty());
    page->statusCombo()->setCurrentIndex(0);
    QTest::mouseClick(page->showDoneCheck(), Qt::LeftButton);
    CHECK(model->rowCount() == 4);

    page->workshopCombo()->setCurrentIndex(page->workshopCombo()->findData(secondWorkshop));
    CHECK(goals(model) == QStringList{QStringLiteral("Staffing study")});
    CHECK(page->countsLabel()->text() == QStringLiteral("0 overdue · 0 due in 14 days · 1 open of 1"));
    CHECK(model->index(0, ui::FollowUpModel::DaysLeft).data().toString() == QStringLiteral("in 45 days"));
}

TEST_CASE("Recording an update from the follow-up list changes the status and shows the note, and undo takes it back")
{
    FakeToday today;
    UiFixture f(plans);
    ui::FollowUpPage* page = openFollowUp(f);
    ui::FollowUpModel* model = page->model();
    page->view()->setCurrentIndex(model->index(0, 0));
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::StatusUpdateDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->goalLabel()->text() == QStringLiteral("Brief the council together"));
        CHECK(d->dateEdit()->date() == QDate(2027, 5, 1));
        CHECK(d->dateEdit()->maximumDate() == QDate(2027, 5, 1));
        d->dateEdit()->setDate(QDate(2027, 4, 29));
        d->statusCombo()->setCurrentIndex(d->statusCombo()->findData(int(ActionStatus::Blocked)));
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Waiting on the city attorney"));
        d->accept();
        return d->result();
    });
    QTest::mouseClick(buttonNamed(page, QStringLiteral("Record a dated update of the selected action item")), Qt::LeftButton);
    const int row = model->rowOf(page->selectedItemId().value_or(0));
    REQUIRE(row >= 0);
    CHECK(model->index(row, ui::FollowUpModel::Goal).data().toString() == QStringLiteral("Brief the council together"));
    CHECK(model->index(row, ui::FollowUpModel::Status).data().toString() == actionStatusLabel(ActionStatus::Blocked));
    CHECK(model->index(row, ui::FollowUpModel::LastUpdate).data().toString() == QStringLiteral("29 Apr: Waiting on the city attorney"));
    f.window->undoAction()->trigger();
    CHECK(model->index(0, ui::FollowUpModel::Status).data().toString() == actionStatusLabel(ActionStatus::NotStarted));
    CHECK(model->index(0, ui::FollowUpModel::LastUpdate).data().toString().isEmpty());

    // A double-click opens the same dialog; cancelling it records nothing.
    int asked = 0;
    setDialogHandler([&asked](QDialog& dialog) {
        ++asked;
        CHECK(qobject_cast<ui::StatusUpdateDialog*>(&dialog));
        return int(QDialog::Rejected);
    });
    const QRect rect = page->view()->visualRect(model->index(1, ui::FollowUpModel::Goal));
    // A press first, as a real double-click starts with one.
    QTest::mousePress(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(asked == 1);
    CHECK(f.window->undoAction()->isEnabled() == false);
}

TEST_CASE("Go to workshop opens the item's workshop, and an empty file says what will show")
{
    FakeToday today;
    UiFixture f(plans);
    ui::FollowUpPage* page = openFollowUp(f);
    ui::FollowUpModel* model = page->model();
    const int row = goals(model).indexOf(QStringLiteral("Staffing study"));
    REQUIRE(row >= 0);
    page->view()->setCurrentIndex(model->index(row, 0));
    QTest::mouseClick(buttonNamed(page, QStringLiteral("Open the workshop of the selected action item")), Qt::LeftButton);
    CHECK_FALSE(f.window->fileView()->followUpShown());
    CHECK(f.window->fileView()->currentWorkshopId() == secondWorkshop);
    CHECK(f.window->fileView()->workshopPage()->workshopId() == secondWorkshop);

    UiFixture empty;
    ui::FollowUpPage* none = openFollowUp(empty);
    CHECK(none->model()->rowCount() == 0);
    CHECK(none->emptyLabel()->isVisible());
    CHECK(none->emptyLabel()->text().startsWith(QStringLiteral("No action items yet.")));
    CHECK(none->countsLabel()->text().isEmpty());
}
