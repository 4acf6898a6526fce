// Reading tables from registration exports: the csv-spectrum acid test,
// delimiters, encodings, line numbers, and files that are not tables at all.

#include "TestFiles.h"
#include "io/Table.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace rt;
using namespace rt::io;

namespace {

Table readOk(const QByteArray& bytes)
{
    auto table = readTableData(bytes, QStringLiteral("test.csv"));
    INFO((table ? QString() : table.error().message).toStdString());
    REQUIRE(table);
    return *table;
}

QString readError(const QByteArray& bytes)
{
    auto table = readTableData(bytes, QStringLiteral("test.csv"));
    REQUIRE_FALSE(table);
    return table.error().message;
}

} // namespace

TEST_CASE("Every csv-spectrum file reads as its JSON says")
{
    const QDir data(QStringLiteral(ROUNDTABLE_TEST_DATA "/csv-spectrum"));
    const QStringList files = QDir(data.filePath(QStringLiteral("csvs"))).entryList({QStringLiteral("*.csv")}, QDir::Files);
    REQUIRE(files.size() == 12);
    for (const QString& file : files) {
        INFO(file.toStdString());
        QFile csv(data.filePath(QStringLiteral("csvs/") + file));
        QFile json(data.filePath(QStringLiteral("json/") + QString(file).replace(QStringLiteral(".csv"), QStringLiteral(".json"))));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        REQUIRE(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        // location_coordinates.json holds a bare object, not an array of one.
        const QJsonDocument document = QJsonDocument::fromJson(json.readAll());
        const QJsonArray expected = document.isArray() ? document.array() : QJsonArray{document.object()};
        REQUIRE(!expected.isEmpty());
        REQUIRE(!expected.first().toObject().isEmpty());
        // The spectrum checks parsing alone, so no delimiter detection and no trimming of headers.
        auto records = parseCsv(bytes, QLatin1Char(','));
        REQUIRE(records);
        REQUIRE(records->size() == size_t(expected.size()) + 1);
        const QStringList keys = records->front().cells;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject object = expected.at(i).toObject();
            const QStringList cells = (*records)[size_t(i) + 1].cells;
            REQUIRE(cells.size() == keys.size());
            REQUIRE(object.size() == keys.size());
            for (qsizetype k = 0; k < keys.size(); ++k) {
                INFO(keys.at(k).toStdString());
                // Upstream erratum: location_coordinates.json gives the phone number as
                // 1234567890 while its CSV says 2095257564; the CSV is the test's input.
                if (file == QLatin1String("location_coordinates.csv") && keys.at(k) == QLatin1String("Contact Phone Number")) {
                    CHECK(object.value(keys.at(k)).toString() == QStringLiteral("1234567890"));
                    CHECK(cells.at(k) == QStringLiteral("2095257564"));
                    continue;
                }
                CHECK(cells.at(k) == object.value(keys.at(k)).toString());
            }
        }
        // And through the whole reader, with detection, the same rows come out.
        auto table = readTableData(bytes, file);
        REQUIRE(table);
        CHECK(table->delimiter == QLatin1Char(','));
        CHECK(table->rows.size() == size_t(expected.size()));
    }
}

TEST_CASE("Records know the line they start on, across quoted line breaks, CRLF and blank lines")
{
    const Table table = readOk("First,Last,Notes\r\n"
                               "Dana,Whitfield,\"two\r\nlines\"\r\n"
                               "\r\n"
                               "Marcus,\"Oyelaran\",\"say \"\"hi\"\", then, go\"\r\n"
                               "Ann,Lee,last line without an end");
    REQUIRE(table.headers == QStringList{"First", "Last", "Notes"});
    CHECK(table.headerLine == 1);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[0].cells.at(2) == QStringLiteral("two\r\nlines"));
    CHECK(table.rows[1].line == 5);
    CHECK(table.rows[1].cells.at(2) == QStringLiteral("say \"hi\", then, go"));
    CHECK(table.rows[2].line == 6);
    CHECK(table.rows[2].cells.at(2) == QStringLiteral("last line without an end"));
}

TEST_CASE("The delimiter is detected among comma, semicolon, tab and bar, quotes respected")
{
    CHECK(readOk("a;b;c\n1;\"x, y, z\";3\n4;5;6\n").delimiter == QLatin1Char(';'));
    CHECK(readOk("a\tb\tc\n1\t x \t3\n").delimiter == QLatin1Char('\t'));
    CHECK(readOk("a|b\n1|2\n").delimiter == QLatin1Char('|'));
    CHECK(readOk("a,b\n\"1;2;3\",2\n\"4;5;6\",7\n").delimiter == QLatin1Char(','));
    // A tab delimiter keeps spaces inside fields: they are data until the import trims.
    const Table tabbed = readOk("a\tb\tc\n1\t x \t3\n");
    CHECK(tabbed.rows[0].cells == QStringList{"1", " x ", "3"});
}

TEST_CASE("UTF-8 with and without a BOM, Windows-1252 and UTF-16 decode to the same text")
{
    const QString expected = QStringLiteral("José “Pepe” Núñez – €");
    const QByteArray utf8 = "Name,Notes\n" + expected.toUtf8() + ",x\n";
    const Table plain = readOk(utf8);
    CHECK(plain.encoding == Encoding::Utf8);
    CHECK(plain.rows[0].cells[0] == expected);

    const Table bom = readOk("\xEF\xBB\xBF" + utf8);
    CHECK(bom.encoding == Encoding::Utf8WithBom);
    CHECK(bom.headers[0] == QStringLiteral("Name")); // no BOM glued to the first header
    CHECK(bom.rows[0].cells[0] == expected);

    const QByteArray cp1252 = "Name,Notes\nJos\xE9 \x93Pepe\x94 N\xFA\xF1\x65z \x96 \x80,x\n";
    const Table windows = readOk(cp1252);
    CHECK(windows.encoding == Encoding::Windows1252);
    CHECK(windows.rows[0].cells[0] == expected);

    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QStringLiteral("Name;Notes\r\n") + expected + QStringLiteral(";x\r\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const Table wide = readOk(utf16);
    CHECK(wide.encoding == Encoding::Utf16LE);
    CHECK(wide.delimiter == QLatin1Char(';'));
    CHECK(wide.rows[0].cells[0] == expected);

    // Some Windows tools write UTF-16 without a BOM.
    const QByteArray bare = utf16.sliced(2);
    CHECK(readOk(bare).encoding == Encoding::Utf16LE);
    CHECK(readOk(bare).rows[0].cells[0] == expected);
    QByteArray bigEndian;
    for (qsizetype i = 0; i + 1 < bare.size(); i += 2)
        bigEndian.append(bare[i + 1]).append(bare[i]);
    CHECK(readOk(bigEndian).encoding == Encoding::Utf16BE);
    CHECK(readOk(bigEndian).rows[0].cells[0] == expected);
}

TEST_CASE("Files that are not a table give a message that says so")
{
    CHECK(readError("").contains(QStringLiteral("empty")));
    CHECK(readError("\n\r\n , \n").contains(QStringLiteral("no rows")));
    CHECK(readError("First,Last,Email\r\n").contains(QStringLiteral("header row but no people")));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 256));
    CHECK(readError(garbage).contains(QStringLiteral("not a text file")));
    CHECK(readError(QByteArray("%PDF-1.7\n\0\0\x01\x02stream", 20)).contains(QStringLiteral("not a text file")));
}

TEST_CASE("A file is only read, never changed")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("list.csv"));
    const QByteArray bytes = "First,Last\r\nDana,Whitfield\r\n";
    test::writeBytes(path, bytes);
    const QDateTime before = QFileInfo(path).lastModified();
    auto table = readTable(path);
    REQUIRE(table);
    CHECK(test::readBytes(path) == bytes);
    CHECK(QFileInfo(path).lastModified() == before);
    CHECK(dir.entries() == QStringList{QStringLiteral("list.csv")});
    auto missing = readTable(dir.path(QStringLiteral("none.csv")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("none.csv")));
}

namespace {

// A workbook as spreadsheets write it: shared strings, or inline strings in
// libxlsxwriter's constant-memory mode.
QByteArray workbook(const test::TempDir& dir, bool inlineStrings)
{
    const QByteArray path = dir.path(inlineStrings ? QStringLiteral("inline.xlsx") : QStringLiteral("shared.xlsx")).toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(path.constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Registrations");
    worksheet_write_string(sheet, 0, 0, "First Name", nullptr);
    worksheet_write_string(sheet, 0, 1, "Last Name", nullptr);
    worksheet_write_string(sheet, 0, 2, "Phone", nullptr);
    worksheet_write_string(sheet, 1, 0, "José <b>", nullptr);
    worksheet_write_string(sheet, 1, 1, "Núñez 美咲", nullptr);
    worksheet_write_number(sheet, 1, 2, 5035550100, nullptr);
    // Row 3 left empty; row 4 has a gap in its first column.
    worksheet_write_string(sheet, 3, 1, "Lee", nullptr);
    workbook_add_worksheet(book, "Other sheet");
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return test::readBytes(QString::fromUtf8(path));
}

} // namespace

TEST_CASE("The first sheet of an XLSX workbook reads like a CSV, with sheet rows as line numbers")
{
    test::TempDir dir;
    for (bool inlineStrings : {false, true}) {
        INFO(inlineStrings);
        const Table table = readOk(workbook(dir, inlineStrings));
        CHECK(table.format == Format::Xlsx);
        CHECK(table.headers == QStringList{"First Name", "Last Name", "Phone"});
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].line == 2);
        CHECK(table.rows[0].cells == QStringList{QStringLiteral("José <b>"), QStringLiteral("Núñez 美咲"), QStringLiteral("5035550100")});
        CHECK(table.rows[1].line == 4);
        CHECK(table.rows[1].cells == QStringList{QString(), QStringLiteral("Lee")});
    }
    // A zip that is not a workbook says so.
    QByteArray broken = workbook(dir, false);
    broken.truncate(broken.size() / 2);
    CHECK(readError(broken).contains(QStringLiteral("cannot be read")));
}
