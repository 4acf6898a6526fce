// The check-in box's search: who is found, and in what order.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "attendance/CheckInSearch.h"

using namespace rt;
using namespace rt::test;

namespace {

RosterEntry entry(Id id, const QString& first, const QString& last, const QString& place, EnrollmentStatus status)
{
    RosterEntry e;
    e.person = makePerson(first, last, Role::CityManager, place, first.toLower() + QStringLiteral("@") + place.toLower() + QStringLiteral(".example.org"));
    e.person.id = id;
    e.status = status;
    return e;
}

QStringList names(const CheckInSearch& search, const std::vector<int>& found)
{
    QStringList result;
    for (int i : found)
        result << search.at(i).person.fullName();
    return result;
}

} // namespace

TEST_CASE("The check-in search finds registered people first, then the rest of the file")
{
    std::vector<RosterEntry> roster = {
        entry(1, QStringLiteral("Joan"), QStringLiteral("Ortega"), QStringLiteral("Bend"), EnrollmentStatus::Registered),
        entry(2, QStringLiteral("Marcus"), QStringLiteral("Johnson"), QStringLiteral("Albany"), EnrollmentStatus::Registered),
        entry(3, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("Joseph"), EnrollmentStatus::Registered),
        entry(4, QStringLiteral("José"), QStringLiteral("Núñez"), QStringLiteral("Salem"), EnrollmentStatus::Waitlisted),
    };
    Person outsider = makePerson(QStringLiteral("Jo"), QStringLiteral("Baker"), Role::PoliceChief, QStringLiteral("Eugene"));
    outsider.id = 5;
    Person again = roster[0].person; // the directory lists roster people too
    CheckInSearch search;
    search.reset(roster, {again, outsider});
    CHECK(search.size() == 5);

    SECTION("an empty box lists the registered people by last name")
    {
        CHECK(names(search, search.find(QString())) == QStringList{QStringLiteral("Marcus Johnson"), QStringLiteral("Ann Lee"),
                                                                    QStringLiteral("Joan Ortega")});
    }
    SECTION("a name start beats a match inside a jurisdiction; the roster beats the file")
    {
        const QStringList found = names(search, search.find(QStringLiteral("jo")));
        CHECK(found == QStringList{QStringLiteral("Marcus Johnson"), QStringLiteral("Joan Ortega"), QStringLiteral("Ann Lee"),
                                   QStringLiteral("José Núñez"), QStringLiteral("Jo Baker")});
        CHECK(search.at(search.find(QStringLiteral("jo")).back()).kind == CandidateKind::InFile);
    }
    SECTION("people already checked in move below those still to come")
    {
        auto done = [](Id id) { return id == 2; };
        CHECK(names(search, search.find(QStringLiteral("jo"), done)).front() == QStringLiteral("Joan Ortega"));
    }
    SECTION("accents, case, emails and several words")
    {
        CHECK(names(search, search.find(QStringLiteral("NUNEZ"))) == QStringList{QStringLiteral("José Núñez")});
        CHECK(names(search, search.find(QStringLiteral("albany.example"))) == QStringList{QStringLiteral("Marcus Johnson")});
        CHECK(names(search, search.find(QStringLiteral("ann joseph"))) == QStringList{QStringLiteral("Ann Lee")});
        CHECK(search.find(QStringLiteral("zzz")).empty());
    }
    SECTION("a limit keeps the list short")
    {
        CHECK(search.find(QStringLiteral("o"), {}, 2).size() == 2);
        CHECK(search.indexOf(5) >= 0);
        CHECK(search.indexOf(42) == -1);
    }
}
