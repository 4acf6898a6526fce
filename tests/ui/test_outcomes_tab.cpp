// The Outcomes tab as an instructor uses it: scores keyed in from paper forms
// (saved at once, undone from the Edit menu), a team's gaps and the cohort in
// the results with their charts, the workload worksheet checked as it is
// typed, and the assessment templates dialog.

#include <catch2/catch.hpp>

#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "assessments/Assessments.h"
#include "assessments/Pillars.h"
#include "charts/BarChart.h"
#include "dialogs/AssessmentTemplatesDialog.h"
#include "models/AnswerModel.h"
#include "pages/ActionPlanPanel.h"
#include "pages/AssessmentEntryPanel.h"
#include "pages/OutcomesTab.h"
#include "pages/ResultsPanel.h"
#include "pages/WorksheetPanel.h"
#include "pages/WorkshopPage.h"
#include "people/Teams.h"
#include "workload/Workload.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rt;
using namespace rt::test;
using rt::ui::prompts::setDialogHandler;

namespace {

struct Salem {
    Id manager = 0;
    Id chief = 0;
    Id team = 0;
};

// Salem's manager and chief, as one team; returns their ids through `out`.
std::function<void(Database&, Id)> salemTeam(Salem& out)
{
    return [&out](Database& db, Id workshop) {
        out.manager = enrollNew(db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                         QStringLiteral("Salem")));
        out.chief = enrollNew(db, workshop, makePerson(QStringLiteral("Lee"), QStringLiteral("Park"), Role::PoliceChief,
                                                       QStringLiteral("Salem")));
        out.team = expectOk(teams::create(db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {out.manager, out.chief})).subject;
    };
}

AssessmentTemplate firstTemplate(const Database& db)
{
    const auto all = expectOk(assessments::templates(db));
    REQUIRE_FALSE(all.empty());
    return all.front();
}

ui::OutcomesTab* outcomesTab(UiFixture& f, ui::OutcomesTab::Page page)
{
    ui::WorkshopPage* workshop = f.window->fileView()->workshopPage();
    workshop->showTab(ui::WorkshopPage::Tab::Outcomes);
    ui::OutcomesTab* tab = workshop->outcomes();
    tab->showPage(page);
    return tab;
}

std::optional<int> storedScore(const UiFixture& f, Id person, Id templateId, Phase phase, Id questionId)
{
    const auto db = f.reopen();
    for (const Answer& a : expectOk(assessments::answers(*db, f.workshop, person, templateId, phase))) {
        if (a.questionId == questionId)
            return a.score;
    }
    return std::nullopt;
}

Answer scored(Id questionId, int score)
{
    Answer a;
    a.questionId = questionId;
    a.score = score;
    return a;
}

} // namespace

TEST_CASE("Scores typed for a participant are saved at once, move down, clear with Delete and undo")
{
    Salem salem;
    UiFixture f(salemTeam(salem));
    ui::OutcomesTab* tab = outcomesTab(f, ui::OutcomesTab::Page::Assessments);
    ui::AssessmentEntryPanel* entry = tab->entry();
    const AssessmentTemplate form = firstTemplate(f.window->document()->database());
    entry->selectTemplate(form.id);
    REQUIRE(entry->participantList()->count() == 2);
    CHECK(entry->completionLabel()->text() == QStringLiteral("0 of 2 have answered before · 0 of 2 after"));

    entry->selectParticipant(salem.manager);
    QTableView* view = entry->answerView();
    REQUIRE(view->model()->rowCount() == int(form.questions.size()));
    REQUIRE(view->currentIndex().row() == 0);
    QTest::keyClick(view, Qt::Key_4);
    QTest::keyClick(view, Qt::Key_5);
    CHECK(view->currentIndex().row() == 2); // each digit moves down a statement
    QApplication::processEvents();          // the edit is saved once control is back
    CHECK(storedScore(f, salem.manager, form.id, Phase::Before, form.questions[0].id) == 4);
    CHECK(storedScore(f, salem.manager, form.id, Phase::Before, form.questions[1].id) == 5);
    CHECK(entry->participantList()->item(1)->data(Qt::AccessibleDescriptionRole).toString().startsWith(
        QStringLiteral("2/%1 before · 0/%1 after").arg(form.questions.size())));
    CHECK(entry->completionLabel()->text() == QStringLiteral("1 of 2 have answered before · 0 of 2 after"));

    // Delete clears the score on the current row.
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Delete);
    entry->saveNow();
    CHECK_FALSE(storedScore(f, salem.manager, form.id, Phase::Before, form.questions[1].id));
    CHECK(view->model()->index(1, ui::AnswerModel::Score).data(ui::AnswerModel::ScoreRole).isNull());

    // Undo from the Edit menu brings the score back, in the file and on screen.
    f.window->undoAction()->trigger();
    CHECK(storedScore(f, salem.manager, form.id, Phase::Before, form.questions[1].id) == 5);
    CHECK(view->model()->index(1, ui::AnswerModel::Score).data(ui::AnswerModel::ScoreRole).toInt() == 5);

    // A comment is typed into its column; the phase After is a separate form.
    const QModelIndex comment = view->model()->index(0, ui::AnswerModel::Comment);
    view->model()->setData(comment, QStringLiteral("Only when the council asks"));
    entry->saveNow();
    entry->setPhase(Phase::After);
    CHECK(entry->model()->scoredCount() == 0);
    QTest::keyClick(view, Qt::Key_2);
    entry->saveNow();
    CHECK(storedScore(f, salem.manager, form.id, Phase::After, form.questions[0].id) == 2);
    CHECK(storedScore(f, salem.manager, form.id, Phase::Before, form.questions[0].id) == 4);
    {
        const auto db = f.reopen();
        const auto before = expectOk(assessments::answers(*db, f.workshop, salem.manager, form.id, Phase::Before));
        CHECK(std::any_of(before.begin(), before.end(), [](const Answer& a) { return a.comment == QStringLiteral("Only when the council asks"); }));
    }

    // Ctrl+PgUp: the previous participant (by last name, Park before
    // Whitfield), from the first statement; Ctrl+PgDown comes back.
    QTest::keyClick(view, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(entry->personId() == salem.chief);
    CHECK(entry->participantList()->currentRow() == 0);
    CHECK(view->currentIndex().row() == 0);
    QTest::keyClick(view, Qt::Key_3);
    QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(entry->personId() == salem.manager);
    CHECK(storedScore(f, salem.chief, form.id, Phase::After, form.questions[0].id) == 3);

    // A click on one of the five boxes scores too; a click on the chosen one clears it.
    const QRect cell = view->visualRect(view->model()->index(2, ui::AnswerModel::Score));
    QPoint onThree;
    for (int x = cell.left(); x < cell.right() && onThree.isNull(); ++x) {
        if (ui::ScoreDelegate::scoreAt(cell, QPoint(x, cell.center().y())) == 3)
            onThree = QPoint(x + 4, cell.center().y());
    }
    REQUIRE_FALSE(onThree.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onThree);
    entry->saveNow();
    CHECK(storedScore(f, salem.manager, form.id, Phase::After, form.questions[2].id) == 3);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onThree);
    entry->saveNow();
    CHECK_FALSE(storedScore(f, salem.manager, form.id, Phase::After, form.questions[2].id));
}

TEST_CASE("The results show a team's gap per statement and the chart the same figures")
{
    Salem salem;
    AssessmentTemplate form;
    UiFixture f([&](Database& db, Id workshop) {
        salemTeam(salem)(db, workshop);
        form = firstTemplate(db);
        // The first section's statements: the manager agrees strongly, the chief hardly.
        const QString section = form.questions[0].section;
        std::vector<Answer> manager, chief;
        for (const AssessmentQuestion& q : form.questions) {
            if (q.section == section) {
                manager.push_back(scored(q.id, 5));
                chief.push_back(scored(q.id, 2));
            }
        }
        expectOk(assessments::saveAnswers(db, workshop, salem.manager, Phase::Before, manager));
        expectOk(assessments::saveAnswers(db, workshop, salem.chief, Phase::Before, chief));
    });
    ui::OutcomesTab* tab = outcomesTab(f, ui::OutcomesTab::Page::Results);
    ui::ResultsPanel* results = tab->results();
    results->selectTemplate(form.id);
    results->selectTeam(salem.team);
    QTableWidget* table = results->table();
    REQUIRE(table->rowCount() == int(form.questions.size()));
    CHECK(table->item(0, 1)->text() == form.questions[0].text);
    CHECK(table->item(0, 2)->text() == QStringLiteral("5.0"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("2.0"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("+3.0"));
    CHECK(table->item(0, 4)->data(Qt::UserRole).toDouble() == Approx(3.0));
    CHECK(table->item(0, 4)->font().bold()); // a large gap stands out
    CHECK(table->item(0, 7)->text() == QStringLiteral("—")); // nobody answered after
    const int last = table->rowCount() - 1;
    CHECK_FALSE(table->item(last, 4)->font().bold());
    CHECK(results->summaryLabel()->text().contains(QStringLiteral("Dana Whitfield")));

    // The chart: manager and chief by section, for the phase with answers.
    const ChartSpec& chart = results->chart()->spec();
    REQUIRE(chart.series.size() == 2);
    const int section = int(chart.categories.indexOf(form.questions[0].section));
    REQUIRE(section >= 0);
    CHECK(chart.series[0].values[size_t(section)] == Approx(5.0));
    CHECK(chart.series[1].values[size_t(section)] == Approx(2.0));
    CHECK(results->chart()->isVisibleTo(results));

    // The whole cohort: by role, with the respondent counts.
    results->selectTeam(0);
    CHECK(table->columnCount() == 9);
    CHECK(table->item(0, 2)->text() == QStringLiteral("5.0"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("2.0"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("3.5"));
    CHECK(results->secondChart()->isVisibleTo(results));
    CHECK(results->chart()->spec().series.size() == 4);
    bool counted = false;
    for (QLabel* l : results->findChildren<QLabel*>())
        counted = counted || l->text() == QStringLiteral("Respondents: 2 before · 0 after");
    CHECK(counted);
}

TEST_CASE("Results before any answers say where to enter them")
{
    Salem salem;
    UiFixture f(salemTeam(salem));
    ui::ResultsPanel* results = outcomesTab(f, ui::OutcomesTab::Page::Results)->results();
    CHECK(results->emptyLabel()->isVisibleTo(results));
    CHECK(results->emptyLabel()->text() == QStringLiteral("No answers yet: enter them on the Assessments page."));
}

TEST_CASE("The worksheet refuses a negative figure and works out the Rule of 60 as it is typed")
{
    Salem salem;
    UiFixture f(salemTeam(salem));
    ui::WorksheetPanel* sheet = outcomesTab(f, ui::OutcomesTab::Page::Worksheet)->worksheet();
    REQUIRE(sheet->teamId() == salem.team);

    QLineEdit* sworn = sheet->field(WorkloadField::SwornOfficers);
    QTest::keyClicks(sworn, QStringLiteral("-5"));
    CHECK_FALSE(sheet->problemLabel(WorkloadField::SwornOfficers)->text().isEmpty());
    CHECK(sworn->accessibleDescription() == sheet->problemLabel(WorkloadField::SwornOfficers)->text());
    QTest::keyClick(sworn, Qt::Key_Return); // finishing the field would save it
    CHECK(sheet->statusLabel()->text().startsWith(QStringLiteral("Not saved")));
    CHECK(expectOk(workload::load(*f.reopen(), salem.team)).isEmpty());

    // Something that is not a number at all.
    sworn->clear();
    QTest::keyClicks(sworn, QStringLiteral("about a hundred"));
    CHECK_FALSE(sheet->problemLabel(WorkloadField::SwornOfficers)->text().isEmpty());
    sworn->clear();
    CHECK(sheet->problemLabel(WorkloadField::SwornOfficers)->text().isEmpty());

    const std::pair<WorkloadField, const char*> typed[] = {
        {WorkloadField::Population, "50,000"},   {WorkloadField::SwornOfficers, "100"},  {WorkloadField::PatrolOfficers, "60"},
        {WorkloadField::CallsPerYear, "30,000"}, {WorkloadField::MinutesPerCall, "30"}, {WorkloadField::OfficersPerCall, "1.5"},
        {WorkloadField::NetHoursPerOfficer, "1,800"}};
    for (const auto& [field, text] : typed) {
        QTest::keyClicks(sheet->field(field), QString::fromLatin1(text));
        QTest::keyClick(sheet->field(field), Qt::Key_Return);
    }
    CHECK(sheet->figureValue(ui::WorksheetPanel::OfficersPerThousand)->text() == QStringLiteral("2.0"));
    CHECK(sheet->figureValue(ui::WorksheetPanel::PatrolShare)->text() == QStringLiteral("60%"));
    CHECK(sheet->figureValue(ui::WorksheetPanel::Saturation)->text() == QStringLiteral("20.8%"));
    CHECK_FALSE(sheet->figureStanding(ui::WorksheetPanel::Saturation)->text().isEmpty());
    CHECK_FALSE(sheet->figureNote(ui::WorksheetPanel::Saturation)->text().isEmpty());
    const WorkloadInputs stored = expectOk(workload::load(*f.reopen(), salem.team));
    CHECK(stored.population == Approx(50000));
    CHECK(stored.officersPerCall == Approx(1.5));
    CHECK(stored.netHoursPerOfficer == Approx(1800));
    CHECK(sheet->field(WorkloadField::Population)->text() == QStringLiteral("50,000"));

    // A later slip is not saved over good figures, and says what to do.
    QLineEdit* patrol = sheet->field(WorkloadField::PatrolOfficers);
    patrol->selectAll();
    QTest::keyClicks(patrol, QStringLiteral("-60"));
    QTest::keyClick(patrol, Qt::Key_Return);
    CHECK(sheet->figureValue(ui::WorksheetPanel::PatrolShare)->text() == QStringLiteral("—"));
    CHECK(expectOk(workload::load(*f.reopen(), salem.team)).patrolOfficers == Approx(60));

    // Undo takes the last saved figure away again.
    f.window->undoAction()->trigger();
    CHECK_FALSE(expectOk(workload::load(*f.reopen(), salem.team)).netHoursPerOfficer);
    CHECK(sheet->field(WorkloadField::NetHoursPerOfficer)->text().isEmpty());
}

TEST_CASE("The templates dialog adds, edits and removes a statement, and shows a refusal")
{
    Salem salem;
    UiFixture f(salemTeam(salem));
    ui::Document& document = *f.window->document();
    ui::AssessmentTemplatesDialog dialog(document, f.window.get());
    const AssessmentTemplate form = firstTemplate(document.database());
    dialog.selectTemplate(form.id);
    QTableWidget* table = dialog.statementTable();
    REQUIRE(table->rowCount() == int(form.questions.size()));

    setDialogHandler([](QDialog& d) {
        auto* statement = qobject_cast<ui::StatementDialog*>(&d);
        REQUIRE(statement);
        statement->sectionEdit()->setText(QStringLiteral("Budget"));
        statement->textEdit()->setPlainText(QStringLiteral("We agree on the department's budget before the council meets."));
        statement->pillarCombo()->setCurrentIndex(2);
        d.accept();
        return int(QDialog::Accepted);
    });
    dialog.addStatement();
    REQUIRE(table->rowCount() == int(form.questions.size()) + 1);
    const int added = table->rowCount() - 1;
    CHECK(table->item(added, 1)->text() == QStringLiteral("Budget"));
    CHECK(table->item(added, 3)->text() == pillars::label(2));
    {
        const AssessmentTemplate stored = expectOk(assessments::getTemplate(*f.reopen(), form.id));
        REQUIRE(stored.questions.size() == form.questions.size() + 1);
        CHECK(stored.questions.back().pillar == 2);
    }

    // Moved up one place, then removed.
    table->selectRow(added);
    dialog.moveStatement(-1);
    CHECK(table->currentRow() == added - 1);
    CHECK(table->item(added - 1, 1)->text() == QStringLiteral("Budget"));
    dialog.removeStatement();
    CHECK(table->rowCount() == int(form.questions.size()));
    CHECK(expectOk(assessments::getTemplate(*f.reopen(), form.id)).questions.size() == form.questions.size());

    // An assessment with answers can't be deleted: core's words are shown.
    REQUIRE(document.apply(assessments::saveAnswers(document.database(), f.workshop, salem.manager, Phase::Before,
                                                    {scored(form.questions[0].id, 4)})));
    dialog.selectTemplate(form.id);
    ui::prompts::setNextAnswer(QMessageBox::Yes);
    dialog.deleteTemplate();
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("cannot be removed")));
    CHECK(expectOk(assessments::templates(*f.reopen())).size() == 2);

    // A new one, renamed, then deleted.
    dialog.newTemplate();
    QLineEdit* name = dialog.nameEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Crisis drill"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(expectOk(assessments::findTemplate(*f.reopen(), QStringLiteral("Crisis drill"))) == dialog.currentTemplateId());
    ui::prompts::setNextAnswer(QMessageBox::Yes);
    dialog.deleteTemplate();
    CHECK(expectOk(assessments::templates(*f.reopen())).size() == 2);
}

TEST_CASE("The Outcomes tab: Ctrl+6, the Action plans place, and the Edit menu's templates")
{
    Salem salem;
    UiFixture f(salemTeam(salem));
    QAction* outcomes = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_6))
            outcomes = a;
    }
    REQUIRE(outcomes);
    outcomes->trigger();
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    CHECK(page->tabs()->currentIndex() == 5);
    ui::OutcomesTab* tab = page->outcomes();
    REQUIRE(tab->pages()->count() == 4);
    CHECK(tab->pages()->widget(3) == tab->actionPlans());
    tab->showPage(ui::OutcomesTab::Page::ActionPlans);
    CHECK(tab->pages()->currentWidget() == tab->actionPlans());
    // The panel shows the workshop's team, so plans are made for the right people.
    CHECK(tab->actionPlans()->teamId() == salem.team);

    bool opened = false;
    setDialogHandler([&opened](QDialog& d) {
        opened = qobject_cast<ui::AssessmentTemplatesDialog*>(&d) != nullptr;
        return int(QDialog::Rejected);
    });
    for (QAction* a : f.window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Assessment Templates…"))
            a->trigger();
    }
    CHECK(opened);
}
