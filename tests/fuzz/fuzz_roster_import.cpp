// libFuzzer target over the roster importer, no GUI: any bytes are read as a
// registration export (encoding and delimiter detected, CSV through libcsv or
// XLSX), mapped by their headers, turned into people row by row, and planned
// against a workshop in a real file that already holds people, so the
// duplicate checks and the waitlist run too. Nothing is written: a plan only
// reads. Built with clang, ASan and UBSan (-DROUNDTABLE_FUZZ=ON); see
// scripts/test.sh for the bounded run CI makes from tests/fuzz/corpus.

#include "io/Table.h"
#include "people/ImportMapping.h"
#include "people/Roster.h"
#include "people/RosterImport.h"
#include "storage/Database.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rt;
using namespace rt::rosterimport;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(message));
    std::abort();
}

Person person(const char* first, const char* last, const char* jurisdiction, const char* email)
{
    Person p;
    p.firstName = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.jurisdiction = QString::fromUtf8(jurisdiction);
    p.email = QString::fromUtf8(email);
    p.state = QStringLiteral("OR");
    p.role = Role::CityManager;
    return p;
}

// One file for the whole run: a workshop with two places left and two people
// already enrolled, whom fuzzed rows can duplicate by e-mail or by name.
struct World {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Id workshop = 0;

    World()
    {
        auto created = Database::create(dir.filePath(QStringLiteral("fuzz.roundtable")));
        if (!created)
            die(created.error().message);
        db = std::move(*created);
        Workshop w;
        w.title = QStringLiteral("Fuzzing workshop");
        w.startDate = QDate(2027, 3, 9);
        w.halfDays = 4;
        w.capacity = 4;
        w.hostState = QStringLiteral("OR");
        auto made = workshops::create(*db, w);
        if (!made)
            die(made.error().message);
        workshop = made->subject;
        for (const Person& p : {person("Dana", "Whitfield", "Albany", "dana@albany.example.org"),
                                person("Marcus", "Ortega", "Albany", "marcus@albany.example.org")}) {
            if (auto enrolled = roster::enrollNew(*db, workshop, p); !enrolled)
                die(enrolled.error().message);
        }
    }
};

World& world()
{
    static int argc = 1;
    static char name[] = "fuzz_roster_import";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the SQL driver is a plugin
    static World instance;
    return instance;
}

// Plans with `mapping` and walks what a review and a report would show.
void planWith(const io::Table& table, const Mapping& mapping)
{
    for (const io::TableRow& row : table.rows)
        (void)personFromRow(row, mapping);
    if (!checkMapping(mapping, table.headers))
        return;
    World& w = world();
    auto plan = rosterimport::plan(*w.db, w.workshop, table, mapping);
    if (!plan)
        return;
    const std::vector<int> duplicates = plan->duplicateIndexes();
    for (size_t i = 0; i < duplicates.size(); ++i)
        plan->choose(duplicates[i], i % 2 ? DuplicateChoice::AddNew : DuplicateChoice::Skip);
    (void)plan->counts();
    (void)plan->skippedLines();
    (void)plan->summary();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    world();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = io::readTableData(bytes, QStringLiteral("fuzz.csv"));
    if (!table)
        return 0;
    (void)io::encodingLabel(table->encoding);
    // The headers' own mapping, and one that takes the first columns as
    // name, e-mail and jurisdiction whatever they say, so that rows of any
    // file reach the planning.
    planWith(*table, recognisedMapping(table->headers));
    Mapping forced(size_t(table->columnCount()), Field::Ignore);
    const Field order[] = {Field::FullName, Field::Email, Field::Jurisdiction, Field::Title, Field::State, Field::Phone};
    for (size_t i = 0; i < forced.size() && i < std::size(order); ++i)
        forced[i] = order[i];
    planWith(*table, forced);
    for (const QString& header : table->headers)
        (void)splitFullName(header), (void)roleFromTitle(header), (void)recognise(header);
    return 0;
}
