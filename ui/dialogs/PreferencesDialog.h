#pragma once
// Edit > Preferences: what this computer's copy of Roundtable does by default
// — the paper and letterhead of printed documents, the attendance blocks a new
// workshop's days get, how often an open file is backed up, the language, and
// the name the change history gives. Kept in the computer's settings (see
// AppSettings.h), never in a file. OK checks everything, then stores it all
// and applies what can apply at once; Cancel changes nothing.

#include <QDialog>

class QAction;
class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rt::ui {

class DayBlocksEditor;
class Document;
class MainWindow;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `document`: the open file, whose backup timer follows the interval (may be null).
    explicit PreferencesDialog(Document* document, QWidget* parent = nullptr);

    void accept() override;

    // Asks for a logo image (through prompts); an unreadable one is refused
    // with a message and the previous choice kept.
    void chooseLogo();
    void setLogo(const QString& path); // shown and previewed, unchecked
    void clearLogo();

    QComboBox* pageSizeBox() const { return m_pageSize; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* logoEdit() const { return m_logo; }
    QLabel* logoPreview() const { return m_preview; }
    DayBlocksEditor* blocksEditor() const { return m_blocks; }
    QSpinBox* backupSpin() const { return m_backup; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* authorEdit() const { return m_author; }

private:
    void updatePreview();

    Document* m_document;
    QComboBox* m_pageSize;
    QLineEdit* m_organisation;
    QLineEdit* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_clearLogo;
    QLabel* m_preview;
    DayBlocksEditor* m_blocks;
    QSpinBox* m_backup;
    QComboBox* m_language;
    QLineEdit* m_author;
};

// Shows the dialog (through prompts::exec); returns whether OK stored it.
bool editPreferences(QWidget* parent, Document* document);
// Edit > Preferences… (QKeySequence::Preferences; Ctrl+, where the platform
// has none), for the window's open file. Its object name is "preferences".
QAction* addPreferencesAction(QMenu* menu, MainWindow* window);

} // namespace rt::ui
