// Help > User Guide (F1): the guide opens from the window, its links between
// the role pages work, and its screenshots are scaled to the page.

#include <catch2/catch.hpp>

#include "HelpWindow.h"
#include "MainWindow.h"
#include "StringMaker.h"
#include "UiFixture.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace rt;
using namespace rt::test;

namespace {

QAction* guideAction(ui::MainWindow& window)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* a : menu->menu()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("User Guide"))
                return a;
    }
    return nullptr;
}

ui::HelpWindow* openGuide()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* help = qobject_cast<ui::HelpWindow*>(w); help && help->isVisible())
            return help;
    return nullptr;
}

} // namespace

TEST_CASE("F1 opens the user guide, whose role pages and pictures load")
{
    REQUIRE_FALSE(ui::userGuideFolder().isEmpty());
    UiFixture f;
    QAction* guide = guideAction(*f.window);
    REQUIRE(guide);
    CHECK(guide->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
    guide->trigger();
    ui::HelpWindow* help = openGuide();
    REQUIRE(help);
    ui::GuideBrowser* browser = help->browser();
    CHECK(browser->source().fileName() == QStringLiteral("README.md"));
    CHECK(browser->toPlainText().contains(QStringLiteral("facilitator"), Qt::CaseInsensitive));

    // A second F1 raises the same window rather than opening another.
    guide->trigger();
    int open = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        open += qobject_cast<ui::HelpWindow*>(w) && w->isVisible() ? 1 : 0;
    CHECK(open == 1);

    // The link to a role's page opens it in the same window.
    browser->setSource(QUrl(QStringLiteral("facilitator.md")));
    CHECK(browser->source().fileName() == QStringLiteral("facilitator.md"));
    CHECK(browser->toPlainText().contains(QStringLiteral("projector"), Qt::CaseInsensitive));
    CHECK(browser->isBackwardAvailable());

    // Its screenshots are there, no wider than the page shows them.
    const QVariant image = browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../screenshots/welcome.png")));
    const QImage picture = image.value<QImage>();
    REQUIRE_FALSE(picture.isNull());
    CHECK(picture.width() <= qRound(ui::GuideBrowser::kImageWidth * picture.devicePixelRatio()));
    help->close();
}
