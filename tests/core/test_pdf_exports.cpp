// The printed documents, read back from the PDF files: pages, page sizes,
// the text on each page, embedded fonts, and what a failed export leaves.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "attendance/Credit.h"
#include "catalog/Catalog.h"
#include "exports/AttendanceRecordPdf.h"
#include "exports/CertificatesPdf.h"
#include "exports/NameTentsPdf.h"
#include "exports/SigninSheetPdf.h"
#include "people/Teams.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QDir>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

using namespace rt;
using namespace rt::test;
using namespace rt::exports;

namespace {

// A PDF read back: its pages' sizes and text (runs of white space, line
// breaks included, read as one space: wrapped text reads as one line).
struct ReadPdf {
    std::vector<QSizeF> sizes;
    QStringList pages;

    int count() const { return int(pages.size()); }
    QString all() const { return pages.join(QLatin1Char(' ')); }
    // Without any white space, and reversed: text turned upside down reads back
    // last letter first (and with spaces where there were none).
    QString upsideDown(int page) const
    {
        QString text = pages[page];
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        std::reverse(text.begin(), text.end());
        return text;
    }
    bool landscape(int page) const { return sizes.at(size_t(page)).width() > sizes.at(size_t(page)).height(); }
};

ReadPdf readPdf(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    ReadPdf pdf;
    for (int i = 0; i < doc.pageCount(); ++i) {
        pdf.sizes.push_back(doc.pagePointSize(i));
        pdf.pages << doc.getAllText(i).text().simplified();
    }
    return pdf;
}

bool near(QSizeF size, QSizeF expected)
{
    return std::abs(size.width() - expected.width()) < 1 && std::abs(size.height() - expected.height()) < 1;
}

const QSizeF kLetter(612, 792);
const QSizeF kA4(595.3, 841.9);

Person numbered(int i)
{
    return makePerson(QStringLiteral("P%1").arg(i), QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')),
                      i % 2 ? Role::CityManager : Role::PoliceChief, QStringLiteral("Town %1").arg(i));
}

// A two-day workshop (four blocks) at a venue, with a program, two
// instructors and `people` registered.
struct Room {
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = 0;
    std::vector<Id> people;
    std::vector<AttendanceBlock> blocks;

    explicit Room(int count)
    {
        workshop = addWorkshop(*db, std::max(20, count), QStringLiteral("Manager and Chief, Spring 2027"));
        Workshop w = expectOk(workshops::get(*db, workshop));
        for (const Program& p : expectOk(catalog::programs(*db))) {
            if (p.title == QStringLiteral("Enhancing the Relationship Between the Manager and Chief"))
                w.programId = p.id;
        }
        REQUIRE(w.programId);
        Venue venue;
        venue.name = QStringLiteral("Oregon State Police Academy");
        venue.city = QStringLiteral("Salem");
        venue.state = QStringLiteral("OR");
        expectOk(workshops::update(*db, w, venue));
        Facilitator paul;
        paul.name = QStringLiteral("Paul O'Connell");
        paul.credentials = QStringLiteral("Ph.D.");
        Facilitator leonard;
        leonard.name = QStringLiteral("Leonard Matarese");
        expectOk(facilitators::addToWorkshop(*db, workshop, paul));
        expectOk(facilitators::setLead(*db, workshop, expectOk(facilitators::addToWorkshop(*db, workshop, leonard)).subject));
        for (int i = 1; i <= count; ++i)
            people.push_back(enrollNew(*db, workshop, numbered(i)));
        blocks = expectOk(attendance::blocksOf(*db, workshop));
    }

    Id add(const Person& person)
    {
        people.push_back(enrollNew(*db, workshop, person));
        return people.back();
    }
    void attendAll(Id person)
    {
        for (const AttendanceBlock& b : blocks)
            expectOk(attendance::mark(*db, workshop, person, b.id, AttendanceStatus::Present));
    }
    AttendanceSheet sheet() const { return expectOk(attendance::sheet(*db, workshop)); }
    QString path(const QString& name) const { return dir.path(name); }
};

PrintOptions oneBlock(const Room& room, size_t block = 0)
{
    PrintOptions options;
    options.blockId = room.blocks.at(block).id;
    return options;
}

} // namespace

TEST_CASE("A sign-in sheet that runs over a page repeats its header row and numbers its pages")
{
    Room room(45);
    const QString file = room.path(QStringLiteral("signin.pdf"));
    const auto summary = expectOk(writeSigninSheets(room.sheet(), file, oneBlock(room)));
    const ReadPdf pdf = readPdf(file);
    REQUIRE(pdf.count() >= 2);
    CHECK(summary.pages == pdf.count());
    CHECK(summary.items == 45);
    for (int i = 0; i < pdf.count(); ++i) {
        INFO("page " << i + 1);
        CHECK(pdf.pages[i].contains(QStringLiteral("Signature")));
        CHECK(pdf.pages[i].contains(QStringLiteral("Sign-in sheet")));
        CHECK(pdf.pages[i].contains(QStringLiteral("Day 1 · Morning, 08:30–12:00")));
        CHECK(pdf.pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.count())));
        CHECK(near(pdf.sizes[size_t(i)], kLetter));
    }
    CHECK(pdf.pages[0].contains(QStringLiteral("Manager and Chief, Spring 2027")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Oregon State Police Academy, Salem, OR")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Person01, P1")));
    CHECK_FALSE(pdf.pages[0].contains(QStringLiteral("Person45, P45")));
    CHECK(pdf.all().contains(QStringLiteral("Person45, P45")));
    for (int i = 1; i <= 45; ++i)
        CHECK(pdf.all().contains(QStringLiteral("Person%1, P%2").arg(i, 2, 10, QLatin1Char('0')).arg(i)));
    CHECK(pdf.all().contains(QStringLiteral("Walk-ins")));
    CHECK(pdf.pages.back().contains(QStringLiteral("50")));

    SECTION("a short roster fits one page, with or without walk-in rows")
    {
        Room small(10);
        PrintOptions options = oneBlock(small);
        options.blankRows = 0;
        expectOk(writeSigninSheets(small.sheet(), file, options));
        ReadPdf one = readPdf(file);
        CHECK(one.count() == 1);
        CHECK_FALSE(one.all().contains(QStringLiteral("Walk-ins")));
        CHECK(one.all().contains(QStringLiteral("Page 1 of 1")));
    }
}

TEST_CASE("Sign-in sheets for every block start each block on a new page")
{
    Room room(6);
    const QString file = room.path(QStringLiteral("all.pdf"));
    const auto summary = expectOk(writeSigninSheets(room.sheet(), file, PrintOptions{}));
    const ReadPdf pdf = readPdf(file);
    REQUIRE(pdf.count() == 4);
    CHECK(summary.pages == 4);
    const QStringList blocks{QStringLiteral("Day 1 · Morning"), QStringLiteral("Day 1 · Afternoon"), QStringLiteral("Day 2 · Morning"),
                             QStringLiteral("Day 2 · Afternoon")};
    for (int i = 0; i < 4; ++i) {
        CHECK(pdf.pages[i].contains(blocks[i]));
        CHECK(pdf.pages[i].contains(QStringLiteral("Person06, P6")));
    }
    CHECK(pdf.pages[2].contains(QStringLiteral("Wednesday 10 March 2027")));

    SECTION("A4 paper")
    {
        PrintOptions a4;
        a4.pageSize = QPageSize::A4;
        expectOk(writeSigninSheets(room.sheet(), file, a4));
        const ReadPdf printed = readPdf(file);
        REQUIRE(printed.count() == 4);
        CHECK(near(printed.sizes[0], kA4));
    }
    SECTION("a block that is not the workshop's is refused")
    {
        PrintOptions other;
        other.blockId = 999999;
        auto refused = writeSigninSheets(room.sheet(), room.path(QStringLiteral("none.pdf")), other);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("not part of")));
        CHECK_FALSE(QFile::exists(room.path(QStringLiteral("none.pdf"))));
    }
}

TEST_CASE("Sign-in sheets grouped by team list people without a team last")
{
    Room room(0);
    room.add(makePerson(QStringLiteral("Ana"), QStringLiteral("Zeller"), Role::CityManager, QStringLiteral("Bend")));
    room.add(makePerson(QStringLiteral("Bo"), QStringLiteral("Young"), Role::PoliceChief, QStringLiteral("Bend")));
    room.add(makePerson(QStringLiteral("Cy"), QStringLiteral("Adams"), Role::Other, QString()));
    expectOk(teams::applySuggestions(*room.db, room.workshop, expectOk(teams::suggest(*room.db, room.workshop))));
    PrintOptions options = oneBlock(room);
    options.byTeam = true;
    const QString file = room.path(QStringLiteral("teams.pdf"));
    expectOk(writeSigninSheets(room.sheet(), file, options));
    const QString text = readPdf(file).all();
    const auto at = [&](const QString& s) { return text.indexOf(s); };
    REQUIRE(at(QStringLiteral("Team Bend")) >= 0);
    REQUIRE(at(QStringLiteral("Not in a team")) >= 0);
    CHECK(at(QStringLiteral("Team Bend")) < at(QStringLiteral("Young, Bo")));
    CHECK(at(QStringLiteral("Young, Bo")) < at(QStringLiteral("Zeller, Ana")));
    CHECK(at(QStringLiteral("Zeller, Ana")) < at(QStringLiteral("Not in a team")));
    CHECK(at(QStringLiteral("Not in a team")) < at(QStringLiteral("Adams, Cy")));
}

TEST_CASE("What people typed is printed as typed, never read as markup")
{
    Room room(0);
    const Id ann = room.add(makePerson(QStringLiteral("Ann <b>&amp;"), QStringLiteral("\"Bo\""), Role::Other,
                                       QStringLiteral("A&B <i>Co</i>")));
    room.attendAll(ann);
    const QString longName = QStringLiteral("Bartholomew-Maximilian ") + QString(QStringLiteral("Wolfeschlegelsteinhausen")).repeated(6);
    const Id bart = room.add(makePerson(QStringLiteral("Bart"), longName, Role::PoliceChief, QStringLiteral("Lake Oswego")));
    room.attendAll(bart);
    const AttendanceSheet sheet = room.sheet();

    const QString signin = room.path(QStringLiteral("signin.pdf"));
    expectOk(writeSigninSheets(sheet, signin, oneBlock(room)));
    ReadPdf pdf = readPdf(signin);
    CHECK(pdf.count() == 1);
    CHECK(pdf.all().contains(QStringLiteral("\"Bo\", Ann <b>&amp;")));
    CHECK(pdf.all().contains(QStringLiteral("A&B <i>Co</i>, OR")));
    CHECK(pdf.all().contains(QStringLiteral("…"))); // the long name, cut short visibly

    const QString record = room.path(QStringLiteral("record.pdf"));
    expectOk(writeAttendanceRecord(sheet, record, PrintOptions{}));
    CHECK(readPdf(record).all().contains(QStringLiteral("\"Bo\", Ann <b>&amp;")));

    const QString certificates = room.path(QStringLiteral("certificates.pdf"));
    expectOk(writeCertificates(sheet, certificates, PrintOptions{}));
    pdf = readPdf(certificates);
    REQUIRE(pdf.count() == 2);
    CHECK(pdf.pages[0].contains(QStringLiteral("Ann <b>&amp; \"Bo\"")));

    const QString tents = room.path(QStringLiteral("tents.pdf"));
    expectOk(writeNameTents(sheet, tents, PrintOptions{}));
    pdf = readPdf(tents);
    // Both faces: the bottom one upright, the top one upside down.
    CHECK(pdf.pages[0].contains(QStringLiteral("Ann <b>&amp; \"Bo\"")));
    CHECK(pdf.pages[0].contains(QStringLiteral("A&B <i>Co</i>, OR")));
    CHECK(pdf.upsideDown(0).contains(QStringLiteral("Ann<b>&amp;\"Bo\"")));
    CHECK(pdf.upsideDown(0).contains(QStringLiteral("A&B<i>Co</i>,OR")));

    const QString badges = room.path(QStringLiteral("badges.pdf"));
    expectOk(writeBadges(sheet, badges, PrintOptions{}));
    CHECK(readPdf(badges).all().contains(QStringLiteral("Ann <b>&amp; \"Bo\"")));
}

TEST_CASE("The attendance record shows a code per person and block, hours, totals and the sign-off")
{
    Room room(5);
    const auto mark = [&](int person, size_t block, AttendanceStatus status, QTime at = {}) {
        expectOk(attendance::mark(*room.db, room.workshop, room.people.at(size_t(person)), room.blocks.at(block).id, status, at));
    };
    room.attendAll(room.people[0]);
    mark(1, 0, AttendanceStatus::Late, QTime(9, 10));
    mark(1, 1, AttendanceStatus::LeftEarly, QTime(15, 0));
    mark(2, 0, AttendanceStatus::Excused);
    mark(3, 0, AttendanceStatus::Absent);
    const QString file = room.path(QStringLiteral("record.pdf"));
    const auto summary = expectOk(writeAttendanceRecord(room.sheet(), file, PrintOptions{}));
    CHECK(summary.items == 5);
    const ReadPdf pdf = readPdf(file);
    REQUIRE(pdf.count() == 1);
    CHECK_FALSE(pdf.landscape(0));
    const QString text = pdf.all();
    CHECK(text.contains(QStringLiteral("Attendance record")));
    CHECK(text.contains(QStringLiteral("L 09:10")));
    CHECK(text.contains(QStringLiteral("LE 15:00")));
    CHECK(text.contains(QStringLiteral("Day 2 · Afternoon")));
    CHECK(text.contains(QStringLiteral("14 h")));       // person 1's hours, and the hours offered
    CHECK(text.contains(QStringLiteral("2 / 5")));      // Day 1 morning: present and late
    CHECK(text.contains(QStringLiteral("1 / 5")));      // the other blocks
    CHECK(text.contains(QStringLiteral("A certificate needs 10.5 h (75% of the hours offered). 1 of 5 registered qualify.")));
    CHECK(text.contains(QStringLiteral("LE left early")));
    CHECK(text.contains(QStringLiteral("Certified by")));
    CHECK(text.contains(QStringLiteral("Leonard Matarese, lead facilitator")));

    CHECK(markCode(AttendanceMark{AttendanceStatus::Present, {}}) == QStringLiteral("P"));
    CHECK(markCode(AttendanceMark{AttendanceStatus::Excused, {}}) == QStringLiteral("E"));
    CHECK(markCode(AttendanceMark{AttendanceStatus::Absent, {}}) == QStringLiteral("A"));
    CHECK(markCode(std::nullopt).isEmpty());

    SECTION("without a lead facilitator the sign-off names nobody")
    {
        const AttendanceSheet before = room.sheet();
        REQUIRE(before.facilitators.front().lead);
        expectOk(facilitators::removeFromWorkshop(*room.db, room.workshop, before.facilitators.front().id));
        expectOk(writeAttendanceRecord(room.sheet(), file, PrintOptions{}));
        const QString signOff = readPdf(file).all();
        CHECK(signOff.contains(QStringLiteral("Certified by")));
        CHECK(signOff.contains(QStringLiteral("Lead facilitator")));
        CHECK_FALSE(signOff.contains(QStringLiteral("lead facilitator")));
    }
    SECTION("a workshop of many blocks is printed across a landscape page")
    {
        Workshop w = expectOk(workshops::get(*room.db, room.workshop));
        w.halfDays = 8;
        expectOk(workshops::update(*room.db, w));
        const AttendanceSheet longer = room.sheet();
        REQUIRE(longer.blocks.size() == 8);
        expectOk(writeAttendanceRecord(longer, file, PrintOptions{}));
        const ReadPdf wide = readPdf(file);
        CHECK(wide.landscape(0));
        CHECK(wide.all().contains(QStringLiteral("Day 4 · Afternoon")));
        CHECK(wide.all().contains(QStringLiteral("Person05, P5")));
    }
}

TEST_CASE("Certificates: one landscape page for each person who qualifies")
{
    Room room(5);
    room.attendAll(room.people[0]);
    room.attendAll(room.people[2]);
    room.attendAll(room.people[4]);
    expectOk(attendance::mark(*room.db, room.workshop, room.people[1], room.blocks[0].id, AttendanceStatus::Present));
    const QString file = room.path(QStringLiteral("certificates.pdf"));
    PrintOptions options;
    options.organisation = QStringLiteral("League of Oregon Cities");
    const auto summary = expectOk(writeCertificates(room.sheet(), file, options));
    CHECK(summary.items == 3);
    const ReadPdf pdf = readPdf(file);
    REQUIRE(pdf.count() == 3);
    const QStringList names{QStringLiteral("P1 Person01"), QStringLiteral("P3 Person03"), QStringLiteral("P5 Person05")};
    for (int i = 0; i < 3; ++i) {
        INFO("page " << i + 1);
        CHECK(pdf.landscape(i));
        CHECK(near(pdf.sizes[size_t(i)].transposed(), kLetter));
        CHECK(pdf.pages[i].contains(QStringLiteral("Certificate of Attendance")));
        CHECK(pdf.pages[i].contains(names[i]));
        CHECK(pdf.pages[i].contains(QStringLiteral("Manager and Chief, Spring 2027")));
        CHECK(pdf.pages[i].contains(QStringLiteral("9–10 Mar 2027 · Oregon State Police Academy, Salem, OR")));
        CHECK(pdf.pages[i].contains(QStringLiteral("14 credit hours")));
        CHECK(pdf.pages[i].contains(QStringLiteral("1 – Personal and Professional Integrity")));
        CHECK(pdf.pages[i].contains(QStringLiteral("Leonard Matarese")));
        CHECK(pdf.pages[i].contains(QStringLiteral("Paul O'Connell, Ph.D.")));
        CHECK(pdf.pages[i].contains(QStringLiteral("League of Oregon Cities")));
        CHECK_FALSE(pdf.pages[i].contains(QStringLiteral("Page ")));
    }
    CHECK_FALSE(pdf.all().contains(QStringLiteral("Person02")));
    CHECK_FALSE(pdf.all().contains(QStringLiteral("Person04")));

    SECTION("A4 paper")
    {
        options.pageSize = QPageSize::A4;
        expectOk(writeCertificates(room.sheet(), file, options));
        CHECK(near(readPdf(file).sizes[0].transposed(), kA4));
    }
}

TEST_CASE("Certificates when nobody qualifies: an error that says what to check, and no file")
{
    Room room(3);
    expectOk(attendance::mark(*room.db, room.workshop, room.people[0], room.blocks[0].id, AttendanceStatus::Present));
    const QString file = room.path(QStringLiteral("certificates.pdf"));
    const QStringList before = room.dir.entries();

    auto refused = writeCertificates(room.sheet(), file, PrintOptions{});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Nobody qualifies")));
    CHECK(refused.error().message.contains(QStringLiteral("10.5 h of the 14 h")));
    CHECK(refused.error().message.contains(QStringLiteral("Check the attendance")));
    CHECK(room.dir.entries() == before);

    SECTION("and a file already at that path keeps its bytes")
    {
        writeBytes(file, "an earlier export");
        REQUIRE_FALSE(writeCertificates(room.sheet(), file, PrintOptions{}));
        CHECK(readBytes(file) == "an earlier export");
    }
}

TEST_CASE("Name tents take a page each with both faces, badges eight to a page")
{
    Room room(9);
    const QString tents = room.path(QStringLiteral("tents.pdf"));
    const auto summary = expectOk(writeNameTents(room.sheet(), tents, PrintOptions{}));
    CHECK(summary.items == 9);
    ReadPdf pdf = readPdf(tents);
    REQUIRE(pdf.count() == 9);
    CHECK(pdf.pages[0].contains(QStringLiteral("P1 Person01")));
    CHECK(pdf.upsideDown(0).contains(QStringLiteral("P1Person01")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Town 1, OR")));
    CHECK(pdf.upsideDown(0).contains(QStringLiteral("Town1,OR")));
    CHECK(pdf.pages[8].contains(QStringLiteral("P9 Person09")));
    CHECK(pdf.upsideDown(8).contains(QStringLiteral("P9Person09")));
    CHECK_FALSE(pdf.upsideDown(8).contains(QStringLiteral("P1Person01")));
    CHECK(near(pdf.sizes[0], kLetter));

    const QString badges = room.path(QStringLiteral("badges.pdf"));
    CHECK(expectOk(writeBadges(room.sheet(), badges, PrintOptions{})).pages == 2);
    pdf = readPdf(badges);
    REQUIRE(pdf.count() == 2);
    for (int i = 1; i <= 8; ++i)
        CHECK(pdf.pages[0].contains(QStringLiteral("P%1 Person%2").arg(i).arg(i, 2, 10, QLatin1Char('0'))));
    CHECK(pdf.pages[1].contains(QStringLiteral("P9 Person09")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Police Chief")));

    SECTION("A4 holds eight badges too")
    {
        PrintOptions a4;
        a4.pageSize = QPageSize::A4;
        expectOk(writeBadges(room.sheet(), badges, a4));
        pdf = readPdf(badges);
        CHECK(pdf.count() == 2);
        CHECK(near(pdf.sizes[0], kA4));
    }
    SECTION("nobody registered: nothing to print")
    {
        Room empty(0);
        auto refused = writeNameTents(empty.sheet(), empty.path(QStringLiteral("tents.pdf")), PrintOptions{});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("Nobody is registered")));
        CHECK_FALSE(QFile::exists(empty.path(QStringLiteral("tents.pdf"))));
    }
}

TEST_CASE("A failed export says why and leaves no file, and what was there untouched")
{
    Room room(3);
    const AttendanceSheet sheet = room.sheet();

    SECTION("a folder that does not exist")
    {
        const QString file = room.dir.path(QStringLiteral("missing/signin.pdf"));
        auto refused = writeSigninSheets(sheet, file, PrintOptions{});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(room.dir.path(QStringLiteral("missing"))));
    }
    SECTION("a path that is a folder")
    {
        QDir(room.dir.root()).mkdir(QStringLiteral("out.pdf"));
        auto refused = writeBadges(sheet, room.dir.path(QStringLiteral("out.pdf")), PrintOptions{});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("is a folder")));
        CHECK(QFileInfo(room.dir.path(QStringLiteral("out.pdf"))).isDir());
        CHECK(QDir(room.dir.path(QStringLiteral("out.pdf"))).isEmpty());
    }
    SECTION("a logo that cannot be read, over an earlier file")
    {
        const QString file = room.dir.path(QStringLiteral("record.pdf"));
        writeBytes(file, "the record printed yesterday");
        writeBytes(room.dir.path(QStringLiteral("logo.png")), "not an image");
        const QStringList before = room.dir.entries();
        PrintOptions options;
        options.logoPath = room.dir.path(QStringLiteral("logo.png"));
        auto refused = writeAttendanceRecord(sheet, file, options);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("logo")));
        CHECK(readBytes(file) == "the record printed yesterday");
        CHECK(room.dir.entries() == before);
    }
    SECTION("a successful export replaces an earlier file")
    {
        const QString file = room.dir.path(QStringLiteral("signin.pdf"));
        writeBytes(file, "old");
        expectOk(writeSigninSheets(sheet, file, oneBlock(room)));
        CHECK(readBytes(file).startsWith("%PDF"));
        CHECK(readPdf(file).count() == 1);
    }
}

TEST_CASE("PDFs carry their fonts and a title")
{
    Room room(2);
    const QString file = room.path(QStringLiteral("signin.pdf"));
    expectOk(writeSigninSheets(room.sheet(), file, oneBlock(room)));
    const QByteArray bytes = readBytes(file);
    CHECK(bytes.contains("/FontFile2")); // an embedded TrueType font program
    CHECK(bytes.contains("DejaVuSans"));
    QPdfDocument doc;
    REQUIRE(doc.load(file) == QPdfDocument::Error::None);
    CHECK(doc.metaData(QPdfDocument::MetaDataField::Title).toString() == QStringLiteral("Sign-in sheet — Manager and Chief, Spring 2027"));
    CHECK(doc.metaData(QPdfDocument::MetaDataField::Creator).toString() == QStringLiteral("Roundtable"));
}
