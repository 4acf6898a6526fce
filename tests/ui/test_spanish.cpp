// The Spanish build: the translation loads, and the window, its pages, Qt's
// own buttons, plurals and dates read in Spanish.

#include <catch2/catch.hpp>

#include "FileView.h"
#include "MainWindow.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "common/Translations.h"
#include "pages/WorkshopPage.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>

using namespace rt;
using namespace rt::test;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Every item of every menu, submenus included, by its text.
void collectMenuItems(const QMenu* menu, QStringList& into)
{
    for (const QAction* action : menu->actions()) {
        // Recent files are names, not words to translate.
        if (action->isSeparator() || action->text().isEmpty() || action->text().contains(QStringLiteral(".roundtable")))
            continue;
        into << action->text();
        if (action->menu())
            collectMenuItems(action->menu(), into);
    }
}

struct Spanish {
    Spanish() { REQUIRE(installTranslations(QStringLiteral("es")) == QStringLiteral("es")); }
    ~Spanish() { installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("The Spanish translation is shipped and chosen by the system language or by name")
{
    CHECK(availableLanguages().contains(QStringLiteral("es")));
    CHECK(installTranslations(QStringLiteral("klingon")) == systemLanguage());
    Spanish spanish;
    CHECK(QObject::tr("%n day(s)", nullptr, 1) == QStringLiteral("1 día"));
    CHECK(QObject::tr("%n day(s)", nullptr, 3) == QStringLiteral("3 días"));
    // Dates and numbers follow the language too.
    CHECK(QLocale().toString(QDate(2026, 11, 24), QStringLiteral("MMMM")) == QStringLiteral("noviembre"));
}

TEST_CASE("The main window shows its menus, items and tabs in Spanish")
{
    Spanish spanish;
    UiFixture f;
    QStringList titles;
    for (const QAction* action : f.window->menuBar()->actions())
        titles << plain(action->text());
    CHECK(titles.contains(QStringLiteral("Archivo")));
    CHECK(titles.contains(QStringLiteral("Editar")));
    CHECK(titles.contains(QStringLiteral("Ver")));
    CHECK(titles.contains(QStringLiteral("Ayuda")));
    CHECK_FALSE(titles.contains(QStringLiteral("File")));

    // Nearly every menu item differs from its English text (a few words, such
    // as "Agenda", are the same in both languages).
    QStringList items;
    for (const QAction* action : f.window->menuBar()->actions())
        if (action->menu())
            collectMenuItems(action->menu(), items);
    REQUIRE(items.size() > 30);
    installTranslations(QStringLiteral("en"));
    UiFixture english;
    QStringList englishItems;
    for (const QAction* action : english.window->menuBar()->actions())
        if (action->menu())
            collectMenuItems(action->menu(), englishItems);
    installTranslations(QStringLiteral("es"));
    const QSet<QString> englishSet(englishItems.begin(), englishItems.end());
    QStringList unchanged;
    for (const QString& item : items)
        if (englishSet.contains(item))
            unchanged << item;
    INFO("unchanged: " << unchanged.join(QStringLiteral(" | ")).toStdString());
    CHECK(unchanged.size() * 10 <= items.size());

    // The workshop's tabs, and no two of them answer to the same Alt key.
    QTabWidget* tabs = f.window->fileView()->workshopPage()->findChild<QTabWidget*>();
    REQUIRE(tabs);
    QStringList tabTexts;
    QSet<QChar> keys;
    for (int i = 0; i < tabs->count(); ++i) {
        const QString text = tabs->tabText(i);
        tabTexts << plain(text);
        const int amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (amp >= 0) {
            INFO(text.toStdString());
            CHECK_FALSE(keys.contains(text.at(amp + 1).toLower()));
            keys.insert(text.at(amp + 1).toLower());
        }
    }
    CHECK(tabTexts.contains(QStringLiteral("Resumen")));
    CHECK(tabTexts.contains(QStringLiteral("Asistencia")));
    CHECK_FALSE(tabTexts.contains(QStringLiteral("Overview")));
}

TEST_CASE("Qt's own buttons read in Spanish where Qt's translations are installed")
{
    Spanish spanish;
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
    if (!QFileInfo::exists(qtbase)) {
        WARN("Qt's Spanish translations (qt6-translations-l10n) are not installed: standard buttons stay English");
        return;
    }
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(plain(box.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Cancelar"));
}
