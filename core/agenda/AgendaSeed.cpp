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

// Texts are marked for lupdate here and translated when seeded: a new file
// gets its agendas in the language of the person who made it.
const SeedItem kTwoDay[] = {
    {1, AgendaKind::Presentation, QT_TRANSLATE_NOOP("QObject", "Welcome, introductions and what the two days are for"), 30},
    {1, AgendaKind::Assessment,
     QT_TRANSLATE_NOOP("QObject", "Before we start: the relationship and the department"), 20,
     QT_TRANSLATE_NOOP("QObject", "Performance Assessment")},
    {1, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "What a high-performance manager/chief relationship looks like"), 50,
     QT_TRANSLATE_NOOP("QObject", "The Manager/Chief Relationship")},
    {1, AgendaKind::Break, QT_TRANSLATE_NOOP("QObject", "Break"), 15},
    {1, AgendaKind::SmallGroup,
     QT_TRANSLATE_NOOP("QObject", "What gets in the way"), 45,
     QT_TRANSLATE_NOOP("QObject", "The Manager/Chief Relationship"),
     QT_TRANSLATE_NOOP("QObject", "What gets in the way of trust between a city manager and a police chief, day to day and in a crisis?")},
    {1, AgendaKind::LargeGroup,
     QT_TRANSLATE_NOOP("QObject", "Report-out: obstacles and what helps"), 40,
     QT_TRANSLATE_NOOP("QObject", "The Manager/Chief Relationship")},
    {1, AgendaKind::Meal, QT_TRANSLATE_NOOP("QObject", "Lunch"), 60, "", "", "12:00"},
    {1, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "Crisis communication and social media"), 60,
     QT_TRANSLATE_NOOP("QObject", "Crisis Communication and Social Media")},
    {1, AgendaKind::SmallGroup,
     QT_TRANSLATE_NOOP("QObject", "The first hour of a crisis"), 45,
     QT_TRANSLATE_NOOP("QObject", "Crisis Communication and Social Media"),
     QT_TRANSLATE_NOOP("QObject", "A video of an arrest is spreading online at 9 p.m. Who calls whom, and what does the city say in the first hour?")},
    {1, AgendaKind::Break, QT_TRANSLATE_NOOP("QObject", "Break"), 15},
    {1, AgendaKind::InformationSharing,
     QT_TRANSLATE_NOOP("QObject", "How each city handles public information"), 45,
     QT_TRANSLATE_NOOP("QObject", "Crisis Communication and Social Media")},
    {1, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "Measuring what the department does"), 45,
     QT_TRANSLATE_NOOP("QObject", "Performance Assessment")},
    {2, AgendaKind::LargeGroup, QT_TRANSLATE_NOOP("QObject", "Day one in review, and questions"), 20},
    {2, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "Risk management for managers and chiefs"), 55,
     QT_TRANSLATE_NOOP("QObject", "Risk Management")},
    {2, AgendaKind::SmallGroup,
     QT_TRANSLATE_NOOP("QObject", "Risks we should hear about first"), 40,
     QT_TRANSLATE_NOOP("QObject", "Risk Management"),
     QT_TRANSLATE_NOOP("QObject", "Which risk in your department would each of you want the other to hear about first, and how?")},
    {2, AgendaKind::Break, QT_TRANSLATE_NOOP("QObject", "Break"), 15},
    {2, AgendaKind::InformationSharing,
     QT_TRANSLATE_NOOP("QObject", "Partners beyond the police: municipal and non-profit services"), 40},
    {2, AgendaKind::LargeGroup, QT_TRANSLATE_NOOP("QObject", "Local and national politics and trends"), 40, "",
     QT_TRANSLATE_NOOP("QObject", "Which national trend will reach your city's council chamber this year?")},
    {2, AgendaKind::Meal, QT_TRANSLATE_NOOP("QObject", "Lunch"), 60, "", "", "12:00"},
    {2, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "21st Century Policing: the six pillars and your city"), 45,
     QT_TRANSLATE_NOOP("QObject", "21st Century Policing")},
    {2, AgendaKind::ActionPlanning,
     QT_TRANSLATE_NOOP("QObject", "Team action plans"), 75,
     QT_TRANSLATE_NOOP("QObject", "21st Century Policing"),
     QT_TRANSLATE_NOOP("QObject", "What three things will your team do in the next 90 days, and how will you know they worked?")},
    {2, AgendaKind::Break, QT_TRANSLATE_NOOP("QObject", "Break"), 15},
    {2, AgendaKind::LargeGroup, QT_TRANSLATE_NOOP("QObject", "Team report-outs: our commitments"), 45},
    {2, AgendaKind::Assessment,
     QT_TRANSLATE_NOOP("QObject", "After the workshop: the relationship and the department"), 15,
     QT_TRANSLATE_NOOP("QObject", "Performance Assessment")},
    {2, AgendaKind::Presentation, QT_TRANSLATE_NOOP("QObject", "Closing and certificates"), 15},
};

const SeedItem kHalfDay[] = {
    {1, AgendaKind::Presentation, QT_TRANSLATE_NOOP("QObject", "Welcome and what the morning is for"), 15},
    {1, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "Workload: what calls for service tell you"), 40,
     QT_TRANSLATE_NOOP("QObject", "Workload and Staffing")},
    {1, AgendaKind::SmallGroup,
     QT_TRANSLATE_NOOP("QObject", "Does staffing match the workload?"), 30,
     QT_TRANSLATE_NOOP("QObject", "Workload and Staffing"),
     QT_TRANSLATE_NOOP("QObject", "How much of your patrol officers' time goes to calls for service, and how would you find out?")},
    {1, AgendaKind::Break, QT_TRANSLATE_NOOP("QObject", "Break"), 15},
    {1, AgendaKind::Presentation,
     QT_TRANSLATE_NOOP("QObject", "Time committed to calls: the Rule of 60"), 35,
     QT_TRANSLATE_NOOP("QObject", "Workload and Staffing")},
    {1, AgendaKind::SmallGroup,
     QT_TRANSLATE_NOOP("QObject", "Measurable goals with your chiefs"), 35,
     QT_TRANSLATE_NOOP("QObject", "Performance Assessment"),
     QT_TRANSLATE_NOOP("QObject", "Name one measurable goal you could agree with your police or fire chief this year.")},
    {1, AgendaKind::LargeGroup, QT_TRANSLATE_NOOP("QObject", "Report-out and questions"), 30},
    {1, AgendaKind::Presentation, QT_TRANSLATE_NOOP("QObject", "Closing"), 10},
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
