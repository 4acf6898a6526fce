// Roster import: the plan (duplicates, capacity, skipped lines), and apply
// (all or nothing, cancel, journal, undo, remembered mapping, hostile values).

#include "Fixtures.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/RosterImport.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace rt;
using namespace rt::rosterimport;
using namespace rt::test;

namespace {

io::Table tableOf(const QByteArray& csv)
{
    auto table = io::readTableData(csv, QStringLiteral("registrations.csv"));
    INFO((table ? QString() : table.error().message).toStdString());
    REQUIRE(table);
    return *table;
}

Plan planOf(Database& db, Id workshop, const QByteArray& csv)
{
    const io::Table table = tableOf(csv);
    auto mapping = expectOk(suggestMapping(db, table.headers));
    Plan plan = expectOk(rosterimport::plan(db, workshop, table, mapping.mapping));
    plan.source = QStringLiteral("registrations.csv");
    return plan;
}

qint64 count(const Database& db, const QString& statement, const QVariantList& binds = {})
{
    return expectOk(sql::scalar(db.connection(), statement, binds)).toLongLong();
}

// Everything an import could touch, to see that nothing was written.
QString fingerprint(const Database& db)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(count(db, QStringLiteral("SELECT count(*) FROM people")))
        .arg(count(db, QStringLiteral("SELECT count(*) FROM enrollments")))
        .arg(count(db, QStringLiteral("SELECT count(*) FROM journal")))
        .arg(count(db, QStringLiteral("SELECT count(*) FROM journal_rows")))
        .arg(count(db, QStringLiteral("SELECT count(*) FROM settings")));
}

const QByteArray kHeader = "First Name,Last Name,Email,Agency,Job Title,State,Phone,Notes\r\n";

QByteArray rows(int n, int from = 0)
{
    QByteArray csv = kHeader;
    for (int i = from; i < from + n; ++i)
        csv += "Person," + QByteArray("Number") + QByteArray::number(i) + ",p" + QByteArray::number(i)
               + "@example.org,City of Salem,City Manager,OR,555-0100,\r\n";
    return csv;
}

} // namespace

TEST_CASE("The plan sorts rows into new people, people in the file, duplicates and skipped lines, writing nothing")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    const Id other = addWorkshop(*db, 20, QStringLiteral("Another"));
    const Id dana = enrollNew(*db, other, makePerson("Dana", "Whitfield", Role::CityManager, "City of Salem", "dana@salem.gov"));
    enrollNew(*db, other, makePerson("Marcus", "Oyelaran", Role::PoliceChief, "Salem"));
    const Id lee = enrollNew(*db, workshop, makePerson("Ann", "Lee", Role::FireChief, "Bend", "ann@bend.gov"));
    (void)lee;
    const QString before = fingerprint(*db);

    const Plan plan = planOf(*db, workshop,
                             kHeader +
                                 "Priya,Raman,priya@eugene.gov,Eugene,Chief of Police,OR,,\r\n"          // 2: new
                                 "D.,Whitfield,DANA@salem.gov,Salem,City Manager,OR,,\r\n"               // 3: same email
                                 "marcus,OYELARAN,,salem,Chief of Police,OR,,\r\n"                      // 4: same name, jurisdiction
                                 ",NoFirst,not-an-email,X,Captain,OR,,\r\n"                             // 5: bad email
                                 "Only,,,,,,,\r\n"                                                      // 6: no last name
                                 "Ann,Lee,ann@bend.gov,Bend,Fire Chief,OR,,\r\n"                        // 7: already enrolled
                                 "Priya,Raman,priya@eugene.gov,Eugene,Chief of Police,OR,,\r\n"         // 8: dup of line 2
                                 "\"Multi\",\"Line\",,,,,,\"first\r\nsecond\"\r\n"                     // 9: new, 2 lines
                                 "Next,Row,,,,,,\r\n");                                                 // 11: new
    REQUIRE(plan.rows.size() == 9);
    CHECK(plan.rows[0].outcome == Outcome::Add);
    CHECK(plan.rows[1].outcome == Outcome::EnrollExisting);
    CHECK(plan.rows[1].existing.id == dana);
    CHECK(plan.rows[1].reason == QStringLiteral("same email address"));
    CHECK(plan.rows[2].outcome == Outcome::EnrollExisting);
    CHECK(plan.rows[2].reason == QStringLiteral("same name and jurisdiction"));
    CHECK(plan.rows[6].outcome == Outcome::DuplicateInFile);
    CHECK(plan.rows[6].sameAsLine == 2);
    CHECK(plan.rows[7].line == 9);
    CHECK(plan.rows[7].person.notes == QStringLiteral("first\r\nsecond"));
    CHECK(plan.rows[8].line == 11);
    CHECK(plan.duplicateIndexes() == std::vector<int>{1, 2, 6});

    const QStringList skipped = plan.skippedLines();
    REQUIRE(skipped.size() == 4);
    CHECK(skipped[0] == QStringLiteral("line 5: email “not-an-email” is not an email address"));
    CHECK(skipped[1] == QStringLiteral("line 6: no last name"));
    CHECK(skipped[2] == QStringLiteral("line 7: Ann Lee is already registered for this workshop"));
    CHECK(skipped[3].startsWith(QStringLiteral("line 8: the same person as line 2")));

    const PlanCounts c = plan.counts();
    CHECK(c.rows == 9);
    CHECK(c.added == 3);
    CHECK(c.enrolledExisting == 2);
    CHECK(c.duplicates == 3);
    CHECK(c.skipped == 4);
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("Review choices decide what a likely duplicate becomes")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    const Id dana = expectOk(people::add(*db, makePerson("Dana", "Whitfield", Role::CityManager, "Salem", "dana@salem.gov"))).subject;
    Plan plan = planOf(*db, workshop,
                       kHeader + "Dana,Whitfield,dana@salem.gov,Salem,City Manager,OR,,\r\n"
                                 "Dana,Whitfield,dana@salem.gov,Salem,City Manager,OR,,\r\n");
    REQUIRE(plan.rows[0].outcome == Outcome::EnrollExisting);
    REQUIRE(plan.rows[1].outcome == Outcome::DuplicateInFile);
    CHECK(plan.rows[1].choice == DuplicateChoice::Skip);

    SECTION("enrol the person in the file")
    {
        auto applied = expectOk(apply(*db, plan));
        CHECK(applied.counts.enrolledExisting == 1);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM people")) == 1);
        CHECK(count(*db, QStringLiteral("SELECT person_id FROM enrollments WHERE workshop_id = ?"), {workshop}) == dana);
    }
    SECTION("add both as new people")
    {
        plan.choose(0, DuplicateChoice::AddNew);
        plan.choose(1, DuplicateChoice::AddNew);
        auto applied = expectOk(apply(*db, plan));
        CHECK(applied.counts.added == 2);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM people")) == 3);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM enrollments WHERE person_id = ?"), {dana}) == 0);
    }
    SECTION("skip")
    {
        plan.choose(0, DuplicateChoice::Skip);
        CHECK(plan.counts().skipped == 2);
        auto refused = apply(*db, plan);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("Nothing to import")));
    }
}

TEST_CASE("Past the places left, people are waitlisted in file order, and the plan says so")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 3);
    enrollNew(*db, workshop, makePerson("Ann", "Lee", Role::FireChief, "Bend"));
    Plan plan = planOf(*db, workshop, rows(4));
    CHECK(plan.placesLeft == 2);
    const PlanCounts c = plan.counts();
    CHECK(c.registered == 2);
    CHECK(c.waitlisted == 2);
    CHECK(plan.summary().contains(QStringLiteral("has 2 places left of 3, so the last 2 go on the waitlist")));
    CHECK_FALSE(plan.rows[1].waitlisted);
    CHECK(plan.rows[2].waitlisted);

    auto applied = expectOk(apply(*db, plan));
    CHECK(applied.changes.notice.contains(QStringLiteral("waitlist")));
    const RosterCounts counts = expectOk(roster::counts(*db, workshop));
    CHECK(counts.registered == 3);
    CHECK(counts.waitlisted == 2);
    auto next = expectOk(roster::nextInLine(*db, workshop));
    REQUIRE(next);
    CHECK(next->person.lastName == QStringLiteral("Number2"));
}

TEST_CASE("An import is one journal entry of kind import, one line per row, and undo takes all of it back")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    const QString workshopUuid = expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT uuid FROM workshops WHERE id = ?"),
                                                      {workshop}))
                                     .toString();
    const qint64 entries = count(*db, QStringLiteral("SELECT count(*) FROM journal"));
    auto applied = expectOk(apply(*db, planOf(*db, workshop, rows(5))));
    CHECK(applied.changes.rows.size() == 11); // 5 people, 5 enrollments, the remembered mapping
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM journal")) == entries + 1);
    const qint64 entry = count(*db, QStringLiteral("SELECT max(id) FROM journal"));
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT kind FROM journal WHERE id = ?"), {entry})).toString()
          == QStringLiteral("import"));
    // It names this station, as every entry does, so a later edit here never collides with it.
    CHECK(expectOk(sql::scalar(db->connection(), QStringLiteral("SELECT station FROM journal WHERE id = ?"), {entry})).toString()
          == db->station());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM journal_rows WHERE journal_id = ?"), {entry}) == 11);
    // Each line belongs to its person (and, for enrollments, the workshop).
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM journal_rows r JOIN people p ON p.uuid = r.row_uuid "
                                    "WHERE r.journal_id = ? AND r.person_uuid = p.uuid AND r.op = 'insert'"),
                {entry})
          == 5);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM journal_rows r JOIN enrollments e ON e.uuid = r.row_uuid "
                                    "JOIN people p ON p.id = e.person_id "
                                    "WHERE r.journal_id = ? AND r.person_uuid = p.uuid AND r.workshop_uuid = ?"),
                {entry, workshopUuid})
          == 5);
    // Every row has its uuid and times, like any other.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM people WHERE length(uuid) = 36 AND created_at <> '' AND updated_at <> ''")) == 5);

    expectOk(db->revert(applied.changes));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM people")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM enrollments")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'undo'")) == 1);
    expectOk(db->reapply(applied.changes));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM people")) == 5);
}

TEST_CASE("An error part-way through, or a cancel, writes nothing")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    Plan plan = planOf(*db, workshop, rows(600));
    const QString before = fingerprint(*db);

    SECTION("a row the file refuses, near the end")
    {
        plan.rows[590].person.lastName.clear(); // the table's CHECK refuses it
        auto failed = apply(*db, plan);
        REQUIRE_FALSE(failed);
        CHECK(fingerprint(*db) == before);
    }
    SECTION("cancelled from the progress callback")
    {
        int calls = 0;
        auto cancelled = apply(*db, plan, [&](int done, int total) {
            ++calls;
            CHECK(total == 600);
            return done < 500;
        });
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error().message == cancelledMessage());
        CHECK(calls == 2);
        CHECK(fingerprint(*db) == before);
    }
    SECTION("and then the same plan still imports")
    {
        int last = 0;
        auto applied = expectOk(apply(*db, plan, [&](int done, int) {
            last = done;
            return true;
        }));
        CHECK(last == 600);
        CHECK(applied.counts.added == 600);
    }
}

TEST_CASE("A plan made before the roster changed is refused rather than overfilling the workshop")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 2);
    const Plan plan = planOf(*db, workshop, rows(2));
    enrollNew(*db, workshop, makePerson("Ann", "Lee", Role::FireChief, "Bend"));
    auto refused = apply(*db, plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("changed after the import was planned")));
}

TEST_CASE("A mapping once made is remembered for the same headers, in the same transaction as the import")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    const QByteArray csv = "Who,Agency Code,Contact\r\nWhitfield,Salem,dana@salem.gov\r\n";
    const io::Table table = tableOf(csv);
    auto first = expectOk(suggestMapping(*db, table.headers));
    CHECK_FALSE(first.remembered);
    const Mapping chosen{Field::LastName, Field::Jurisdiction, Field::Email};
    Plan plan = expectOk(rosterimport::plan(*db, workshop, table, chosen));
    plan.source = QStringLiteral("x.csv");

    // A cancelled import remembers nothing.
    REQUIRE_FALSE(apply(*db, plan, [](int, int) { return false; }));
    CHECK_FALSE(expectOk(suggestMapping(*db, table.headers)).remembered);

    expectOk(apply(*db, plan));
    auto again = expectOk(suggestMapping(*db, table.headers));
    CHECK(again.remembered);
    CHECK(again.mapping == chosen);
    // The same set of headers in another order and case.
    auto reordered = expectOk(suggestMapping(*db, {"contact", "WHO", "Agency Code"}));
    CHECK(reordered.remembered);
    CHECK(reordered.mapping == Mapping{Field::Email, Field::LastName, Field::Jurisdiction});
    CHECK_FALSE(expectOk(suggestMapping(*db, {"Who", "Agency Code"})).remembered);
}

TEST_CASE("Markup, formulas, right-to-left, CJK, emoji and long values are stored exactly as given")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    const QString longNotes = QString(5000, QLatin1Char('x'));
    const QStringList firsts{QStringLiteral("<b>Dana</b>"), QStringLiteral("<img src=x onerror=alert(1)>"),
                             QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")"), QStringLiteral("مريم"),
                             QStringLiteral("美咲"), QStringLiteral("Zoë 👩🏽‍🚒"), QStringLiteral("+1;-2@x")};
    QByteArray csv = kHeader;
    for (int i = 0; i < firsts.size(); ++i) {
        QString first = firsts[i];
        first.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += "\"" + first.toUtf8() + "\",Last" + QByteArray::number(i) + ",,</table>,,,,\"" + longNotes.toUtf8() + "\"\r\n";
    }
    csv += "Too,\"" + QString(201, QLatin1Char('L')).toUtf8() + "\",,,,,,\r\n";
    Plan plan = planOf(*db, workshop, csv);
    const QStringList skipped = plan.skippedLines();
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0] == QStringLiteral("line %1: the last name is 201 characters long; the limit is 200").arg(firsts.size() + 2));
    expectOk(apply(*db, plan));
    auto list = expectOk(roster::list(*db, workshop));
    REQUIRE(list.size() == size_t(firsts.size()));
    QStringList stored;
    for (const RosterEntry& e : list) {
        stored << e.person.firstName;
        CHECK(e.person.jurisdiction == QStringLiteral("</table>"));
        CHECK(e.person.notes == longNotes);
    }
    stored.sort();
    QStringList expected = firsts;
    expected.sort();
    CHECK(stored == expected);
}

TEST_CASE("People cancelled earlier are enrolled again, a closed workshop refuses an import")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db, 20);
    const Id ann = enrollNew(*db, workshop, makePerson("Ann", "Lee", Role::FireChief, "Bend", "ann@bend.gov"));
    expectOk(roster::cancel(*db, workshop, ann));
    const Plan plan = planOf(*db, workshop, kHeader + "Ann,Lee,ann@bend.gov,Bend,Fire Chief,OR,,\r\n");
    REQUIRE(plan.rows[0].outcome == Outcome::EnrollExisting);
    auto applied = expectOk(apply(*db, plan));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM enrollments WHERE person_id = ? AND status = 'registered'"), {ann}) == 1);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM enrollments")) == 1);
    expectOk(db->revert(applied.changes));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM enrollments WHERE status = 'cancelled'")) == 1);

    expectOk(sql::run(db->connection(), QStringLiteral("UPDATE workshops SET status = 'closed' WHERE id = ?"), {workshop}));
    const io::Table table = tableOf(rows(1));
    auto refused = rosterimport::plan(*db, workshop, table, recognisedMapping(table.headers));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("closed")));
}
