#include "PersonColumns.h"

#include <QCoreApplication>

namespace rt::ui::personcolumns {

QVariant cell(const Person& p, int column)
{
    switch (column) {
    case Name: return p.sortName();
    case Role: return p.roleText();
    case Jurisdiction: return p.jurisdiction;
    case State: return p.state;
    case Email: return p.email;
    case Phone: return p.phone;
    }
    return {};
}

QVariant header(int column)
{
    switch (column) {
    case Name: return QCoreApplication::translate("PersonColumns", "Name");
    case Role: return QCoreApplication::translate("PersonColumns", "Role");
    case Jurisdiction: return QCoreApplication::translate("PersonColumns", "Jurisdiction");
    case State: return QCoreApplication::translate("PersonColumns", "State");
    case Email: return QCoreApplication::translate("PersonColumns", "Email");
    case Phone: return QCoreApplication::translate("PersonColumns", "Phone");
    }
    return {};
}

} // namespace rt::ui::personcolumns
