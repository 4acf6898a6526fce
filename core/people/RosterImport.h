#pragma once
// Roster import: a table from a registration export becomes people enrolled in
// a workshop. First a plan (nothing written): every row is a person to add, a
// person already in the file to enrol, a likely duplicate to review, or a row
// skipped with its line and the reason; places beyond capacity are waitlisted.
// Then apply(): all of it in one transaction, or none of it.

#include "common/Result.h"
#include "io/Table.h"
#include "people/ImportMapping.h"
#include "people/Person.h"
#include "storage/ChangeSet.h"

#include <functional>
#include <vector>

namespace rt {

class Database;

namespace rosterimport {

enum class Outcome {
    Add,             // a new person, added and enrolled
    EnrollExisting,  // a likely duplicate of someone in the file (see choice)
    DuplicateInFile, // the same person as an earlier row of the file (see choice)
    Skip,            // not imported; reason says why
};

// What to do with a likely duplicate; the review sets it per row.
enum class DuplicateChoice {
    EnrollExisting, // enrol the person already in the file (for DuplicateInFile: same as Skip)
    AddNew,         // add as a new person anyway
    Skip,
};

struct PlannedRow {
    int line = 0;    // 1-based line in the file
    Person person;   // as the row reads
    Outcome outcome = Outcome::Add;
    QString reason;  // Skip: why ("no last name"); duplicates: why alike ("same email address")
    Person existing; // EnrollExisting: the person already in the file
    int sameAsLine = 0; // DuplicateInFile: the earlier row's line
    DuplicateChoice choice = DuplicateChoice::EnrollExisting;
    bool waitlisted = false; // decided by Plan::settle()

    bool isDuplicate() const { return outcome == Outcome::EnrollExisting || outcome == Outcome::DuplicateInFile; }
    // Whether this row ends up enrolled (registered or waitlisted) given its choice.
    bool enrolls() const;
    // Whether it adds a new person to the file.
    bool addsPerson() const;
};

struct PlanCounts {
    int rows = 0;             // data rows read
    int added = 0;            // new people added and enrolled
    int enrolledExisting = 0; // people already in the file, enrolled
    int registered = 0;       // of those enrolled, with a place
    int waitlisted = 0;       // of those enrolled, on the waitlist
    int duplicates = 0;       // rows listed for review
    int skipped = 0;          // rows not imported (skip reasons and review choices)
};

struct Plan {
    Id workshopId = 0;
    QString workshopTitle;
    QString source; // the file's name, for the journal and messages
    QStringList headers;
    Mapping mapping;
    std::vector<PlannedRow> rows;
    int capacity = 0;
    int placesLeft = 0; // before this import

    PlanCounts counts() const;
    // Indexes into rows of the likely duplicates, for review.
    std::vector<int> duplicateIndexes() const;
    // Sets a review choice and settles the waitlist again.
    void choose(int rowIndex, DuplicateChoice choice);
    // Decides who gets the places left, in file order; the rest are waitlisted.
    void settle();
    // "line 14: no last name", one per row not imported, in file order.
    QStringList skippedLines() const;
    // "40 rows: 35 added, 2 already in the file enrolled, 5 on the waitlist, …"
    QString summary() const;
};

// Reads every row under `mapping` against the workshop and the people in the
// file. Fails if the mapping cannot import or the workshop cannot take people.
Result<Plan> plan(const Database& db, Id workshopId, const io::Table& table, const Mapping& mapping);

// Called now and then while applying with rows done and the total; return
// false to cancel (then nothing is written).
using Progress = std::function<bool(int done, int total)>;

struct Applied {
    ChangeSet changes; // for undo
    PlanCounts counts;
};

// Writes the plan as one action (journal kind "import") and remembers the
// mapping for these headers. All or nothing; cancelling writes nothing.
Result<Applied> apply(Database& db, const Plan& plan, const Progress& progress = {});

// The message apply() fails with when the progress callback cancelled.
QString cancelledMessage();

} // namespace rosterimport
} // namespace rt
