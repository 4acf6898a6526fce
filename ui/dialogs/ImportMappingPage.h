#pragma once
// Step 1 of a roster import: how the file was read (encoding and delimiter,
// both can be overridden, which reads it again), its first rows, and for each
// of its columns the field it goes to, suggested from the headers or from the
// last import of a file with the same columns.

#include "io/Table.h"
#include "people/ImportMapping.h"

#include <QByteArray>
#include <QWidget>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTableView;

namespace rt {
class Database;
}

namespace rt::ui {

class ImportPreviewModel;

class ImportMappingPage : public QWidget {
    Q_OBJECT
public:
    ImportMappingPage(const Database& db, QByteArray bytes, QString fileName, QWidget* parent = nullptr);

    // Reads the file as detected. False (with the reason in error()) when it
    // is not a table at all.
    bool load();
    QString error() const { return m_error; }

    const io::Table& table() const { return m_table; }
    rosterimport::Mapping mapping() const;
    // Whether the file was read and the mapping can import.
    bool canProceed() const { return m_canProceed; }

    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    // The field chosen for the file's column `column` (0-based).
    QComboBox* fieldCombo(int column) const;
    QTableView* preview() const { return m_preview; }
    QLabel* rememberedLabel() const { return m_remembered; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* summaryLabel() const { return m_summary; }
    ImportPreviewModel* previewModel() const { return m_model; }

Q_SIGNALS:
    void canProceedChanged(bool canProceed);

private:
    void reread();
    void showTable(const rosterimport::SuggestedMapping& suggested);
    void rebuildColumns(const rosterimport::Mapping& mapping);
    void mappingEdited();
    void setProblem(const QString& message);
    void setCanProceed(bool can);

    const Database& m_db;
    QByteArray m_bytes;
    QString m_fileName;
    io::Table m_table;
    QString m_error;
    bool m_canProceed = false;
    QLabel* m_summary;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_remembered;
    QScrollArea* m_columnsScroll;
    QWidget* m_columnsBox;
    QGridLayout* m_columnsGrid;
    std::vector<QComboBox*> m_fields;
    std::vector<QWidget*> m_columnWidgets; // labels and combos, rebuilt per read
    ImportPreviewModel* m_model;
    QTableView* m_preview;
    QLabel* m_shown;
    QLabel* m_problem;
};

} // namespace rt::ui
