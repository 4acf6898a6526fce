#include "people/ImportMapping.h"

#include "io/Table.h"

namespace rt::rosterimport {

const std::vector<Field>& allFields()
{
    static const std::vector<Field> fields{Field::Ignore, Field::FirstName, Field::LastName, Field::FullName, Field::Email,
                                           Field::Jurisdiction, Field::Title, Field::State, Field::Phone, Field::Notes};
    return fields;
}
QString fieldKey(Field) { return {}; }
std::optional<Field> fieldFromKey(const QString&) { return {}; }
QString fieldLabel(Field) { return {}; }
Field recognise(const QString&) { return Field::Ignore; }
Mapping recognisedMapping(const QStringList& headers) { return Mapping(headers.size(), Field::Ignore); }
Result<SuggestedMapping> suggestMapping(const Database&, const QStringList& headers) { return SuggestedMapping{recognisedMapping(headers), false}; }
Status rememberMapping(Writer&, const QStringList&, const Mapping&) { return ok(); }
Status checkMapping(const Mapping&, const QStringList&) { return ok(); }
NameParts splitFullName(const QString& fullName) { return {QString(), fullName}; }
RoleFromTitle roleFromTitle(const QString& title) { return {Role::Other, title}; }
Person personFromRow(const io::TableRow&, const Mapping&) { return {}; }

} // namespace rt::rosterimport
