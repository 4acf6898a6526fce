#pragma once
// Which column of a registration export holds what: the fields a roster import
// knows, the header wording of the usual exports (Eventbrite, Cvent, Google
// Forms, sign-up sheets), full names split into first and last, job titles
// turned into roles, and mappings remembered in the file per set of headers.

#include "common/Result.h"
#include "people/Person.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rt {

class Database;
class Writer;

namespace io {
struct TableRow;
}

namespace rosterimport {

enum class Field { Ignore, FirstName, LastName, FullName, Email, Jurisdiction, Title, State, Phone, Notes };

const std::vector<Field>& allFields();
// Stable keys ("first_name", "full_name", "ignore" …): remembered mappings and
// the command line's --map use them.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString& key);
// "First name", "Full name (split)", "Don't import" …
QString fieldLabel(Field field);

// One field per column, in the table's column order.
using Mapping = std::vector<Field>;

// The field a header names, ignoring case, spaces and punctuation
// ("Attendee first name", "E-mail", "Agency"); Ignore when unknown.
Field recognise(const QString& header);
Mapping recognisedMapping(const QStringList& headers);

struct SuggestedMapping {
    Mapping mapping;
    bool remembered = false; // from an earlier import with the same headers
};
// The mapping an earlier import with the same set of headers used, else the
// recognised one.
Result<SuggestedMapping> suggestMapping(const Database& db, const QStringList& headers);
// Saves `mapping` for this set of headers inside the caller's transaction.
Status rememberMapping(Writer& writer, const QStringList& headers, const Mapping& mapping);

// A mapping that can import: a last-name or a full-name column, and each field
// (Ignore aside) on one column only. The message says what to change.
Status checkMapping(const Mapping& mapping, const QStringList& headers);

struct NameParts {
    QString first;
    QString last;
};
// "Whitfield, Dana" and "Dana M. Whitfield" -> Dana / Whitfield; a single word
// is a last name.
NameParts splitFullName(const QString& fullName);

struct RoleFromTitle {
    Role role = Role::Other;
    QString other; // the title itself when role is Other
};
// "Chief of Police", "City Manager", "Asst. City Manager", "Fire Chief",
// "Director of Public Safety" … to roles; any other title is kept as written.
RoleFromTitle roleFromTitle(const QString& title);

// The person one row describes under `mapping`; values trimmed of surrounding
// spaces and nothing else.
Person personFromRow(const io::TableRow& row, const Mapping& mapping);

} // namespace rosterimport
} // namespace rt
