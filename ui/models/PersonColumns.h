#pragma once
// The columns every table of people starts with, in this order, so the roster
// and the directory read alike.

#include "people/Person.h"

#include <QVariant>

namespace rt::ui::personcolumns {

enum Column { Name, Role, Jurisdiction, State, Email, Phone, Count };

QVariant cell(const Person& person, int column); // null past the person's columns
QVariant header(int column);

} // namespace rt::ui::personcolumns
