// The catalog a new file starts with, and editing it.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "actionplans/ActionPlans.h"
#include "catalog/Catalog.h"
#include "people/Teams.h"
#include "workshops/Workshops.h"

#include <QMap>

using namespace rt;
using namespace rt::test;

TEST_CASE("A new file holds the practice groups the source material names, and no invented names")
{
    TempDir dir;
    auto db = newDatabase(dir);
    QMap<int, QString> names;
    for (const PracticeGroup& g : expectOk(catalog::practiceGroups(*db)))
        names.insert(g.number, g.name);
    const QMap<int, QString> expected{
        {1, QStringLiteral("Personal and Professional Integrity")},
        {2, QStringLiteral("Community Engagement")},
        {3, QStringLiteral("Staff Effectiveness")},
        {4, QStringLiteral("Staff Effectiveness")},
        {6, QStringLiteral("Strategic Leadership")},
        {7, QStringLiteral("Strategic Planning")},
        {8, QString()},
        {9, QString()},
        {13, QStringLiteral("Human Resources Management and Workforce Engagement")},
        {14, QStringLiteral("Communication and Information Sharing")},
    };
    CHECK(names == expected);
}

TEST_CASE("Unnamed practice groups are labelled by number until someone names them")
{
    PracticeGroup g{1, 8, QString()};
    CHECK(g.label() == QStringLiteral("Practice group 8"));
    g.name = QStringLiteral("Equity");
    CHECK(g.label() == QStringLiteral("8 – Equity"));
}

TEST_CASE("The catalog lists the five programs with their practice groups")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const auto programs = expectOk(catalog::programs(*db));
    REQUIRE(programs.size() == 5);
    QMap<QString, QList<int>> groupsByTitle;
    for (const Program& p : programs) {
        for (const PracticeGroup& g : expectOk(catalog::practiceGroupsOf(*db, p.id)))
            groupsByTitle[p.title] << g.number;
        CHECK_FALSE(p.summary.isEmpty());
    }
    CHECK(groupsByTitle.value(QStringLiteral("Enhancing the Relationship Between the Manager and Chief")) == QList<int>{1, 2, 3, 14});
    CHECK(groupsByTitle.value(QStringLiteral("Exploring the History of Institutional Racism: Creating a Path to Racial Understanding"))
          == QList<int>{3, 8, 9, 14});
    CHECK(groupsByTitle.value(QStringLiteral("Asking Your Police and Fire Chief the Right Questions to Get the Right Answers"))
          == QList<int>{7});
    CHECK(groupsByTitle.value(QStringLiteral("Understanding the Public Safety Concept: Forecasting the Outcome of Police-Fire Mergers"))
          == QList<int>{4, 6, 7, 13});
    for (const Program& p : programs) {
        if (p.title == QStringLiteral("Enhancing the Relationship Between the Manager and Chief")) {
            CHECK(p.halfDays == 4);
            CHECK(p.capacity == 20);
        }
    }
}

TEST_CASE("Practice groups can be named, added and removed, within the rules")
{
    TempDir dir;
    auto db = newDatabase(dir);
    Id eight = 0;
    Id seven = 0;
    for (const PracticeGroup& g : expectOk(catalog::practiceGroups(*db))) {
        if (g.number == 8)
            eight = g.id;
        if (g.number == 7)
            seven = g.id;
    }
    expectOk(catalog::renamePracticeGroup(*db, eight, QStringLiteral("  Equity and Inclusion ")));
    bool named = false;
    for (const PracticeGroup& g : expectOk(catalog::practiceGroups(*db)))
        named = named || (g.number == 8 && g.name == QStringLiteral("Equity and Inclusion"));
    CHECK(named);

    auto duplicate = catalog::addPracticeGroup(*db, 7, QStringLiteral("Again"));
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().message.contains(QStringLiteral("already a practice group 7")));

    expectOk(catalog::addPracticeGroup(*db, 5, QString()));
    auto inUse = catalog::removePracticeGroup(*db, seven);
    REQUIRE_FALSE(inUse.has_value());
    CHECK(inUse.error().message.contains(QStringLiteral("2 programs")));
}

TEST_CASE("A practice group that action items link to is kept, with a message that says why")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id five = expectOk(catalog::addPracticeGroup(*db, 5, QString())).subject;
    const Id workshop = addWorkshop(*db);
    const Id person = enrollNew(*db, workshop, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager, QStringLiteral("Salem")));
    const Id team = expectOk(teams::create(*db, workshop, QStringLiteral("Salem"), QStringLiteral("OR"), {person})).subject;
    ActionItem item;
    item.teamId = team;
    item.goal = QStringLiteral("Publish use-of-force data");
    item.practiceGroupId = five;
    expectOk(actionplans::add(*db, item));

    auto linked = catalog::removePracticeGroup(*db, five);
    REQUIRE_FALSE(linked.has_value());
    CHECK(linked.error().message.contains(QStringLiteral("1 action item")));
}

TEST_CASE("Programs are saved with their practice groups and kept while workshops use them")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const auto groups = expectOk(catalog::practiceGroups(*db));
    Program p;
    p.title = QStringLiteral("A new program");
    p.halfDays = 2;
    p.practiceGroupIds = {groups.front().id, groups.back().id};
    const Id id = expectOk(catalog::saveProgram(*db, p)).subject;
    Program saved = expectOk(catalog::program(*db, id));
    CHECK(saved.practiceGroupIds.size() == 2);

    saved.practiceGroupIds = {groups.back().id};
    expectOk(catalog::saveProgram(*db, saved));
    CHECK(expectOk(catalog::program(*db, id)).practiceGroupIds.size() == 1);

    Workshop w;
    w.title = QStringLiteral("Uses it");
    w.programId = id;
    w.startDate = QDate(2027, 1, 1);
    expectOk(workshops::create(*db, w));
    auto removed = catalog::removeProgram(*db, id);
    REQUIRE_FALSE(removed.has_value());
    CHECK(removed.error().message.contains(QStringLiteral("1 workshop uses")));

    Program untitled;
    CHECK_FALSE(catalog::validate(untitled).has_value());
}
