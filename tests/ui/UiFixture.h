#pragma once
// A main window on a fresh file with one workshop, for ui tests.

#include "Fixtures.h"
#include "MainWindow.h"

#include <QPushButton>
#include <memory>

namespace rt::ui {
class RosterTeamsTab;
}

namespace rt::test {

struct UiFixture {
    TempDir dir;
    QString path;
    Id workshop = 0;
    std::unique_ptr<ui::MainWindow> window;

    // Builds the file with `setUp` (core only), then opens it in a window.
    explicit UiFixture(const std::function<void(Database&, Id)>& setUp = {}, int capacity = 20);
    ~UiFixture();

    ui::RosterTeamsTab* rosterTab() const; // switches to the tab
    // A fresh connection to the file on disk, to check what was saved.
    std::unique_ptr<Database> reopen() const;
};

// The visible button with this accessible name, inside `parent`.
QPushButton* buttonNamed(QWidget* parent, const QString& accessibleName);

} // namespace rt::test
