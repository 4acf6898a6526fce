// roundtable-screenshots: renders each page of the app on the demo file into
// PNG files, for the user guide and the README. Runs on the offscreen
// platform, so it needs no display: roundtable-screenshots OUTPUT_FOLDER

#include "AppSettings.h"
#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "pages/DiscussionsTab.h"
#include "common/Translations.h"
#include "dialogs/AttendanceSettingsDialog.h"
#include "dialogs/AssessmentTemplatesDialog.h"
#include "dialogs/CatalogDialog.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/ImportRosterDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/NewWorkshopDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "agenda/Live.h"
#include "attendance/Attendance.h"
#include "people/Roster.h"
#include "ServerPasswords.h"
#include "storage/Database.h"
#include "storage/Journal.h"
#include "common/Clock.h"
#include "pages/AgendaTab.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/FollowUpPage.h"
#include "pages/OutcomesTab.h"
#include "pages/OverviewTab.h"
#include "pages/ResultsPanel.h"
#include "pages/PeoplePage.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "people/Roster.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <cstdio>

namespace {

bool save(QWidget& window, const QString& folder, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and the demo go to a throwaway place, not the user's own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication::setApplicationName(QStringLiteral("RoundtableScreenshots"));
    QApplication::setOrganizationName(QStringLiteral("Roundtable"));
    rt::installTranslations(QStringLiteral("en"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: roundtable-screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    const QString folder = args.at(1);
    QDir().mkpath(folder);

    rt::ui::MainWindow window;
    // Who the history names for the demo's set-up.
    rt::journal::setAuthor(QStringLiteral("Lead facilitator"));
    window.resize(1440, 900);
    window.show();
    // No file open at all (none could be opened): the welcome page offers files too.
    QTest::qWait(50);
    const bool noFileShot = save(window, folder, QStringLiteral("welcome-no-file"));
    // A new, empty file first: the starting point a new user sees.
    if (!window.newFile(home.filePath(QStringLiteral("Workshops.roundtable"))))
        return 1;
    QTest::qWait(50);
    bool ok = save(window, folder, QStringLiteral("new-file"));
    ok = noFileShot && ok;
    // The welcome page of a first start, in a window the size of a small laptop's.
    window.resize(1100, 700);
    QTest::qWait(50);
    ok = save(window, folder, QStringLiteral("welcome")) && ok;
    window.resize(1440, 900);
    if (!window.openDemo())
        return 1;
    QTest::qWait(50);
    rt::ui::FileView* view = window.fileView();
    rt::ui::WorkshopPage* page = view->workshopPage();
    ok = save(window, folder, QStringLiteral("overview")) && ok;

    page->showTab(rt::ui::WorkshopPage::Tab::RosterTeams);
    ok = save(window, folder, QStringLiteral("roster-and-teams")) && ok;

    page->rosterTeams()->filterEdit()->setText(QStringLiteral("eugene"));
    ok = save(window, folder, QStringLiteral("roster-filter")) && ok;
    page->rosterTeams()->filterEdit()->clear();

    page->showTab(rt::ui::WorkshopPage::Tab::Attendance);
    rt::ui::AttendanceTab* attendance = page->attendance();
    // The demo stands at the start of day one's afternoon.
    attendance->blockCombo()->setCurrentIndex(1);
    Q_EMIT attendance->blockCombo()->activated(1);
    QTest::keyClicks(attendance->checkIn()->searchEdit(), QStringLiteral("ke"));
    ok = save(window, folder, QStringLiteral("check-in")) && ok;
    attendance->checkIn()->searchEdit()->clear();
    attendance->showView(rt::ui::AttendanceTab::View::Grid);
    ok = save(window, folder, QStringLiteral("attendance-grid")) && ok;
    {
        rt::ui::AttendanceSettingsDialog dialog(4, &window);
        dialog.setSettings(rt::attendance::blocksOf(window.document()->database(), view->currentWorkshopId()).value_or(
                               std::vector<rt::AttendanceBlock>{}),
                           rt::CreditRules{});
        dialog.show();
        ok = save(dialog, folder, QStringLiteral("attendance-settings-dialog")) && ok;
    }
    attendance->showView(rt::ui::AttendanceTab::View::CheckIn);

    // The demo's discussion rounds.
    page->showTab(rt::ui::WorkshopPage::Tab::Discussions);
    ok = save(window, folder, QStringLiteral("discussions")) && ok;

    // The outcomes: answers keyed in, one team's results and the cohort's, a worksheet, a plan.
    page->showTab(rt::ui::WorkshopPage::Tab::Outcomes);
    rt::ui::OutcomesTab* outcomes = page->outcomes();
    outcomes->showPage(rt::ui::OutcomesTab::Page::Assessments);
    ok = save(window, folder, QStringLiteral("outcomes-assessments")) && ok;
    outcomes->showPage(rt::ui::OutcomesTab::Page::Results);
    if (outcomes->results()->teamCombo()->count() > 1)
        outcomes->results()->selectTeam(outcomes->results()->teamCombo()->itemData(1).toLongLong());
    ok = save(window, folder, QStringLiteral("outcomes-results-team")) && ok;
    outcomes->results()->selectTeam(0);
    ok = save(window, folder, QStringLiteral("outcomes-results-cohort")) && ok;
    outcomes->showPage(rt::ui::OutcomesTab::Page::Worksheet);
    ok = save(window, folder, QStringLiteral("outcomes-worksheet")) && ok;
    outcomes->showPage(rt::ui::OutcomesTab::Page::ActionPlans);
    ok = save(window, folder, QStringLiteral("outcomes-action-plans")) && ok;
    outcomes->showPage(rt::ui::OutcomesTab::Page::Assessments);

    // The agenda as planned, then live at mid-morning of day one (a clock
    // set to the workshop's date drives the run-of-show).
    page->showTab(rt::ui::WorkshopPage::Tab::Agenda);
    ok = save(window, folder, QStringLiteral("agenda")) && ok;
    {
        QDateTime now(QDate(2027, 3, 9), QTime(8, 32));
        rt::setClockForTesting([&now] { return now.toUTC(); });
        rt::ui::AgendaTab* agenda = page->agenda();
        rt::ui::Document& document = *window.document();
        const rt::Id workshop = view->currentWorkshopId();
        document.apply(rt::live::start(document.database(), workshop, 1));
        now = QDateTime(QDate(2027, 3, 9), QTime(9, 3));
        document.apply(rt::live::next(document.database(), workshop, 1));
        now = QDateTime(QDate(2027, 3, 9), QTime(9, 26));
        document.apply(rt::live::next(document.database(), workshop, 1));
        now = QDateTime(QDate(2027, 3, 9), QTime(10, 12, 40));
        agenda->tick();
        ok = save(window, folder, QStringLiteral("agenda-live")) && ok;
        rt::setClockForTesting({});
    }

    // The dialogs, filled in as a person would.
    {
        rt::ui::NewWorkshopDialog dialog(window.document()->database(), &window);
        dialog.show();
        ok = save(dialog, folder, QStringLiteral("new-workshop-dialog")) && ok;
    }
    {
        rt::ui::PersonDialog dialog(window.document()->database(), rt::ui::PersonDialog::Mode::AddToRoster, &window);
        dialog.show();
        QTest::keyClicks(dialog.firstNameEdit(), QStringLiteral("Dana"));
        QTest::keyClicks(dialog.lastNameEdit(), QStringLiteral("Whitfield"));
        QTest::keyClicks(dialog.jurisdictionEdit(), QStringLiteral("Albany"));
        dialog.refreshMatches();
        ok = save(dialog, folder, QStringLiteral("add-person-dialog")) && ok;
    }
    {
        // A registration export as the host sends it, with one person who
        // came to an earlier workshop and one row with no name.
        QByteArray csv = "First Name,Last Name,Email Address,Organization,Job Title,State,Mobile Phone,Dietary Needs\r\n"
                         "Renee,Castillo,rcastillo@medford.example,City of Medford,City Manager,OR,541-555-0142,\r\n"
                         "Thomas,Whitaker,twhitaker@medford.example,Medford Police Department,Chief of Police,OR,,Vegetarian\r\n"
                         "Angela,Brooks,abrooks@roseburg.example,City of Roseburg,Assistant City Manager,OR,,\r\n"
                         "Daniel,Okafor,dokafor@roseburg.example,Roseburg Police,Police Chief,OR,541-555-0199,\r\n";
        const auto enrolled = rt::roster::list(window.document()->database(), view->currentWorkshopId());
        if (enrolled && !enrolled->empty()) {
            const rt::Person& p = enrolled->back().person;
            csv += QStringLiteral("%1,%2,%3,%4,,%5,,\r\n").arg(p.firstName, p.lastName, p.email, p.jurisdiction, p.state).toUtf8();
        }
        csv += ",,info@example.org,Visitor,,OR,,\r\n";
        rt::ui::ImportRosterDialog dialog(*window.document(), view->currentWorkshopId(), csv,
                                          QStringLiteral("registrations.csv"), &window);
        if (dialog.load()) {
            dialog.show();
            ok = save(dialog, folder, QStringLiteral("import-roster-columns")) && ok;
            dialog.next();
            ok = save(dialog, folder, QStringLiteral("import-roster-review")) && ok;
        }
    }
    {
        rt::ui::CatalogDialog dialog(*window.document(), &window);
        dialog.show();
        ok = save(dialog, folder, QStringLiteral("catalog-dialog")) && ok;
    }
    {
        rt::ui::AssessmentTemplatesDialog dialog(*window.document(), &window);
        dialog.show();
        ok = save(dialog, folder, QStringLiteral("assessment-templates-dialog")) && ok;
    }
    view->showPeople();
    view->peoplePage()->view()->setCurrentIndex(view->peoplePage()->view()->model()->index(3, 0));
    ok = save(window, folder, QStringLiteral("people")) && ok;
    // Follow-up six weeks after the demo workshop: what is late, what is due.
    {
        rt::setClockForTesting([] { return QDateTime(QDate(2027, 4, 21), QTime(10, 0)).toUTC(); });
        view->showFollowUp();
        view->followUpPage()->reload();
        ok = save(window, folder, QStringLiteral("follow-up")) && ok;
        rt::setClockForTesting({});
    }
    // The change history after the second morning at the door: three
    // check-ins and a cancellation, in the workshop's tab and one person's window.
    {
        rt::journal::setAuthor(QStringLiteral("Registration desk"));
        view->selectWorkshop(page->workshopId());
        rt::Database& db = window.document()->database();
        const auto blocks = rt::attendance::blocksOf(db, page->workshopId());
        const auto roster = rt::roster::list(db, page->workshopId());
        if (blocks && blocks->size() > 2 && roster && roster->size() > 4) {
            const QTime times[] = {QTime(8, 42), QTime(8, 44), QTime(8, 51)};
            for (int i = 0; i < 3; ++i) {
                rt::setClockForTesting([t = times[i]] { return QDateTime(QDate(2027, 3, 10), t).toUTC(); });
                window.document()->apply(rt::attendance::mark(db, page->workshopId(), roster->at(size_t(i)).person.id,
                                                              blocks->at(2).id, rt::AttendanceStatus::Present));
            }
            rt::setClockForTesting([] { return QDateTime(QDate(2027, 3, 10), QTime(9, 5)).toUTC(); });
            const rt::Id cancelled = roster->at(4).person.id;
            window.document()->apply(rt::roster::cancel(db, page->workshopId(), cancelled));
            page->showTab(rt::ui::WorkshopPage::Tab::History);
            QTest::qWait(50);
            ok = save(window, folder, QStringLiteral("history")) && ok;
            if (auto* dialog = rt::ui::showPersonHistory(*window.document(), cancelled, &window)) {
                QTest::qWait(50);
                ok = save(*dialog, folder, QStringLiteral("history-person")) && ok;
                dialog->close();
            }
            rt::setClockForTesting({});
        }
    }
    // File > Connect to Server…, filled in from a pasted address. The
    // picture never reads or writes this computer's keychain.
    {
        rt::ui::ServerPasswords::useMemoryForTests(true);
        rt::ui::ConnectServerDialog dialog(&window);
        dialog.show();
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("postgresql://maria@db.example.org:5432/roundtable?sslmode=require"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse"));
        dialog.rememberBox()->setChecked(true);
        ok = save(dialog, folder, QStringLiteral("connect-server-dialog")) && ok;
    }
    // Edit > Preferences…, with a letterhead: the venue the material names and
    // a plain emblem drawn here, so the picture needs no image file of its own.
    {
        QImage logo(320, 96, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x1f, 0x4e, 0x79));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(4, 4, 88, 88));
        painter.setBrush(QColor(0xc8, 0x9b, 0x3c));
        painter.drawRect(QRectF(108, 30, 200, 14));
        painter.drawRect(QRectF(108, 54, 150, 14));
        painter.end();
        const QString logoPath = home.filePath(QStringLiteral("logo.png"));
        logo.save(logoPath);
        rt::ui::settings::setOrganisationName(QStringLiteral("Oregon State Police Academy"));
        rt::ui::settings::setLogoPath(logoPath);
        rt::ui::PreferencesDialog dialog(window.document(), &window);
        dialog.show();
        QTest::qWait(50);
        ok = save(dialog, folder, QStringLiteral("preferences")) && ok;
    }
    // Dialogs the user guide shows, opened the way the menus open them and
    // photographed instead of run.
    {
        QString shot;
        rt::ui::prompts::setDialogHandler([&](QDialog& dialog) {
            dialog.show();
            QTest::qWait(50);
            ok = save(dialog, folder, shot) && ok;
            dialog.reject();
            return dialog.result();
        });
        page->showTab(rt::ui::WorkshopPage::Tab::Attendance);
        shot = QStringLiteral("print-sign-in-dialog");
        window.exportDocument(QStringLiteral("signin"));
        shot = QStringLiteral("pricing-dialog");
        window.editPricing();
        shot = QStringLiteral("restore-backup-dialog");
        window.restoreBackup();
        page->showTab(rt::ui::WorkshopPage::Tab::Discussions);
        shot = QStringLiteral("new-round-dialog");
        page->discussions()->newRound();
        rt::ui::prompts::setDialogHandler({});
    }
    return ok ? 0 : 1;
}
