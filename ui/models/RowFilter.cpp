#include "RowFilter.h"

#include <numeric>

namespace rt::ui {

void RowFilter::setHaystacks(std::vector<QString> folded)
{
    m_haystacks = std::move(folded);
    m_visible.resize(m_haystacks.size());
    std::iota(m_visible.begin(), m_visible.end(), 0);
}

} // namespace rt::ui
