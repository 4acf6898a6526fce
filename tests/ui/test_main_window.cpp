// The main window: files, the workshop list, the Overview tab, the people
// directory.

#include <catch2/catch.hpp>

#include "AppSettings.h"
#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "catalog/Catalog.h"
#include "dialogs/CatalogDialog.h"
#include "dialogs/NewWorkshopDialog.h"
#include "dialogs/PlacesPeopleDialog.h"
#include "dialogs/PricingDialog.h"
#include "models/PeopleModel.h"
#include "pages/OverviewTab.h"
#include "pages/PeoplePage.h"
#include "pages/WorkshopPage.h"
#include "widgets/NoticeBar.h"
#include "widgets/WorkshopForm.h"
#include "workshops/Fees.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace rt;
using namespace rt::test;

TEST_CASE("Editing the title on the Overview tab saves it, and undo restores it")
{
    UiFixture f;
    ui::OverviewTab* overview = f.window->fileView()->workshopPage()->overview();
    QLineEdit* title = overview->form()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed <b>& \"quoted\"</b>"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(expectOk(workshops::get(*f.reopen(), f.workshop)).title == QStringLiteral("Renamed <b>& \"quoted\"</b>"));
    // The list on the left follows, showing the text exactly as typed.
    CHECK(f.window->fileView()->workshopList()->currentIndex().data().toString() == QStringLiteral("Renamed <b>& \"quoted\"</b>"));
    f.window->undoAction()->trigger();
    CHECK(expectOk(workshops::get(*f.reopen(), f.workshop)).title == QStringLiteral("Manager and Chief — Salem"));
    CHECK(title->text() == QStringLiteral("Manager and Chief — Salem"));
}

TEST_CASE("Lowering places below the registrations is refused and the form shows the stored value")
{
    UiFixture f(
        [](Database& db, Id workshop) {
            for (const char* last : {"A", "B", "C"})
                enrollNew(db, workshop, makePerson(QStringLiteral("X"), QString::fromLatin1(last), Role::CityManager, QStringLiteral("Bend")));
        },
        5);
    QSpinBox* places = f.window->fileView()->workshopPage()->overview()->form()->capacitySpin();
    places->setFocus();
    places->selectAll();
    QTest::keyClicks(places, QStringLiteral("2"));
    QTest::keyClick(places, Qt::Key_Return);
    CHECK(f.window->noticeBar()->text().contains(QStringLiteral("3 people are registered")));
    CHECK(places->value() == 5);
    CHECK(expectOk(workshops::get(*f.reopen(), f.workshop)).capacity == 5);
}

TEST_CASE("The fee quote follows the pricing and the affiliation")
{
    UiFixture f;
    ui::OverviewTab* overview = f.window->fileView()->workshopPage()->overview();
    CHECK(overview->feeText().contains(QStringLiteral("$15,840.00")));
    ui::prompts::setDialogHandler([](QDialog& d) {
        auto* p = qobject_cast<ui::PricingDialog*>(&d);
        QTest::keyClicks(p->surchargeEdit(), QStringLiteral("500"));
        p->accept();
        return p->result();
    });
    f.window->editPricing();
    ui::prompts::setDialogHandler({});
    CHECK(expectOk(fees::settings(*f.reopen())).nonAffiliatedSurchargeCents == 50000);
    Workshop w = expectOk(workshops::get(f.window->document()->database(), f.workshop));
    w.affiliated = false;
    f.window->document()->apply(workshops::update(f.window->document()->database(), w));
    CHECK(overview->feeText().contains(QStringLiteral("$17,840.00")));
}

TEST_CASE("A new workshop from the dialog is created and shown")
{
    UiFixture f;
    ui::prompts::setDialogHandler([](QDialog& d) {
        auto* n = qobject_cast<ui::NewWorkshopDialog*>(&d);
        QComboBox* program = n->form()->programCombo();
        program->setCurrentIndex(program->findText(QStringLiteral("Enhancing the Relationship Between the Manager and Chief")));
        Q_EMIT program->activated(program->currentIndex());
        n->accept();
        return n->result();
    });
    f.window->newWorkshop();
    ui::prompts::setDialogHandler({});
    const Id shown = f.window->fileView()->currentWorkshopId();
    REQUIRE(shown != f.workshop);
    const Workshop created = expectOk(workshops::get(*f.reopen(), shown));
    CHECK(created.title == QStringLiteral("Enhancing the Relationship Between the Manager and Chief"));
    CHECK(created.capacity == 20);
    CHECK(created.halfDays == 4);
    f.window->undoAction()->trigger();
    CHECK(expectOk(workshops::list(*f.reopen())).size() == 1);
    CHECK(f.window->fileView()->currentWorkshopId() == f.workshop);
}

TEST_CASE("A bad file is refused with its reason, and the open file stays open")
{
    UiFixture f;
    const QString bad = f.dir.path(QStringLiteral("bad.roundtable"));
    writeBytes(bad, QByteArray("not a database at all"));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(f.window->openFile(bad));
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("not a Roundtable file")));
    CHECK(f.window->noticeBar()->text().contains(QStringLiteral("not a Roundtable file")));
    CHECK(f.window->document()->path() == f.path);
    CHECK(readBytes(bad) == QByteArray("not a database at all"));
}

TEST_CASE("File > New makes a file, titles the window and remembers it")
{
    UiFixture f;
    const QString path = f.dir.path(QStringLiteral("second"));
    ui::prompts::setNextFileName(path);
    f.window->newFileDialog();
    CHECK(f.window->document()->path() == path + QStringLiteral(".roundtable"));
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("second.roundtable")));
    CHECK(ui::settings::recentFiles().front() == path + QStringLiteral(".roundtable"));
    // Open Recent brings back the first file.
    CHECK(f.window->openFile(f.path));
    CHECK(f.window->fileView()->workshopList()->model()->rowCount() == 1);
}

TEST_CASE("The demo opens with the two-day workshop on screen")
{
    ui::prompts::reset();
    ui::MainWindow window;
    window.show();
    REQUIRE(window.openDemo());
    const Id shown = window.fileView()->currentWorkshopId();
    const WorkshopSummary s = expectOk(workshops::summary(window.document()->database(), shown));
    CHECK(s.workshop.halfDays == 4);
    CHECK(s.teams == 10);
    // Opening the demo again while it is open starts it afresh.
    REQUIRE(window.openDemo());
}

TEST_CASE("The people directory filters as you type")
{
    UiFixture f([](Database& db, Id workshop) {
        enrollNew(db, workshop, makePerson(QStringLiteral("José"), QStringLiteral("Álvarez"), Role::FireChief, QStringLiteral("Salem")));
        enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Albany")));
    });
    f.window->fileView()->showPeople();
    ui::PeoplePage* page = f.window->fileView()->peoplePage();
    REQUIRE(page->model()->rowCount() == 2);
    CHECK(page->model()->index(0, 0).data().toString() == QStringLiteral("Álvarez, José"));
    QTest::keyClicks(page->filterEdit(), QStringLiteral("alv"));
    CHECK(page->model()->rowCount() == 1);
    QTest::keyClicks(page->filterEdit(), QStringLiteral(" bend"));
    CHECK(page->model()->rowCount() == 0);
}

TEST_CASE("Venues and facilitators are edited in their dialog, each save undoable")
{
    UiFixture f([](Database& db, Id workshop) {
        Venue v;
        v.name = QStringLiteral("Oregon State Police Academy");
        v.city = QStringLiteral("Salem");
        expectOk(venues::save(db, v));
        Facilitator paul;
        paul.name = QStringLiteral("Paul O'Connell");
        expectOk(facilitators::addToWorkshop(db, workshop, paul));
    });
    ui::prompts::setDialogHandler([](QDialog& d) {
        auto* p = qobject_cast<ui::PlacesPeopleDialog*>(&d);
        REQUIRE(p);
        p->venueList()->setCurrentRow(0);
        QTest::keyClicks(p->venueAddressEdit(), QStringLiteral("4190 Aumsville Hwy SE"));
        p->saveVenue();
        p->facilitatorList()->setCurrentRow(0);
        QTest::keyClicks(p->facilitatorEmailEdit(), QStringLiteral("paul@cpsm.example.org"));
        p->saveFacilitator();
        return int(QDialog::Accepted);
    });
    QAction* action = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Venues and Facilitators…"))
            action = a;
    }
    REQUIRE(action);
    action->trigger();
    ui::prompts::setDialogHandler({});
    auto disk = f.reopen();
    CHECK(expectOk(venues::list(*disk)).front().address == QStringLiteral("4190 Aumsville Hwy SE"));
    CHECK(expectOk(facilitators::list(*disk)).front().email == QStringLiteral("paul@cpsm.example.org"));
    f.window->undoAction()->trigger();
    CHECK(expectOk(facilitators::list(*f.reopen())).front().email.isEmpty());
}

TEST_CASE("An unnamed practice group is named in the catalog dialog")
{
    UiFixture f;
    ui::prompts::setDialogHandler([](QDialog& d) {
        auto* c = qobject_cast<ui::CatalogDialog*>(&d);
        REQUIRE(c);
        QTableWidget* table = c->groupTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QStringLiteral("8"))
                table->item(row, 1)->setText(QStringLiteral("Equity and Inclusion"));
        }
        return int(QDialog::Accepted);
    });
    f.window->editCatalog();
    ui::prompts::setDialogHandler({});
    bool named = false;
    for (const PracticeGroup& g : expectOk(catalog::practiceGroups(*f.reopen())))
        named = named || (g.number == 8 && g.name == QStringLiteral("Equity and Inclusion"));
    CHECK(named);
}
