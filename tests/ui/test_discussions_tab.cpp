// The Discussions tab as a facilitator uses it: a round placed by the solver,
// a person moved by hand (the figures follow), locking, report-outs, dot
// votes, the parking lot, and the groups on the projector.

#include <catch2/catch.hpp>

#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/RoundDialog.h"
#include "discussions/Discussions.h"
#include "pages/DiscussionsTab.h"
#include "pages/GroupColumn.h"
#include "pages/WorkshopPage.h"
#include "people/Teams.h"
#include "projector/GroupsBoard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

void fourTeams(Database& db, Id workshop)
{
    const char* places[] = {"Albany", "Bend", "Eugene", "Salem"};
    int i = 0;
    for (const char* place : places) {
        const QString town = QString::fromLatin1(place);
        enrollNew(db, workshop, makePerson(QStringLiteral("Manager%1").arg(i), QStringLiteral("Of%1").arg(town), Role::CityManager, town));
        enrollNew(db, workshop, makePerson(QStringLiteral("Chief%1").arg(i), QStringLiteral("Of%1").arg(town), Role::PoliceChief, town));
        ++i;
    }
    expectOk(teams::applySuggestions(db, workshop, expectOk(teams::suggest(db, workshop))));
}

ui::DiscussionsTab* discussionsTab(UiFixture& f)
{
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Discussions);
    return page->discussions();
}

void newMixedRound(ui::DiscussionsTab* tab, int groupCount)
{
    setDialogHandler([groupCount](QDialog& dialog) {
        auto* d = qobject_cast<ui::RoundDialog*>(&dialog);
        REQUIRE(d);
        d->promptEdit()->setPlainText(QStringLiteral("What gets in the way?"));
        d->groupsSpin()->setValue(groupCount);
        dialog.accept();
        return dialog.result();
    });
    tab->newRound();
}

} // namespace

TEST_CASE("A round is placed by the solver, a move by hand updates the figures, a lock holds")
{
    UiFixture f(fourTeams);
    ui::DiscussionsTab* tab = discussionsTab(f);
    CHECK(tab->columns().isEmpty());
    newMixedRound(tab, 2);
    REQUIRE(tab->columns().size() == 2);
    CHECK(tab->columns()[0]->count() == 4);
    CHECK(tab->columns()[1]->count() == 4);
    CHECK(tab->qualityLabel()->text().contains(QStringLiteral("Repeated pairs: 0")));
    CHECK(tab->qualityLabel()->text().contains(QStringLiteral("Partners together: 0")));
    CHECK(tab->qualityLabel()->text().contains(QStringLiteral("Size spread: 0")));

    // Moved by hand (what a drop does): pinned, and the spread shows it.
    const Id person = tab->columns()[0]->item(0)->data(Qt::UserRole).toLongLong();
    tab->movePerson(person, tab->columns()[1]->groupId());
    CHECK(tab->columns()[0]->count() == 3);
    CHECK(tab->columns()[1]->count() == 5);
    CHECK(tab->qualityLabel()->text().contains(QStringLiteral("Size spread: 2")));
    f.window->undoAction()->trigger();
    CHECK(tab->columns()[0]->count() == 4);

    // Locked: no regenerating, no moving.
    tab->lockCheck()->click();
    CHECK(tab->current()->round.locked);
    tab->movePerson(person, tab->columns()[1]->groupId());
    CHECK(tab->columns()[1]->count() == 4);
    tab->lockCheck()->click();
    CHECK_FALSE(tab->current()->round.locked);

    SECTION("a second round meets as few people again as it can")
    {
        newMixedRound(tab, 2);
        CHECK(tab->current()->round.number == 2);
        CHECK(tab->roundCombo()->count() == 2);
    }
}

TEST_CASE("Report-outs, dot votes and the parking lot")
{
    UiFixture f(fourTeams);
    ui::DiscussionsTab* tab = discussionsTab(f);
    newMixedRound(tab, 2);
    // Group 1's report-out: a point typed and Enter, and the scribe's notes.
    tab->groupCombo()->setCurrentIndex(1);
    Q_EMIT tab->groupCombo()->activated(1);
    tab->notesEdit()->setPlainText(QStringLiteral("Trust takes time & <effort>."));
    tab->saveNotes();
    QTest::keyClicks(tab->itemEdit(), QStringLiteral("Meet weekly, not only in a crisis"));
    QTest::keyClick(tab->itemEdit(), Qt::Key_Return);
    tab->tagCombo()->setCurrentIndex(tab->tagCombo()->findData(int(ItemTag::ParkingLot)));
    QTest::keyClicks(tab->itemEdit(), QStringLiteral("Body cameras budget"));
    QTest::keyClick(tab->itemEdit(), Qt::Key_Return);
    CHECK(tab->reportList()->count() == 2);
    CHECK(tab->parkingList()->count() == 1);
    CHECK(tab->current()->groups[0].scribeNotes == QStringLiteral("Trust takes time & <effort>."));

    // Dots: three a person; the ranking follows.
    REQUIRE(tab->rankedTree()->topLevelItemCount() == 2);
    tab->rankedTree()->setCurrentItem(tab->rankedTree()->topLevelItem(1));
    const QString voted = tab->rankedTree()->currentItem()->text(1);
    for (int i = 0; i < 3; ++i)
        tab->vote(1);
    CHECK(tab->rankedTree()->topLevelItem(0)->text(1) == voted);
    CHECK(tab->rankedTree()->topLevelItem(0)->text(0) == QStringLiteral("3"));
    tab->vote(1); // a fourth dot is refused (the notice bar says why)
    CHECK(tab->rankedTree()->topLevelItem(0)->text(0) == QStringLiteral("3"));

    // The groups on the projector: names, never notes.
    tab->showOnProjector();
    REQUIRE(tab->board());
    CHECK(tab->board()->isVisible());
    const QString shown = tab->board()->visibleText();
    CHECK(shown.contains(QStringLiteral("Group 1")));
    CHECK(shown.contains(QStringLiteral("What gets in the way?")));
    CHECK_FALSE(shown.contains(QStringLiteral("Trust takes time")));
    tab->board()->close();
}
