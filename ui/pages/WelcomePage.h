#pragma once
// The first thing a new user sees: a file with no workshops yet (the fresh
// default file on first start), or no file at all because none could be
// opened. It says what Roundtable is and offers the three ways to begin:
// the demo, a new workshop, or a new workshop filled from a registration list.
// It only asks; MainWindow (through firstrun::) does the work.

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace rt::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    enum class Mode {
        EmptyFile, // a file (or a server's database) with no workshops
        NoFile,    // nothing open: also offers Open File… and New File…
    };
    WelcomePage(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // A server's database is named as such; a read-only file cannot take a
    // workshop, so those buttons are off and the text says why.
    void setServer(bool server);
    void setReadOnly(bool readOnly);

    QLabel* titleLabel() const { return m_title; }
    QCommandLinkButton* demoButton() const { return m_demo; }
    QCommandLinkButton* newWorkshopButton() const { return m_newWorkshop; }
    QCommandLinkButton* importButton() const { return m_import; }
    QPushButton* openFileButton() const { return m_openFile; }   // NoFile only
    QPushButton* newFileButton() const { return m_newFile; }     // NoFile only

Q_SIGNALS:
    void openDemoRequested();
    void newWorkshopRequested();
    void importRosterRequested();
    void openFileRequested();
    void newFileRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTexts();

    Mode m_mode;
    bool m_server = false;
    bool m_readOnly = false;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_note;
    QCommandLinkButton* m_demo;
    QCommandLinkButton* m_newWorkshop;
    QCommandLinkButton* m_import;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_newFile = nullptr;
};

} // namespace rt::ui
