#pragma once
// Menus filled from data (templates, statuses, columns) get their access keys
// here: each item without one takes the first free letter of its text, word
// starts first, so the menu can be worked from the keyboard like the others.

class QMenu;

namespace rt::ui {

void giveMnemonics(QMenu* menu);

} // namespace rt::ui
