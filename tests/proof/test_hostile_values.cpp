// Hostile values end to end: markup, right-to-left and CJK text, emoji, very
// long values and formula-like values go into the file and come back out of
// it literally: read back equal from storage, shown as typed on screen (never
// as rich text), printed in the PDFs as text with every font embedded, and in
// the CSV with formula-like cells prefixed so no spreadsheet runs them.

#include <catch2/catch.hpp>

#include "FileView.h"
#include "MainWindow.h"
#include "ReadBack.h"
#include "StringMaker.h"
#include "UiFixture.h"
#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "exports/AttendanceSpreadsheet.h"
#include "exports/CertificatesPdf.h"
#include "exports/SigninSheetPdf.h"
#include "io/Table.h"
#include "models/CheckInModel.h"
#include "models/RosterModel.h"
#include "pages/AttendanceTab.h"
#include "pages/CheckInPanel.h"
#include "pages/RosterTeamsTab.h"
#include "pages/WorkshopPage.h"
#include "people/People.h"
#include "people/Roster.h"
#include "people/RosterImport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <iostream>

using namespace rt;
using namespace rt::test;

namespace {

const QString kLong = QStringLiteral("Deputy Director of Public Safety Communications ").repeated(11).left(500);
const QString kLongName = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff").repeated(6).left(200);
const QString kHyperlink = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");

Person hostile(QString first, QString last, QString jurisdiction, QString roleOther = {})
{
    Person p = makePerson(std::move(first), std::move(last), Role::Other, std::move(jurisdiction));
    p.roleOther = roleOther.isEmpty() ? QStringLiteral("Observer") : std::move(roleOther);
    return p;
}

// Every kind of hostile value, in every field a person types.
std::vector<Person> hostilePeople()
{
    return {
        hostile(QStringLiteral("<b>Bold</b>"), QStringLiteral("<img src=x>"), QStringLiteral("</table><script>alert(1)</script>"),
                QStringLiteral("<i>Chief</i> &amp; <u>co</u>")),
        hostile(QStringLiteral("سارة"), QStringLiteral("العتيبي"), QStringLiteral("مدينة الرياض")),
        hostile(QStringLiteral("דוד"), QStringLiteral("כהן"), QStringLiteral("עיריית חיפה")),
        hostile(QStringLiteral("美咲"), QStringLiteral("佐藤"), QStringLiteral("東京都 港区")),
        hostile(QStringLiteral("小明"), QStringLiteral("王"), QStringLiteral("北京市")),
        hostile(QStringLiteral("Jo 🚓"), QStringLiteral("Rivera 🏙️"), QStringLiteral("Town of 🌲 Pines")),
        hostile(QStringLiteral("Max"), kLongName, QStringLiteral("Llanfairpwllgwyngyll"), kLong),
        hostile(QStringLiteral("+1"), kHyperlink, QStringLiteral("-2"), QStringLiteral("@SUM(A1:A9)")),
    };
}

QString pdfText(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    QString text;
    for (int i = 0; i < doc.pageCount(); ++i)
        text += doc.getAllText(i).text() + QLatin1Char('\n');
    return text;
}

// Every font in the PDF is embedded: pdffonts where it is installed, else
// the PDF's own font descriptors, each of which must carry a font file.
void checkFontsEmbedded(const QString& path)
{
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (!pdffonts.isEmpty()) {
        QProcess p;
        p.start(pdffonts, {path});
        REQUIRE(p.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() > 2); // two heading lines, then one per font
        for (const QString& line : lines.mid(2)) {
            INFO("pdffonts: " << line.toStdString());
            // name type encoding emb sub uni object ID
            const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            REQUIRE(columns.size() >= 7);
            CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
        }
        return;
    }
    const QByteArray bytes = readBytes(path);
    const int descriptors = int(bytes.count("/FontDescriptor"));
    const int files = int(bytes.count("/FontFile2") + bytes.count("/FontFile3") + bytes.count("/FontFile "));
    INFO("font descriptors " << descriptors << ", embedded font files " << files << " (pdffonts not installed)");
    CHECK(descriptors > 0);
    CHECK(files >= descriptors);
}

// A label showing hostile text must show it as text, never interpret it.
void checkLabelsPlain(QWidget* top)
{
    int seen = 0;
    for (QLabel* label : top->findChildren<QLabel*>()) {
        const QString text = label->text();
        if (!text.contains(QStringLiteral("<b>Bold")) && !text.contains(QStringLiteral("<img src=x>")))
            continue;
        ++seen;
        INFO("label " << label->objectName().toStdString() << ": " << text.toStdString());
        CHECK(label->textFormat() == Qt::PlainText);
        // As painted: all of the text takes its room (rich text would drop
        // the tags, and draw an image for <img>).
        if (!label->wordWrap())
            CHECK(label->sizeHint().width() >= label->fontMetrics().horizontalAdvance(text));
    }
    CHECK(seen > 0);
}

} // namespace

TEST_CASE("Hostile values are stored and read back exactly")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    for (const Person& p : hostilePeople()) {
        const Id id = enrollNew(*db, workshop, p);
        const Person back = expectOk(people::get(*db, id));
        CHECK(back.firstName == p.firstName);
        CHECK(back.lastName == p.lastName);
        CHECK(back.jurisdiction == p.jurisdiction);
        CHECK(back.roleOther == p.roleOther);
    }
    // One past the limit is refused with a reason, not cut short silently.
    auto tooLong = roster::enrollNew(*db, workshop, hostile(QStringLiteral("A"), kLongName + QLatin1Char('x'), QStringLiteral("B")));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().message.contains(QStringLiteral("200 characters")));
}

TEST_CASE("Hostile values survive a roster import")
{
    // A registration export holding them, quoted as a spreadsheet would write it.
    const auto quoted = [](const QString& value) {
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QString csv = QStringLiteral("First Name,Last Name,Company,Job Title\r\n");
    // The importer takes titles up to 200 characters, as it does names.
    std::vector<Person> people = hostilePeople();
    for (Person& p : people)
        p.roleOther = p.roleOther.left(200);
    for (const Person& p : people)
        csv += QStringList{quoted(p.firstName), quoted(p.lastName), quoted(p.jurisdiction), quoted(p.roleOther)}.join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    // Two more with 500-character values: refused by their line, not cut short.
    csv += QStringLiteral("Too,%1,Town,Observer\r\n").arg(QString(500, QLatin1Char('L')));
    csv += QStringLiteral("Too,Long,Town,%1\r\n").arg(kLong);

    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const io::Table table = expectOk(io::readTableData(csv.toUtf8(), QStringLiteral("hostile.csv")));
    const rosterimport::Mapping mapping = rosterimport::recognisedMapping(table.headers);
    expectOk(rosterimport::checkMapping(mapping, table.headers));
    const rosterimport::Plan plan = expectOk(rosterimport::plan(*db, workshop, table, mapping));
    INFO(plan.skippedLines().join(QStringLiteral("; ")).toStdString());
    CHECK(plan.counts().added == int(people.size()));
    REQUIRE(plan.skippedLines().size() == 2);
    CHECK(plan.skippedLines().at(0).startsWith(QStringLiteral("line %1: the last name is 500 characters").arg(people.size() + 2)));
    CHECK(plan.skippedLines().at(1).startsWith(QStringLiteral("line %1: the job title is 500 characters").arg(people.size() + 3)));
    expectOk(rosterimport::apply(*db, plan));

    const auto roster = expectOk(roster::list(*db, workshop));
    REQUIRE(roster.size() == people.size());
    for (const Person& p : people) {
        const auto match = std::find_if(roster.begin(), roster.end(), [&](const RosterEntry& e) { return e.person.lastName == p.lastName; });
        INFO(p.lastName.toStdString());
        REQUIRE(match != roster.end());
        CHECK(match->person.firstName == p.firstName);
        CHECK(match->person.jurisdiction == p.jurisdiction);
        CHECK(match->person.roleText() == p.roleOther);
    }
}

TEST_CASE("Hostile values show literally on screen")
{
    UiFixture f([](Database& db, Id workshop) {
        for (const Person& p : hostilePeople())
            enrollNew(db, workshop, p);
    });
    const std::vector<Person> people = hostilePeople();

    ui::RosterModel* roster = f.rosterTab()->rosterModel();
    REQUIRE(roster->rowCount() == int(people.size()));
    for (const Person& p : people) {
        bool found = false;
        for (int row = 0; row < roster->rowCount(); ++row) {
            if (roster->index(row, ui::RosterModel::Jurisdiction).data().toString() != p.jurisdiction)
                continue;
            found = true;
            CHECK(roster->index(row, ui::RosterModel::Name).data().toString() == p.sortName());
            CHECK(roster->index(row, ui::RosterModel::Role).data().toString() == p.roleOther);
        }
        INFO(p.jurisdiction.toStdString());
        CHECK(found);
    }

    // Check the markup person in at the door: the list, the last-action line,
    // the saved line all name them.
    ui::WorkshopPage* page = f.window->fileView()->workshopPage();
    page->showTab(ui::WorkshopPage::Tab::Attendance);
    ui::CheckInPanel* panel = page->attendance()->checkIn();
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("<img"));
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, ui::CheckInModel::Name).data().toString().contains(QStringLiteral("<img src=x>")));
    CHECK(panel->model()->index(0, ui::CheckInModel::Jurisdiction).data().toString().startsWith(
        QStringLiteral("</table><script>alert(1)</script>")));
    QTest::keyClick(panel->searchEdit(), Qt::Key_Return);
    CHECK(panel->lastActionLabel()->text().contains(QStringLiteral("<b>Bold</b> <img src=x>")));
    checkLabelsPlain(f.window.get());

    if (const QString shots = qEnvironmentVariable("ROUNDTABLE_SHOTS"); !shots.isEmpty()) {
        f.window->grab().save(shots + QStringLiteral("/hostile-checkin.png"));
        f.rosterTab();
        f.window->grab().save(shots + QStringLiteral("/hostile-roster.png"));
    }
}

TEST_CASE("Hostile values are printed literally, with their fonts embedded, and exported safely")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const auto blocks = expectOk(attendance::blocksOf(*db, workshop));
    const std::vector<Person> people = hostilePeople();
    for (const Person& p : people) {
        const Id id = enrollNew(*db, workshop, p);
        for (const AttendanceBlock& b : blocks)
            expectOk(attendance::mark(*db, workshop, id, b.id, AttendanceStatus::Present));
    }
    const AttendanceSheet sheet = expectOk(attendance::sheet(*db, workshop));

    SECTION("sign-in sheets and certificates")
    {
        const QString signin = dir.path(QStringLiteral("signin.pdf"));
        const QString certificates = dir.path(QStringLiteral("certificates.pdf"));
        expectOk(exports::writeSigninSheets(sheet, signin, {}));
        expectOk(exports::writeCertificates(sheet, certificates, {}));
        for (const QString& pdf : {signin, certificates}) {
            INFO(pdf.toStdString());
            const QString text = pdfText(pdf);
            // Compared without spaces: text extraction puts its own between
            // glyph runs and wrapped lines. A long name is elided to its box:
            // its start is there. Emoji (outside the BMP) are drawn from an
            // embedded font (Symbola, checked below), but Qt's PDF writer gives
            // them no ToUnicode entry, so no reader gets them back as text.
            const auto squeezed = [](const QString& in) {
                QString out;
                for (QChar c : in) {
                    if (!c.isSpace() && !c.isSurrogate() && c != QChar(0xFE0F))
                        out += c;
                }
                return out;
            };
            const QString flat = squeezed(text);
            for (const Person& p : people) {
                QStringList values{p.lastName.left(40)};
                if (p.lastName != kLongName)
                    values << p.firstName;
                for (QString value : values) {
                    value = squeezed(value);
                    INFO("looking for " << value.toStdString());
                    CHECK(flat.contains(value));
                }
            }
            checkFontsEmbedded(pdf);
            CHECK(readBytes(pdf).contains("+Symbola")); // the emoji's glyphs, not empty boxes
        }
        if (const QString shots = qEnvironmentVariable("ROUNDTABLE_SHOTS"); !shots.isEmpty()) {
            QFile::copy(signin, shots + QStringLiteral("/hostile-signin.pdf"));
            QFile::copy(certificates, shots + QStringLiteral("/hostile-certificates.pdf"));
        }
    }
    SECTION("CSV: formula-like cells are prefixed, everything else is literal")
    {
        const QString csv = dir.path(QStringLiteral("attendance.csv"));
        expectOk(exports::writeAttendanceCsv(sheet, csv));
        const auto records = readCsv(readBytes(csv));
        QStringList cells;
        for (const QStringList& record : records)
            cells += record;
        for (const QString& cell : std::as_const(cells)) {
            INFO("cell " << cell.toStdString());
            CHECK_FALSE((!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0))));
        }
        for (const Person& p : people) {
            for (const QString& value : {p.firstName, p.lastName, p.jurisdiction, p.roleOther}) {
                const bool formulaLike = QStringLiteral("=+-@").contains(value.at(0));
                INFO(value.toStdString());
                CHECK(cells.contains(formulaLike ? QLatin1Char('\'') + value : value));
            }
        }
    }
    SECTION("XLSX: formula-like values are text cells, never formulas")
    {
        const QString xlsx = dir.path(QStringLiteral("attendance.xlsx"));
        expectOk(exports::writeAttendanceXlsx(sheet, xlsx));
        const QByteArray strings = unzipMember(xlsx, "xl/sharedStrings.xml");
        const QByteArray cells = unzipMember(xlsx, "xl/worksheets/sheet1.xml");
        CHECK_FALSE(cells.contains("HYPERLINK"));
        CHECK_FALSE(cells.contains("SUM(A1"));
        const QString text = QString::fromUtf8(strings);
        CHECK((text.contains(QStringLiteral("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"))
               || text.contains(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"))));
        CHECK(text.contains(QStringLiteral("&lt;img src=x&gt;")));
        CHECK(text.contains(QStringLiteral("东京")) == false);
        CHECK(text.contains(QStringLiteral("東京都 港区")));
    }
}
