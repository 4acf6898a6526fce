#pragma once
// Editing the reference data: practice groups (the source material names only
// some; the user names the rest) and the program catalog. Every change is its
// own undoable action, saved at once.

#include "catalog/Catalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace rt::ui {

class Document;

class CatalogDialog : public QDialog {
    Q_OBJECT
public:
    CatalogDialog(Document& document, QWidget* parent = nullptr);
    QTableWidget* groupTable() const { return m_groups; }
    QListWidget* programList() const { return m_programs; }

private:
    void reload();
    void showProgram(int row);
    void saveProgram();
    void newProgram();
    void removeProgram();
    void addGroup();
    void removeGroup();
    void report(bool ok);

    Document& m_document;
    std::vector<PracticeGroup> m_groupRows;
    std::vector<Program> m_programRows;
    bool m_loading = false;
    QTableWidget* m_groups;
    QSpinBox* m_newNumber;
    QLineEdit* m_newName;
    QListWidget* m_programs;
    QLineEdit* m_title;
    QLineEdit* m_provider;
    QComboBox* m_length;
    QSpinBox* m_capacity;
    QLineEdit* m_audience;
    QPlainTextEdit* m_summary;
    QListWidget* m_programGroups;
    QLabel* m_status;
    Id m_currentProgram = 0;
    QString m_lastError;
};

} // namespace rt::ui
