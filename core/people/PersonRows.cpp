#include "people/PersonRows.h"

#include <QVariant>

namespace rt::people {

QString personColumns(const QString& alias)
{
    static const char* const names[kPersonColumnCount] = {"id",           "uuid",  "first_name", "last_name",
                                                          "role",         "role_other", "jurisdiction", "state",
                                                          "email",        "phone", "notes"};
    QStringList qualified;
    for (const char* name : names)
        qualified << alias + QString::fromLatin1(name);
    return qualified.join(QLatin1String(", "));
}

Person personFrom(const QSqlQuery& q, int first)
{
    Person p;
    p.id = q.value(first + 0).toLongLong();
    p.uuid = q.value(first + 1).toString();
    p.firstName = q.value(first + 2).toString();
    p.lastName = q.value(first + 3).toString();
    p.role = roleFromKey(q.value(first + 4).toString()).value_or(Role::Other);
    p.roleOther = q.value(first + 5).toString();
    p.jurisdiction = q.value(first + 6).toString();
    p.state = q.value(first + 7).toString();
    p.email = q.value(first + 8).toString();
    p.phone = q.value(first + 9).toString();
    p.notes = q.value(first + 10).toString();
    return p;
}

} // namespace rt::people
