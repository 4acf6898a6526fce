// File > Merge from…: the preview lists the conflicts, Merge merges as one
// undoable action, and the report stays on screen to copy and save.

#include <catch2/catch.hpp>

#include "../core/MergeScenario.h"
#include "Document.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/MergeDialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace rt;
using namespace rt::test;

TEST_CASE("Merge from… previews, merges as one undoable action and keeps the report")
{
    TempDir dir;
    TestClock clock;
    const Laptops files = makeLaptops(dir, clock);
    ui::prompts::reset();
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(1200, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->openFile(files.a));
    const QStringList before = dump(window->document()->database(), false);

    QString previewText;
    int conflictRows = 0;
    bool mergedInDialog = false;
    const QString reportPath = dir.path(QStringLiteral("report.txt"));
    ui::prompts::setNextFileName(files.b);
    ui::prompts::setDialogHandler([&](QDialog& d) {
        auto* dialog = qobject_cast<ui::MergeDialog*>(&d);
        REQUIRE(dialog);
        d.resize(900, 560);
        d.show();
        REQUIRE(QTest::qWaitForWindowExposed(&d));
        QTest::qWait(50);
        conflictRows = dialog->conflictTable()->rowCount();
        previewText = dialog->report().toText();
        d.grab().save(QDir::temp().filePath(QStringLiteral("roundtable-merge-preview.png")));
        QTest::mouseClick(buttonNamed(&d, QStringLiteral("Merge the other file into this one")), Qt::LeftButton);
        mergedInDialog = dialog->merged();
        QTest::qWait(50);
        d.grab().save(QDir::temp().filePath(QStringLiteral("roundtable-merge-done.png")));
        QTest::mouseClick(buttonNamed(&d, QStringLiteral("Copy the merge report")), Qt::LeftButton);
        ui::prompts::setNextFileName(reportPath);
        QTest::mouseClick(buttonNamed(&d, QStringLiteral("Save the merge report as a text file")), Qt::LeftButton);
        QTest::mouseClick(buttonNamed(&d, QStringLiteral("Close the merge report")), Qt::LeftButton);
        return d.result();
    });
    QAction* mergeAction = nullptr;
    for (QAction* a : window->menuBar()->actions().front()->menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Merge from")))
            mergeAction = a;
    }
    REQUIRE(mergeAction);
    REQUIRE(mergeAction->isEnabled());
    mergeAction->trigger();
    ui::prompts::setDialogHandler({});

    CHECK(previewText.contains(QStringLiteral("would do")));
    CHECK(conflictRows >= 4);
    REQUIRE(mergedInDialog);
    Database& db = window->document()->database();
    CHECK(value(db, QStringLiteral("SELECT minutes FROM agenda_items WHERE title = 'Opening remarks'")).toInt() == 60);
    CHECK(rows(db, QStringLiteral("teams")) == 1);
    CHECK(QGuiApplication::clipboard()->text().contains(QStringLiteral("Opening remarks")));
    CHECK(QString::fromUtf8(readBytes(reportPath)).contains(QStringLiteral("Merged")));

    // One entry on the undo stack takes the whole merge back.
    REQUIRE(window->document()->undoStack()->count() == 1);
    CHECK(window->document()->undoStack()->undoText().startsWith(QStringLiteral("Merge from")));
    window->undoAction()->trigger();
    CHECK(rows(db, QStringLiteral("teams")) == 0);
    CHECK(dump(db, false) == before);
    window.reset();
    ui::prompts::reset();
}

TEST_CASE("Merge from… a file that is not ours says why and changes nothing")
{
    TempDir dir;
    TestClock clock;
    const Laptops files = makeLaptops(dir, clock);
    writeBytes(dir.path(QStringLiteral("notes.roundtable")), "not a database");
    ui::prompts::reset();
    auto window = std::make_unique<ui::MainWindow>();
    REQUIRE(window->openFile(files.a));
    const QStringList before = dump(window->document()->database());
    ui::prompts::setNextFileName(dir.path(QStringLiteral("notes.roundtable")));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    window->mergeFromDialog();
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("notes.roundtable")));
    CHECK(dump(window->document()->database()) == before);
    CHECK(window->document()->undoStack()->count() == 0);
    window.reset();
    ui::prompts::reset();
}
