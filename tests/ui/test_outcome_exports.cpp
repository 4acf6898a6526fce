// File > Print and Export > Action Plans and Outcome Report: through the menu,
// the print dialog and the save-file seam, to a PDF read back.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "demo/Demo.h"
#include "dialogs/ExportDialog.h"
#include "pages/ActionPlanPanel.h"
#include "pages/OutcomesTab.h"
#include "pages/WorkshopPage.h"
#include "widgets/NoticeBar.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPushButton>
#include <QTest>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

QAction* menuAction(ui::MainWindow& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == text)
            return a;
    }
    FAIL("no menu entry " << text.toStdString());
    return nullptr;
}

QString allText(const QString& path, int* pageCount = nullptr)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages << doc.getAllText(i).text().simplified();
    if (pageCount)
        *pageCount = doc.pageCount();
    return pages.join(QLatin1Char(' '));
}

// Accepts the print dialog with A4 paper and an organisation name.
void acceptOnA4()
{
    setDialogHandler([](QDialog& dialog) {
        auto* choices = qobject_cast<ui::ExportDialog*>(&dialog);
        REQUIRE(choices);
        choices->pageCombo()->setCurrentIndex(1);
        choices->organisationEdit()->setText(QStringLiteral("League of Oregon Cities"));
        dialog.accept();
        return dialog.result();
    });
}

} // namespace

TEST_CASE("The demo's action plans and outcome report print from the File menu")
{
    ui::prompts::reset();
    TempDir dir;
    // A demo of its own: the shared demo file may be open in a test running beside this one.
    const QString demoFile = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(demoFile));
    ui::MainWindow window;
    window.show();
    REQUIRE(window.openFile(demoFile));
    acceptOnA4();

    const QString plans = dir.path(QStringLiteral("plans"));
    ui::prompts::setNextFileName(plans);
    menuAction(window, QStringLiteral("Ac&tion Plans…"))->trigger();
    const QString plansPdf = plans + QStringLiteral(".pdf");
    REQUIRE(QFileInfo::exists(plansPdf));
    int pages = 0;
    const QString plansText = allText(plansPdf, &pages);
    CHECK(pages >= 10);
    CHECK(plansText.contains(QStringLiteral("League of Oregon Cities")));
    CHECK(plansText.contains(QStringLiteral("Signatures")));
    CHECK(plansText.contains(QStringLiteral("Tigard, OR")));
    CHECK(window.savedLabel()->text().contains(QStringLiteral("Wrote Action Plans to")));

    const QString report = dir.path(QStringLiteral("report.pdf"));
    ui::prompts::setNextFileName(report);
    menuAction(window, QStringLiteral("&Outcome Report…"))->trigger();
    const QString reportText = allText(report);
    CHECK(reportText.contains(QStringLiteral("Workshop outcome report")));
    CHECK(reportText.contains(QStringLiteral("Managers and chiefs, before and after"))); // drawn by Qt Charts
    CHECK(reportText.contains(QStringLiteral("Workload worksheets")));
    CHECK(window.savedLabel()->text().contains(QStringLiteral("Wrote Outcome Report to")));

    // Cancelling the print dialog writes nothing.
    setDialogHandler([](QDialog& dialog) {
        dialog.reject();
        return dialog.result();
    });
    const QString cancelled = dir.path(QStringLiteral("cancelled.pdf"));
    ui::prompts::setNextFileName(cancelled);
    window.exportDocument(QStringLiteral("outcomes"));
    CHECK_FALSE(QFileInfo::exists(cancelled));
    setDialogHandler({});
    ui::prompts::reset();
}

TEST_CASE("Action plans of a workshop without teams are refused with the reason, before anything is asked")
{
    UiFixture f;
    int dialogs = 0;
    setDialogHandler([&dialogs](QDialog& dialog) {
        ++dialogs;
        dialog.accept();
        return dialog.result();
    });
    const QString out = f.dir.path(QStringLiteral("plans.pdf"));
    ui::prompts::setNextFileName(out);
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    f.window->exportDocument(QStringLiteral("actionplans"));
    CHECK(dialogs == 0);
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("has no teams yet")));
    CHECK(f.window->noticeBar()->text().contains(QStringLiteral("has no teams yet")));
    CHECK_FALSE(QFileInfo::exists(out));
    // No save dialog came up: forget the file name given for it.
    ui::prompts::reset();
    setDialogHandler([&dialogs](QDialog& dialog) {
        ++dialogs;
        dialog.accept();
        return dialog.result();
    });

    // The outcome report of a workshop with nothing yet still prints, saying so.
    const QString report = f.dir.path(QStringLiteral("report.pdf"));
    ui::prompts::setNextFileName(report);
    f.window->exportDocument(QStringLiteral("outcomes"));
    CHECK(dialogs == 1);
    CHECK(allText(report).contains(QStringLiteral("No team has filled in a workload worksheet yet.")));
    setDialogHandler({});
    ui::prompts::reset();
}

TEST_CASE("The Action plans page prints the plan of the team on screen, and only that team's")
{
    ui::prompts::reset();
    TempDir dir;
    // A demo of its own: the shared demo file may be open in a test running beside this one.
    const QString demoFile = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(demoFile));
    ui::MainWindow window;
    window.show();
    REQUIRE(window.openFile(demoFile));
    QCoreApplication::processEvents(); // the file view is shown through a queued call
    ui::WorkshopPage* page = window.fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Outcomes);
    ui::OutcomesTab* outcomes = page->outcomes();
    outcomes->showPage(ui::OutcomesTab::Page::ActionPlans);
    ui::ActionPlanPanel* plans = outcomes->actionPlans();
    REQUIRE(plans->teamCombo()->count() >= 2);
    plans->teamCombo()->setCurrentIndex(1);
    Q_EMIT plans->teamCombo()->activated(1);
    const QString chosen = plans->teamCombo()->currentText().remove(QStringLiteral("⚠")).trimmed();
    const QString other = plans->teamCombo()->itemText(0).remove(QStringLiteral("⚠")).trimmed();

    acceptOnA4();
    const QString out = dir.path(QStringLiteral("team.pdf"));
    ui::prompts::setNextFileName(out);
    QTest::mouseClick(plans->printButton(), Qt::LeftButton);
    const QString text = allText(out);
    CHECK(text.contains(chosen));
    CHECK_FALSE(text.contains(other));
    CHECK(text.contains(QStringLiteral("Signatures")));
    CHECK(window.savedLabel()->text().contains(QStringLiteral("Wrote Team Action Plan to")));
    setDialogHandler({});
    ui::prompts::reset();
}
