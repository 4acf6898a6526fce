#pragma once
// Storage and rules for people, including the duplicate check that runs before
// anyone new is added.

#include "common/Result.h"
#include "people/Person.h"
#include "storage/ChangeSet.h"

#include <QDate>
#include <vector>

namespace rt {

class Database;
class Writer;

struct DuplicateMatch {
    Person person;
    QString reason; // "same email address", "same name and jurisdiction"
};

// A row of the people directory.
struct PersonListing {
    Person person;
    int workshops = 0; // enrollments that were not cancelled
};

// A workshop a person was enrolled in, for the person's history.
struct PersonWorkshop {
    Id workshopId = 0;
    QString title;
    QDate startDate;
    QString status; // the enrollment's status key
};

// "City of Salem" and "salem " are the same jurisdiction.
QString jurisdictionKey(const QString& jurisdiction);

namespace people {

Status validate(const Person& person);
// Trims and tidies what a person typed (e.g. state in capitals).
Person normalized(Person person);

Result<Person> get(const Database& db, Id id);
Result<std::vector<PersonListing>> directory(const Database& db);
Result<std::vector<PersonWorkshop>> workshopsOf(const Database& db, Id personId);

// People already in the file who are probably the same as `candidate` (its own
// id excluded).
Result<std::vector<DuplicateMatch>> likelyDuplicates(const Database& db, const Person& candidate);

// People whose name, jurisdiction or email contain every word of `query`,
// best for picking someone who attended before. At most `limit` results.
Result<std::vector<Person>> search(const Database& db, const QString& query, int limit = 50);

Result<ChangeSet> add(Database& db, const Person& person);
Result<ChangeSet> update(Database& db, const Person& person);
// Only people with no enrollments can be removed; others are cancelled instead.
Result<ChangeSet> remove(Database& db, Id id);

// Inserts a person inside an action that does more (enrolling them, say).
Result<Id> insert(Writer& writer, const Person& person);

} // namespace people
} // namespace rt
