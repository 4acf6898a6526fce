// Roster import driven as a person would: pick a file, set a column's field,
// look at the preview, review the duplicates, import, undo; a file with no
// name column cannot go on; Cancel during a large import writes nothing; and
// a hostile file's markup, scripts and formulas show as written.

#include <catch2/catch.hpp>

#include "Document.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "dialogs/ImportMappingPage.h"
#include "dialogs/ImportReportPage.h"
#include "dialogs/ImportReviewPage.h"
#include "dialogs/ImportRosterDialog.h"
#include "models/ImportDuplicatesModel.h"
#include "models/ImportPreviewModel.h"
#include "models/RosterModel.h"
#include "FileView.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "people/People.h"
#include "people/Roster.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace rt;
using namespace rt::test;
using rt::rosterimport::Field;
using rt::ui::ImportRosterDialog;
using rt::ui::prompts::setDialogHandler;

namespace {

void saveShot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ROUNDTABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

QString writeCsv(const TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.path(name);
    writeBytes(path, bytes);
    return path;
}

// Someone from an earlier workshop: in the file, not on this roster.
void seedReturning(Database& db, Id)
{
    expectOk(people::add(db, makePerson(QStringLiteral("Paula"), QStringLiteral("Greene"), Role::CityManager,
                                        QStringLiteral("Eugene"), QStringLiteral("paula.greene@eugene.example"))));
    expectOk(people::add(db, makePerson(QStringLiteral("Ray"), QStringLiteral("Lindqvist"), Role::PoliceChief,
                                        QStringLiteral("Bend"), QStringLiteral("ray@bend.example"))));
}

QStringList rosterNames(const ui::RosterModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ui::RosterModel::Name).data().toString();
    names.sort();
    return names;
}

// Runs the roster tab's Import button with `path` chosen and `drive` at the dialog.
void importThroughTab(ui::RosterTeamsTab* tab, const QString& path, const std::function<int(ImportRosterDialog&)>& drive)
{
    ui::prompts::setNextFileName(path);
    setDialogHandler([&drive](QDialog& d) {
        auto* dialog = qobject_cast<ImportRosterDialog*>(&d);
        REQUIRE(dialog);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return drive(*dialog);
    });
    QTest::mouseClick(buttonNamed(tab, QStringLiteral("Import a roster from a file")), Qt::LeftButton);
    setDialogHandler({});
}

const QByteArray kRegistrations = "First Name,Last Name,Email,Agency,Position,State,Comments\r\n"
                                  "Dana,Whitfield,dana@salem.example,Salem,City Manager,OR,Vegetarian\r\n"
                                  "Marcus,Ortega,marcus@albany.example,Albany,Chief of Police,OR,\r\n"
                                  "Paula,Greene,paula.greene@eugene.example,Eugene,City Manager,OR,Returning\r\n"
                                  "Ray,Lindqvist,r.lindqvist@bend.example,Bend,Police Chief,OR,\r\n"
                                  ",,nobody@example.org,Nowhere,,OR,\r\n"
                                  "Kim,Osei,kim@corvallis.example,Corvallis,City Manager,OR,\"Arrives late, day one\"\r\n";

} // namespace

TEST_CASE("Import a CSV: map a column, review duplicates, import, see the roster, undo")
{
    UiFixture f(seedReturning);
    ui::RosterTeamsTab* tab = f.rosterTab();
    REQUIRE(tab->rosterModel()->rowCount() == 0);
    const QString path = writeCsv(f.dir, QStringLiteral("registrations.csv"), kRegistrations);
    const QByteArray before = readBytes(path);

    QString report;
    importThroughTab(tab, path, [&](ImportRosterDialog& d) {
        ui::ImportMappingPage* mapping = d.mappingPage();
        CHECK(d.step() == ImportRosterDialog::Step::Mapping);
        CHECK(mapping->encodingCombo()->currentText() == io::encodingLabel(io::Encoding::Utf8));
        CHECK(mapping->delimiterCombo()->currentData().toString() == QStringLiteral(","));
        CHECK_FALSE(mapping->rememberedLabel()->isVisible());
        REQUIRE(mapping->table().columnCount() == 7);
        CHECK(mapping->fieldCombo(0)->currentData().toInt() == int(Field::FirstName));
        CHECK(mapping->fieldCombo(1)->currentData().toInt() == int(Field::LastName));
        CHECK(mapping->fieldCombo(2)->currentData().toInt() == int(Field::Email));
        CHECK(mapping->fieldCombo(3)->currentData().toInt() == int(Field::Jurisdiction));

        // The preview shows the rows with their lines.
        ui::ImportPreviewModel* preview = mapping->previewModel();
        REQUIRE(preview->rowCount() == 6);
        CHECK(preview->headerData(0, Qt::Vertical).toInt() == 2);
        CHECK(preview->index(5, 6).data().toString() == QStringLiteral("Arrives late, day one"));

        // "Comments" goes to the notes, chosen with the keyboard.
        QComboBox* comments = mapping->fieldCombo(6);
        CHECK(comments->accessibleName().contains(QStringLiteral("Comments")));
        comments->setFocus();
        comments->setCurrentIndex(comments->findData(int(Field::Notes)));
        CHECK(preview->headerData(6, Qt::Horizontal).toString().contains(rosterimport::fieldLabel(Field::Notes)));
        CHECK(d.nextButton()->isEnabled());
        saveShot(d, QStringLiteral("import-mapping.png"));

        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        REQUIRE(d.step() == ImportRosterDialog::Step::Review);
        ui::ImportReviewPage* review = d.reviewPage();
        const rosterimport::PlanCounts counts = d.plan()->counts();
        CHECK(counts.rows == 6);
        CHECK(counts.skipped == 1);
        CHECK(counts.duplicates == 2);
        CHECK(review->countsLabel()->text().contains(QStringLiteral("Nothing has been written yet")));
        // Nothing is in the file yet.
        CHECK(expectOk(roster::list(*f.reopen(), f.workshop)).empty());

        // Paula (same email) is enrolled as the person already in the file;
        // Ray (same name and place, another address) is added as new.
        ui::ImportDuplicatesModel* dups = review->duplicatesModel();
        REQUIRE(dups->rowCount() == 2);
        int ray = -1;
        for (int row = 0; row < dups->rowCount(); ++row) {
            if (dups->index(row, ui::ImportDuplicatesModel::Incoming).data().toString().startsWith(QStringLiteral("Ray")))
                ray = row;
        }
        REQUIRE(ray >= 0);
        CHECK(dups->index(ray, ui::ImportDuplicatesModel::Existing).data(ui::ImportDuplicatesModel::DetailRole).toString().contains(
            QStringLiteral("ray@bend.example")));
        review->duplicatesView()->selectionModel()->setCurrentIndex(
            dups->index(ray, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(review->addNewButton(), Qt::LeftButton);
        CHECK(dups->index(ray, ui::ImportDuplicatesModel::Choice).data().toString() == QStringLiteral("Add as a new person"));
        CHECK(d.plan()->counts().added == 4);
        CHECK(d.plan()->counts().enrolledExisting == 1);
        // The skipped row, with its line.
        REQUIRE(review->skippedView()->model()->rowCount() == 1);
        CHECK(review->skippedView()->model()->index(0, 0).data().toString() == QStringLiteral("6"));
        saveShot(d, QStringLiteral("import-review.png"));

        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        REQUIRE(d.step() == ImportRosterDialog::Step::Report);
        report = d.reportPage()->report();
        saveShot(d, QStringLiteral("import-report.png"));
        // Copied, and saved where the person says.
        QTest::mouseClick(d.reportPage()->copyButton(), Qt::LeftButton);
        CHECK(QApplication::clipboard()->text() == report);
        const QString saved = f.dir.path(QStringLiteral("import report.txt"));
        ui::prompts::setNextFileName(saved);
        QTest::mouseClick(d.reportPage()->saveButton(), Qt::LeftButton);
        CHECK(QString::fromUtf8(readBytes(saved)) == report);
        QTest::mouseClick(d.closeButton(), Qt::LeftButton);
        return d.result();
    });

    CHECK(report.contains(QStringLiteral("line 6")));
    CHECK(report.contains(QStringLiteral("Dana Whitfield")));
    // The roster shows them, and the file holds them.
    const QStringList imported{QStringLiteral("Greene, Paula"),    QStringLiteral("Lindqvist, Ray"), QStringLiteral("Ortega, Marcus"),
                               QStringLiteral("Osei, Kim"),        QStringLiteral("Whitfield, Dana")};
    CHECK(rosterNames(*tab->rosterModel()) == imported);
    CHECK(expectOk(roster::list(*f.reopen(), f.workshop)).size() == 5);
    CHECK(expectOk(people::directory(*f.reopen())).size() == 6); // Paula was not added twice
    const auto entries = expectOk(roster::list(f.window->document()->database(), f.workshop));
    for (const RosterEntry& e : entries) {
        if (e.person.lastName == QStringLiteral("Osei"))
            CHECK(e.person.notes == QStringLiteral("Arrives late, day one"));
    }
    CHECK(readBytes(path) == before); // the file chosen is only read

    // One action: one undo takes the whole import back.
    CHECK(f.window->document()->undoStack()->count() == 1);
    f.window->undoAction()->trigger();
    CHECK(tab->rosterModel()->rowCount() == 0);
    CHECK(expectOk(roster::list(*f.reopen(), f.workshop)).empty());
    f.window->redoAction()->trigger();
    CHECK(rosterNames(*tab->rosterModel()) == imported);

    // The same columns again: the mapping (Comments -> notes) is remembered.
    importThroughTab(tab, path, [&](ImportRosterDialog& d) {
        CHECK(d.mappingPage()->rememberedLabel()->isVisible());
        CHECK(d.mappingPage()->fieldCombo(6)->currentData().toInt() == int(Field::Notes));
        QTest::mouseClick(d.closeButton(), Qt::LeftButton);
        return d.result();
    });
    CHECK(f.window->document()->undoStack()->count() == 1);
}

TEST_CASE("A file with no last-name or full-name column cannot go on until one is mapped")
{
    UiFixture f;
    const QString path = writeCsv(f.dir, QStringLiteral("badges.csv"),
                                  "Badge,Contact\nDana Whitfield,dana@salem.example\nMarcus Ortega,marcus@albany.example\n");
    importThroughTab(f.rosterTab(), path, [&](ImportRosterDialog& d) {
        ui::ImportMappingPage* mapping = d.mappingPage();
        CHECK_FALSE(d.nextButton()->isEnabled());
        CHECK(mapping->problemLabel()->isVisible());
        CHECK_FALSE(mapping->problemLabel()->text().isEmpty());
        saveShot(d, QStringLiteral("import-no-name.png"));
        // Next does nothing while it is disabled.
        d.next();
        CHECK(d.step() == ImportRosterDialog::Step::Mapping);
        mapping->fieldCombo(0)->setCurrentIndex(mapping->fieldCombo(0)->findData(int(Field::FullName)));
        CHECK(d.nextButton()->isEnabled());
        CHECK_FALSE(mapping->problemLabel()->isVisible());
        mapping->fieldCombo(0)->setCurrentIndex(mapping->fieldCombo(0)->findData(int(Field::Ignore)));
        CHECK_FALSE(d.nextButton()->isEnabled());
        QTest::mouseClick(d.closeButton(), Qt::LeftButton);
        return d.result();
    });
    CHECK(f.rosterTab()->rosterModel()->rowCount() == 0);
    CHECK(f.window->document()->undoStack()->count() == 0);

    // The same from File > Import Roster (Ctrl+Shift+I), from another tab.
    QAction* menuImport = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Import Roster…"))
            menuImport = a;
    REQUIRE(menuImport);
    CHECK(menuImport->isEnabled());
    CHECK(menuImport->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    f.window->fileView()->workshopPage()->showTab(ui::WorkshopPage::Tab::Overview);
    bool opened = false;
    ui::prompts::setNextFileName(path);
    setDialogHandler([&opened](QDialog& d) {
        opened = qobject_cast<ImportRosterDialog*>(&d) != nullptr;
        return int(QDialog::Rejected);
    });
    menuImport->trigger();
    setDialogHandler({});
    CHECK(opened);
}

TEST_CASE("The encoding and the delimiter can be overridden, and the file is read again")
{
    UiFixture f;
    // Windows-1252, semicolons: "José Núñez".
    QByteArray bytes = "Last name;First name;Email\r\nN\xfa\xf1""ez;Jos\xe9;jose@example.org\r\nWhitfield;Dana;dana@example.org\r\n";
    const QString path = writeCsv(f.dir, QStringLiteral("latin.csv"), bytes);
    importThroughTab(f.rosterTab(), path, [&](ImportRosterDialog& d) {
        ui::ImportMappingPage* mapping = d.mappingPage();
        CHECK(mapping->encodingCombo()->currentData().toInt() == int(io::Encoding::Windows1252));
        CHECK(mapping->delimiterCombo()->currentData().toString() == QStringLiteral(";"));
        REQUIRE(mapping->table().columnCount() == 3);
        CHECK(mapping->previewModel()->index(0, 0).data().toString() == QStringLiteral("Núñez"));

        // Read as UTF-8 instead: the bytes are not UTF-8, so the name changes.
        QComboBox* encoding = mapping->encodingCombo();
        encoding->setCurrentIndex(encoding->findData(int(io::Encoding::Utf8)));
        Q_EMIT encoding->activated(encoding->currentIndex());
        CHECK(mapping->previewModel()->index(0, 0).data().toString() != QStringLiteral("Núñez"));

        // Commas: one column only, which cannot import.
        QComboBox* delimiter = mapping->delimiterCombo();
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        Q_EMIT delimiter->activated(delimiter->currentIndex());
        CHECK(mapping->table().columnCount() == 1);
        CHECK_FALSE(d.nextButton()->isEnabled());

        // Back to what was detected.
        encoding->setCurrentIndex(encoding->findData(int(io::Encoding::Windows1252)));
        Q_EMIT encoding->activated(encoding->currentIndex());
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        Q_EMIT delimiter->activated(delimiter->currentIndex());
        CHECK(mapping->table().columnCount() == 3);
        CHECK(mapping->previewModel()->index(0, 0).data().toString() == QStringLiteral("Núñez"));
        CHECK(d.nextButton()->isEnabled());
        QTest::mouseClick(d.closeButton(), Qt::LeftButton);
        return d.result();
    });
}

TEST_CASE("Cancel during a large import writes nothing, and says so")
{
    UiFixture f({}, 50);
    QByteArray bytes = "First name,Last name,Email,City\n";
    for (int i = 0; i < 1500; ++i)
        bytes += QStringLiteral("Person%1,Family%1,p%1@example.org,Town%2\n").arg(i).arg(i % 40).toUtf8();
    const QString path = writeCsv(f.dir, QStringLiteral("large.csv"), bytes);
    ui::RosterTeamsTab* tab = f.rosterTab();
    bool cancelled = false;
    importThroughTab(tab, path, [&](ImportRosterDialog& d) {
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        REQUIRE(d.step() == ImportRosterDialog::Step::Review);
        CHECK(d.plan()->counts().waitlisted == 1450);
        CHECK(d.reviewPage()->countsLabel()->text().contains(QStringLiteral("waitlist")));
        QObject::connect(&d, &ImportRosterDialog::importProgressed, &d, [&d, &cancelled](int done, int total) {
            if (cancelled || done >= total)
                return;
            QProgressDialog* progress = d.progressDialog();
            REQUIRE(progress);
            CHECK(progress->isVisible());
            saveShot(*progress, QStringLiteral("import-progress.png"));
            QTest::mouseClick(buttonNamed(progress, QStringLiteral("Cancel")), Qt::LeftButton);
            cancelled = true;
        });
        ui::prompts::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        // Still on the review, to import again or leave.
        CHECK(d.step() == ImportRosterDialog::Step::Review);
        QTest::mouseClick(d.closeButton(), Qt::LeftButton);
        return d.result();
    });
    CHECK(cancelled);
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("Nothing was written")));
    CHECK(tab->rosterModel()->rowCount() == 0);
    CHECK(f.window->document()->undoStack()->count() == 0);
    CHECK(expectOk(roster::list(*f.reopen(), f.workshop)).empty());
    CHECK(expectOk(people::directory(*f.reopen())).empty());
}

TEST_CASE("A hostile file shows markup, scripts, emoji and formulas as written, in the preview and the roster")
{
    UiFixture f;
    const QString bold = QStringLiteral("<b>Bold</b>");
    const QString image = QStringLiteral("<img src=\"file:///etc/passwd\">");
    const QString arabic = QStringLiteral("مريم");
    const QString han = QStringLiteral("王小明");
    const QString emoji = QStringLiteral("Joy 🙂🎉");
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    const QString header = QStringLiteral("<i>Last</i> name");
    const auto quoted = [](QString cell) { return QStringLiteral("\"%1\"").arg(cell.replace(QStringLiteral("\""), QStringLiteral("\"\""))); };
    const QList<QStringList> rows{{QStringLiteral("First name"), header, QStringLiteral("Organisation")},
                                  {QStringLiteral("Ann"), bold, QStringLiteral("Salem")},
                                  {arabic, han, formula},
                                  {emoji, QStringLiteral("Nguyen"), QStringLiteral("</table>")},
                                  {image, QStringLiteral("Kim"), QStringLiteral("Bend")}};
    QString csv;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << quoted(cell);
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    const QString path = writeCsv(f.dir, QStringLiteral("hostile.csv"), csv.toUtf8());
    ui::RosterTeamsTab* tab = f.rosterTab();
    importThroughTab(tab, path, [&](ImportRosterDialog& d) {
        ui::ImportMappingPage* mapping = d.mappingPage();
        ui::ImportPreviewModel* preview = mapping->previewModel();
        REQUIRE(preview->rowCount() == 4);
        CHECK(preview->index(0, 1).data().toString() == bold);
        CHECK(preview->index(1, 0).data().toString() == arabic);
        CHECK(preview->index(1, 1).data().toString() == han);
        CHECK(preview->index(1, 2).data().toString() == formula);
        CHECK(preview->index(2, 0).data().toString() == emoji);
        CHECK(preview->index(2, 2).data().toString() == QStringLiteral("</table>"));
        CHECK(preview->index(3, 0).data().toString() == image);
        CHECK(preview->headerData(1, Qt::Horizontal).toString().startsWith(header));
        // The header's label beside its combo is plain text.
        bool headerLabel = false;
        for (QLabel* label : mapping->findChildren<QLabel*>()) {
            if (label->text() == header) {
                headerLabel = true;
                CHECK(label->textFormat() == Qt::PlainText);
            }
        }
        CHECK(headerLabel);
        mapping->fieldCombo(1)->setCurrentIndex(mapping->fieldCombo(1)->findData(int(Field::LastName)));
        REQUIRE(d.nextButton()->isEnabled());
        saveShot(d, QStringLiteral("import-hostile-mapping.png"));
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        REQUIRE(d.step() == ImportRosterDialog::Step::Review);
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        REQUIRE(d.step() == ImportRosterDialog::Step::Report);
        const QString report = d.reportPage()->report();
        CHECK(report.contains(bold));
        CHECK(report.contains(image));
        QTest::mouseClick(d.closeButton(), Qt::LeftButton);
        return d.result();
    });
    const QStringList names = rosterNames(*tab->rosterModel());
    CHECK(names.contains(QStringLiteral("%1, Ann").arg(bold)));
    CHECK(names.contains(QStringLiteral("%1, %2").arg(han, arabic)));
    CHECK(names.contains(QStringLiteral("Nguyen, %1").arg(emoji)));
    CHECK(names.contains(QStringLiteral("Kim, %1").arg(image)));
    bool formulaShown = false;
    for (int row = 0; row < tab->rosterModel()->rowCount(); ++row)
        formulaShown |= tab->rosterModel()->index(row, ui::RosterModel::Jurisdiction).data().toString() == formula;
    CHECK(formulaShown);
    saveShot(*f.window, QStringLiteral("import-hostile-roster.png"));
}

TEST_CASE("Every control of the import dialog has a name, and Tab walks the columns in order")
{
    UiFixture f(seedReturning);
    const QString path = writeCsv(f.dir, QStringLiteral("registrations.csv"), kRegistrations);
    // Focusable controls say what they are: by their accessible name, their
    // own text, or a label that is their buddy.
    const auto checkNamed = [](QWidget* page) {
        QSet<QWidget*> buddies;
        for (QLabel* label : page->findChildren<QLabel*>())
            if (label->buddy())
                buddies.insert(label->buddy());
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(page) || !(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
                continue;
            const auto* button = qobject_cast<QAbstractButton*>(w);
            const bool named = !w->accessibleName().isEmpty() || buddies.contains(w) || (button && !button->text().isEmpty());
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK(named);
        }
    };
    importThroughTab(f.rosterTab(), path, [&](ImportRosterDialog& d) {
        ui::ImportMappingPage* mapping = d.mappingPage();
        checkNamed(&d);
        // Encoding, delimiter, then each column's field in the file's order, then the preview.
        mapping->encodingCombo()->setFocus();
        QList<QWidget*> expected{mapping->delimiterCombo()};
        for (int column = 0; column < mapping->table().columnCount(); ++column)
            expected << mapping->fieldCombo(column);
        expected << mapping->preview();
        for (QWidget* next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            CHECK(QApplication::focusWidget() == next);
        }
        // The keyboard alone: Alt+N goes on, the arrows choose in the review.
        d.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        // A mnemonic presses its button the way a click would, a moment later.
        REQUIRE(QTest::qWaitFor([&d] { return d.step() == ImportRosterDialog::Step::Review; }));
        checkNamed(&d);
        ui::ImportReviewPage* review = d.reviewPage();
        review->duplicatesView()->setFocus();
        QTest::keyClick(review->duplicatesView(), Qt::Key_Home);
        QTest::keyClick(review->duplicatesView(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == review->enrollExistingButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        CHECK(review->addNewButton()->isChecked());
        CHECK(review->duplicatesModel()->index(0, ui::ImportDuplicatesModel::Choice).data().toString() ==
              QStringLiteral("Add as a new person"));
        QTest::keyClick(&d, Qt::Key_Escape);
        return d.result();
    });
    CHECK(f.window->document()->undoStack()->count() == 0);
}

TEST_CASE("A file that is not a table is refused with its reason, before any dialog")
{
    UiFixture f;
    const QString path = writeCsv(f.dir, QStringLiteral("scan.pdf"), QByteArray("%PDF-1.7\n\x00\x01\x02\x03 binary", 24));
    const QByteArray before = readBytes(path);
    bool opened = false;
    ui::prompts::setNextFileName(path);
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    setDialogHandler([&opened](QDialog&) {
        opened = true;
        return int(QDialog::Rejected);
    });
    f.rosterTab()->importRoster();
    setDialogHandler({});
    CHECK_FALSE(opened);
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("scan.pdf")));
    CHECK(readBytes(path) == before);
    CHECK(f.window->document()->undoStack()->count() == 0);
}
