// The two agendas Roundtable ships: the two-day manager/chief workshop, built
// from the modules the program description names, and a half-day workshop.
// Written in our own words; times fit a day of 08:30 to 16:30 (12:00 for a
// half day) with lunch fixed at noon.

#include "agenda/Agenda.h"
#include "storage/Writer.h"

#include <QObject>

namespace rt::agenda {
namespace {

struct SeedItem {
    int day;
    AgendaKind kind;
    const char* title;
    int minutes;
    const char* module = "";
    const char* prompt = "";
    const char* fixed = "";
};

const SeedItem kTwoDay[] = {
    {1, AgendaKind::Presentation, "Welcome, introductions and what the two days are for", 30},
    {1, AgendaKind::Assessment, "Before we start: the relationship and the department", 20, "Performance Assessment"},
    {1, AgendaKind::Presentation, "What a high-performance manager/chief relationship looks like", 50, "The Manager/Chief Relationship"},
    {1, AgendaKind::Break, "Break", 15},
    {1, AgendaKind::SmallGroup, "What gets in the way", 45, "The Manager/Chief Relationship",
     "What gets in the way of trust between a city manager and a police chief, day to day and in a crisis?"},
    {1, AgendaKind::LargeGroup, "Report-out: obstacles and what helps", 40, "The Manager/Chief Relationship"},
    {1, AgendaKind::Meal, "Lunch", 60, "", "", "12:00"},
    {1, AgendaKind::Presentation, "Crisis communication and social media", 60, "Crisis Communication and Social Media"},
    {1, AgendaKind::SmallGroup, "The first hour of a crisis", 45, "Crisis Communication and Social Media",
     "A video of an arrest is spreading online at 9 p.m. Who calls whom, and what does the city say in the first hour?"},
    {1, AgendaKind::Break, "Break", 15},
    {1, AgendaKind::InformationSharing, "How each city handles public information", 45, "Crisis Communication and Social Media"},
    {1, AgendaKind::Presentation, "Measuring what the department does", 45, "Performance Assessment"},
    {2, AgendaKind::LargeGroup, "Day one in review, and questions", 20},
    {2, AgendaKind::Presentation, "Risk management for managers and chiefs", 55, "Risk Management"},
    {2, AgendaKind::SmallGroup, "Risks we should hear about first", 40, "Risk Management",
     "Which risk in your department would each of you want the other to hear about first, and how?"},
    {2, AgendaKind::Break, "Break", 15},
    {2, AgendaKind::InformationSharing, "Partners beyond the police: municipal and non-profit services", 40},
    {2, AgendaKind::LargeGroup, "Local and national politics and trends", 40, "",
     "Which national trend will reach your city's council chamber this year?"},
    {2, AgendaKind::Meal, "Lunch", 60, "", "", "12:00"},
    {2, AgendaKind::Presentation, "21st Century Policing: the six pillars and your city", 45, "21st Century Policing"},
    {2, AgendaKind::ActionPlanning, "Team action plans", 75, "21st Century Policing",
     "What three things will your team do in the next 90 days, and how will you know they worked?"},
    {2, AgendaKind::Break, "Break", 15},
    {2, AgendaKind::LargeGroup, "Team report-outs: our commitments", 45},
    {2, AgendaKind::Assessment, "After the workshop: the relationship and the department", 15, "Performance Assessment"},
    {2, AgendaKind::Presentation, "Closing and certificates", 15},
};

const SeedItem kHalfDay[] = {
    {1, AgendaKind::Presentation, "Welcome and what the morning is for", 15},
    {1, AgendaKind::Presentation, "Workload: what calls for service tell you", 40, "Workload and Staffing"},
    {1, AgendaKind::SmallGroup, "Does staffing match the workload?", 30, "Workload and Staffing",
     "How much of your patrol officers' time goes to calls for service, and how would you find out?"},
    {1, AgendaKind::Break, "Break", 15},
    {1, AgendaKind::Presentation, "Time committed to calls: the Rule of 60", 35, "Workload and Staffing"},
    {1, AgendaKind::SmallGroup, "Measurable goals with your chiefs", 35, "Performance Assessment",
     "Name one measurable goal you could agree with your police or fire chief this year."},
    {1, AgendaKind::LargeGroup, "Report-out and questions", 30},
    {1, AgendaKind::Presentation, "Closing", 10},
};

template <size_t N>
Status seed(Writer& w, const QString& name, const QString& description, const SeedItem (&items)[N])
{
    auto id = w.insert(QStringLiteral("agenda_templates"), {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}});
    if (!id)
        return std::unexpected(id.error());
    int position = 0;
    int day = 0;
    for (const SeedItem& s : items) {
        if (s.day != day) {
            day = s.day;
            position = 0;
        }
        auto row = w.insert(QStringLiteral("agenda_template_items"),
                            {{QStringLiteral("template_id"), *id},
                             {QStringLiteral("day"), s.day},
                             {QStringLiteral("position"), position++},
                             {QStringLiteral("kind"), agendaKindKey(s.kind)},
                             {QStringLiteral("title"), QObject::tr(s.title)},
                             {QStringLiteral("module"), QObject::tr(s.module)},
                             {QStringLiteral("prompt"), QObject::tr(s.prompt)},
                             {QStringLiteral("minutes"), s.minutes},
                             {QStringLiteral("fixed_start"), QString::fromLatin1(s.fixed)}});
        if (!row)
            return std::unexpected(row.error());
    }
    return ok();
}

} // namespace

Status seedTemplates(Writer& w)
{
    if (auto s = seed(w, QObject::tr("Two-day manager/chief workshop"),
                      QObject::tr("Two days of presentations, small- and large-group discussion and information sharing, "
                                  "ending in team action plans."),
                      kTwoDay);
        !s)
        return s;
    return seed(w, QObject::tr("Half-day workshop"), QObject::tr("A morning of presentations and discussion on one topic."), kHalfDay);
}

} // namespace rt::agenda
