// Roster import, the mapping side: header recognition, full-name splitting,
// job titles to roles, and the checks a mapping must pass.

#include "io/Table.h"
#include "people/ImportMapping.h"

#include <catch2/catch.hpp>

using namespace rt;
using namespace rt::rosterimport;

TEST_CASE("Headers of the usual registration exports are recognised, whatever their case and punctuation")
{
    CHECK(recognise(QStringLiteral("First Name")) == Field::FirstName);
    CHECK(recognise(QStringLiteral("Attendee first name")) == Field::FirstName);
    CHECK(recognise(QStringLiteral("  FIRST_NAME* ")) == Field::FirstName);
    CHECK(recognise(QStringLiteral("Last")) == Field::LastName);
    CHECK(recognise(QStringLiteral("Surname")) == Field::LastName);
    CHECK(recognise(QStringLiteral("What is your last name?")) == Field::LastName);
    CHECK(recognise(QStringLiteral("Name")) == Field::FullName);
    CHECK(recognise(QStringLiteral("Full Name")) == Field::FullName);
    CHECK(recognise(QStringLiteral("E-mail")) == Field::Email);
    CHECK(recognise(QStringLiteral("Email Address")) == Field::Email);
    CHECK(recognise(QStringLiteral("Organization")) == Field::Jurisdiction);
    CHECK(recognise(QStringLiteral("Agency")) == Field::Jurisdiction);
    CHECK(recognise(QStringLiteral("City")) == Field::Jurisdiction);
    CHECK(recognise(QStringLiteral("Jurisdiction")) == Field::Jurisdiction);
    CHECK(recognise(QStringLiteral("Title")) == Field::Title);
    CHECK(recognise(QStringLiteral("Job Title")) == Field::Title);
    CHECK(recognise(QStringLiteral("Position")) == Field::Title);
    CHECK(recognise(QStringLiteral("State")) == Field::State);
    CHECK(recognise(QStringLiteral("State/Province")) == Field::State);
    CHECK(recognise(QStringLiteral("Phone")) == Field::Phone);
    CHECK(recognise(QStringLiteral("Mobile")) == Field::Phone);
    CHECK(recognise(QStringLiteral("Order #")) == Field::Ignore);
    CHECK(recognise(QStringLiteral("Ticket Type")) == Field::Ignore);
}

TEST_CASE("A recognised mapping uses each field once, preferring the better column")
{
    // Eventbrite-like: both "Agency" and "City" name a place; Agency wins. A
    // full-name column is left alone when first and last are there.
    const QStringList headers{"Order #", "Name", "Attendee first name", "Attendee last name", "Email", "City",
                              "Agency", "Job Title", "Mobile", "Phone"};
    const Mapping mapping = recognisedMapping(headers);
    CHECK(mapping == Mapping{Field::Ignore, Field::Ignore, Field::FirstName, Field::LastName, Field::Email, Field::Ignore,
                             Field::Jurisdiction, Field::Title, Field::Ignore, Field::Phone});
    CHECK(checkMapping(mapping, headers));
    // Google Forms: one name column.
    CHECK(recognisedMapping({"Timestamp", "Full Name", "Email Address"})
          == Mapping{Field::Ignore, Field::FullName, Field::Email});
}

TEST_CASE("A mapping without a last name, or with a field twice, says what to change")
{
    const QStringList headers{"Who", "Mail", "Mail 2"};
    auto none = checkMapping({Field::Ignore, Field::Email, Field::Ignore}, headers);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("last name")));
    auto twice = checkMapping({Field::LastName, Field::Email, Field::Email}, headers);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("“Mail”, “Mail 2”")));
    CHECK(checkMapping({Field::FullName, Field::Email, Field::Ignore}, headers));
}

TEST_CASE("Full names split into first and last")
{
    const auto split = [](const char* name) {
        const NameParts parts = splitFullName(QString::fromUtf8(name));
        return (parts.first + QStringLiteral("|") + parts.last).toStdString();
    };
    CHECK(split("Dana Whitfield") == "Dana|Whitfield");
    CHECK(split("Whitfield, Dana") == "Dana|Whitfield");
    CHECK(split("  Dana   M.  Whitfield ") == "Dana M.|Whitfield");
    CHECK(split("Dana Whitfield, Jr.") == "Dana|Whitfield, Jr.");
    CHECK(split("Kenton Rainey Jr") == "Kenton|Rainey Jr");
    CHECK(split("Ludwig van Beethoven") == "Ludwig|van Beethoven");
    CHECK(split("Madonna") == "|Madonna");
    CHECK(split("José Núñez") == "José|Núñez");
    CHECK(split("") == "|");
}

TEST_CASE("Job titles become roles, other titles are kept as written")
{
    CHECK(roleFromTitle(QStringLiteral("Chief of Police")).role == Role::PoliceChief);
    CHECK(roleFromTitle(QStringLiteral("police chief")).role == Role::PoliceChief);
    CHECK(roleFromTitle(QStringLiteral("City Manager")).role == Role::CityManager);
    CHECK(roleFromTitle(QStringLiteral("Interim Town Manager")).role == Role::CityManager);
    CHECK(roleFromTitle(QStringLiteral("Asst. City Manager")).role == Role::AssistantCityManager);
    CHECK(roleFromTitle(QStringLiteral("Assistant City Manager")).role == Role::AssistantCityManager);
    CHECK(roleFromTitle(QStringLiteral("Fire Chief")).role == Role::FireChief);
    CHECK(roleFromTitle(QStringLiteral("Director of Public Safety")).role == Role::PublicSafetyDirector);
    const RoleFromTitle deputy = roleFromTitle(QStringLiteral(" Deputy Chief "));
    CHECK(deputy.role == Role::Other);
    CHECK(deputy.other == QStringLiteral("Deputy Chief"));
    // Not a city manager, whatever words it shares with one.
    CHECK(roleFromTitle(QStringLiteral("Executive Assistant to the City Manager")).role == Role::Other);
}

TEST_CASE("A row becomes a person with values trimmed and nothing else changed")
{
    io::TableRow row{7, {"  <b>Dana</b> ", "=HYPERLINK(\"http://x\")", "d@x.org", "Asst. City Manager", "extra"}};
    const Person p = personFromRow(row, {Field::FirstName, Field::LastName, Field::Email, Field::Title});
    CHECK(p.firstName == QStringLiteral("<b>Dana</b>"));
    CHECK(p.lastName == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(p.email == QStringLiteral("d@x.org"));
    CHECK(p.role == Role::AssistantCityManager);
    // A full name fills first and last only when they are not mapped themselves.
    const Person whole = personFromRow({3, {"Whitfield, Dana"}}, {Field::FullName});
    CHECK(whole.firstName == QStringLiteral("Dana"));
    CHECK(whole.lastName == QStringLiteral("Whitfield"));
    // A short row leaves the missing cells empty.
    const Person shortRow = personFromRow({4, {"Lee"}}, {Field::LastName, Field::Email});
    CHECK(shortRow.lastName == QStringLiteral("Lee"));
    CHECK(shortRow.email.isEmpty());
}
