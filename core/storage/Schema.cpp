#include "storage/Schema.h"

#include <array>

namespace rt::schema {

bool isKnownTable(QStringView table)
{
    static constexpr std::array<QStringView, 28> tables = {
        u"settings",      u"practice_groups", u"programs", u"program_practice_groups",
        u"venues",        u"facilitators",    u"workshops", u"workshop_facilitators",
        u"people",        u"enrollments",     u"teams",     u"team_members",
        u"attendance_blocks", u"attendance_marks", u"agenda_items", u"agenda_templates", u"agenda_template_items",
        u"discussion_rounds", u"discussion_groups", u"discussion_members", u"discussion_items", u"discussion_votes",
        u"assessment_templates", u"assessment_questions", u"assessment_answers", u"workload_worksheets",
        u"action_items", u"action_updates",
    };
    for (QStringView known : tables) {
        if (known == table)
            return true;
    }
    return false;
}

bool isIdentifier(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace rt::schema
