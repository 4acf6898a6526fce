#pragma once
// What the welcome page's buttons do. A roster needs a workshop, and a
// workshop needs a file, so each step asks for what is missing first; Cancel
// at any step leaves nothing half-made (a workshop made only to hold a roster
// is taken back when the roster is not imported).

class QWidget;

namespace rt::ui {

class MainWindow;
class WelcomePage;

namespace firstrun {

// The page shown while no file is open, its buttons wired to `window`.
QWidget* noFilePage(MainWindow* window);
// Wires a file's welcome page (FileView's, while it has no workshops).
void connect(MainWindow* window, WelcomePage* page);

// New Workshop… from the welcome page: with no file open, a new file first.
// Returns whether a workshop was created.
bool newWorkshop(MainWindow* window);
// Import Roster… from the welcome page: a new workshop, then the roster
// import for it. Returns whether a roster was imported.
bool importRosterIntoNewWorkshop(MainWindow* window);

} // namespace firstrun
} // namespace rt::ui
