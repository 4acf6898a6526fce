// File > Take Workshop Offline…: on a server the workshop is copied into the
// file the save prompt names and the message says how to bring it back; on a
// file the action does not apply; a refusal is shown, and nothing half-made
// is left. The main window offers it disabled on a file.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "Prompts.h"
#include "TestServer.h"
#include "UiFixture.h"
#include "check/FileCheck.h"
#include "dialogs/TakeOfflineDialog.h"

#include <QAction>
#include <QFileInfo>
#include <QMenuBar>

using namespace rt;
using namespace rt::test;

namespace {

QAction* actionNamed(QWidget* window, const QString& text)
{
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Taking the shown workshop offline writes its file where the prompt says, on a server only")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20, QStringLiteral("Spring workshop"));
    enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Springfield")));
    ui::prompts::reset();
    const QString out = dir.path(QStringLiteral("venue"));

    if (!db->isServer()) {
        CHECK_FALSE(ui::offline::available(*db, workshop));
        ui::prompts::setNextFileName(out);
        CHECK(ui::offline::takeWorkshopOffline(nullptr, *db, workshop).isEmpty());
        CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".roundtable")));
        ui::prompts::reset();
        return;
    }
    CHECK(ui::offline::available(*db, workshop));
    CHECK_FALSE(ui::offline::available(*db, 0));

    SECTION("the file is written, named .roundtable, and the message says how to merge it back")
    {
        ui::prompts::setNextFileName(out);
        ui::prompts::setNextAnswer(QMessageBox::Ok);
        const QString written = ui::offline::takeWorkshopOffline(nullptr, *db, workshop);
        INFO(ui::prompts::lastMessage().toStdString());
        CHECK(written == out + QStringLiteral(".roundtable"));
        REQUIRE(QFileInfo::exists(written));
        CHECK(ui::prompts::lastMessage().contains(QStringLiteral("Merge from")));
        CHECK(ui::prompts::lastMessage().contains(QStringLiteral("Spring workshop")));
        const CheckReport check = checkFile(written);
        INFO(check.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(check.ok());
    }
    SECTION("cancelling the prompt writes nothing")
    {
        ui::prompts::setNextFileName(QString());
        ui::prompts::setNextAnswer(QMessageBox::Ok); // were anything shown, it would not wait
        CHECK(ui::offline::takeWorkshopOffline(nullptr, *db, workshop).isEmpty());
        CHECK(dir.entries().isEmpty());
    }
    SECTION("a place that cannot take the file is reported and leaves nothing")
    {
        ui::prompts::setNextFileName(dir.path(QStringLiteral("no-such-folder/venue.roundtable")));
        ui::prompts::setNextAnswer(QMessageBox::Ok);
        CHECK(ui::offline::takeWorkshopOffline(nullptr, *db, workshop).isEmpty());
        CHECK_FALSE(ui::prompts::lastMessage().isEmpty());
        CHECK(dir.entries().isEmpty());
    }
    ui::prompts::reset();
}

TEST_CASE("The main window offers Take Workshop Offline, disabled on a file", "[file]")
{
    UiFixture fixture;
    QAction* action = actionNamed(fixture.window.get(), QStringLiteral("Take Workshop Off&line…"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
}
