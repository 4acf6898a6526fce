#include "exports/ChartSpec.h"

#include <algorithm>

namespace rt {

bool ChartSpec::isEmpty() const
{
    if (categories.isEmpty())
        return true;
    return std::none_of(series.begin(), series.end(), [](const ChartSeries& s) {
        return std::any_of(s.values.begin(), s.values.end(), [](const std::optional<double>& v) { return v.has_value(); });
    });
}

} // namespace rt
