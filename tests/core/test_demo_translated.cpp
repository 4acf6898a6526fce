// The demo made under a translation: the seeded agenda and assessments and
// the default attendance blocks come out in that language, and the demo still
// finds them by their translated names. A pseudo-translation («…») stands in
// for Spanish, so the test does not wait on the translators.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "agenda/Agenda.h"
#include "attendance/AttendanceSheet.h"
#include "check/FileCheck.h"
#include "demo/Demo.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace rt;
using namespace rt::test;

namespace {

class PseudoTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QLatin1String c(context);
        if (!source || !*source || (c != QLatin1String("QObject") && c != QLatin1String("rt::assessments::seed")))
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("The demo made in another language has its seeded texts and day-one attendance in that language", "[file]")
{
    PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
    struct Uninstall {
        QTranslator* t;
        ~Uninstall() { QCoreApplication::removeTranslator(t); }
    } uninstall{&translator};

    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.roundtable"));
    expectOk(demo::write(path));
    CHECK(checkFile(path).ok());
    auto db = expectOk(Database::open(path));

    const auto list = expectOk(workshops::list(*db));
    REQUIRE(list.size() == 2);
    const Id twoDay = list[1].workshop.id;

    const auto items = expectOk(agenda::itemsOf(*db, twoDay));
    REQUIRE_FALSE(items.empty());
    CHECK(items.front().title == QStringLiteral("«Welcome, introductions and what the two days are for»"));

    const auto sheet = expectOk(attendance::sheet(*db, twoDay));
    REQUIRE(sheet.blocks.size() >= 2);
    CHECK(sheet.blocks[0].label == QStringLiteral("«Morning»"));
    CHECK(sheet.blocks[1].label == QStringLiteral("«Afternoon»"));
    // The demo's day-one check-ins reached both blocks.
    CHECK(sheet.markedIn(0) > 0);
    CHECK(sheet.markedIn(1) > 0);
}
