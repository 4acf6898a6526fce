#pragma once
// Every modal question the ui asks goes through here, so tests can answer in
// advance (the way KeePassXC's MessageBox::setNextAnswer does) instead of
// blocking on a dialog nobody will click.

#include <QMessageBox>
#include <QString>
#include <functional>

class QDialog;
class QWidget;

namespace rt::ui::prompts {

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
QString openFileName(QWidget* parent, const QString& title, const QString& directory, const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, const QString& directory, const QString& filter);
// Runs a dialog modally; in tests the handler fills it in and says how it ended.
int exec(QDialog& dialog);

// Test seams. Each answer is used once, in order.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString& fileName);
void setDialogHandler(std::function<int(QDialog&)> handler); // empty: real dialogs
// The text of the last warning or information shown (tests read it).
QString lastMessage();
void reset();

} // namespace rt::ui::prompts
