#pragma once
// A person on a roster. One person may attend many workshops over the years, so
// people live once in the file and are enrolled in workshops.

#include "common/Result.h"

#include <QString>
#include <optional>

namespace rt {

enum class Role { CityManager, AssistantCityManager, PoliceChief, FireChief, PublicSafetyDirector, Other };

// Which side of a manager/chief team a role sits on.
enum class RoleSide { Manager, Chief, Neither };

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleLabel(Role role);
RoleSide sideOf(Role role);
const std::initializer_list<Role>& allRoles();

struct Person {
    Id id = 0;
    QString uuid;
    QString firstName;
    QString lastName;
    Role role = Role::Other;
    QString roleOther; // free text when role is Other ("Deputy Chief")
    QString jurisdiction;
    QString state;
    QString email;
    QString phone;
    QString notes;

    QString fullName() const;  // "Dana Whitfield"
    QString sortName() const;  // "Whitfield, Dana"
    QString roleText() const;  // the label, or the free text for Other
    // Orders people by last then first name, ignoring case and accents
    // ("Álvarez" among the A's, where SQLite's NOCASE would not put it).
    QString sortKey() const;
    // Everything a search box may match, folded once.
    QString searchText() const;
};

} // namespace rt
