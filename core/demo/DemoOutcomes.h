#pragma once
// What the demo's two-day workshop leaves behind: every team's answers to
// both shipped assessments before and after, a workload worksheet, and an
// action plan. Invented and deterministic, like the rest of the demo.

#include "common/Result.h"

namespace rt {
class Database;
}

namespace rt::demo {

// Writes the outcomes of the workshop's teams through core calls. Needs the
// workshop's teams and its discussions' parking lot to exist already.
Status addOutcomes(Database& db, Id workshopId);

} // namespace rt::demo
