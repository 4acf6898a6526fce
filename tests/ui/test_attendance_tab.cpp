// The Attendance tab driven from the keyboard, as at the door: type, Enter,
// Ctrl+Z; walk-ins; the grid for a paper sheet; the blocks and credit dialog.
// What the screen shows must be what the file on disk holds.

#include <catch2/catch.hpp>

#include "AppSettings.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "attendance/Attendance.h"
#include "attendance/Credit.h"
#include "common/Clock.h"
#include "dialogs/AttendanceSettingsDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PersonDialog.h"
#include "models/AttendanceGridModel.h"
#include "models/CheckInModel.h"
#include "pages/AttendanceGridPanel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/WorkshopPage.h"
#include "people/Roster.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

// Nine in the morning on the workshop's first day (the fixture's workshop
// starts on the date Fixtures gives it).
struct MorningClock {
    explicit MorningClock(QDate day)
    {
        setClockForTesting([day] { return QDateTime(day, QTime(9, 12)).toUTC(); });
    }
    ~MorningClock() { setClockForTesting({}); }
};

void setUpRoster(Database& db, Id workshop)
{
    enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    enrollNew(db, workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
    enrollNew(db, workshop, makePerson(QStringLiteral("Helen"), QStringLiteral("Okafor"), Role::CityManager, QStringLiteral("Corvallis")));
}

ui::AttendanceTab* attendanceTab(UiFixture& f)
{
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Attendance);
    return page->attendance();
}

std::unordered_map<Id, AttendanceMark> marksOnDisk(const UiFixture& f, Id blockId)
{
    auto db = f.reopen();
    return expectOk(attendance::marksOf(*db, blockId));
}

Id personNamed(const UiFixture& f, const QString& last)
{
    auto db = f.reopen();
    for (const RosterEntry& e : expectOk(roster::list(*db, f.workshop))) {
        if (e.person.lastName == last)
            return e.person.id;
    }
    FAIL("nobody called " << last.toStdString());
    return 0;
}

} // namespace

TEST_CASE("Typing a few letters and Enter checks the top match in, Ctrl+Z takes it back")
{
    UiFixture f(setUpRoster);
    ui::AttendanceTab* tab = attendanceTab(f);
    const auto block = tab->currentBlock();
    REQUIRE(block);
    CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("0 of 3 here")));
    QLineEdit* box = tab->checkIn()->searchEdit();
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    box->setFocus();

    QTest::keyClicks(box, QStringLiteral("whit"));
    CHECK(tab->checkIn()->model()->rowCount() == 1);
    QTest::keyClick(box, Qt::Key_Return);
    const Id dana = personNamed(f, QStringLiteral("Whitfield"));
    auto marks = marksOnDisk(f, block->id);
    REQUIRE(marks.size() == 1);
    CHECK(marks.at(dana).status == AttendanceStatus::Present);
    CHECK(box->text().isEmpty());
    CHECK(tab->checkIn()->lastActionLabel()->text().contains(QStringLiteral("Dana Whitfield")));
    CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("1 of 3 here")));

    // Ctrl+Z in the box undoes the check-in, not the box's typing.
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    CHECK(marksOnDisk(f, block->id).empty());
    CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("0 of 3 here")));

    SECTION("Up and Down choose another match, Shift+Enter marks late at the clock's time")
    {
        MorningClock clock(QDate(2027, 3, 9));
        QTest::keyClicks(box, QStringLiteral("albany"));
        REQUIRE(tab->checkIn()->model()->rowCount() == 2);
        QTest::keyClick(box, Qt::Key_Down);
        const Id second = tab->checkIn()->listView()->currentIndex().data(ui::CheckInModel::PersonIdRole).toLongLong();
        QTest::keyClick(box, Qt::Key_Return, Qt::ShiftModifier);
        marks = marksOnDisk(f, block->id);
        REQUIRE(marks.size() == 1);
        CHECK(marks.at(second).status == AttendanceStatus::Late);
        CHECK(marks.at(second).at == QTime(9, 12));
        CHECK(tab->countsLabel()->text().contains(QStringLiteral("1 late")));
    }
    SECTION("people already checked in sink below those still to come")
    {
        QTest::keyClicks(box, QStringLiteral("albany"));
        QTest::keyClick(box, Qt::Key_Return);
        QTest::keyClicks(box, QStringLiteral("albany"));
        QTest::keyClick(box, Qt::Key_Return);
        CHECK(marksOnDisk(f, block->id).size() == 2);
    }
    SECTION("the buttons set the other statuses")
    {
        QTest::keyClicks(box, QStringLiteral("okafor"));
        buttonNamed(tab->checkIn(), QStringLiteral("Mark the selected person excused"))->click();
        CHECK(marksOnDisk(f, block->id).at(personNamed(f, QStringLiteral("Okafor"))).status == AttendanceStatus::Excused);
        CHECK(tab->countsLabel()->text().contains(QStringLiteral("1 excused")));
    }
}

TEST_CASE("A walk-in is registered from the check-in box and checked in")
{
    UiFixture f(setUpRoster);
    ui::AttendanceTab* tab = attendanceTab(f);
    const auto block = tab->currentBlock();
    QLineEdit* box = tab->checkIn()->searchEdit();

    SECTION("someone new: the dialog opens with the typed name")
    {
        QString seenFirst, seenLast;
        setDialogHandler([&](QDialog& dialog) {
            auto* d = qobject_cast<ui::PersonDialog*>(&dialog);
            REQUIRE(d);
            seenFirst = d->firstNameEdit()->text();
            seenLast = d->lastNameEdit()->text();
            QTest::keyClicks(d->jurisdictionEdit(), QStringLiteral("Lebanon"));
            d->accept();
            return d->result();
        });
        QTest::keyClicks(box, QStringLiteral("Martin Cole"));
        CHECK(tab->checkIn()->model()->rowCount() == 0);
        QTest::keyClick(box, Qt::Key_Return);
        CHECK(seenFirst == QStringLiteral("Martin"));
        CHECK(seenLast == QStringLiteral("Cole"));
        const Id cole = personNamed(f, QStringLiteral("Cole"));
        CHECK(marksOnDisk(f, block->id).at(cole).status == AttendanceStatus::Present);
        CHECK(tab->countsLabel()->text().startsWith(QStringLiteral("1 of 4 here")));
        f.window->undoAction()->trigger();
        CHECK(marksOnDisk(f, block->id).empty());
        CHECK(expectOk(roster::counts(*f.reopen(), f.workshop)).registered == 3);
    }
}

TEST_CASE("Someone in the file but not registered is asked about, then registered and checked in")
{
    UiFixture f([](Database& db, Id workshop) {
        setUpRoster(db, workshop);
        const Id other = addWorkshop(db, 5, QStringLiteral("Earlier workshop"));
        enrollNew(db, other, makePerson(QStringLiteral("Sofia"), QStringLiteral("Lindqvist"), Role::AssistantCityManager,
                                        QStringLiteral("Salem")));
    });
    ui::AttendanceTab* tab = attendanceTab(f);
    const auto block = tab->currentBlock();
    QLineEdit* box = tab->checkIn()->searchEdit();
    QTest::keyClicks(box, QStringLiteral("lindq"));
    REQUIRE(tab->checkIn()->model()->rowCount() == 1);
    CHECK(tab->checkIn()->model()->index(0, ui::CheckInModel::Here).data().toString() == QStringLiteral("Not registered"));
    ui::prompts::setNextAnswer(QMessageBox::No);
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(marksOnDisk(f, block->id).empty());
    ui::prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(marksOnDisk(f, block->id).size() == 1);
    CHECK(expectOk(roster::counts(*f.reopen(), f.workshop)).registered == 4);
}

TEST_CASE("The grid takes a paper sheet: clicks and keys set marks, and a whole block is one step")
{
    UiFixture f(setUpRoster);
    ui::AttendanceTab* tab = attendanceTab(f);
    tab->showView(ui::AttendanceTab::View::Grid);
    ui::AttendanceGridPanel* grid = tab->grid();
    ui::AttendanceGridModel* model = grid->model();
    REQUIRE(model->rowCount() == 3);
    const auto blocks = model->sheet().blocks;
    REQUIRE(blocks.size() == 4);
    QTableView* view = grid->view();
    const QModelIndex firstCell = model->index(0, model->blockColumn(1));
    const Id firstPerson = firstCell.data(ui::AttendanceGridModel::PersonIdRole).toLongLong();

    // A click cycles: present, then (asking the time) late.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(firstCell).center());
    CHECK(marksOnDisk(f, blocks[1].id).at(firstPerson).status == AttendanceStatus::Present);
    setDialogHandler([](QDialog& dialog) {
        auto* time = dialog.findChild<QTimeEdit*>();
        REQUIRE(time);
        time->setTime(QTime(13, 40));
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(firstCell).center());
    auto mark = marksOnDisk(f, blocks[1].id).at(firstPerson);
    CHECK(mark.status == AttendanceStatus::Late);
    CHECK(mark.at == QTime(13, 40));
    CHECK(model->index(0, model->blockColumn(1)).data().toString() == QStringLiteral("Late 13:40"));

    // Keys: X excused, Delete clears; the selection stays put.
    view->setFocus();
    view->setCurrentIndex(model->index(1, model->blockColumn(0)));
    const Id secondPerson = model->index(1, 0).data(ui::AttendanceGridModel::PersonIdRole).toLongLong();
    QTest::keyClick(view, Qt::Key_X);
    CHECK(marksOnDisk(f, blocks[0].id).at(secondPerson).status == AttendanceStatus::Excused);
    CHECK(view->currentIndex().row() == 2); // on down the column, as a paper sheet is read
    view->setCurrentIndex(model->index(1, model->blockColumn(0)));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(marksOnDisk(f, blocks[0].id).count(secondPerson) == 0);

    // Everyone in the chosen block, in one undoable step.
    tab->blockCombo()->setCurrentIndex(2);
    Q_EMIT tab->blockCombo()->activated(2);
    grid->markAllButton()->click();
    CHECK(marksOnDisk(f, blocks[2].id).size() == 3);
    CHECK(model->headerData(model->blockColumn(2), Qt::Horizontal).toString().contains(QStringLiteral("3 of 3")));
    f.window->undoAction()->trigger();
    CHECK(marksOnDisk(f, blocks[2].id).empty());
}

TEST_CASE("Blocks and credit rules are edited in one dialog and saved as one step")
{
    UiFixture f(setUpRoster);
    ui::AttendanceTab* tab = attendanceTab(f);
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::AttendanceSettingsDialog*>(&dialog);
        REQUIRE(d);
        REQUIRE(d->table()->rowCount() >= 1);
        d->addBlock();
        // An impossible block keeps the dialog open with the reason.
        auto* ends = qobject_cast<QTimeEdit*>(d->table()->cellWidget(d->table()->rowCount() - 1, 3));
        ends->setTime(QTime(16, 0));
        d->accept();
        CHECK(d->result() != QDialog::Accepted);
        ends->setTime(QTime(19, 0));
        d->shareSpin()->setValue(90);
        d->accept();
        return d->result();
    });
    const int before = tab->blockCombo()->count();
    tab->editSettings();
    CHECK(tab->blockCombo()->count() == before + 1);
    auto db = f.reopen();
    CHECK(expectOk(credit::rules(*db, f.workshop)).certificateShare == Approx(0.9));
    f.window->undoAction()->trigger();
    CHECK(tab->blockCombo()->count() == before);
}

TEST_CASE("Printing from the Attendance tab: the dialog, the file name, and a clear word on failure")
{
    UiFixture f(setUpRoster);
    ui::AttendanceTab* tab = attendanceTab(f);
    const auto block = tab->currentBlock();
    REQUIRE(block);

    SECTION("sign-in sheets for the block on screen, on A4")
    {
        std::optional<Id> chosenBlock;
        setDialogHandler([&](QDialog& dialog) {
            auto* d = qobject_cast<ui::ExportDialog*>(&dialog);
            REQUIRE(d);
            d->pageCombo()->setCurrentIndex(1);
            d->organisationEdit()->setText(QStringLiteral("Oregon City/County Management Association"));
            d->accept();
            chosenBlock = d->choices().blockId;
            return d->result();
        });
        const QString out = f.dir.path(QStringLiteral("signin.pdf"));
        ui::prompts::setNextFileName(out);
        f.window->exportDocument(QStringLiteral("signin"));
        CHECK(chosenBlock == block->id);
        CHECK(readBytes(out).startsWith("%PDF"));
        CHECK(f.window->savedLabel()->text().contains(QStringLiteral("Wrote Sign-in Sheets")));
        CHECK(ui::settings::pageSize() == QStringLiteral("a4"));
    }
    SECTION("the spreadsheet as CSV, the suffix added when the name has none")
    {
        setDialogHandler([](QDialog& dialog) {
            auto* d = qobject_cast<ui::ExportDialog*>(&dialog);
            REQUIRE(d);
            d->formatCombo()->setCurrentIndex(1);
            d->accept();
            return d->result();
        });
        ui::prompts::setNextFileName(f.dir.path(QStringLiteral("attendance")));
        f.window->exportDocument(QStringLiteral("spreadsheet"));
        const QByteArray csv = readBytes(f.dir.path(QStringLiteral("attendance.csv")));
        CHECK(csv.contains("Whitfield"));
    }
    SECTION("a folder that does not exist: told why, nothing written")
    {
        setDialogHandler([](QDialog& dialog) {
            dialog.accept();
            return dialog.result();
        });
        ui::prompts::setNextFileName(f.dir.path(QStringLiteral("nowhere/attendance.pdf")));
        ui::prompts::setNextAnswer(QMessageBox::Ok); // closes the warning
        f.window->exportDocument(QStringLiteral("attendance"));
        CHECK(ui::prompts::lastMessage().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("nowhere"))));
    }
    SECTION("certificates when nobody qualifies yet: told so")
    {
        setDialogHandler([](QDialog& dialog) {
            dialog.accept();
            return dialog.result();
        });
        ui::prompts::setNextFileName(f.dir.path(QStringLiteral("certificates.pdf")));
        ui::prompts::setNextAnswer(QMessageBox::Ok);
        f.window->exportDocument(QStringLiteral("certificates"));
        CHECK(ui::prompts::lastMessage().contains(QStringLiteral("Nobody qualifies")));
        CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("certificates.pdf"))));
    }
}
