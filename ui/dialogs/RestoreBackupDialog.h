#pragma once
// File > Restore Backup: the open file's backups, newest first, and the one
// to put back. The dialog only chooses; MainWindow does the restore (the
// current state is backed up first, and the file is closed and reopened).

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace rt::ui {

class RestoreBackupDialog : public QDialog {
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString& file, QWidget* parent = nullptr);

    // The chosen backup's path; empty when none is chosen.
    QString selectedBackup() const;
    QTreeWidget* list() const { return m_list; }
    int rowCount() const;

private:
    void updateButtons();

    QLabel* m_intro;
    QLabel* m_empty;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace rt::ui
