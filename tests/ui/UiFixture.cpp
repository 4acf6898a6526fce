#include "UiFixture.h"

#include "FileView.h"
#include "Prompts.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"

#include <QTabWidget>
#include <QTest>

namespace rt::test {

UiFixture::UiFixture(const std::function<void(Database&, Id)>& setUp, int capacity)
{
    ui::prompts::reset();
    path = dir.path(QStringLiteral("ui.roundtable"));
    {
        auto db = newDatabase(dir, QStringLiteral("ui.roundtable"));
        workshop = addWorkshop(*db, capacity, QStringLiteral("Manager and Chief — Salem"));
        if (setUp)
            setUp(*db, workshop);
    }
    window = std::make_unique<ui::MainWindow>();
    window->resize(1400, 900);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->openFile(path));
    window->fileView()->selectWorkshop(workshop);
}

UiFixture::~UiFixture()
{
    window.reset();
    ui::prompts::reset();
}

ui::RosterTeamsTab* UiFixture::rosterTab() const
{
    ui::WorkshopPage* page = window->fileView()->workshopPage();
    page->showTab(rt::ui::WorkshopPage::Tab::RosterTeams);
    return page->rosterTeams();
}

std::unique_ptr<Database> UiFixture::reopen() const
{
    // A second connection, as another program would see the file.
    return expectOk(Database::open(path));
}

QPushButton* buttonNamed(QWidget* parent, const QString& accessibleName)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>()) {
        if (b->accessibleName() == accessibleName || b->text().remove(QLatin1Char('&')) == accessibleName)
            return b;
    }
    FAIL("no button named " << accessibleName.toStdString());
    return nullptr;
}

} // namespace rt::test
