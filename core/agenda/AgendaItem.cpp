#include "agenda/AgendaItem.h"

#include <QObject>

namespace rt {
namespace {
constexpr AgendaKind kKinds[] = {AgendaKind::Presentation, AgendaKind::SmallGroup,  AgendaKind::LargeGroup,
                                 AgendaKind::InformationSharing, AgendaKind::Assessment, AgendaKind::ActionPlanning,
                                 AgendaKind::Break, AgendaKind::Meal};
}

QString agendaKindKey(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::Presentation: return QStringLiteral("presentation");
    case AgendaKind::SmallGroup: return QStringLiteral("small_group");
    case AgendaKind::LargeGroup: return QStringLiteral("large_group");
    case AgendaKind::InformationSharing: return QStringLiteral("information_sharing");
    case AgendaKind::Assessment: return QStringLiteral("assessment");
    case AgendaKind::ActionPlanning: return QStringLiteral("action_planning");
    case AgendaKind::Break: return QStringLiteral("break");
    case AgendaKind::Meal: return QStringLiteral("meal");
    }
    return QStringLiteral("presentation");
}

std::optional<AgendaKind> agendaKindFromKey(const QString& key)
{
    for (AgendaKind k : kKinds) {
        if (agendaKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString agendaKindLabel(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::Presentation: return QObject::tr("Presentation");
    case AgendaKind::SmallGroup: return QObject::tr("Small-group discussion");
    case AgendaKind::LargeGroup: return QObject::tr("Large-group discussion");
    case AgendaKind::InformationSharing: return QObject::tr("Information sharing");
    case AgendaKind::Assessment: return QObject::tr("Assessment");
    case AgendaKind::ActionPlanning: return QObject::tr("Action planning");
    case AgendaKind::Break: return QObject::tr("Break");
    case AgendaKind::Meal: return QObject::tr("Meal");
    }
    return {};
}

bool isPause(AgendaKind kind)
{
    return kind == AgendaKind::Break || kind == AgendaKind::Meal;
}

namespace agenda {

Status validate(const AgendaItem& item, int dayCount)
{
    if (item.title.trimmed().isEmpty())
        return fail(QObject::tr("An agenda item needs a title."));
    if (item.day < 1 || item.day > dayCount)
        return fail(QObject::tr("“%1” is on day %2, but the workshop has %n day(s).", nullptr, dayCount).arg(item.title.trimmed()).arg(item.day));
    if (item.minutes < 1 || item.minutes > 720)
        return fail(QObject::tr("“%1” lasts %2 minutes; give it from 1 minute to 12 hours.").arg(item.title.trimmed()).arg(item.minutes));
    return ok();
}

} // namespace agenda
} // namespace rt
