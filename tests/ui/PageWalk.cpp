#include "PageWalk.h"

#include "Document.h"
#include "FileView.h"
#include "Fixtures.h"
#include "Prompts.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportRosterDialog.h"
#include "pages/ActionPlanPanel.h"
#include "pages/AgendaTab.h"
#include "pages/AssessmentEntryPanel.h"
#include "pages/AttendanceGridPanel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/DiscussionsTab.h"
#include "pages/FollowUpPage.h"
#include "pages/LivePanel.h"
#include "pages/OutcomesTab.h"
#include "pages/PeoplePage.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "projector/ProjectorWindow.h"
#include "demo/Demo.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

namespace rt::test {
namespace {

using Tab = ui::WorkshopPage::Tab;

ui::WorkshopPage* page(Walk& w)
{
    return w.window().fileView()->workshopPage();
}

void selectFirst(QAbstractItemView* view)
{
    const QModelIndex first = view->model()->index(0, 0);
    view->setCurrentIndex(first);
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// The menu action whose text (without mnemonics) is `text`.
QAction* action(Walk& w, const QString& text)
{
    for (QAction* a : w.window().menuBar()->findChildren<QAction*>()) {
        if (a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) == text)
            return a;
    }
    FAIL("no menu action " << text.toStdString());
    return nullptr;
}

void tab(Walk& w, Tab t)
{
    page(w)->showTab(t);
}

// A roster a coordinator might be sent, for the import dialog's pages.
QString rosterFile()
{
    static TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.csv"));
    writeBytes(path, QByteArray("First name,Last name,Title,City,Email\n"
                                "Ana,Reyes,City Manager,Eugene,ana@eugene.example.org\n"
                                "Tom,Baker,Police Chief,Eugene,tom@eugene.example.org\n"));
    return path;
}

} // namespace

Walk::Walk(Look look)
    : m_look(std::move(look))
{
    ui::prompts::reset();
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
    // The demo's content in a file of this walk's own: the demo's usual place
    // is shared by every test program running at the same time.
    const QString path = m_dir.filePath(QStringLiteral("Demo.roundtable"));
    REQUIRE(demo::write(path));
    REQUIRE(m_window->openFile(path));
    // A question or message box the stop did not expect would wait for a
    // click forever: it is answered with its Escape button.
    auto* closer = new QTimer(m_window.get());
    QObject::connect(closer, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            qWarning("walk: answered an unexpected message: %s", qPrintable(box->text()));
            box->reject();
        }
        else if (auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget()))
            files->reject();
    });
    closer->start(100);
}

Walk::~Walk()
{
    ui::prompts::reset();
    m_window.reset();
}

void Walk::look(QWidget* root, const QString& detail)
{
    if (!root->isVisible())
        root->show();
    QApplication::processEvents();
    QTest::qWait(1);
    ++m_looks;
    // ROUNDTABLE_WALK_SHOTS=<folder> keeps a picture of each stop, to look at.
    if (const QString shots = qEnvironmentVariable("ROUNDTABLE_WALK_SHOTS"); !shots.isEmpty()) {
        QString name = detail.isEmpty() ? m_stop : m_stop + QStringLiteral(" - ") + detail;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("_"));
        root->grab().save(QStringLiteral("%1/%2-%3.png").arg(shots).arg(m_looks, 3, 10, QLatin1Char('0')).arg(name));
    }
    m_look(detail.isEmpty() ? m_stop : m_stop + QStringLiteral(" > ") + detail, root);
}

void Walk::dialogs(const std::function<void()>& open, const std::function<void(QDialog&)>& inside)
{
    ui::prompts::setDialogHandler([this, inside](QDialog& d) {
        // Copies: the nested handler set below replaces this one while it runs.
        Walk* self = this;
        const std::function<void(QDialog&)> within = inside;
        const QString name = QString::fromLatin1(d.metaObject()->className());
        self->look(&d, name);
        for (QTabWidget* tabs : d.findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                self->look(&d, name + QStringLiteral(" > ") + tabs->tabText(i).remove(QLatin1Char('&')));
            }
        }
        if (within) {
            ui::prompts::setDialogHandler([self](QDialog& nested) {
                self->look(&nested, QString::fromLatin1(nested.metaObject()->className()));
                return int(QDialog::Rejected);
            });
            within(d);
        }
        d.hide();
        return int(QDialog::Rejected);
    });
    open();
    ui::prompts::setDialogHandler({});
}

void Walk::run()
{
    for (const Stop& stop : stops()) {
        m_stop = stop.name;
        if (qEnvironmentVariableIsSet("ROUNDTABLE_WALK_TRACE"))
            qInfo("walk: %s", qPrintable(stop.name));
        const int before = m_looks;
        stop.go(*this);
        if (m_looks == before)
            m_unreached << stop.name;
    }
}

const std::vector<Stop>& stops()
{
    using AV = ui::AttendanceTab::View;
    using OP = ui::OutcomesTab::Page;
    static const std::vector<Stop> all = {
        {QStringLiteral("Overview"), [](Walk& w) { tab(w, Tab::Overview); w.look(&w.window()); }},
        {QStringLiteral("Roster & Teams"), [](Walk& w) { tab(w, Tab::RosterTeams); w.look(&w.window()); }},
        {QStringLiteral("Attendance: check-in"), [](Walk& w) {
            tab(w, Tab::Attendance);
            page(w)->attendance()->showView(AV::CheckIn);
            w.look(&w.window());
        }},
        {QStringLiteral("Attendance: grid"), [](Walk& w) {
            tab(w, Tab::Attendance);
            page(w)->attendance()->showView(AV::Grid);
            w.look(&w.window());
        }},
        {QStringLiteral("Agenda: plan"), [](Walk& w) { tab(w, Tab::Agenda); w.look(&w.window()); }},
        {QStringLiteral("Agenda: live"), [](Walk& w) {
            tab(w, Tab::Agenda);
            Q_EMIT page(w)->agenda()->livePanel()->startRequested();
            w.look(&w.window());
        }},
        {QStringLiteral("Projector"), [](Walk& w) {
            page(w)->agenda()->showProjector();
            ui::ProjectorWindow* projector = page(w)->agenda()->projector();
            w.look(projector);
            projector->close();
        }},
        {QStringLiteral("Discussions"), [](Walk& w) { tab(w, Tab::Discussions); w.look(&w.window()); }},
        {QStringLiteral("Outcomes: assessments"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            page(w)->outcomes()->showPage(OP::Assessments);
            w.look(&w.window());
        }},
        {QStringLiteral("Outcomes: results"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            page(w)->outcomes()->showPage(OP::Results);
            w.look(&w.window());
        }},
        {QStringLiteral("Outcomes: worksheet"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            page(w)->outcomes()->showPage(OP::Worksheet);
            w.look(&w.window());
        }},
        {QStringLiteral("Outcomes: action plans"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            page(w)->outcomes()->showPage(OP::ActionPlans);
            w.look(&w.window());
        }},
        {QStringLiteral("History"), [](Walk& w) { tab(w, Tab::History); w.look(&w.window()); }},
        {QStringLiteral("People"), [](Walk& w) {
            w.window().fileView()->showPeople();
            w.look(&w.window());
        }},
        {QStringLiteral("Follow-up"), [](Walk& w) {
            w.window().fileView()->showFollowUp();
            w.look(&w.window());
        }},
        // Dialogs, opened the way a person opens them.
        {QStringLiteral("New workshop"), [](Walk& w) { w.dialogs([&] { w.window().newWorkshop(); }); }},
        {QStringLiteral("Pricing"), [](Walk& w) { w.dialogs([&] { w.window().editPricing(); }); }},
        {QStringLiteral("Catalog"), [](Walk& w) { w.dialogs([&] { w.window().editCatalog(); }); }},
        {QStringLiteral("Venues and facilitators"),
         [](Walk& w) { w.dialogs([&] { action(w, QStringLiteral("Venues and Facilitators"))->trigger(); }); }},
        {QStringLiteral("Assessment templates"), [](Walk& w) {
            w.dialogs([&] { action(w, QStringLiteral("Assessment Templates"))->trigger(); });
        }},
        {QStringLiteral("Author"),
         [](Walk& w) { w.dialogs([&] { action(w, QStringLiteral("Your Name for the Change History"))->trigger(); }); }},
        {QStringLiteral("Preferences"), [](Walk& w) { w.dialogs([&] { action(w, QStringLiteral("Preferences"))->trigger(); }); }},
        {QStringLiteral("Restore backup"), [](Walk& w) { w.dialogs([&] { w.window().restoreBackup(); }); }},
        {QStringLiteral("Connect to server"), [](Walk& w) { w.dialogs([&] { w.window().connectToServerDialog(); }); }},
        {QStringLiteral("Merge"), [](Walk& w) {
            static TempDir dir;
            const QString other = dir.path(QStringLiteral("other.roundtable"));
            REQUIRE(demo::write(other));
            ui::prompts::setNextFileName(other);
            w.dialogs([&] { w.window().mergeFromDialog(); });
        }},
        {QStringLiteral("File history"), [](Walk& w) {
            ui::HistoryDialog* d = ui::showFileHistory(*w.window().document(), &w.window());
            w.look(d);
            d->close();
        }},
        {QStringLiteral("Person"), [](Walk& w) {
            tab(w, Tab::RosterTeams);
            w.dialogs([&] { w.window().fileView()->workshopPage()->rosterTeams()->addPerson(); });
        }},
        {QStringLiteral("Person (edit)"), [](Walk& w) {
            ui::RosterTeamsTab* roster = page(w)->rosterTeams();
            tab(w, Tab::RosterTeams);
            selectFirst(roster->rosterView());
            w.dialogs([&] { roster->editPerson(); });
        }},
        {QStringLiteral("Team"), [](Walk& w) {
            tab(w, Tab::RosterTeams);
            w.dialogs([&] { page(w)->rosterTeams()->newTeam(); });
        }},
        {QStringLiteral("Import roster"), [](Walk& w) {
            tab(w, Tab::RosterTeams);
            ui::prompts::setNextFileName(rosterFile());
            w.dialogs([&] { page(w)->rosterTeams()->importRoster(); },
                      [&](QDialog& d) {
                          auto* import = qobject_cast<ui::ImportRosterDialog*>(&d);
                          REQUIRE(import);
                          import->next();
                          w.look(import, QStringLiteral("review"));
                          import->runImport();
                          w.look(import, QStringLiteral("report"));
                      });
        }},
        {QStringLiteral("Suggest teams"), [](Walk& w) {
            tab(w, Tab::RosterTeams);
            // The demo's people are all in teams: one team goes, its two are free.
            selectFirst(page(w)->rosterTeams()->teamView());
            ui::prompts::setNextAnswer(QMessageBox::Yes);
            page(w)->rosterTeams()->deleteTeam();
            w.dialogs([&] { page(w)->rosterTeams()->suggestTeams(); });
        }},
        {QStringLiteral("Attendance settings"), [](Walk& w) {
            tab(w, Tab::Attendance);
            w.dialogs([&] { page(w)->attendance()->editSettings(); });
        }},
        {QStringLiteral("Walk-in"), [](Walk& w) {
            tab(w, Tab::Attendance);
            w.dialogs([&] { page(w)->attendance()->checkIn()->registerWalkIn(); });
        }},
        {QStringLiteral("Agenda item"), [](Walk& w) {
            tab(w, Tab::Agenda);
            w.dialogs([&] { page(w)->agenda()->addItem(); });
        }},
        {QStringLiteral("Agenda: copy from workshop"), [](Walk& w) {
            tab(w, Tab::Agenda);
            w.dialogs([&] { page(w)->agenda()->copyFromWorkshop(); });
        }},
        {QStringLiteral("Round"), [](Walk& w) {
            tab(w, Tab::Discussions);
            w.dialogs([&] { page(w)->discussions()->newRound(); });
        }},
        {QStringLiteral("Action item"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            page(w)->outcomes()->showPage(OP::ActionPlans);
            w.dialogs([&] { page(w)->outcomes()->actionPlans()->addItem(); });
        }},
        {QStringLiteral("Status update"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            ui::ActionPlanPanel* plans = page(w)->outcomes()->actionPlans();
            page(w)->outcomes()->showPage(OP::ActionPlans);
            selectFirst(plans->view());
            w.dialogs([&] { plans->recordUpdate(); });
        }},
        {QStringLiteral("Action item from the parking lot"), [](Walk& w) {
            tab(w, Tab::Outcomes);
            page(w)->outcomes()->showPage(OP::ActionPlans);
            w.dialogs([&] { page(w)->outcomes()->actionPlans()->addFromParkingLot(); });
        }},
        {QStringLiteral("Export: sign-in sheets"), [](Walk& w) {
            tab(w, Tab::Attendance);
            w.dialogs([&] { w.window().exportDocument(QStringLiteral("signin")); });
        }},
        {QStringLiteral("Export: spreadsheet"),
         [](Walk& w) { w.dialogs([&] { w.window().exportDocument(QStringLiteral("spreadsheet")); }); }},
        {QStringLiteral("Export: agenda"), [](Walk& w) { w.dialogs([&] { w.window().exportDocument(QStringLiteral("agenda")); }); }},
        {QStringLiteral("Export: outcome report"),
         [](Walk& w) { w.dialogs([&] { w.window().exportDocument(QStringLiteral("outcomes")); }); }},
    };
    return all;
}

} // namespace rt::test
