// Preferences: the settings' defaults and their checks, the Preferences
// dialog (what OK stores and applies, what Cancel leaves alone, what it
// refuses), the menu action, and a new workshop taking the stored blocks.

#include <catch2/catch.hpp>

#include "AppSettings.h"
#include "Document.h"
#include "FileView.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "Prompts.h"
#include "StringMaker.h"
#include "TestFiles.h"
#include "UiFixture.h"
#include "attendance/Attendance.h"
#include "dialogs/NewWorkshopDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "storage/Journal.h"
#include "widgets/DayBlocksEditor.h"
#include "widgets/WorkshopForm.h"
#include "workshops/Workshops.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>

using namespace rt;
using namespace rt::test;
namespace settings = rt::ui::settings;

namespace {

// Each test case starts from settings of its own, nothing stored.
struct FreshSettings {
    QTemporaryDir dir;
    FreshSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
        ui::prompts::reset();
    }
};

blocks::DayPlan threeSessions()
{
    auto day = blocks::parseDay(QStringLiteral("Session 1 09:00-10:30 1.5; Session 2 10:45-12:15 1.5; Afternoon 13:15-16:00 2.75"));
    REQUIRE(day);
    return *day;
}

QStringList labels(const blocks::DayPlan& day)
{
    QStringList result;
    for (const AttendanceBlock& b : day)
        result << b.label;
    return result;
}

void setTime(ui::DayBlocksEditor* editor, int row, int column, QTime time)
{
    static_cast<QTimeEdit*>(editor->table()->cellWidget(row, column))->setTime(time);
}

} // namespace

TEST_CASE("Settings give their defaults when nothing usable is stored")
{
    FreshSettings fresh;
    CHECK(settings::backupIntervalMinutes() == settings::defaults::kBackupIntervalMinutes);
    CHECK(settings::language().isEmpty());
    CHECK(labels(settings::defaultBlocks()) == QStringList{QStringLiteral("Morning"), QStringLiteral("Afternoon")});
    CHECK_FALSE(settings::defaultBlocksStored());
    // The tests run in en_US: inches, so Letter.
    CHECK(settings::pageSize() == QStringLiteral("letter"));
    CHECK(settings::pageSizeId() == QPageSize::Letter);

    // What a hand edit or an older version could leave behind.
    QSettings raw;
    raw.setValue(QLatin1String(settings::keys::kPageSize), QStringLiteral("legal"));
    raw.setValue(QLatin1String(settings::keys::kBackupInterval), -4);
    raw.setValue(QLatin1String(settings::keys::kDefaultBlocks), QStringLiteral("Morning 12:00-08:00 3"));
    raw.setValue(QLatin1String(settings::keys::kLanguage), QStringLiteral("fr"));
    raw.sync();
    CHECK(settings::pageSize() == QStringLiteral("letter"));
    CHECK(settings::backupIntervalMinutes() == 5);
    CHECK(labels(settings::defaultBlocks()) == QStringList{QStringLiteral("Morning"), QStringLiteral("Afternoon")});
    CHECK(settings::language().isEmpty());
    raw.setValue(QLatin1String(settings::keys::kBackupInterval), QStringLiteral("often"));
    raw.sync();
    CHECK(settings::backupIntervalMinutes() == 5);
    for (const auto& e : ui::preferences::all())
        CHECK(e.isDefault);
}

TEST_CASE("Setters refuse what a getter would not use, with a message saying what is allowed")
{
    FreshSettings fresh;
    auto page = settings::setPageSize(QStringLiteral("legal"));
    REQUIRE_FALSE(page);
    CHECK(page.error().message.contains(QStringLiteral("“letter” or “a4”")));
    auto interval = settings::setBackupIntervalMinutes(-1);
    REQUIRE_FALSE(interval);
    CHECK(interval.error().message.contains(QStringLiteral("from 0")));
    CHECK_FALSE(settings::setLanguage(QStringLiteral("fr")));
    blocks::DayPlan backwards = blocks::standardDay();
    backwards[0].ends = QTime(8, 0);
    auto bad = settings::setDefaultBlocks(backwards);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("not after its start")));
    CHECK_FALSE(QSettings().contains(QLatin1String(settings::keys::kDefaultBlocks)));

    REQUIRE(settings::setPageSize(QStringLiteral("A4")));
    REQUIRE(settings::setBackupIntervalMinutes(0));
    REQUIRE(settings::setLanguage(QStringLiteral("es")));
    REQUIRE(settings::setDefaultBlocks(threeSessions()));
    CHECK(settings::pageSize() == QStringLiteral("a4"));
    CHECK(settings::backupIntervalMinutes() == 0);
    CHECK(settings::language() == QStringLiteral("es"));
    CHECK(labels(settings::defaultBlocks()) == labels(threeSessions()));
    CHECK(settings::defaultBlocks()[2].creditHours == Approx(2.75));
}

TEST_CASE("The Preferences dialog shows what is stored, and OK stores every change and applies the interval at once")
{
    FreshSettings fresh;
    UiFixture f;
    ui::Document* document = f.window->document();
    REQUIRE(document->backupIntervalMinutes() == 5);
    const QString logo = f.dir.path(QStringLiteral("logo.png"));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    REQUIRE(image.save(logo));

    ui::PreferencesDialog dialog(document, f.window.get());
    CHECK(dialog.pageSizeBox()->currentData().toString() == QStringLiteral("letter"));
    CHECK(dialog.backupSpin()->value() == 5);
    CHECK(dialog.languageBox()->currentData().toString().isEmpty());
    CHECK(labels(dialog.blocksEditor()->day()) == QStringList{QStringLiteral("Morning"), QStringLiteral("Afternoon")});
    CHECK(dialog.logoPreview()->text() == QStringLiteral("No logo"));

    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(QStringLiteral("a4")));
    dialog.organisationEdit()->setText(QStringLiteral("  Oregon State Police Academy "));
    ui::prompts::setNextFileName(logo);
    dialog.chooseLogo();
    CHECK(dialog.logoEdit()->text() == QDir::toNativeSeparators(logo));
    CHECK_FALSE(dialog.logoPreview()->pixmap().isNull());
    // Blocks: add one, move it to the top, remove the afternoon.
    ui::DayBlocksEditor* editor = dialog.blocksEditor();
    editor->addBlock();
    REQUIRE(editor->table()->rowCount() == 3);
    static_cast<QLineEdit*>(editor->table()->cellWidget(2, 0))->setText(QStringLiteral("Breakfast"));
    setTime(editor, 2, 1, QTime(7, 0));
    setTime(editor, 2, 2, QTime(8, 0));
    static_cast<QDoubleSpinBox*>(editor->table()->cellWidget(2, 3))->setValue(0);
    editor->moveBlock(-1);
    editor->moveBlock(-1);
    CHECK(editor->currentRow() == 0);
    editor->setCurrentRow(2);
    editor->removeBlock();
    CHECK(labels(editor->day()) == QStringList{QStringLiteral("Breakfast"), QStringLiteral("Morning")});
    dialog.backupSpin()->setValue(12);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
    dialog.authorEdit()->setText(QStringLiteral("Pat Lee"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    CHECK(settings::pageSize() == QStringLiteral("a4"));
    CHECK(settings::organisationName() == QStringLiteral("Oregon State Police Academy"));
    CHECK(settings::logoPath() == logo);
    CHECK(labels(settings::defaultBlocks()) == QStringList{QStringLiteral("Breakfast"), QStringLiteral("Morning")});
    CHECK(settings::defaultBlocks()[0].creditHours == 0);
    CHECK(settings::backupIntervalMinutes() == 12);
    CHECK(document->backupIntervalMinutes() == 12);
    // Stored for the next start; this run stays in the language it started in.
    CHECK(settings::language() == QStringLiteral("es"));
    CHECK(QLocale().language() == QLocale::English);
    CHECK(settings::authorName() == QStringLiteral("Pat Lee"));
    CHECK(journal::author() == QStringLiteral("Pat Lee"));

    // 0 stops the open file's timer.
    ui::PreferencesDialog again(document, f.window.get());
    CHECK(again.languageBox()->currentData().toString() == QStringLiteral("es"));
    again.backupSpin()->setValue(0);
    CHECK(again.backupSpin()->text() == QStringLiteral("Off"));
    again.accept();
    CHECK(settings::backupIntervalMinutes() == 0);
    CHECK(document->backupIntervalMinutes() == 0);
}

TEST_CASE("Cancel in Preferences changes nothing")
{
    FreshSettings fresh;
    UiFixture f;
    REQUIRE(settings::setDefaultBlocks(threeSessions()));
    ui::PreferencesDialog dialog(f.window->document(), f.window.get());
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(QStringLiteral("a4")));
    dialog.organisationEdit()->setText(QStringLiteral("Somewhere"));
    dialog.blocksEditor()->setCurrentRow(0);
    dialog.blocksEditor()->removeBlock();
    dialog.backupSpin()->setValue(0);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
    dialog.reject();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(QSettings().contains(QLatin1String(settings::keys::kPageSize)));
    CHECK(settings::organisationName().isEmpty());
    CHECK(labels(settings::defaultBlocks()) == labels(threeSessions()));
    CHECK(settings::backupIntervalMinutes() == 5);
    CHECK(f.window->document()->backupIntervalMinutes() == 5);
    CHECK(settings::language().isEmpty());
}

TEST_CASE("Preferences refuses overlapping or backward blocks and an unreadable logo, and says what to do")
{
    FreshSettings fresh;
    UiFixture f;
    ui::PreferencesDialog dialog(f.window->document(), f.window.get());
    ui::DayBlocksEditor* editor = dialog.blocksEditor();

    setTime(editor, 1, 1, QTime(11, 0)); // the afternoon now starts inside the morning
    dialog.organisationEdit()->setText(QStringLiteral("Not stored"));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("overlaps “Morning”")));
    CHECK(settings::organisationName().isEmpty()); // nothing stored: all or nothing

    setTime(editor, 1, 1, QTime(13, 0));
    setTime(editor, 1, 2, QTime(12, 30));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("is not after its start")));

    setTime(editor, 1, 2, QTime(16, 30));
    static_cast<QLineEdit*>(editor->table()->cellWidget(1, 0))->setText(QStringLiteral("  "));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("needs a label")));
    static_cast<QLineEdit*>(editor->table()->cellWidget(1, 0))->setText(QStringLiteral("Afternoon"));

    // A file that is not an image is refused when chosen; the choice stays as it was.
    const QString text = f.dir.path(QStringLiteral("notes.png"));
    writeBytes(text, QByteArray("not an image"));
    ui::prompts::setNextFileName(text);
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    dialog.chooseLogo();
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("is not an image Roundtable can read")));
    CHECK(dialog.logoEdit()->text().isEmpty());
    // One that went missing after it was chosen is refused on OK.
    dialog.setLogo(f.dir.path(QStringLiteral("gone.png")));
    CHECK(dialog.logoPreview()->text() == QStringLiteral("Cannot be read"));
    ui::prompts::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(ui::prompts::lastMessage().contains(QStringLiteral("There is no readable file")));
    dialog.clearLogo();
    CHECK(dialog.logoEdit()->text().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(settings::organisationName() == QStringLiteral("Not stored"));
}

TEST_CASE("Every control in Preferences has an accessible name, and Edit has the Preferences action")
{
    FreshSettings fresh;
    UiFixture f;
    ui::PreferencesDialog dialog(f.window->document(), f.window.get());
    dialog.show();
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || qobject_cast<QDialogButtonBox*>(w))
            continue;
        if (w->parentWidget() && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // the line edit inside a spin box
        if (qobject_cast<QAbstractButton*>(w) && !static_cast<QAbstractButton*>(w)->text().isEmpty()
            && qobject_cast<QDialogButtonBox*>(w->parentWidget()))
            continue; // OK and Cancel are named by their text
        INFO(w->metaObject()->className());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    dialog.close();

    auto* action = f.window->findChild<QAction*>(QStringLiteral("preferences"));
    REQUIRE(action);
    const QKeySequence standard(QKeySequence::Preferences);
    CHECK(action->shortcut() == (standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : standard));
    CHECK(action->menuRole() == QAction::PreferencesRole);
    bool shown = false;
    ui::prompts::setDialogHandler([&shown](QDialog& d) {
        shown = qobject_cast<ui::PreferencesDialog*>(&d) != nullptr;
        return int(QDialog::Rejected);
    });
    action->trigger();
    ui::prompts::setDialogHandler({});
    CHECK(shown);
}

TEST_CASE("A new workshop made in the window gets the stored default blocks")
{
    FreshSettings fresh;
    UiFixture f;
    REQUIRE(settings::setDefaultBlocks(threeSessions()));
    ui::prompts::setDialogHandler([](QDialog& d) {
        auto* n = qobject_cast<ui::NewWorkshopDialog*>(&d);
        QComboBox* program = n->form()->programCombo();
        program->setCurrentIndex(program->findText(QStringLiteral("Enhancing the Relationship Between the Manager and Chief")));
        Q_EMIT program->activated(program->currentIndex());
        n->accept();
        return n->result();
    });
    f.window->newWorkshop();
    ui::prompts::setDialogHandler({});
    const Id created = f.window->fileView()->currentWorkshopId();
    REQUIRE(created != f.workshop);
    const auto list = expectOk(attendance::blocksOf(*f.reopen(), created));
    REQUIRE(list.size() == 6); // two days of three sessions
    CHECK(list[0].label == QStringLiteral("Session 1"));
    CHECK(list[2].label == QStringLiteral("Afternoon"));
    CHECK(list[5].day == 2);
    CHECK(list[5].creditHours == Approx(2.75));
}
