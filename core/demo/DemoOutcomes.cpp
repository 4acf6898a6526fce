#include "demo/DemoOutcomes.h"

#include "actionplans/ActionPlans.h"
#include "assessments/Assessments.h"
#include "catalog/Catalog.h"
#include "discussions/Discussions.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "workload/Workload.h"
#include "workshops/Workshops.h"

#include <QObject>
#include <cstdint>

namespace rt::demo {
namespace {

// A fixed scramble of a few numbers, so the invented scores look uneven but
// are the same every time the demo is written.
std::uint32_t noise(int a, int b, int c, int d)
{
    std::uint32_t x = std::uint32_t(a) * 2654435761u + std::uint32_t(b) * 40503u + std::uint32_t(c) * 2246822519u
                      + std::uint32_t(d) * 3266489917u + 0x9e3779b9u;
    x ^= x >> 15;
    x *= 2246822519u;
    x ^= x >> 13;
    x *= 3266489917u;
    x ^= x >> 16;
    return x;
}

// Statements where a team's manager and chief see things differently
// (template 0: the relationship, 1: the department; statement index).
struct DemoGap {
    const char* jurisdiction;
    int templateIndex;
    int question;
    int manager; // before; both move one step towards the other by the end
    int chief;
};
const DemoGap kGaps[] = {
    {"Albany", 0, 4, 5, 2},    {"Albany", 0, 7, 4, 2},  {"Eugene", 0, 1, 2, 5}, {"Eugene", 1, 1, 2, 4},
    {"Medford", 1, 3, 2, 4},   {"Medford", 0, 9, 2, 4}, {"Roseburg", 0, 2, 4, 2}, {"Hillsboro", 1, 10, 4, 2},
};

// A few things people wrote beside their scores (side 0: manager, 1: chief).
struct DemoComment {
    const char* jurisdiction;
    int side;
    int templateIndex;
    int question;
    Phase phase;
    const char* text;
};
const DemoComment kComments[] = {
    {"Albany", 1, 0, 4, Phase::Before, "Hiring and discipline are clear; budget transfers between divisions are not."},
    {"Eugene", 0, 0, 1, Phase::Before, "Twice this year I first heard of a serious incident from a council member."},
    {"Medford", 1, 1, 3, Phase::Before, "Only officer-involved shootings go to an outside review."},
    {"Bend", 0, 0, 7, Phase::After, "A tabletop exercise is now on both our calendars."},
    {"Tigard", 1, 1, 10, Phase::After, "A peer support team has just been set up."},
};

const DemoGap* gapFor(const QString& jurisdiction, int templateIndex, int question)
{
    for (const DemoGap& g : kGaps) {
        if (jurisdiction == QLatin1String(g.jurisdiction) && g.templateIndex == templateIndex && g.question == question)
            return &g;
    }
    return nullptr;
}

// One member's score: the team's shared view of the statement and each
// person's own slant. By the end the team sees a third of the statements a
// point higher, and half the slants are gone (they have talked). A listed gap
// sets both sides.
int demoScore(int team, const QString& jurisdiction, int side, int templateIndex, int question, Phase phase)
{
    if (const DemoGap* g = gapFor(jurisdiction, templateIndex, question)) {
        const int before = side == 0 ? g->manager : g->chief;
        const int other = side == 0 ? g->chief : g->manager;
        return phase == Phase::Before ? before : before + (other > before ? 1 : -1);
    }
    // The department questionnaire runs a little lower: harder questions.
    int score = 3 + int(noise(team, question, templateIndex, 0) % 3) - 1 - (templateIndex == 1 && question % 3 == 0 ? 1 : 0);
    const std::uint32_t slantNoise = noise(team, question, templateIndex, 1 + side);
    const int slant = slantNoise % 4 != 0 ? 0 : (slantNoise >> 8) % 2 == 0 ? 1 : -1;
    if (phase == Phase::Before)
        return std::clamp(score + slant, kMinScore, kMaxScore);
    const std::uint32_t change = noise(team, question, templateIndex, 10) % 20;
    score += change < 7 ? 1 : change == 19 ? -1 : 0;
    if (noise(team, question, templateIndex, 20 + side) % 2 == 0)
        score += slant;
    return std::clamp(score, kMinScore, kMaxScore);
}

QString commentFor(const QString& jurisdiction, int side, int templateIndex, int question, Phase phase)
{
    for (const DemoComment& c : kComments) {
        if (jurisdiction == QLatin1String(c.jurisdiction) && c.side == side && c.templateIndex == templateIndex && c.question == question
            && c.phase == phase)
            return QString::fromUtf8(c.text);
    }
    return {};
}

Status answerAll(Database& db, Id workshopId, const std::vector<Team>& teamList, const std::vector<AssessmentTemplate>& templates)
{
    for (size_t t = 0; t < teamList.size(); ++t) {
        const Team& team = teamList[t];
        for (const TeamMember& m : team.members) {
            const int side = sideOf(m.person.role) == RoleSide::Manager ? 0 : 1;
            for (Phase phase : {Phase::Before, Phase::After}) {
                std::vector<Answer> answers;
                for (size_t k = 0; k < templates.size(); ++k) {
                    for (size_t q = 0; q < templates[k].questions.size(); ++q) {
                        Answer a;
                        a.questionId = templates[k].questions[q].id;
                        a.score = demoScore(int(t), team.jurisdiction, side, int(k), int(q), phase);
                        a.comment = commentFor(team.jurisdiction, side, int(k), int(q), phase);
                        answers.push_back(a);
                    }
                }
                if (auto saved = assessments::saveAnswers(db, workshopId, m.person.id, phase, answers); !saved)
                    return std::unexpected(saved.error());
            }
        }
    }
    return ok();
}

// Department figures in the range of Oregon cities of each team's size;
// invented for the demo, not any city's real numbers.
struct DemoWorkload {
    const char* jurisdiction;
    double population, sworn, patrol, calls, minutes, officersPerCall, netHours;
};
const DemoWorkload kWorkloads[] = {
    {"Albany", 56000, 72, 44, 31000, 38, 1.5, 1720},      {"Bend", 102000, 104, 62, 52000, 40, 1.5, 1700},
    {"Corvallis", 60000, 58, 36, 27000, 36, 1.4, 1740},   {"Eugene", 178000, 190, 104, 95000, 44, 1.6, 1680},
    {"Grants Pass", 39000, 44, 30, 26000, 40, 1.5, 1700}, {"Hillsboro", 107000, 128, 70, 56000, 42, 1.5, 1710},
    {"Medford", 86000, 104, 58, 63000, 44, 1.6, 1680},    {"Newberg", 25000, 30, 19, 13500, 38, 1.4, 1720},
    {"Roseburg", 23500, 33, 22, 17500, 42, 1.5, 1690},    {"Tigard", 55000, 68, 38, 24000, 40, 1.5, 1730},
};

Status fillWorksheets(Database& db, const std::vector<Team>& teamList)
{
    for (const Team& team : teamList) {
        for (const DemoWorkload& w : kWorkloads) {
            if (team.jurisdiction != QLatin1String(w.jurisdiction))
                continue;
            WorkloadInputs inputs;
            inputs.population = w.population;
            inputs.swornOfficers = w.sworn;
            inputs.patrolOfficers = w.patrol;
            inputs.callsPerYear = w.calls;
            inputs.minutesPerCall = w.minutes;
            inputs.officersPerCall = w.officersPerCall;
            inputs.netHoursPerOfficer = w.netHours;
            inputs.notes = QObject::tr("Illustrative figures for the demo.");
            if (auto saved = workload::save(db, team.id, inputs); !saved)
                return std::unexpected(saved.error());
        }
    }
    return ok();
}

// Goals a team might write; the plans below pick from them.
struct DemoGoal {
    const char* goal;
    const char* actions;
    const char* measure;
    int pillar;        // 0: none
    int practiceGroup; // 0: none
};
const DemoGoal kGoals[] = {
    {"Meet every week, not only when something goes wrong",
     "Thirty minutes every Monday morning with a running agenda both of us add to. Cancel only by agreement, and reschedule the same week.",
     "Met in at least 11 of the 12 weeks before the 90-day review.", 0, 14},
    {"Write and rehearse a joint plan for the first hour of a critical incident",
     "One call list for the manager, chief, PIO, mayor and city attorney. A holding statement drafted in advance. A tabletop exercise with the "
     "council's leadership before summer.",
     "Plan signed by both; tabletop held and its lessons written up.", 3, 14},
    {"A quarterly performance report from the department to the manager",
     "Choose six measures together: response times, calls per officer, complaints, use of force, clearance rates and overtime. First report "
     "at the end of the quarter.",
     "Two reports delivered and discussed with the council by the 90-day review.", 2, 7},
    {"Check patrol staffing against the Rule of 60",
     "Pull a year of calls for service from dispatch, compute the saturation index by shift, and bring the worksheet to budget planning.",
     "Saturation index known for every shift and used in the next staffing request.", 0, 7},
    {"Publish use-of-force and complaint figures twice a year",
     "Agree on what is published, in plain language, with the numbers behind it. Brief the council before the first release.",
     "First release published and presented at a council meeting.", 1, 2},
    {"A community advisory group for the department",
     "Invite neighborhood associations, faith leaders, youth programs and business owners; meet quarterly with the chief and a council "
     "liaison.",
     "Group formed and its first meeting held.", 4, 2},
};

struct DemoPlanItem {
    enum class From { Goal, ParkingLot, Gap } from;
    int index;   // into kGoals, or the parking lot's entries
    int owner;   // 0: the manager side, 1: the chief side
    int days;    // due after the workshop
    ActionStatus status;
};

struct DemoPlan {
    const char* jurisdiction;
    DemoPlanItem items[4];
    int count;
};
using F = DemoPlanItem::From;
using S = ActionStatus;
const DemoPlan kPlans[] = {
    {"Albany", {{F::Gap, 0, 0, 30, S::InProgress}, {F::ParkingLot, 0, 0, 60, S::NotStarted}, {F::Goal, 1, 1, 90, S::NotStarted}}, 3},
    {"Bend", {{F::Goal, 1, 1, 60, S::InProgress}, {F::Goal, 3, 1, 90, S::NotStarted}}, 2},
    {"Corvallis", {{F::Goal, 0, 0, 30, S::Done}, {F::Goal, 5, 1, 90, S::NotStarted}}, 2},
    {"Eugene",
     {{F::Gap, 0, 1, 30, S::InProgress}, {F::ParkingLot, 1, 1, 60, S::Blocked}, {F::Goal, 3, 1, 60, S::NotStarted},
      {F::Goal, 4, 1, 90, S::NotStarted}},
     4},
    {"Grants Pass", {{F::Goal, 0, 0, 30, S::InProgress}, {F::Goal, 2, 0, 60, S::NotStarted}}, 2},
    {"Hillsboro", {{F::Gap, 0, 1, 60, S::NotStarted}, {F::Goal, 4, 1, 90, S::NotStarted}, {F::Goal, 1, 0, 60, S::InProgress}}, 3},
    {"Medford", {{F::Goal, 3, 1, 30, S::InProgress}, {F::Gap, 0, 0, 60, S::NotStarted}, {F::Goal, 2, 0, 90, S::NotStarted}}, 3},
    {"Newberg", {{F::Goal, 0, 0, 30, S::Done}, {F::Goal, 5, 1, 90, S::NotStarted}}, 2},
    {"Roseburg", {{F::Gap, 0, 0, 30, S::NotStarted}, {F::ParkingLot, 0, 1, 90, S::NotStarted}}, 2},
    {"Tigard", {{F::Goal, 1, 0, 60, S::InProgress}, {F::Goal, 4, 1, 90, S::NotStarted}, {F::Goal, 2, 0, 90, S::NotStarted}}, 3},
};

// Follow-up calls already made (Albany's item 1, Corvallis's item 1).
const struct {
    const char* jurisdiction;
    int item;
    int daysAfter;
    ActionStatus status;
    const char* note;
} kUpdates[] = {
    {"Albany", 0, 21, ActionStatus::InProgress, "First draft of the decision list shared; the chief is adding the budget questions."},
    {"Corvallis", 0, 28, ActionStatus::Done, "Four weekly meetings held; both say they will keep them."},
};

// The team's largest listed gap: where its plan starts.
std::optional<Id> gapQuestion(const Team& team, const std::vector<AssessmentTemplate>& templates)
{
    for (const DemoGap& g : kGaps) {
        if (team.jurisdiction == QLatin1String(g.jurisdiction) && size_t(g.templateIndex) < templates.size()
            && size_t(g.question) < templates[size_t(g.templateIndex)].questions.size())
            return templates[size_t(g.templateIndex)].questions[size_t(g.question)].id;
    }
    return std::nullopt;
}

std::optional<Id> memberOn(const Team& team, int side)
{
    for (const TeamMember& m : team.members) {
        if ((sideOf(m.person.role) == RoleSide::Manager) == (side == 0))
            return m.person.id;
    }
    return std::nullopt;
}

Result<Id> practiceGroupId(const std::vector<PracticeGroup>& groups, int number)
{
    for (const PracticeGroup& g : groups) {
        if (g.number == number)
            return g.id;
    }
    return fail(QObject::tr("Internal error: there is no practice group %1.").arg(number));
}

Status writePlans(Database& db, Id workshopId, const std::vector<Team>& teamList, const std::vector<AssessmentTemplate>& templates)
{
    auto lot = discussions::parkingLot(db, workshopId);
    auto groups = catalog::practiceGroups(db);
    if (!lot || !groups)
        return std::unexpected(!lot ? lot.error() : groups.error());
    auto workshop = workshops::get(db, workshopId);
    if (!workshop)
        return std::unexpected(workshop.error());
    const QDate lastDay = workshop->endDate();
    for (const Team& team : teamList) {
        const auto plan = std::find_if(std::begin(kPlans), std::end(kPlans),
                                       [&](const DemoPlan& p) { return team.jurisdiction == QLatin1String(p.jurisdiction); });
        if (plan == std::end(kPlans))
            continue;
        std::vector<Id> added;
        for (int i = 0; i < plan->count; ++i) {
            const DemoPlanItem& d = plan->items[i];
            auto due = actionplans::dueAfterWorkshop(db, workshopId, d.days);
            if (!due)
                return std::unexpected(due.error());
            if (d.from == F::Goal) {
                // A typed item is added whole, in one action.
                const DemoGoal& g = kGoals[d.index];
                ActionItem item;
                item.teamId = team.id;
                item.goal = QString::fromUtf8(g.goal);
                item.actions = QString::fromUtf8(g.actions);
                item.measure = QString::fromUtf8(g.measure);
                item.ownerId = memberOn(team, d.owner);
                item.due = *due;
                item.status = d.status;
                if (g.pillar)
                    item.pillar = g.pillar;
                if (g.practiceGroup) {
                    auto group = practiceGroupId(*groups, g.practiceGroup);
                    if (!group)
                        return std::unexpected(group.error());
                    item.practiceGroupId = *group;
                }
                auto made = actionplans::add(db, item);
                if (!made)
                    return std::unexpected(made.error());
                added.push_back(made->subject);
                continue;
            }
            Result<ChangeSet> made = fail(QObject::tr("Internal error: the demo plan of %1 is incomplete.").arg(team.label()));
            if (d.from == F::ParkingLot && size_t(d.index) < lot->size())
                made = actionplans::addFromParkingLot(db, team.id, (*lot)[size_t(d.index)].id);
            else if (const auto question = gapQuestion(team, templates); d.from == F::Gap && question)
                made = actionplans::addFromGap(db, team.id, *question);
            if (!made)
                return std::unexpected(made.error());
            // The details a team fills in once the item exists.
            auto stored = actionplans::get(db, made->subject);
            if (!stored)
                return std::unexpected(stored.error());
            ActionItem full = *stored;
            full.ownerId = memberOn(team, d.owner);
            full.due = *due;
            full.status = d.status;
            if (full.actions.isEmpty())
                full.actions = d.from == F::Gap ? QObject::tr("Each of us writes down how we see it; we compare notes at our next meeting and "
                                                              "agree on what changes, in writing.")
                                                : QObject::tr("Collect examples from two neighboring cities and ask the city attorney to "
                                                              "review a draft.");
            if (full.measure.isEmpty())
                full.measure = d.from == F::Gap ? QObject::tr("Both of us score this statement 4 or higher at the 90-day review.")
                                                : QObject::tr("A draft both of us have read, brought to the council's leadership.");
            if (d.status == ActionStatus::Blocked)
                full.notes = QObject::tr("Waiting for the county to name its public information lead.");
            if (auto saved = actionplans::update(db, full); !saved)
                return std::unexpected(saved.error());
            added.push_back(full.id);
        }
        for (const auto& u : kUpdates) {
            if (team.jurisdiction != QLatin1String(u.jurisdiction) || size_t(u.item) >= added.size())
                continue;
            // An update is never dated after today. While the demo's workshop
            // still lies ahead, its follow-up calls have not happened yet, so
            // they are left out rather than dated before the workshop.
            const QDate date = lastDay.addDays(u.daysAfter);
            if (date > actionplans::today())
                continue;
            if (auto recorded = actionplans::recordUpdate(db, added[size_t(u.item)], date, u.status,
                                                          QString::fromUtf8(u.note));
                !recorded)
                return std::unexpected(recorded.error());
        }
    }
    return ok();
}

} // namespace

Status addOutcomes(Database& db, Id workshopId)
{
    auto teamList = teams::list(db, workshopId);
    auto templates = assessments::templates(db);
    if (!teamList || !templates)
        return std::unexpected(!teamList ? teamList.error() : templates.error());
    if (templates->size() < 2)
        return fail(QObject::tr("Internal error: the file lacks the shipped assessments."));
    // The two shipped ones were made first.
    std::sort(templates->begin(), templates->end(), [](const AssessmentTemplate& a, const AssessmentTemplate& b) { return a.id < b.id; });
    templates->resize(2);
    if (auto s = answerAll(db, workshopId, *teamList, *templates); !s)
        return s;
    if (auto s = fillWorksheets(db, *teamList); !s)
        return s;
    return writePlans(db, workshopId, *teamList, *templates);
}

} // namespace rt::demo
