// The two questionnaires Roundtable ships, in our own words: what a
// high-performance manager/chief relationship looks like, and the department
// along the six pillars of 21st Century Policing. Each statement is scored
// from 1 (strongly disagree) to 5 (strongly agree).

#include "assessments/Assessments.h"
#include "assessments/Pillars.h"
#include "storage/Writer.h"

#include <QCoreApplication>

namespace rt::assessments {
namespace {

// The texts are marked with QT_TRANSLATE_NOOP spelled out in full: lupdate
// does not expand a shorter macro of our own.

struct SeedQuestion {
    const char* section; // empty: the pillar's name
    int pillar;          // 0: none
    const char* text;
};

const SeedQuestion kRelationship[] = {
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Communication"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We talk regularly, not only when something has gone wrong.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Communication"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Significant news about the department reaches the manager from the chief first, not from the media or the council.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Trust"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Either of us can raise a disagreement openly without harming our working relationship.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Trust"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "I trust my counterpart to act in the city's interest when I am not in the room.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Clear roles"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We agree on which decisions belong to the chief and which to the manager.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Clear roles"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "The council, the manager and the chief each understand their part in police matters.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Crisis readiness"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We have agreed how we work together, and who speaks for the city, when a critical incident happens.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Crisis readiness"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We have rehearsed a critical incident together, in an exercise or a review.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Performance information"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "The manager receives regular, meaningful information on how the department performs.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Performance information"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We use measurable goals to judge whether the department's staffing matches its workload.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Community confidence"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We know how the community, including its most affected neighborhoods, sees the department.")},
    {QT_TRANSLATE_NOOP("rt::assessments::seed", "Community confidence"), 0,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "We have a plan to build and keep the community's confidence in its police.")},
};

const SeedQuestion kDepartment[] = {
    {"", 1,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Officers treat people fairly, give them a voice and explain their decisions.")},
    {"", 1, QT_TRANSLATE_NOOP("rt::assessments::seed", "The department reports openly on stops, complaints and use of force.")},
    {"", 2,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Use-of-force and de-escalation policies are current, written down and reviewed with the community.")},
    {"", 2,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Serious incidents and complaints are reviewed by someone outside the department.")},
    {"", 3,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Clear policies govern the department's technology, such as body-worn cameras, and the data it collects.")},
    {"", 3,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "The department uses social media both to inform the public and to listen to it.")},
    {"", 4,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Community policing is how the whole department works, not the task of one unit.")},
    {"", 4,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Crime-reduction strategies are shaped with residents and weighed for their effect on trust.")},
    {"", 5,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Officers are trained, and retrained, in de-escalation, crisis intervention and bias awareness.")},
    {"", 5,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Supervisors and commanders are prepared to lead the department through change.")},
    {"", 6,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "Officers can get help with their physical and mental health without stigma.")},
    {"", 6,
     QT_TRANSLATE_NOOP("rt::assessments::seed", "The department reviews officer injuries and near misses and acts on what it learns.")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("rt::assessments::seed", text);
}

template <std::size_t N>
Status seed(Writer& w, const QString& name, const QString& description, const SeedQuestion (&questions)[N])
{
    auto templateId = w.insert(QStringLiteral("assessment_templates"),
                               {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}});
    if (!templateId)
        return std::unexpected(templateId.error());
    int position = 0;
    for (const SeedQuestion& q : questions) {
        const QString section = q.pillar && !*q.section ? pillars::name(q.pillar) : translated(q.section);
        auto id = w.insert(QStringLiteral("assessment_questions"),
                           {{QStringLiteral("template_id"), *templateId},
                            {QStringLiteral("position"), position++},
                            {QStringLiteral("section"), section},
                            {QStringLiteral("text"), translated(q.text)},
                            {QStringLiteral("pillar"), q.pillar ? QVariant(q.pillar) : QVariant()}});
        if (!id)
            return std::unexpected(id.error());
    }
    return ok();
}

} // namespace

Status seedTemplates(Writer& w)
{
    if (auto s = seed(w, QCoreApplication::translate("rt::assessments::seed", "Manager/chief relationship"),
                      QCoreApplication::translate(
                          "rt::assessments::seed",
                          "What a high-performance relationship between a city manager and a police chief looks like: "
                          "communication, trust, clear roles, crisis readiness, performance information and community "
                          "confidence. The manager and the chief each answer for themselves."),
                      kRelationship);
        !s)
        return s;
    return seed(w, QCoreApplication::translate("rt::assessments::seed", "Department: 21st Century Policing"),
                QCoreApplication::translate(
                    "rt::assessments::seed",
                    "The police department along the six pillars of the President's Task Force on 21st Century "
                    "Policing (2015). The manager and the chief each answer for themselves."),
                kDepartment);
}

} // namespace rt::assessments
