#pragma once
// The first rows of a file being imported, as a table: each column headed by
// what the file calls it and the field it goes to, each row by its line in
// the file. Cells are the file's text, shown as written (views never read it
// as markup).

#include "io/Table.h"
#include "people/ImportMapping.h"

#include <QAbstractTableModel>

namespace rt::ui {

class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // Shows the first kPreviewRows rows of `table`.
    void setTable(const io::Table& table, const rosterimport::Mapping& mapping);
    void setMapping(const rosterimport::Mapping& mapping);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    rosterimport::Field fieldOf(int column) const;

    QStringList m_headers;
    std::vector<io::TableRow> m_rows;
    rosterimport::Mapping m_mapping;
};

} // namespace rt::ui
