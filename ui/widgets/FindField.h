#pragma once
// Edit > Find (Ctrl+F) goes to the search field of whatever is on screen.
// Pages mark their field instead of each holding its own Ctrl+F shortcut:
// two shortcuts for one key in one window cancel each other out.

class QLineEdit;
class QWidget;

namespace rt::ui::findfield {

// `edit` takes Edit > Find while it is visible; of several visible fields the
// highest `priority` wins (the workshop list's filter is the fallback, 0).
void mark(QLineEdit* edit, int priority = 1);
// Focuses the visible marked field under `root`, its text selected; false
// when there is none.
bool focusIn(QWidget* root);

} // namespace rt::ui::findfield
