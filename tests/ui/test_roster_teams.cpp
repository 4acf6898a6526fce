// The Roster & Teams tab driven as a person would: add someone through the
// dialog, filter, form a team, undo and redo, and the file on disk holds what
// the screen shows.

#include <catch2/catch.hpp>

#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/SuggestTeamsDialog.h"
#include "dialogs/TeamDialog.h"
#include "models/RosterModel.h"
#include "models/TeamModel.h"
#include "pages/RosterTeamsTab.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "widgets/NoticeBar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QMimeData>
#include <QTreeView>
#include <QTreeWidget>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

// Fills the Add dialog as a person types, then presses its OK button.
int typeNewPerson(QDialog& dialog, const QString& first, const QString& last, rt::Role role, const QString& place)
{
    auto* d = qobject_cast<ui::PersonDialog*>(&dialog);
    REQUIRE(d);
    QTest::keyClicks(d->firstNameEdit(), first);
    QTest::keyClicks(d->lastNameEdit(), last);
    d->roleCombo()->setCurrentIndex(d->roleCombo()->findData(int(role)));
    QTest::keyClicks(d->jurisdictionEdit(), place);
    d->accept();
    return d->result();
}

QStringList teamLabels(const ui::TeamModel& model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex team = model.index(row, 0);
        QStringList members;
        for (int m = 0; m < model.rowCount(team); ++m)
            members << model.index(m, 0, team).data().toString();
        labels << team.data().toString() + QStringLiteral(": ") + members.join(QStringLiteral(", "));
    }
    return labels;
}

QStringList teamLabels(const std::vector<Team>& teams)
{
    QStringList labels;
    for (const Team& t : teams) {
        QStringList members;
        for (const TeamMember& m : t.members)
            members << m.person.fullName();
        labels << t.label() + QStringLiteral(": ") + members.join(QStringLiteral(", "));
    }
    return labels;
}

void seedChief(Database& db, Id workshop)
{
    enrollNew(db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
}

} // namespace

TEST_CASE("Add a person, filter, form a team, undo and redo, and the file matches the screen")
{
    UiFixture f(seedChief);
    ui::RosterTeamsTab* tab = f.rosterTab();
    ui::RosterModel* roster = tab->rosterModel();
    REQUIRE(roster->rowCount() == 1);

    // Add Dana Whitfield through the dialog, with the Add button.
    setDialogHandler([](QDialog& d) {
        return typeNewPerson(d, QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany"));
    });
    QTest::mouseClick(buttonNamed(tab, QStringLiteral("Add a person to the roster")), Qt::LeftButton);
    setDialogHandler({});
    REQUIRE(roster->rowCount() == 2);
    CHECK(f.window->savedLabel()->text().contains(QStringLiteral("Add Dana Whitfield to the roster")));
    CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("2 of 20 places taken")));

    // Filter as you type.
    QTest::keyClicks(tab->filterEdit(), QStringLiteral("whit"));
    REQUIRE(roster->rowCount() == 1);
    CHECK(roster->index(0, 0).data().toString() == QStringLiteral("Whitfield, Dana"));
    tab->filterEdit()->clear();
    REQUIRE(roster->rowCount() == 2);

    // Drag both onto the empty space of the teams: a new team.
    QModelIndexList both{roster->index(0, 0), roster->index(1, 0)};
    std::unique_ptr<QMimeData> mime(roster->mimeData(both));
    REQUIRE(mime);
    REQUIRE(tab->teamModel()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    tab->teamModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
    const QStringList formed{QStringLiteral("Albany, OR: Dana Whitfield, Marcus Ortega")};
    CHECK(teamLabels(*tab->teamModel()) == formed);
    CHECK(tab->teamModel()->index(0, 0).data(ui::TeamModel::FlagsRole).toStringList().isEmpty());

    // Undo removes the team, and the roster shows no team; redo brings it back.
    f.window->undoAction()->trigger();
    CHECK(tab->teamModel()->teamCount() == 0);
    CHECK(roster->index(0, ui::RosterModel::Team).data().toString().isEmpty());
    CHECK(teamLabels(expectOk(teams::list(*f.reopen(), f.workshop))).isEmpty());
    f.window->redoAction()->trigger();
    CHECK(teamLabels(*tab->teamModel()) == formed);

    // The file on disk, read by a second connection, holds what the screen shows.
    auto disk = f.reopen();
    CHECK(teamLabels(expectOk(teams::list(*disk, f.workshop))) == formed);
    QStringList onScreen;
    for (int row = 0; row < roster->rowCount(); ++row)
        onScreen << roster->index(row, 0).data().toString() + QLatin1Char('/') + roster->index(row, ui::RosterModel::Team).data().toString();
    QStringList onDisk;
    for (const RosterEntry& e : expectOk(roster::list(*disk, f.workshop)))
        onDisk << e.person.sortName() + QLatin1Char('/') + e.teamName;
    CHECK(onScreen == onDisk);

    // Undo all the way back to the file as it was opened.
    while (f.window->undoAction()->isEnabled())
        f.window->undoAction()->trigger();
    CHECK(roster->rowCount() == 1);
    CHECK(expectOk(roster::list(*f.reopen(), f.workshop)).size() == 1);
    // ...and redo all of it.
    while (f.window->redoAction()->isEnabled())
        f.window->redoAction()->trigger();
    CHECK(teamLabels(expectOk(teams::list(*f.reopen(), f.workshop))) == formed);
}

TEST_CASE("Keyboard: Ctrl+Z undoes and Ctrl+Shift+Z redoes")
{
    UiFixture f(seedChief);
    ui::RosterTeamsTab* tab = f.rosterTab();
    setDialogHandler([](QDialog& d) {
        return typeNewPerson(d, QStringLiteral("Ann"), QStringLiteral("Archer"), Role::CityManager, QStringLiteral("Bend"));
    });
    tab->addPerson();
    setDialogHandler({});
    REQUIRE(tab->rosterModel()->rowCount() == 2);
    tab->rosterView()->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(tab->rosterModel()->rowCount() == 1);
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tab->rosterModel()->rowCount() == 2);
}

TEST_CASE("A likely duplicate is shown before a new person is created, and can be picked instead")
{
    UiFixture f([](Database& db, Id) {
        Id other = addWorkshop(db, 10, QStringLiteral("Last year"));
        enrollNew(db, other, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany"),
                                        QStringLiteral("dana@albany.example.org")));
    });
    ui::RosterTeamsTab* tab = f.rosterTab();
    int matches = -1;
    setDialogHandler([&](QDialog& dialog) {
        auto* d = qobject_cast<ui::PersonDialog*>(&dialog);
        QTest::keyClicks(d->emailEdit(), QStringLiteral("DANA@albany.example.org"));
        d->refreshMatches();
        matches = d->matchList()->count();
        REQUIRE(matches == 1);
        CHECK(d->matchList()->item(0)->text().contains(QStringLiteral("same email address")));
        d->matchList()->setCurrentRow(0);
        QTest::mouseClick(buttonNamed(d, QStringLiteral("Register the selected person")), Qt::LeftButton);
        return d->result();
    });
    tab->addPerson();
    setDialogHandler({});
    CHECK(matches == 1);
    REQUIRE(tab->rosterModel()->rowCount() == 1);
    // The same person, not a copy.
    auto disk = f.reopen();
    CHECK(expectOk(people::directory(*disk)).size() == 1);
}

TEST_CASE("Adding a duplicate anyway asks first")
{
    UiFixture f([](Database& db, Id workshop) {
        enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    });
    ui::RosterTeamsTab* tab = f.rosterTab();
    ui::prompts::setNextAnswer(QMessageBox::No);
    setDialogHandler([](QDialog& d) {
        return typeNewPerson(d, QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany"));
    });
    tab->addPerson();
    setDialogHandler({});
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("may already be in the file")));
    CHECK(tab->rosterModel()->rowCount() == 1);
}

TEST_CASE("A registration past capacity goes on the waitlist and the notice says so")
{
    UiFixture f(seedChief, 1);
    ui::RosterTeamsTab* tab = f.rosterTab();
    setDialogHandler([](QDialog& d) {
        return typeNewPerson(d, QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany"));
    });
    tab->addPerson();
    setDialogHandler({});
    CHECK(f.window->noticeBar()->text().contains(QStringLiteral("on the waitlist at number 1")));
    const QModelIndex dana = tab->rosterModel()->indexOfPerson(tab->rosterModel()->entryAt(tab->rosterModel()->index(1, 0))->person.id);
    CHECK(tab->rosterModel()->index(dana.row(), ui::RosterModel::Status).data().toString() == QStringLiteral("Waitlisted (#1)"));
}

TEST_CASE("Cancelling a registration offers the place to the first person waiting")
{
    UiFixture f(
        [](Database& db, Id workshop) {
            enrollNew(db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
            enrollNew(db, workshop, makePerson(QStringLiteral("Paula"), QStringLiteral("Greene"), Role::CityManager, QStringLiteral("Eugene")));
        },
        1);
    ui::RosterTeamsTab* tab = f.rosterTab();
    tab->rosterView()->selectionModel()->setCurrentIndex(tab->rosterModel()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ui::prompts::setNextAnswer(QMessageBox::Yes); // cancel Marcus
    ui::prompts::setNextAnswer(QMessageBox::Yes); // give Paula the place
    QTest::mouseClick(buttonNamed(tab, QStringLiteral("Cancel the selected registration")), Qt::LeftButton);
    auto entries = expectOk(roster::list(*f.reopen(), f.workshop));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].person.lastName == QStringLiteral("Greene"));
    CHECK(entries[0].status == EnrollmentStatus::Registered);
    CHECK(entries[1].status == EnrollmentStatus::Cancelled);
}

TEST_CASE("The team editor and suggestions form teams, each one undoable step")
{
    UiFixture f([](Database& db, Id workshop) {
        enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
        enrollNew(db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
        enrollNew(db, workshop, makePerson(QStringLiteral("Priya"), QStringLiteral("Raman"), Role::CityManager, QStringLiteral("Bend")));
        enrollNew(db, workshop, makePerson(QStringLiteral("Thomas"), QStringLiteral("Keller"), Role::PoliceChief, QStringLiteral("Bend")));
    });
    ui::RosterTeamsTab* tab = f.rosterTab();

    // Suggestions: both pairs are ticked; accept.
    setDialogHandler([](QDialog& d) {
        auto* s = qobject_cast<ui::SuggestTeamsDialog*>(&d);
        REQUIRE(s);
        CHECK(s->tree()->topLevelItemCount() == 2);
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(buttonNamed(tab, QStringLiteral("Suggest teams from jurisdictions")), Qt::LeftButton);
    CHECK(tab->teamModel()->teamCount() == 2);
    f.window->undoAction()->trigger();
    CHECK(tab->teamModel()->teamCount() == 0);

    // The team editor: a Bend team with only the chief is allowed but flagged.
    setDialogHandler([](QDialog& d) {
        auto* t = qobject_cast<ui::TeamDialog*>(&d);
        REQUIRE(t);
        QTest::keyClicks(t->jurisdictionEdit(), QStringLiteral("Bend"));
        for (int row = 0; row < t->memberList()->count(); ++row) {
            if (t->memberList()->item(row)->text().startsWith(QStringLiteral("Thomas Keller")))
                t->memberList()->item(row)->setCheckState(Qt::Checked);
        }
        t->accept();
        return t->result();
    });
    tab->newTeam();
    setDialogHandler({});
    REQUIRE(tab->teamModel()->teamCount() == 1);
    const QStringList flags = tab->teamModel()->index(0, 0).data(ui::TeamModel::FlagsRole).toStringList();
    CHECK(flags.join(QString()).contains(QStringLiteral("No manager")));
    CHECK(tab->teamModel()->index(0, 1).data().toString() == QStringLiteral("Incomplete"));

    // Dragging a member back onto the roster takes them off the team.
    const QModelIndex member = tab->teamModel()->index(0, 0, tab->teamModel()->index(0, 0));
    std::unique_ptr<QMimeData> mime(tab->teamModel()->mimeData({member}));
    REQUIRE(tab->rosterModel()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    tab->rosterModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
    CHECK(expectOk(teams::list(*f.reopen(), f.workshop)).front().members.empty());
}

TEST_CASE("Refused actions leave a clear message and change nothing")
{
    UiFixture f(seedChief);
    ui::RosterTeamsTab* tab = f.rosterTab();
    // Moving someone who is not registered to a team is refused by core.
    tab->addToTeam(999, {12345});
    CHECK(f.window->noticeBar()->isVisible());
    CHECK(f.window->noticeBar()->kind() == ui::NoticeBar::Kind::Problem);
    CHECK(f.window->savedLabel()->text().startsWith(QStringLiteral("Not saved")));
    CHECK_FALSE(f.window->undoAction()->isEnabled());
}
