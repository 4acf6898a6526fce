// The window on a shared server database: connecting (passwords, the
// keychain, TLS), what the window shows, another station's change appearing
// without a click, and an edit kept through a lost connection. These tests
// need the test server (ROUNDTABLE_TEST_SERVER); without one they are skipped.

#include <catch2/catch.hpp>

#include "AppSettings.h"
#include "Document.h"
#include "FileView.h"
#include "Fixtures.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ServerPasswords.h"
#include "TcpRelay.h"
#include "TestServer.h"
#include "attendance/Attendance.h"
#include "dialogs/ConnectServerDialog.h"
#include "models/CheckInModel.h"
#include "models/RosterModel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "people/People.h"
#include "people/Roster.h"
#include "widgets/NoticeBar.h"
#include "widgets/PendingEditBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rt;
using namespace rt::test;
using rt::ui::ConnectServerDialog;
using rt::ui::ServerPasswords;

namespace {

constexpr int kDeadlineMs = 15000;
const QString kSecret = QStringLiteral("station-secret");

struct MemoryKeychain {
    MemoryKeychain()
    {
        ServerPasswords::useMemoryForTests(true);
        ServerPasswords::clearMemoryForTests();
    }
    ~MemoryKeychain()
    {
        ServerPasswords::clearMemoryForTests();
        ServerPasswords::useMemoryForTests(false);
    }
};

// The test server's role that needs a password (scripts/pg-cluster.sh).
ServerAddress withPasswordRole(ServerAddress address, const QString& password = QString())
{
    address.user = QStringLiteral("rt_password");
    address.password = password;
    return address;
}

// A server database with one workshop and Dana Whitfield on its roster.
struct SharedWorkshop {
    ServerAddress address = newServerDatabase();
    Id workshop = 0;
    Id dana = 0;

    SharedWorkshop()
    {
        auto db = expectOk(Database::openServer(address));
        workshop = addWorkshop(*db, 20, QStringLiteral("Manager and Chief — Salem"));
        dana = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                   QStringLiteral("Albany")));
    }
    // Another station: a connection of its own, straight to the server.
    std::unique_ptr<Database> station() const { return expectOk(Database::openServer(address)); }
};

std::unique_ptr<ui::MainWindow> shownWindow()
{
    ui::prompts::reset();
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(1400, 900);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

ui::AttendanceTab* attendanceTab(ui::MainWindow& window, Id workshop)
{
    window.fileView()->selectWorkshop(workshop);
    ui::WorkshopPage* page = window.fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Attendance);
    return page->attendance();
}

size_t marksSaved(const SharedWorkshop& shared, Id blockId)
{
    return expectOk(attendance::marksOf(*shared.station(), blockId)).size();
}

} // namespace

TEST_CASE("Connect to Server: a wrong password is said in the dialog, and the right one connects and is remembered when asked")
{
    MemoryKeychain keychain;
    const ServerAddress server = newServerDatabase();
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setAddress(withPasswordRole(server));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not-the-password"));
    dialog.rememberBox()->setChecked(true);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemLabel()->isVisible());
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("password of rt_password")));
    CHECK(dialog.focusWidget() == dialog.passwordEdit());
    CHECK(dialog.passwordEdit()->selectedText() == QStringLiteral("not-the-password"));
    // Nothing is remembered from a failed try.
    CHECK_FALSE(ServerPasswords::read(withPasswordRole(server)).password.has_value());

    QTest::keyClicks(dialog.passwordEdit(), kSecret); // replaces the selection
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    auto db = dialog.takeDatabase();
    REQUIRE(db);
    CHECK(db->isServer());
    CHECK(ServerPasswords::read(withPasswordRole(server)).password == kSecret);

    SECTION("unticking the box forgets it on the next connection")
    {
        ConnectServerDialog again;
        again.setAddress(withPasswordRole(server));
        CHECK(again.passwordEdit()->text() == kSecret);
        CHECK(again.rememberBox()->isChecked());
        again.rememberBox()->setChecked(false);
        REQUIRE(again.connectToServer());
        CHECK_FALSE(ServerPasswords::read(withPasswordRole(server)).password.has_value());
    }
}

TEST_CASE("Connect to Server: TLS Required connects to the test server, and Verify certificate refuses its self-signed one")
{
    MemoryKeychain keychain;
    const ServerAddress server = newServerDatabase();
    ConnectServerDialog dialog;
    dialog.setAddress(server);
    dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findText(QStringLiteral("Required")));
    CHECK(dialog.urlEdit()->text().endsWith(QStringLiteral("sslmode=require")));
    REQUIRE(dialog.connectToServer());
    auto db = dialog.takeDatabase();
    REQUIRE(db);
    CHECK(db->server()->tls == ServerAddress::Tls::Require);

    ConnectServerDialog verify;
    verify.setAddress(server);
    verify.tlsBox()->setCurrentIndex(verify.tlsBox()->findText(QStringLiteral("Verify certificate")));
    CHECK_FALSE(verify.connectToServer());
    CHECK(verify.problemLabel()->text().contains(QStringLiteral("Could not connect")));
}

TEST_CASE("The window on a server: the server's name in the title, the password from the keychain, no file-only actions")
{
    MemoryKeychain keychain;
    SharedWorkshop shared;
    const ServerAddress address = withPasswordRole(shared.address);
    REQUIRE(ServerPasswords::remember(address, kSecret));
    auto window = shownWindow();
    // The keychain's password is used: no dialog is shown.
    ui::prompts::setDialogHandler([](QDialog& dialog) {
        FAIL("no dialog expected, got " << dialog.objectName().toStdString());
        return int(QDialog::Rejected);
    });
    REQUIRE(window->openServer(address));
    ui::prompts::setDialogHandler({});
    const QString name = window->document()->database().displayName();
    CHECK(name.contains(shared.address.database));
    CHECK(window->windowTitle() == QStringLiteral("%1 — Roundtable").arg(name));
    CHECK(window->savedLabel()->text().contains(QStringLiteral("Connected to")));
    CHECK_FALSE(window->restoreAction()->isEnabled());
    CHECK_FALSE(window->restoreAction()->statusTip().isEmpty());
    CHECK_FALSE(window->document()->isBackingUp());
    // The recent list has the address, never the password.
    const QStringList recent = ui::settings::recentFiles();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.front() == address.url());
    CHECK_FALSE(recent.join(QLatin1Char(' ')).contains(kSecret));
    window->fileView()->selectWorkshop(shared.workshop);
    CHECK(window->fileView()->currentWorkshopId() == shared.workshop);
}

TEST_CASE("Without a remembered password the window asks with the dialog filled in")
{
    MemoryKeychain keychain;
    SharedWorkshop shared;
    auto window = shownWindow();
    bool asked = false;
    ui::prompts::setDialogHandler([&](QDialog& dialog) {
        auto* connect = qobject_cast<ConnectServerDialog*>(&dialog);
        REQUIRE(connect);
        asked = true;
        CHECK(connect->userEdit()->text() == QStringLiteral("rt_password"));
        CHECK(connect->databaseEdit()->text() == shared.address.database);
        CHECK(connect->problemLabel()->text().contains(QStringLiteral("password")));
        CHECK(connect->focusWidget() == connect->passwordEdit());
        QTest::keyClicks(connect->passwordEdit(), kSecret);
        return connect->connectToServer() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    REQUIRE(window->openServer(withPasswordRole(shared.address)));
    CHECK(asked);
    CHECK(window->document()->database().isServer());
}

TEST_CASE("Another station's change appears in the window, which keeps its place")
{
    MemoryKeychain keychain;
    SharedWorkshop shared;
    auto window = shownWindow();
    REQUIRE(window->openServer(shared.address));
    window->fileView()->selectWorkshop(shared.workshop);
    ui::WorkshopPage* page = window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::RosterTeams);
    ui::RosterModel* roster = page->rosterTeams()->rosterModel();
    const int before = roster->rowCount();
    REQUIRE(before >= 1);

    auto other = shared.station();
    enrollNew(*other, shared.workshop, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief,
                                                  QStringLiteral("Albany")));
    CHECK(QTest::qWaitFor([&] { return roster->rowCount() == before + 1; }, kDeadlineMs));
    CHECK(window->fileView()->currentWorkshopId() == shared.workshop);
    CHECK(page->rosterTeams()->isVisible());
    CHECK(window->savedLabel()->text().contains(QStringLiteral("another station")));

    // This station's own edits after that are not collisions: it has caught up.
    auto entries = expectOk(roster::list(window->document()->database(), shared.workshop));
    REQUIRE(entries.size() == 2);

    SECTION("View > Refresh reads the server again too")
    {
        enrollNew(*other, shared.workshop, makePerson(QStringLiteral("Helen"), QStringLiteral("Okafor"),
                                                      Role::CityManager, QStringLiteral("Corvallis")));
        window->refreshAction()->trigger();
        CHECK(roster->rowCount() == before + 2);
        CHECK(window->refreshAction()->shortcut() == QKeySequence(QKeySequence::Refresh));
    }
}

TEST_CASE("A check-in made while the connection is lost is kept: Retry saves it once the server is back, Discard gives it up")
{
    MemoryKeychain keychain;
    SharedWorkshop shared;
    TcpRelay relay(quint16(shared.address.port));
    REQUIRE(relay.port() != 0);
    ServerAddress throughRelay = shared.address;
    throughRelay.host = QStringLiteral("127.0.0.1");
    throughRelay.port = relay.port();
    throughRelay.tls = ServerAddress::Tls::Disable;
    auto window = shownWindow();
    REQUIRE(window->openServer(throughRelay));
    ui::AttendanceTab* tab = attendanceTab(*window, shared.workshop);
    const auto block = tab->currentBlock();
    REQUIRE(block);
    ui::PendingEditBar* bar = window->pendingEditBar();
    CHECK(bar->isHidden());
    QLineEdit* box = tab->checkIn()->searchEdit();

    relay.cut();
    QTest::keyClicks(box, QStringLiteral("whit"));
    REQUIRE(tab->checkIn()->model()->rowCount() == 1);
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QStringLiteral("Dana Whitfield's check-in")));
    CHECK(bar->text().contains(QStringLiteral("connection")));
    CHECK(bar->retryButton()->isVisible());
    CHECK(window->document()->hasPending());
    CHECK(marksSaved(shared, block->id) == 0);

    // Still down: Retry leaves it pending and says so again.
    QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
    CHECK(bar->isVisible());
    CHECK(window->document()->hasPending());
    CHECK(marksSaved(shared, block->id) == 0);

    SECTION("Retry once the server is reachable saves it")
    {
        REQUIRE(relay.resume());
        QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
        CHECK(bar->isHidden());
        CHECK_FALSE(window->document()->hasPending());
        const auto marks = expectOk(attendance::marksOf(*shared.station(), block->id));
        REQUIRE(marks.size() == 1);
        CHECK(marks.at(shared.dana).status == AttendanceStatus::Present);
        CHECK(window->savedLabel()->text().contains(QStringLiteral("Dana Whitfield")));
        // And it can be undone like any other.
        CHECK(window->undoAction()->isEnabled());
    }
    SECTION("Discard gives it up, and nothing reaches the server")
    {
        QTest::mouseClick(bar->discardButton(), Qt::LeftButton);
        CHECK(bar->isHidden());
        CHECK_FALSE(window->document()->hasPending());
        REQUIRE(relay.resume());
        CHECK(marksSaved(shared, block->id) == 0);
    }
}

TEST_CASE("An edit colliding with another station's newer one is refused with its message, and the newer one is shown")
{
    MemoryKeychain keychain;
    SharedWorkshop shared;
    auto window = shownWindow();
    REQUIRE(window->openServer(shared.address));
    window->fileView()->selectWorkshop(shared.workshop);
    ui::Document* document = window->document();

    // Another station changes Dana; this one edits her before it has heard of it.
    auto other = shared.station();
    Person theirs = expectOk(people::get(*other, shared.dana));
    theirs.phone = QStringLiteral("541-555-0100");
    expectOk(people::update(*other, theirs));
    Person mine = expectOk(people::get(document->database(), shared.dana));
    mine.notes = QStringLiteral("Arrives on the second day");
    mine.phone.clear();
    CHECK_FALSE(document->apply(people::update(document->database(), mine)));
    CHECK(window->noticeBar()->kind() == ui::NoticeBar::Kind::Problem);
    CHECK_FALSE(window->noticeBar()->text().isEmpty());
    CHECK(window->savedLabel()->text().startsWith(QStringLiteral("Not saved")));
    CHECK(expectOk(people::get(*other, shared.dana)).phone == QStringLiteral("541-555-0100"));

    // Having been shown the newer one, the same edit on top of it goes through.
    Person again = expectOk(people::get(document->database(), shared.dana));
    again.notes = QStringLiteral("Arrives on the second day");
    CHECK(document->apply(people::update(document->database(), again)));
    const Person saved = expectOk(people::get(*other, shared.dana));
    CHECK(saved.phone == QStringLiteral("541-555-0100"));
    CHECK(saved.notes == QStringLiteral("Arrives on the second day"));
}
