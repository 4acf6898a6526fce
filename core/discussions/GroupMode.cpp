// The group modes' keys and labels, apart from the solver so that the round
// storage and the solver can be built and changed independently.

#include "discussions/GroupSolver.h"

#include <QObject>

namespace rt {

namespace {
constexpr GroupMode kModes[] = {GroupMode::TeamsTogether, GroupMode::Mixed, GroupMode::ByRole, GroupMode::Manual};
}

QString groupModeKey(GroupMode mode)
{
    switch (mode) {
    case GroupMode::TeamsTogether: return QStringLiteral("teams");
    case GroupMode::Mixed: return QStringLiteral("mixed");
    case GroupMode::ByRole: return QStringLiteral("by_role");
    case GroupMode::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("mixed");
}

std::optional<GroupMode> groupModeFromKey(const QString& key)
{
    for (GroupMode m : kModes) {
        if (groupModeKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString groupModeLabel(GroupMode mode)
{
    switch (mode) {
    case GroupMode::TeamsTogether: return QObject::tr("Teams together");
    case GroupMode::Mixed: return QObject::tr("Mixed");
    case GroupMode::ByRole: return QObject::tr("By role");
    case GroupMode::Manual: return QObject::tr("Placed by hand");
    }
    return {};
}

} // namespace rt
