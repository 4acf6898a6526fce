#pragma once
// Menus filled from data (templates, statuses, columns) get their access keys
// here: each item without one takes the first free letter of its text, word
// starts first, so the menu can be worked from the keyboard like the others.

class QChar;
class QMenu;
class QString;

namespace rt::ui {

void giveMnemonics(QMenu* menu);
// The access key of a text: the letter after a single '&' (lower case), or none.
QChar mnemonicOf(const QString& text);

} // namespace rt::ui
