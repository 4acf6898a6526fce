#include "catalog/CatalogSeed.h"

#include "storage/Writer.h"

#include <QMap>
#include <QObject>

namespace rt {
namespace {

struct SeedGroup {
    int number;
    const char* name;
};

// Numbers and names as the program descriptions give them. The material files
// "Staff Effectiveness" under both 3 and 4; 8 and 9 are cited without names.
constexpr SeedGroup kGroups[] = {
    {1, "Personal and Professional Integrity"},
    {2, "Community Engagement"},
    {3, "Staff Effectiveness"},
    {4, "Staff Effectiveness"},
    {6, "Strategic Leadership"},
    {7, "Strategic Planning"},
    {8, ""},
    {9, ""},
    {13, "Human Resources Management and Workforce Engagement"},
    {14, "Communication and Information Sharing"},
};

struct SeedProgram {
    const char* title;
    const char* provider;
    const char* summary;
    const char* audience;
    int halfDays;
    int capacity; // 0: no limit given
    std::initializer_list<int> groups;
};

const SeedProgram kPrograms[] = {
    {"Enhancing the Relationship Between the Manager and Chief", "ICMA",
     "Two days for police chiefs and city managers who come as teams. They study what the most notorious recent "
     "incidents teach and, above all, the best practices of 21st Century Policing. Structured information sharing and "
     "discussion lead each team to assess its own police department and to leave with a short-range action plan for "
     "stronger community confidence and legitimacy.",
     "Teams of a police chief and a city manager from the same jurisdiction.", 4, 20, {1, 2, 3, 14}},
    {"Strengthening the City Manager/Police Chief Relationship", "CPSM (Center for Public Safety Management)",
     "An intensive two days of presentations, small- and large-group discussion and information sharing. Managers and "
     "chiefs define what a high-performance relationship between them looks like and what gets in its way, work "
     "through modules on Crisis Communication and Social Media, Performance Assessment and Risk Management, learn to "
     "draw on other municipal and non-profit services, set their work in its local and national political context, "
     "and plan how their city will meet the 21st Century Policing recommendations.",
     "City managers and police chiefs, ideally as teams.", 4, 0, {}},
    {"Exploring the History of Institutional Racism: Creating a Path to Racial Understanding", "ICMA",
     "Follows how racism was built into government institutions in the United States, local government among them, "
     "from slavery at the founding to mass incarceration today; how its consequences shape the very different "
     "perceptions and experiences of residents; and what some cities have done toward truth and reconciliation, "
     "racial understanding and social equity.",
     "Local government leaders.", 1, 0, {3, 8, 9, 14}},
    {"Asking Your Police and Fire Chief the Right Questions to Get the Right Answers", "ICMA",
     "For managers who must make policy from what their police and fire departments report: setting goals and "
     "priorities, measuring each department's workload and whether staffing matches it, learning what share of "
     "officers' time is taken by actual calls, and setting measurable goals that drive continuous improvement.",
     "City and county managers.", 1, 0, {7}},
    {"Understanding the Public Safety Concept: Forecasting the Outcome of Police-Fire Mergers", "ICMA",
     "Tools for judging a police and fire consolidation: the history of the public safety concept, the issues and the "
     "key decisions, the barriers and how to overcome them, the opposition to expect, the effect on cost and "
     "performance, case studies of mergers that worked and that failed, and how long implementation takes.",
     "Local government managers considering a merger.", 1, 0, {4, 6, 7, 13}},
};

} // namespace

Status seedCatalog(Writer& w)
{
    QMap<int, Id> groupIds;
    for (const SeedGroup& group : kGroups) {
        auto id = w.insert(QStringLiteral("practice_groups"),
                           {{QStringLiteral("number"), group.number}, {QStringLiteral("name"), QString::fromUtf8(group.name)}});
        if (!id)
            return std::unexpected(id.error());
        groupIds.insert(group.number, *id);
    }
    for (const SeedProgram& program : kPrograms) {
        auto id = w.insert(QStringLiteral("programs"),
                           {
                               {QStringLiteral("title"), QString::fromUtf8(program.title)},
                               {QStringLiteral("provider"), QString::fromUtf8(program.provider)},
                               {QStringLiteral("summary"), QString::fromUtf8(program.summary)},
                               {QStringLiteral("audience"), QString::fromUtf8(program.audience)},
                               {QStringLiteral("half_days"), program.halfDays},
                               {QStringLiteral("capacity"), program.capacity ? QVariant(program.capacity) : QVariant()},
                           });
        if (!id)
            return std::unexpected(id.error());
        for (int number : program.groups) {
            auto link = w.insert(QStringLiteral("program_practice_groups"),
                                 {{QStringLiteral("program_id"), *id}, {QStringLiteral("practice_group_id"), groupIds.value(number)}});
            if (!link)
                return std::unexpected(link.error());
        }
    }
    // The published price: $3,960 per half-day workshop for affiliated states,
    // up to 50 participants. The non-affiliated surcharge is not published, so it
    // starts unset.
    for (const auto& [key, value] : {std::pair{"fee.half_day_rate_cents", "396000"}, std::pair{"fee.participants_covered", "50"}}) {
        auto setting = w.insert(QStringLiteral("settings"),
                                {{QStringLiteral("key"), QString::fromLatin1(key)}, {QStringLiteral("value"), QString::fromLatin1(value)}});
        if (!setting)
            return std::unexpected(setting.error());
    }
    return ok();
}

} // namespace rt
