#pragma once
// The charts of assessment results, as data, shared by the Outcomes tab and
// the outcome report: one team's manager and chief side by side by section,
// and the cohort's managers and chiefs before and after by section.

#include "assessments/Results.h"
#include "exports/ChartSpec.h"

namespace rt::charts {

// The colours every chart uses for the same thing.
QColor managerColor();
QColor chiefColor();
QColor beforeColor();
QColor afterColor();

// Bars: manager, chief; categories: the template's sections.
ChartSpec teamGaps(const AssessmentResults& results, Id teamId, Phase phase);
// Bars: managers before, managers after, chiefs before, chiefs after.
ChartSpec cohortByRole(const AssessmentResults& results);
// Bars: everyone before, everyone after.
ChartSpec cohortChange(const AssessmentResults& results);

} // namespace rt::charts
