// The fee quote from the published pricing.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "workshops/Fees.h"

using namespace rt;
using namespace rt::test;

TEST_CASE("A half-day workshop in an affiliated state costs the published $3,960")
{
    Workshop w;
    w.halfDays = 1;
    w.capacity = 50;
    w.affiliated = true;
    const FeeQuote q = quoteFee(w, FeeSettings{});
    CHECK(q.totalCents == 396000);
    CHECK(q.complete);
    CHECK(q.notes.isEmpty());
    CHECK(formatMoney(q.totalCents) == QStringLiteral("$3,960.00"));
}

TEST_CASE("Longer workshops are quoted per half-day session")
{
    Workshop w;
    w.halfDays = 4;
    w.capacity = 20;
    const FeeQuote q = quoteFee(w, FeeSettings{});
    CHECK(q.totalCents == 4 * 396000);
    REQUIRE(q.lines.size() == 1);
    CHECK(q.lines[0].label.contains(QStringLiteral("4 half-day sessions")));
}

TEST_CASE("A non-affiliated state pays the additional fee once it is set")
{
    Workshop w;
    w.halfDays = 1;
    w.capacity = 30;
    w.affiliated = false;
    FeeSettings s;
    FeeQuote unknown = quoteFee(w, s);
    CHECK_FALSE(unknown.complete);
    CHECK(unknown.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Edit > Pricing")));
    s.nonAffiliatedSurchargeCents = 50000;
    FeeQuote known = quoteFee(w, s);
    CHECK(known.complete);
    CHECK(known.totalCents == 396000 + 50000);
}

TEST_CASE("More places than the fee covers are flagged, not priced by guesswork")
{
    Workshop w;
    w.halfDays = 1;
    w.capacity = 60;
    const FeeQuote q = quoteFee(w, FeeSettings{});
    CHECK_FALSE(q.complete);
    CHECK(q.notes.join(QLatin1Char(' ')).contains(QStringLiteral("other 10 places")));
}

TEST_CASE("Money is read the way people write it, and nonsense is refused")
{
    CHECK(expectOk(parseMoney(QStringLiteral("3960"))) == 396000);
    CHECK(expectOk(parseMoney(QStringLiteral("$3,960.00"))) == 396000);
    CHECK(expectOk(parseMoney(QStringLiteral(" 12.5 "))) == 1250);
    CHECK_FALSE(parseMoney(QStringLiteral("-5")).has_value());
    CHECK_FALSE(parseMoney(QStringLiteral("3,96")).has_value());
    CHECK_FALSE(parseMoney(QStringLiteral("ten")).has_value());
    CHECK(formatMoney(5) == QStringLiteral("$0.05"));
}

TEST_CASE("Pricing settings live in the file and are validated")
{
    TempDir dir;
    auto db = newDatabase(dir);
    FeeSettings s = expectOk(fees::settings(*db));
    CHECK(s.halfDayRateCents == 396000);
    CHECK(s.participantsCovered == 50);
    CHECK_FALSE(s.nonAffiliatedSurchargeCents.has_value());
    s.nonAffiliatedSurchargeCents = 75000;
    expectOk(fees::setSettings(*db, s));
    CHECK(expectOk(fees::settings(*db)).nonAffiliatedSurchargeCents == 75000);
    s.nonAffiliatedSurchargeCents.reset();
    expectOk(fees::setSettings(*db, s));
    CHECK_FALSE(expectOk(fees::settings(*db)).nonAffiliatedSurchargeCents.has_value());
    s.participantsCovered = 0;
    CHECK_FALSE(fees::setSettings(*db, s).has_value());
}
