#include "people/Person.h"

#include "common/Text.h"

#include <QObject>

namespace rt {

const std::initializer_list<Role>& allRoles()
{
    static const std::initializer_list<Role> roles = {Role::CityManager, Role::AssistantCityManager, Role::PoliceChief,
                                                      Role::FireChief, Role::PublicSafetyDirector, Role::Other};
    return roles;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::CityManager: return QStringLiteral("city_manager");
    case Role::AssistantCityManager: return QStringLiteral("assistant_city_manager");
    case Role::PoliceChief: return QStringLiteral("police_chief");
    case Role::FireChief: return QStringLiteral("fire_chief");
    case Role::PublicSafetyDirector: return QStringLiteral("public_safety_director");
    case Role::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::CityManager: return QObject::tr("City Manager");
    case Role::AssistantCityManager: return QObject::tr("Assistant City Manager");
    case Role::PoliceChief: return QObject::tr("Police Chief");
    case Role::FireChief: return QObject::tr("Fire Chief");
    case Role::PublicSafetyDirector: return QObject::tr("Public Safety Director");
    case Role::Other: return QObject::tr("Other");
    }
    return {};
}

RoleSide sideOf(Role role)
{
    switch (role) {
    case Role::CityManager:
    case Role::AssistantCityManager: return RoleSide::Manager;
    case Role::PoliceChief:
    case Role::PublicSafetyDirector: return RoleSide::Chief;
    case Role::FireChief:
    case Role::Other: return RoleSide::Neither;
    }
    return RoleSide::Neither;
}

QString Person::fullName() const
{
    return firstName.isEmpty() ? lastName : QStringLiteral("%1 %2").arg(firstName, lastName);
}

QString Person::sortName() const
{
    return firstName.isEmpty() ? lastName : QStringLiteral("%1, %2").arg(lastName, firstName);
}

QString Person::roleText() const
{
    if (role == Role::Other && !roleOther.trimmed().isEmpty())
        return roleOther.trimmed();
    return roleLabel(role);
}

QString Person::sortKey() const
{
    return foldForSearch(lastName) + QLatin1Char('\t') + foldForSearch(firstName);
}

QString Person::searchText() const
{
    return foldForSearch(QStringList{firstName, lastName, jurisdiction, state, email, roleText()}.join(QLatin1Char(' ')));
}

} // namespace rt
