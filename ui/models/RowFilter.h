#pragma once
// Search-as-you-type over a model's rows: each row's searchable text is
// folded once when the rows load, so a keystroke is only substring tests
// (20,000 people filter well inside a frame).

#include "common/Text.h"

#include <QString>
#include <vector>

namespace rt::ui {

class RowFilter {
public:
    void setHaystacks(std::vector<QString> folded); // one per source row; shows all rows

    // The rows matching every word of `query` and the extra condition.
    template <class Predicate>
    std::vector<int> matching(const QString& query, Predicate accept) const;
    std::vector<int> matching(const QString& query) const
    {
        return matching(query, [](int) { return true; });
    }
    bool wouldChange(const std::vector<int>& visible) const { return visible != m_visible; }
    void setVisible(std::vector<int> visible) { m_visible = std::move(visible); }

    int visibleCount() const { return int(m_visible.size()); }
    int sourceRow(int visibleRow) const { return m_visible[size_t(visibleRow)]; }

private:
    std::vector<QString> m_haystacks;
    std::vector<int> m_visible;
};

template <class Predicate>
std::vector<int> RowFilter::matching(const QString& query, Predicate accept) const
{
    const QStringList words = searchWords(query);
    std::vector<int> visible;
    visible.reserve(m_haystacks.size());
    for (int row = 0; row < int(m_haystacks.size()); ++row) {
        if (accept(row) && matchesAllWords(m_haystacks[size_t(row)], words))
            visible.push_back(row);
    }
    return visible;
}

} // namespace rt::ui
