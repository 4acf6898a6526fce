// The attendance spreadsheets, read back the way a spreadsheet program would:
// the CSV by an RFC 4180 reader, the XLSX by unzipping it and reading its XML.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "ReadBack.h"
#include "StringMaker.h"
#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "exports/AttendanceSpreadsheet.h"
#include "people/Teams.h"

#include <QDir>
#include <QXmlStreamReader>
#include <map>
#include <unzip.h>

using namespace rt;
using namespace rt::test;

namespace {

const QString kTrickyLast = QStringLiteral("O'Hara & <Sons>, \"Jr.\"");
const QString kFormula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db;
    AttendanceSheet sheet;
};

// Four blocks; Dana earns a certificate, the others do not; Marcus has no marks.
std::unique_ptr<Fixture> fixture()
{
    auto f = std::make_unique<Fixture>();
    f->db = newDatabase(f->dir);
    Database& db = *f->db;
    const Id w = addWorkshop(db);
    const Id dana = enrollNew(db, w, makePerson(QStringLiteral("Dana"), QStringLiteral("Whitfield"), Role::CityManager,
                                                QStringLiteral("Albany"), QStringLiteral("dana@albany.example.org")));
    const Id marcus = enrollNew(db, w, makePerson(QStringLiteral("Marcus"), QStringLiteral("Ortega"), Role::PoliceChief, QStringLiteral("Albany")));
    const Id tricky = enrollNew(db, w, makePerson(QStringLiteral("Ann \"Annie\""), kTrickyLast, Role::FireChief, QStringLiteral("Bend")));
    const Id eve = enrollNew(db, w, makePerson(QStringLiteral("Eve"), QStringLiteral("Formula"), Role::CityManager, kFormula));
    expectOk(teams::create(db, w, QStringLiteral("Albany"), QStringLiteral("OR"), {dana, marcus}));
    const auto blocks = expectOk(attendance::blocksOf(db, w));
    REQUIRE(blocks.size() == 4);
    const auto mark = [&](Id person, size_t block, AttendanceStatus status, QTime at = {}) {
        expectOk(attendance::mark(db, w, person, blocks[block].id, status, at));
    };
    mark(dana, 0, AttendanceStatus::Present);
    mark(dana, 1, AttendanceStatus::Late, QTime(13, 20));
    mark(dana, 2, AttendanceStatus::Present);
    mark(dana, 3, AttendanceStatus::Present);
    mark(tricky, 0, AttendanceStatus::Late, QTime(9, 10));
    mark(tricky, 1, AttendanceStatus::Excused);
    mark(eve, 0, AttendanceStatus::LeftEarly, QTime(11, 15));
    mark(eve, 1, AttendanceStatus::Absent);
    f->sheet = expectOk(attendance::sheet(db, w));
    return f;
}

QStringList expectedHeader()
{
    return {QStringLiteral("Last name"),       QStringLiteral("First name"),        QStringLiteral("Jurisdiction"),
            QStringLiteral("State"),           QStringLiteral("Role"),              QStringLiteral("Team"),
            QStringLiteral("Email"),           QStringLiteral("Day 1 · Morning"),   QStringLiteral("Day 1 · Afternoon"),
            QStringLiteral("Day 2 · Morning"), QStringLiteral("Day 2 · Afternoon"), QStringLiteral("Hours"),
            QStringLiteral("Certificate")};
}

const AttendanceRow& rowOf(const AttendanceSheet& sheet, const QString& last)
{
    for (const AttendanceRow& r : sheet.rows) {
        if (r.entry.person.lastName == last)
            return r;
    }
    FAIL("no row for " << last.toStdString());
    return sheet.rows.front();
}

bool hasMember(const QString& zipPath, const char* member)
{
    unzFile zip = unzOpen(QFile::encodeName(zipPath).constData());
    REQUIRE(zip != nullptr);
    const bool found = unzLocateFile(zip, member, 1) == UNZ_OK;
    unzClose(zip);
    return found;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si"))
            strings << QString();
        else if (r.isStartElement() && r.name() == QLatin1String("t"))
            strings.last() += r.readElementText();
    }
    REQUIRE_FALSE(r.hasError());
    return strings;
}

struct XCell {
    QString type; // "s" shared string, "n" number, "str" formula text...
    QString value;
    int style = 0;
    bool formula = false;
};
using Grid = std::map<QString, XCell>; // by reference, "A1"

Grid readSheet(const QByteArray& xml, const QStringList& strings)
{
    Grid grid;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            XCell& c = grid[ref];
            c.type = r.attributes().hasAttribute(QLatin1String("t")) ? r.attributes().value(QLatin1String("t")).toString() : QStringLiteral("n");
            c.style = r.attributes().value(QLatin1String("s")).toInt();
        } else if (r.name() == QLatin1String("f")) {
            grid[ref].formula = true;
        } else if (r.name() == QLatin1String("v")) {
            XCell& c = grid[ref];
            c.value = r.readElementText();
            if (c.type == QLatin1String("s"))
                c.value = strings.value(c.value.toInt());
        }
    }
    REQUIRE_FALSE(r.hasError());
    return grid;
}

QString column(int index)
{
    QString name;
    for (int c = index + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// The row whose column A holds `text`, 1-based; 0 if none.
int rowWith(const Grid& grid, const QString& text)
{
    for (const auto& [ref, cell] : grid) {
        if (ref.startsWith(QLatin1Char('A')) && ref.mid(1).toInt() > 0 && cell.value == text)
            return ref.mid(1).toInt();
    }
    return 0;
}

// Whether the cell style `style` uses a bold font, from xl/styles.xml.
bool isBold(const QByteArray& stylesXml, int style)
{
    std::vector<bool> fontBold;
    std::vector<int> xfFont;
    QXmlStreamReader r(stylesXml);
    QString section;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("fonts") || r.name() == QLatin1String("cellXfs") || r.name() == QLatin1String("cellStyleXfs"))
                section = r.name().toString();
            else if (section == QLatin1String("fonts") && r.name() == QLatin1String("font"))
                fontBold.push_back(false);
            else if (section == QLatin1String("fonts") && r.name() == QLatin1String("b"))
                fontBold.back() = true;
            else if (section == QLatin1String("cellXfs") && r.name() == QLatin1String("xf"))
                xfFont.push_back(r.attributes().value(QLatin1String("fontId")).toInt());
        } else if (r.isEndElement() && r.name().toString() == section) {
            section.clear();
        }
    }
    REQUIRE(size_t(style) < xfFont.size());
    REQUIRE(size_t(xfFont[size_t(style)]) < fontBold.size());
    return fontBold[size_t(xfFont[size_t(style)])];
}

QString hoursText(double hours)
{
    return QString::number(hours, 'g', 10);
}

} // namespace

TEST_CASE("The CSV attendance record reads back cell by cell, with formulas defused")
{
    auto f = fixture();
    const AttendanceSheet& s = f->sheet;
    const QString path = f->dir.path(QStringLiteral("attendance.csv"));
    expectOk(exports::writeAttendanceCsv(s, path));
    const auto records = readCsv(readBytes(path));
    REQUIRE(records.size() == 1 + 4 + 1);
    CHECK(records[0] == expectedHeader());

    // By last name: Formula, O'Hara…, Ortega, Whitfield.
    const AttendanceRow& dana = rowOf(s, QStringLiteral("Whitfield"));
    CHECK(dana.qualifies);
    CHECK(records[4] == (QStringList{QStringLiteral("Whitfield"), QStringLiteral("Dana"), QStringLiteral("Albany"), QStringLiteral("OR"),
                                     QStringLiteral("City Manager"), QStringLiteral("Albany"), QStringLiteral("dana@albany.example.org"),
                                     QStringLiteral("Present"), QStringLiteral("Late 13:20"), QStringLiteral("Present"),
                                     QStringLiteral("Present"), hoursText(dana.hours), QStringLiteral("Yes")}));
    CHECK(records[2] == (QStringList{kTrickyLast, QStringLiteral("Ann \"Annie\""), QStringLiteral("Bend"), QStringLiteral("OR"),
                                     QStringLiteral("Fire Chief"), QString(), QString(), QStringLiteral("Late 09:10"),
                                     QStringLiteral("Excused"), QString(), QString(), hoursText(rowOf(s, kTrickyLast).hours),
                                     QStringLiteral("No")}));
    CHECK(records[1][2] == QLatin1Char('\'') + kFormula);
    CHECK(records[1].mid(7, 2) == (QStringList{QStringLiteral("Left early 11:15"), QStringLiteral("Absent")}));
    CHECK(records[3].mid(7, 6) == (QStringList{QString(), QString(), QString(), QString(), QStringLiteral("0"), QStringLiteral("No")}));

    double total = 0;
    for (const AttendanceRow& r : s.rows)
        total += r.hours;
    CHECK(records[5] == (QStringList{QStringLiteral("Total"), QString(), QString(), QString(), QString(), QString(), QString(),
                                     QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                                     hoursText(total), QStringLiteral("1")}));

    SECTION("any text a person typed: line breaks, quotes and formula starts")
    {
        AttendanceSheet edited = s;
        const QStringList typed{QStringLiteral("Line one\nLine \"two\""), QStringLiteral("+1 555"), QStringLiteral("-2"),
                                QStringLiteral("@SUM(A1)"), QStringLiteral("\tTabbed"), QStringLiteral("\rReturn"),
                                QStringLiteral("Plain-text = fine")};
        const QStringList expected{QStringLiteral("Line one\nLine \"two\""), QStringLiteral("'+1 555"), QStringLiteral("'-2"),
                                   QStringLiteral("'@SUM(A1)"), QStringLiteral("'\tTabbed"), QStringLiteral("'\rReturn"),
                                   QStringLiteral("Plain-text = fine")};
        for (qsizetype i = 0; i < typed.size(); ++i) {
            edited.rows[0].entry.teamName = typed[i];
            expectOk(exports::writeAttendanceCsv(edited, path));
            const auto again = readCsv(readBytes(path));
            REQUIRE(again.size() == records.size());
            CHECK(again[1][5] == expected[i]);
        }
    }
}

TEST_CASE("The XLSX attendance record reads back: strings as strings, hours as numbers, a Blocks sheet")
{
    auto f = fixture();
    const AttendanceSheet& s = f->sheet;
    const QString path = f->dir.path(QStringLiteral("attendance.xlsx"));
    expectOk(exports::writeAttendanceXlsx(s, path));

    const QByteArray workbook = unzipMember(path, "xl/workbook.xml");
    CHECK(workbook.contains("name=\"Attendance\""));
    CHECK(workbook.contains("name=\"Blocks\""));
    const QStringList strings = sharedStrings(unzipMember(path, "xl/sharedStrings.xml"));
    const QByteArray sheet1 = unzipMember(path, "xl/worksheets/sheet1.xml");
    const Grid grid = readSheet(sheet1, strings);
    const QByteArray styles = unzipMember(path, "xl/styles.xml");

    const QStringList header = expectedHeader();
    for (int c = 0; c < header.size(); ++c) {
        const XCell& cell = grid.at(column(c) + QLatin1Char('1'));
        CHECK(cell.type == QStringLiteral("s"));
        CHECK(cell.value == header[c]);
        CHECK(isBold(styles, cell.style));
    }
    // The header row stays in view; columns are sized to what they hold.
    CHECK(sheet1.contains("state=\"frozen\""));
    CHECK(sheet1.contains("<col min=\"7\" max=\"7\" width="));

    const int dana = rowWith(grid, QStringLiteral("Whitfield"));
    REQUIRE(dana == 5);
    const auto at = [&](int col, int row) { return grid.at(column(col) + QString::number(row)); };
    CHECK(at(1, dana).value == QStringLiteral("Dana"));
    CHECK(at(8, dana).value == QStringLiteral("Late 13:20"));
    CHECK(at(11, dana).type == QStringLiteral("n"));
    CHECK(at(11, dana).value.toDouble() == Approx(rowOf(s, QStringLiteral("Whitfield")).hours));
    CHECK(at(12, dana).value == QStringLiteral("Yes"));
    CHECK_FALSE(isBold(styles, at(0, dana).style));

    // The special characters arrive literally; the formula is plain text
    // (no apostrophe needed: a string cell is never evaluated).
    CHECK(strings.contains(kTrickyLast));
    CHECK(at(0, rowWith(grid, kTrickyLast)).type == QStringLiteral("s"));
    const XCell& jurisdiction = at(2, rowWith(grid, QStringLiteral("Formula")));
    CHECK(jurisdiction.type == QStringLiteral("s"));
    CHECK(jurisdiction.value == kFormula);
    CHECK_FALSE(sheet1.contains("<f>"));
    for (const auto& [ref, cell] : grid)
        CHECK_FALSE(cell.formula);

    const int totals = rowWith(grid, QStringLiteral("Total"));
    CHECK(totals == 6);
    CHECK(at(7, totals).type == QStringLiteral("n"));
    CHECK(at(7, totals).value == QStringLiteral("3"));
    CHECK(at(12, totals).value == QStringLiteral("1"));
    CHECK(isBold(styles, at(0, totals).style));

    // The Blocks sheet: day, date, label, start, end, credit hours; a summary.
    const Grid blocks = readSheet(unzipMember(path, "xl/worksheets/sheet2.xml"), strings);
    CHECK(blocks.at(QStringLiteral("C1")).value == QStringLiteral("Label"));
    CHECK(blocks.at(QStringLiteral("A4")).value == QStringLiteral("2"));
    CHECK(blocks.at(QStringLiteral("B4")).value.toDouble() == QDate(1899, 12, 30).daysTo(QDate(2027, 3, 10)));
    CHECK(blocks.at(QStringLiteral("C4")).value == QStringLiteral("Morning"));
    CHECK(blocks.at(QStringLiteral("D4")).value.toDouble() == Approx(8.5 / 24));
    CHECK(blocks.at(QStringLiteral("E5")).value.toDouble() == Approx(16.5 / 24));
    CHECK(blocks.at(QStringLiteral("F5")).value.toDouble() == 3.5);
    const auto summary = [&](const QString& caption) { return blocks.at(QStringLiteral("B%1").arg(rowWith(blocks, caption))); };
    CHECK(summary(QStringLiteral("Hours offered")).value.toDouble() == 14);
    CHECK(summary(QStringLiteral("Hours needed for a certificate")).value.toDouble() == 10.5);
    CHECK(summary(QStringLiteral("Qualify for a certificate")).value == QStringLiteral("1"));
    CHECK(summary(QStringLiteral("Qualify for a certificate")).type == QStringLiteral("n"));
    CHECK_FALSE(hasMember(path, "xl/worksheets/sheet3.xml"));
}

TEST_CASE("A spreadsheet that cannot be written leaves no trace and no damage")
{
    auto f = fixture();
    const AttendanceSheet& s = f->sheet;
    const TempDir& dir = f->dir;
    QDir(dir.root()).mkdir(QStringLiteral("a folder.csv"));
    const QStringList before = dir.entries();
    using Writer = Status (*)(const AttendanceSheet&, const QString&);
    for (Writer write : {Writer(exports::writeAttendanceCsv), Writer(exports::writeAttendanceXlsx)}) {
        auto missing = write(s, dir.path(QStringLiteral("no such folder/attendance.out")));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().message.contains(QStringLiteral("does not exist")));

        auto folder = write(s, dir.path(QStringLiteral("a folder.csv")));
        REQUIRE_FALSE(folder);
        CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
        CHECK(QDir(dir.path(QStringLiteral("a folder.csv"))).isEmpty());

        // A name so long that no temporary name fits beside it: the file
        // already there is not touched.
        const QString longName = dir.path(QString(246, QLatin1Char('n')) + QStringLiteral(".out"));
        writeBytes(longName, "earlier export");
        auto tooLong = write(s, longName);
        REQUIRE_FALSE(tooLong);
        CHECK(tooLong.error().message.contains(QStringLiteral("Could not write")));
        CHECK(readBytes(longName) == "earlier export");
        QFile::remove(longName);
        CHECK(dir.entries() == before);
    }

    SECTION("a cell too long for Excel stops the XLSX before the old file is replaced")
    {
        const QString path = dir.path(QStringLiteral("attendance.xlsx"));
        expectOk(exports::writeAttendanceXlsx(s, path));
        const QByteArray earlier = readBytes(path);
        AttendanceSheet edited = s;
        edited.rows[1].entry.person.jurisdiction = QString(40000, QLatin1Char('x'));
        auto refused = exports::writeAttendanceXlsx(edited, path);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("32,767")));
        CHECK(refused.error().message.contains(QStringLiteral("Attendance C3")));
        CHECK(readBytes(path) == earlier);
        QStringList expected = before + QStringList{QStringLiteral("attendance.xlsx")};
        expected.sort();
        CHECK(dir.entries() == expected);
    }
}
