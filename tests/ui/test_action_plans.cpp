// The action plan panel as an instructor uses it during the work sessions:
// items added through the dialog (with a quick-pick due date), reordered,
// their status changed, started from the parking lot and from a gap between
// the manager's and the chief's assessment, each step undone.

#include <catch2/catch.hpp>

#include "Document.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "actionplans/ActionPlans.h"
#include "assessments/Assessments.h"
#include "dialogs/ActionItemDialog.h"
#include "dialogs/PickSourceDialog.h"
#include "dialogs/StatusUpdateDialog.h"
#include "discussions/Discussions.h"
#include "models/ActionItemModel.h"
#include "pages/ActionPlanPanel.h"
#include "people/Teams.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

const QString kParked = QStringLiteral("Who briefs the council after a use-of-force incident?");

// Salem (a manager and a chief) and Bend (a manager only), a discussion round
// with a parking-lot entry, and the relationship questionnaire answered
// before the workshop, the two sides 3 points apart on the first statement.
void room(Database& db, Id workshop)
{
    const Id dana = enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem")));
    const Id ken = enrollNew(db, workshop, makePerson(QStringLiteral("Kenton"), QStringLiteral("Rainey"), Role::PoliceChief, QStringLiteral("Salem")));
    const Id lee = enrollNew(db, workshop, makePerson(QStringLiteral("Lee"), QStringLiteral("Park"), Role::CityManager, QStringLiteral("Bend")));
    expectOk(teams::create(db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {dana, ken}));
    expectOk(teams::create(db, workshop, QStringLiteral("Bend"), QStringLiteral("OR"), {lee}));

    DiscussionRound round;
    round.workshopId = workshop;
    round.prompt = QStringLiteral("What gets in the way?");
    round.groupCount = 1;
    const Id roundId = expectOk(discussions::addRound(db, round)).subject;
    expectOk(discussions::addItem(db, roundId, std::nullopt, kParked, ItemTag::ParkingLot));
    expectOk(discussions::addItem(db, roundId, std::nullopt, QStringLiteral("Not parked"), ItemTag::Insight));

    const Id relationship = expectOk(assessments::findTemplate(db, QStringLiteral("Manager/chief relationship")));
    const auto questions = expectOk(assessments::getTemplate(db, relationship)).questions;
    REQUIRE(questions.size() >= 3);
    expectOk(assessments::saveAnswers(db, workshop, dana, Phase::Before,
                                      {Answer{questions[0].id, 5, {}}, Answer{questions[1].id, 4, {}}, Answer{questions[2].id, 2, {}}}));
    expectOk(assessments::saveAnswers(db, workshop, ken, Phase::Before,
                                      {Answer{questions[0].id, 2, {}}, Answer{questions[1].id, 3, {}}, Answer{questions[2].id, 4, {}}}));
}

Id teamNamed(const UiFixture& f, const QString& jurisdiction)
{
    auto db = f.reopen();
    for (const Team& t : expectOk(teams::list(*db, f.workshop))) {
        if (t.jurisdiction == jurisdiction)
            return t.id;
    }
    FAIL("no team " << jurisdiction.toStdString());
    return 0;
}

std::vector<ActionItem> storedItems(const UiFixture& f, Id teamId)
{
    auto db = f.reopen();
    return expectOk(actionplans::items(*db, teamId));
}

QStringList goals(const ui::ActionItemModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, ui::ActionItemModel::Goal).data().toString();
    return list;
}

// The panel as the Outcomes tab holds it: reloaded on every change of the file.
struct Panel {
    UiFixture& f;
    ui::ActionPlanPanel panel;
    explicit Panel(UiFixture& fixture)
        : f(fixture)
        , panel(*fixture.window->document())
    {
        QObject::connect(fixture.window->document(), &ui::Document::changed, &panel, &ui::ActionPlanPanel::reload);
        panel.resize(1200, 800);
        panel.show();
        panel.setWorkshop(fixture.workshop);
        panel.reload();
    }
    ui::ActionPlanPanel* operator->() { return &panel; }
    void undo() { f.window->undoAction()->trigger(); }
};

void addThroughCore(Database& db, Id teamId, const QStringList& goalTexts)
{
    for (const QString& goal : goalTexts) {
        ActionItem item;
        item.teamId = teamId;
        item.goal = goal;
        expectOk(actionplans::add(db, item));
    }
}

} // namespace

TEST_CASE("An item added through the dialog: the goal is required, the 60-day pick dates it from the workshop's end")
{
    UiFixture f(room);
    Panel p(f);
    const Id salem = teamNamed(f, QStringLiteral("Salem"));
    p->setTeam(salem);
    CHECK(p->teamCombo()->count() == 2);
    CHECK(p->emptyLabel()->isVisible());
    CHECK(p->emptyLabel()->text() == QStringLiteral("No action items yet. Add one, or start from the parking lot or an assessment gap."));

    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::ActionItemDialog*>(&dialog);
        REQUIRE(d);
        // Nothing to save until the goal is written.
        CHECK_FALSE(d->okButton()->isEnabled());
        CHECK(d->hintLabel()->isVisibleTo(d));
        CHECK(d->noDueCheck()->isChecked());
        QTest::keyClicks(d->goalEdit(), QStringLiteral("Brief the council together after critical incidents"));
        CHECK(d->okButton()->isEnabled());
        CHECK_FALSE(d->hintLabel()->isVisibleTo(d));
        QTest::keyClicks(d->actionsEdit(), QStringLiteral("Draft a protocol; agree it at the next one-on-one."));
        REQUIRE(d->ownerCombo()->count() == 3); // no owner, the manager, the chief
        d->ownerCombo()->setCurrentIndex(2);
        // The quick picks count from the workshop's last day, 10 March 2027.
        CHECK(d->quickPick(60)->toolTip().contains(QStringLiteral("9 May 2027")));
        d->quickPick(60)->click();
        CHECK_FALSE(d->noDueCheck()->isChecked());
        CHECK(d->dueEdit()->date() == QDate(2027, 5, 9));
        QTest::keyClicks(d->measureEdit(), QStringLiteral("Protocol signed by both"));
        d->pillarCombo()->setCurrentIndex(2); // Pillar 2
        REQUIRE(d->practiceGroupCombo()->count() > 1);
        d->practiceGroupCombo()->setCurrentIndex(1);
        // Every field has a name a screen reader can say.
        for (QWidget* w : std::initializer_list<QWidget*>{d->goalEdit(), d->actionsEdit(), d->ownerCombo(), d->dueEdit(), d->noDueCheck(),
                                                          d->quickPick(30), d->statusCombo(), d->measureEdit(), d->pillarCombo(),
                                                          d->practiceGroupCombo(), d->notesEdit()})
            CHECK_FALSE(w->accessibleName().isEmpty());
        d->okButton()->click();
        return d->result();
    });
    p->addItem();
    REQUIRE(p->model()->rowCount() == 1);
    CHECK(p->view()->isVisible());
    const auto stored = storedItems(f, salem);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].goal == QStringLiteral("Brief the council together after critical incidents"));
    CHECK(stored[0].due == QDate(2027, 3, 10).addDays(60));
    CHECK(stored[0].ownerName == QStringLiteral("Kenton Rainey"));
    CHECK(stored[0].pillar == 2);
    CHECK(stored[0].practiceGroupId.has_value());
    // The new item is selected and shown in full below.
    CHECK(p->selectedItemId() == stored[0].id);
    CHECK(p->goalLabel()->text() == stored[0].goal);
    CHECK(p->detailValue(QStringLiteral("Actions"))->text() == QStringLiteral("Draft a protocol; agree it at the next one-on-one."));
    CHECK(p->detailValue(QStringLiteral("Measure of success"))->text() == QStringLiteral("Protocol signed by both"));
    CHECK(p->model()->index(0, ui::ActionItemModel::Owner).data().toString() == QStringLiteral("Kenton Rainey"));

    // Cancelling an edit changes nothing; a real edit does.
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::ActionItemDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->goalEdit()->text() == QStringLiteral("Brief the council together after critical incidents"));
        CHECK(d->dueEdit()->date() == QDate(2027, 5, 9));
        d->noDueCheck()->setChecked(true);
        d->okButton()->click();
        return d->result();
    });
    p->editItem();
    CHECK_FALSE(storedItems(f, salem)[0].due.has_value());
    CHECK(p->model()->index(0, ui::ActionItemModel::Due).data().toString() == QStringLiteral("No due date"));

    p.undo();
    CHECK(storedItems(f, salem)[0].due == QDate(2027, 5, 9));
    p.undo();
    CHECK(storedItems(f, salem).empty());
    CHECK(p->model()->rowCount() == 0);
    CHECK(p->emptyLabel()->isVisible());
}

TEST_CASE("Reordering with Move down and by dragging, a quick status change, and a removal, each undone")
{
    Id salem = 0;
    UiFixture f([&salem](Database& db, Id workshop) {
        room(db, workshop);
        salem = expectOk(teams::list(db, workshop))[0].id;
        addThroughCore(db, salem, {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")});
    });
    Panel p(f);
    p->setTeam(salem);
    ui::ActionItemModel* model = p->model();
    REQUIRE(goals(model) == QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")});

    p->selectItem(storedItems(f, salem)[0].id);
    QPushButton* down = buttonNamed(&p.panel, QStringLiteral("Move the selected action item down"));
    QPushButton* up = buttonNamed(&p.panel, QStringLiteral("Move the selected action item up"));
    CHECK_FALSE(up->isEnabled());
    QTest::mouseClick(down, Qt::LeftButton);
    CHECK(goals(model) == QStringList{QStringLiteral("Second"), QStringLiteral("First"), QStringLiteral("Third")});
    CHECK(model->index(1, ui::ActionItemModel::Number).data().toInt() == 2);
    // The moved item stays selected, so a second click moves it on.
    CHECK(p->view()->currentIndex().row() == 1);
    CHECK(up->isEnabled());

    // Dragging Third to the top.
    QMimeData* data = model->mimeData({model->index(2, 0)});
    model->dropMimeData(data, Qt::MoveAction, 0, 0, {});
    delete data;
    CHECK(goals(model) == QStringList{QStringLiteral("Third"), QStringLiteral("Second"), QStringLiteral("First")});
    QStringList stored;
    for (const ActionItem& i : storedItems(f, salem))
        stored << i.goal;
    CHECK(stored == goals(model));
    p.undo();
    CHECK(goals(model) == QStringList{QStringLiteral("Second"), QStringLiteral("First"), QStringLiteral("Third")});
    p.undo();
    CHECK(goals(model) == QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")});

    // The status button's menu changes the selected item's status.
    p->selectItem(storedItems(f, salem)[1].id);
    QPushButton* status = buttonNamed(&p.panel, QStringLiteral("Change the status of the selected action item"));
    REQUIRE(status->menu());
    QAction* blocked = nullptr;
    for (QAction* a : status->menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')) == actionStatusLabel(ActionStatus::Blocked))
            blocked = a;
    }
    REQUIRE(blocked);
    blocked->trigger();
    CHECK(storedItems(f, salem)[1].status == ActionStatus::Blocked);
    CHECK(model->index(1, ui::ActionItemModel::Status).data().toString() == actionStatusLabel(ActionStatus::Blocked));
    CHECK(p->detailValue(QStringLiteral("Status"))->text() == actionStatusLabel(ActionStatus::Blocked));
    p.undo();
    CHECK(storedItems(f, salem)[1].status == ActionStatus::NotStarted);

    // Remove asks nothing: undo brings the item back in its place.
    p->selectItem(storedItems(f, salem)[1].id);
    QTest::mouseClick(buttonNamed(&p.panel, QStringLiteral("Remove the selected action item")), Qt::LeftButton);
    CHECK(goals(model) == QStringList{QStringLiteral("First"), QStringLiteral("Third")});
    p.undo();
    CHECK(goals(model) == QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")});
}

TEST_CASE("An item from the parking lot takes the entry as its goal and says where it came from")
{
    UiFixture f(room);
    Panel p(f);
    const Id salem = teamNamed(f, QStringLiteral("Salem"));
    p->setTeam(salem);
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::PickSourceDialog*>(&dialog);
        REQUIRE(d);
        // Only the parked entry, not the other report-out points.
        REQUIRE(d->rowCount() == 1);
        CHECK(d->list()->topLevelItem(0)->text(0) == kParked);
        CHECK(d->list()->topLevelItem(0)->text(1) == QStringLiteral("Round 1"));
        REQUIRE(d->chosenId());
        d->accept();
        return d->result();
    });
    p->addFromParkingLot();
    const auto stored = storedItems(f, salem);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].goal == kParked);
    CHECK_FALSE(stored[0].origin.isEmpty());
    CHECK(p->detailValue(QStringLiteral("From"))->text() == stored[0].origin);
    CHECK(p->detailValue(QStringLiteral("From"))->isVisibleTo(&p.panel));
    p.undo();
    CHECK(storedItems(f, salem).empty());
    CHECK(p->model()->rowCount() == 0);
}

TEST_CASE("An item from an assessment gap: only statements 2 or more apart are offered, the largest first")
{
    UiFixture f(room);
    Panel p(f);
    const Id salem = teamNamed(f, QStringLiteral("Salem"));
    p->setTeam(salem);
    QString offered;
    setDialogHandler([&offered](QDialog& dialog) {
        auto* d = qobject_cast<ui::PickSourceDialog*>(&dialog);
        REQUIRE(d);
        // A heading for the questionnaire, then statements 0 (5 vs 2) and 2 (2 vs 4).
        REQUIRE(d->rowCount() == 2);
        QTreeWidget* list = d->list();
        CHECK(list->topLevelItem(0)->text(0).contains(QStringLiteral("before the workshop")));
        CHECK(list->topLevelItem(1)->text(2) == QStringLiteral("5.0"));
        CHECK(list->topLevelItem(1)->text(3) == QStringLiteral("2.0"));
        CHECK(list->topLevelItem(1)->text(4) == QStringLiteral("+3.0"));
        CHECK(list->topLevelItem(2)->text(4) == QStringLiteral("−2.0"));
        offered = list->topLevelItem(1)->text(0);
        CHECK(d->chosenId()); // the first statement, not the heading
        d->accept();
        return d->result();
    });
    p->addFromGap();
    const auto stored = storedItems(f, salem);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].goal.endsWith(offered));
    CHECK(stored[0].origin.contains(QStringLiteral("ssessment")));
    p.undo();
    CHECK(storedItems(f, salem).empty());

    // Bend has no chief, so no gap: the dialog says so.
    p->setTeam(teamNamed(f, QStringLiteral("Bend")));
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::PickSourceDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->rowCount() == 0);
        CHECK_FALSE(d->chosenId());
        return int(QDialog::Rejected);
    });
    p->addFromGap();
}

TEST_CASE("A team without a chief still plans, and a recorded update shows in the item's history")
{
    UiFixture f(room);
    Panel p(f);
    const Id bend = teamNamed(f, QStringLiteral("Bend"));
    p->setTeam(bend);
    CHECK_FALSE(p->flagsLabel()->text().isEmpty());
    CHECK(p->teamCombo()->currentText().contains(QStringLiteral("Bend")));
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::ActionItemDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->ownerCombo()->count() == 2);
        QTest::keyClicks(d->goalEdit(), QStringLiteral("Name an acting chief"));
        d->ownerCombo()->setCurrentIndex(1);
        d->okButton()->click();
        return d->result();
    });
    p->addItem();
    REQUIRE(storedItems(f, bend).size() == 1);
    CHECK(storedItems(f, bend)[0].ownerName == QStringLiteral("Lee Park"));

    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::StatusUpdateDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->goalLabel()->text() == QStringLiteral("Name an acting chief"));
        CHECK(d->dateEdit()->maximumDate() == ui::today());
        d->statusCombo()->setCurrentIndex(d->statusCombo()->findData(int(ActionStatus::InProgress)));
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Council interviews on Friday"));
        d->accept();
        return d->result();
    });
    p->recordUpdate();
    CHECK(storedItems(f, bend)[0].status == ActionStatus::InProgress);
    REQUIRE(p->updatesList()->topLevelItemCount() == 1);
    CHECK(p->updatesList()->topLevelItem(0)->text(2) == QStringLiteral("Council interviews on Friday"));
    p.undo();
    CHECK(storedItems(f, bend)[0].status == ActionStatus::NotStarted);
    CHECK(p->updatesList()->topLevelItem(0)->text(0) == QStringLiteral("No updates recorded yet."));
}

TEST_CASE("A workshop without teams says where to form them, and nothing can be added")
{
    UiFixture f;
    Panel p(f);
    CHECK(p->teamCombo()->count() == 0);
    CHECK(p->emptyLabel()->text().contains(QStringLiteral("no teams yet")));
    CHECK_FALSE(buttonNamed(&p.panel, QStringLiteral("Add an action item"))->isEnabled());
    CHECK_FALSE(buttonNamed(&p.panel, QStringLiteral("Add an action item from a parking-lot entry"))->isEnabled());
}
