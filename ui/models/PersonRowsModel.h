#pragma once
// The part the roster and the people directory share: rows that each hold a
// person, filtered as the user types, addressed by visible row or person id.

#include "RowFilter.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <vector>

namespace rt::ui {

template <class Row>
class PersonRowsModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    const Row* rowAt(const QModelIndex& index) const
    {
        if (!index.isValid() || index.row() >= m_filter.visibleCount())
            return nullptr;
        return &m_rows[size_t(m_filter.sourceRow(index.row()))];
    }

    QModelIndex indexOfPerson(Id personId) const
    {
        for (int row = 0; row < m_filter.visibleCount(); ++row) {
            if (m_rows[size_t(m_filter.sourceRow(row))].person.id == personId)
                return index(row, 0);
        }
        return {};
    }

    int totalCount() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_filter.visibleCount(); }

protected:
    // What the search box matches for a row, folded; and any extra condition.
    virtual QString haystackOf(const Row& row) const { return row.person.searchText(); }
    virtual bool accepts(const Row&) const { return true; }

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        std::vector<QString> haystacks;
        haystacks.reserve(m_rows.size());
        for (const Row& row : m_rows)
            haystacks.push_back(haystackOf(row));
        m_filter.setHaystacks(std::move(haystacks));
        m_filter.setVisible(matching());
        endResetModel();
    }

    void setQuery(const QString& query)
    {
        m_query = query;
        refilter();
    }

    // Resets only when the visible rows really change (keeps the selection).
    void refilter()
    {
        std::vector<int> visible = matching();
        if (!m_filter.wouldChange(visible))
            return;
        beginResetModel();
        m_filter.setVisible(std::move(visible));
        endResetModel();
    }

private:
    std::vector<int> matching() const
    {
        return m_filter.matching(m_query, [this](int row) { return accepts(m_rows[size_t(row)]); });
    }

    std::vector<Row> m_rows;
    RowFilter m_filter;
    QString m_query;
};

} // namespace rt::ui
