// The Agenda tab as a facilitator uses it: start from a template, add and
// reorder items, see when the plan does not fit, then run the day live with
// the projector showing only what the room may see.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "agenda/Agenda.h"
#include "common/Clock.h"
#include "dialogs/AgendaItemDialog.h"
#include "models/AgendaModel.h"
#include "pages/AgendaTab.h"
#include "pages/LivePanel.h"
#include "pages/WorkshopPage.h"
#include "projector/ProjectorWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

struct FakeClock {
    QDateTime now;
    FakeClock()
        : now(QDateTime(QDate(2027, 3, 9), QTime(8, 25)))
    {
        setClockForTesting([this] { return now.toUTC(); });
    }
    ~FakeClock() { setClockForTesting({}); }
    void at(int hour, int minute, int second = 0) { now = QDateTime(QDate(2027, 3, 9), QTime(hour, minute, second)); }
};

ui::AgendaTab* agendaTab(UiFixture& f)
{
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Agenda);
    return page->agenda();
}

Id twoDayTemplate(const UiFixture& f)
{
    auto db = f.reopen();
    for (const AgendaTemplate& t : expectOk(agenda::templates(*db))) {
        if (t.name.startsWith(QStringLiteral("Two-day")))
            return t.id;
    }
    FAIL("no two-day template");
    return 0;
}

} // namespace

TEST_CASE("Building a day: a template, a new item, a drag, and a warning when it no longer fits")
{
    UiFixture f;
    ui::AgendaTab* tab = agendaTab(f);
    CHECK(tab->warningLabel()->text().contains(QStringLiteral("No items yet")));
    tab->useTemplate(twoDayTemplate(f));
    ui::AgendaModel* model = tab->model();
    REQUIRE(model->rowCount() == 12);
    CHECK(model->index(0, ui::AgendaModel::Time).data().toString() == QStringLiteral("08:30–09:00"));
    CHECK(tab->warningLabel()->text().contains(QStringLiteral("fits the day")));

    // A new item after the selected first one moves everything after it.
    tab->view()->setCurrentIndex(model->index(0, 0));
    setDialogHandler([](QDialog& dialog) {
        auto* d = qobject_cast<ui::AgendaItemDialog*>(&dialog);
        REQUIRE(d);
        QTest::keyClicks(d->titleEdit(), QStringLiteral("Housekeeping & <Wi-Fi>"));
        d->minutesSpin()->setValue(20);
        d->notesEdit()->setPlainText(QStringLiteral("Mention the fire exits."));
        d->accept();
        return d->result();
    });
    tab->addItem();
    REQUIRE(model->rowCount() == 13);
    CHECK(model->index(1, ui::AgendaModel::Title).data().toString() == QStringLiteral("Housekeeping & <Wi-Fi>"));
    CHECK(model->index(2, ui::AgendaModel::Time).data().toString() == QStringLiteral("09:20–09:40"));
    // Twenty more minutes before a noon lunch that had ten to spare.
    CHECK(tab->warningLabel()->text().contains(QStringLiteral("fixed at 12:00")));

    // Dragging the new item to the top.
    const Id added = model->index(1, 0).data(ui::AgendaModel::ItemIdRole).toLongLong();
    QMimeData* data = model->mimeData({model->index(1, 0)});
    model->dropMimeData(data, Qt::MoveAction, 0, 0, {});
    delete data;
    CHECK(model->index(0, 0).data(ui::AgendaModel::ItemIdRole).toLongLong() == added);
    CHECK(model->index(0, ui::AgendaModel::Time).data().toString() == QStringLiteral("08:30–08:50"));

    // Undo takes the steps back one by one.
    f.window->undoAction()->trigger();
    CHECK(model->index(1, 0).data(ui::AgendaModel::ItemIdRole).toLongLong() == added);
    tab->removeItem();
    CHECK(model->rowCount() == 12);
    CHECK(tab->warningLabel()->text().contains(QStringLiteral("fits the day")));
}

TEST_CASE("Running the day live: start, the countdown's warnings, next, extend, pause, and a restart resumes")
{
    FakeClock clock;
    UiFixture f;
    ui::AgendaTab* tab = agendaTab(f);
    tab->useTemplate(twoDayTemplate(f));
    ui::LivePanel* panel = tab->livePanel();
    CHECK(panel->currentLabel()->text() == QStringLiteral("Not started."));

    clock.at(8, 31);
    panel->startButton()->click();
    CHECK(tab->liveState().phase == LiveState::Phase::Running);
    CHECK(panel->currentLabel()->text().startsWith(QStringLiteral("Welcome")));
    clock.at(8, 56); // 25 of 30 minutes gone: amber
    tab->tick();
    CHECK(tab->liveState().warning == LiveWarning::Amber);
    CHECK(panel->clockLabel()->text().contains(QStringLiteral("05:00 left")));
    clock.at(9, 4); // over
    tab->tick();
    CHECK(tab->liveState().warning == LiveWarning::Red);
    CHECK(panel->clockLabel()->text().contains(QStringLiteral("over by")));
    CHECK(panel->dayLabel()->text().contains(QStringLiteral("behind")));

    panel->nextButton()->click();
    CHECK(tab->liveState().current == size_t(1));
    panel->extendMinutes()->setValue(10);
    panel->extendButton()->click();
    CHECK(tab->model()->index(1, ui::AgendaModel::Length).data().toString() == QStringLiteral("20 min + 10 min"));
    panel->pauseButton()->click();
    CHECK(tab->liveState().phase == LiveState::Phase::Paused);

    // The app closes and opens again: the room is where it was.
    f.window->openFile(f.path);
    f.window->fileView()->selectWorkshop(f.workshop);
    tab = agendaTab(f);
    CHECK(tab->liveState().phase == LiveState::Phase::Paused);
    CHECK(tab->liveState().current == size_t(1));

    SECTION("the projector shows the room what it may see, and never the notes")
    {
        {
            // Through the window's own connection: the file has one writer.
            Database& db = f.window->document()->database();
            AgendaItem item = expectOk(agenda::dayOf(db, f.workshop, 1))[1];
            item.notes = QStringLiteral("Private: skip the slide on budgets");
            item.prompt = QStringLiteral("What would you ask first?");
            expectOk(agenda::updateItem(db, item));
        }
        tab->reload();
        tab->showProjector();
        REQUIRE(tab->projector());
        CHECK(tab->projector()->isVisible());
        const QString shown = tab->projector()->visibleText();
        CHECK(shown.contains(QStringLiteral("What would you ask first?")));
        CHECK_FALSE(shown.contains(QStringLiteral("Private")));
        tab->projector()->close();
    }
}

TEST_CASE("The agenda prints from the app: the handout, the facilitators' version and the calendar file")
{
    UiFixture f;
    ui::AgendaTab* tab = agendaTab(f);
    setDialogHandler([](QDialog& dialog) {
        dialog.accept();
        return dialog.result();
    });
    // No agenda yet: told so, and no file.
    ui::prompts::setNextFileName(f.dir.path(QStringLiteral("empty.pdf")));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    f.window->exportDocument(QStringLiteral("agenda"));
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("Agenda tab")));
    CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("empty.pdf"))));

    tab->useTemplate(twoDayTemplate(f));
    for (const QString& kind : {QStringLiteral("agenda"), QStringLiteral("agenda-facilitator")}) {
        const QString out = f.dir.path(kind + QStringLiteral(".pdf"));
        ui::prompts::setNextFileName(out);
        f.window->exportDocument(kind);
        CHECK(readBytes(out).startsWith("%PDF"));
    }
    ui::prompts::setNextFileName(f.dir.path(QStringLiteral("agenda")));
    f.window->exportDocument(QStringLiteral("ics"));
    CHECK(readBytes(f.dir.path(QStringLiteral("agenda.ics"))).startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(f.window->savedLabel()->text().contains(QStringLiteral("agenda calendar")));
}
