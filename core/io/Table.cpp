#include "io/Table.h"

#include "io/Xlsx.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>
#include <array>
#include <csv.h>
#include <cstring>
#include <map>

namespace rt::io {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those are unassigned
// and, as in Windows itself, pass through as the C1 control of the same value.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return text;
}

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// What libcsv hands back, gathered into records with the line each starts on.
struct Collector {
    std::vector<TableRow> rows;
    QStringList current;
    int startLine = 0;
    bool open = false;   // a record has begun and not yet ended
    int limit = -1;      // stop collecting after this many records (detection)
};

void onField(void* data, size_t length, void* user)
{
    auto* c = static_cast<Collector*>(user);
    c->current.append(data ? QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)) : QString());
}

void onRecord(int, void* user)
{
    auto* c = static_cast<Collector*>(user);
    if (c->limit < 0 || int(c->rows.size()) < c->limit)
        c->rows.push_back({c->startLine, std::move(c->current)});
    c->current = QStringList();
    c->open = false;
}

// Spaces around unquoted fields are data here (the import trims later), and
// a tab delimiter must not be eaten as white space.
int noSpace(unsigned char)
{
    return 0;
}

bool blankLine(QByteArrayView line)
{
    for (char c : line)
        if (c != '\r' && c != '\n')
            return false;
    return true;
}

// Feeds libcsv one line at a time so that each record knows the line it
// starts on; a quoted field with line breaks simply spans several feeds.
Result<std::vector<TableRow>> parse(QByteArrayView utf8, char delimiter, int limit)
{
    csv_parser parser;
    if (csv_init(&parser, 0) != 0)
        return fail(QObject::tr("Not enough memory to read the file."));
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, noSpace);
    Collector collector;
    collector.limit = limit;
    // Old Mac files end lines with CR alone.
    const char newline = (utf8.contains('\n') || !utf8.contains('\r')) ? '\n' : '\r';
    qsizetype at = 0;
    int line = 0;
    while (at < utf8.size()) {
        if (limit >= 0 && int(collector.rows.size()) >= limit)
            break;
        const void* found = std::memchr(utf8.data() + at, newline, size_t(utf8.size() - at));
        const qsizetype end = found ? static_cast<const char*>(found) - utf8.data() + 1 : utf8.size();
        const QByteArrayView chunk = utf8.sliced(at, end - at);
        ++line;
        if (!collector.open && !blankLine(chunk)) {
            collector.startLine = line;
            collector.open = true;
        }
        if (csv_parse(&parser, chunk.data(), size_t(chunk.size()), onField, onRecord, &collector) != size_t(chunk.size())) {
            const QString why = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return fail(QObject::tr("Could not read line %1: %2").arg(line).arg(why));
        }
        at = end;
    }
    csv_fini(&parser, onField, onRecord, &collector);
    csv_free(&parser);
    return std::move(collector.rows);
}

// Control characters other than tab, CR and LF say "not a text file".
bool looksBinary(const QString& text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            ++controls;
    }
    return controls > 0 && controls * 100 > sample;
}

bool blankRecord(const QStringList& cells)
{
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

Result<Table> tableFrom(std::vector<TableRow> records, const QString& name)
{
    std::erase_if(records, [](const TableRow& row) { return blankRecord(row.cells); });
    if (records.empty())
        return fail(QObject::tr("“%1” has no rows. Choose the file exported from the registration system.").arg(name));
    Table table;
    table.headers = records.front().cells;
    table.headerLine = records.front().line;
    for (QString& header : table.headers)
        header = header.trimmed();
    records.erase(records.begin());
    if (records.empty())
        return fail(QObject::tr("“%1” has a header row but no people under it.").arg(name));
    table.rows = std::move(records);
    return table;
}

Result<Table> csvTable(const QByteArray& utf8, const QString& name, Encoding encoding, QChar delimiter)
{
    auto records = parseCsv(utf8, delimiter);
    if (!records)
        return std::unexpected(records.error());
    auto table = tableFrom(std::move(*records), name);
    if (!table)
        return table;
    table->encoding = encoding;
    table->delimiter = delimiter;
    return table;
}

// UTF-16 without a BOM (some Windows tools): text of mostly ASCII has a zero
// in every other byte.
std::optional<Encoding> utf16WithoutBom(const QByteArray& bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

} // namespace

QString encodingLabel(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom: return QObject::tr("UTF-8 (with byte order mark)");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return QString();
}

Encoding detectEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8WithBom;
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    if (auto wide = utf16WithoutBom(bytes))
        return *wide;
    return validUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

QString decode(const QByteArray& bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QString::fromUtf8(bytes);
    case Encoding::Utf8WithBom: return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    case Encoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE)(QByteArrayView(bytes).sliced(bytes.startsWith("\xFF\xFE") ? 2 : 0));
    case Encoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE)(QByteArrayView(bytes).sliced(bytes.startsWith("\xFE\xFF") ? 2 : 0));
    case Encoding::Windows1252: return fromWindows1252(bytes);
    }
    return QString();
}

QChar detectDelimiter(const QByteArray& utf8)
{
    constexpr int kSample = 30;
    const QByteArrayView head = QByteArrayView(utf8).first(std::min<qsizetype>(utf8.size(), 256 * 1024));
    char best = ',';
    double bestScore = 0;
    int bestFields = 1;
    for (char candidate : {',', ';', '\t', '|'}) {
        auto rows = parse(head, candidate, kSample);
        if (!rows || rows->empty())
            continue;
        // A record cut off by the sample's end says nothing.
        if (rows->size() > 1 && head.size() < utf8.size())
            rows->pop_back();
        std::map<int, int> counts;
        for (const TableRow& row : *rows)
            ++counts[int(row.cells.size())];
        const auto modal = std::max_element(counts.begin(), counts.end(),
                                            [](const auto& a, const auto& b) { return a.second < b.second; });
        if (modal->first < 2)
            continue;
        const double score = double(modal->second) / double(rows->size());
        if (score > bestScore || (score == bestScore && modal->first > bestFields)) {
            best = candidate;
            bestScore = score;
            bestFields = modal->first;
        }
    }
    return QLatin1Char(best);
}

Result<std::vector<TableRow>> parseCsv(const QByteArray& utf8, QChar delimiter)
{
    return parse(utf8, char(delimiter.unicode()), -1);
}

Result<Table> readTableData(const QByteArray& bytes, const QString& name)
{
    if (bytes.isEmpty())
        return fail(QObject::tr("“%1” is empty. Choose the file exported from the registration system.").arg(name));
    if (bytes.startsWith("PK\x03\x04")) {
        auto table = readXlsx(bytes, name);
        if (!table)
            return table;
        auto sheet = tableFrom(std::move(table->rows), name);
        if (sheet) {
            sheet->format = Format::Xlsx;
            sheet->delimiter = QChar();
        }
        return sheet;
    }
    const Encoding encoding = detectEncoding(bytes);
    QByteArray utf8;
    if (encoding == Encoding::Utf8)
        utf8 = bytes;
    else if (encoding == Encoding::Utf8WithBom)
        utf8 = bytes.sliced(3);
    const QString text = utf8.isNull() ? decode(bytes, encoding) : QString();
    if (looksBinary(utf8.isNull() ? text : decode(utf8.first(std::min<qsizetype>(utf8.size(), 64 * 1024)), Encoding::Utf8)))
        return fail(QObject::tr("“%1” is not a text file. Save the registration list as CSV (or XLSX) and choose that file.")
                        .arg(name));
    if (utf8.isNull())
        utf8 = text.toUtf8();
    return csvTable(utf8, name, encoding, detectDelimiter(utf8));
}

Result<Table> readTableAs(const QByteArray& bytes, const QString& name, Encoding encoding, QChar delimiter)
{
    return csvTable(decode(bytes, encoding).toUtf8(), name, encoding, delimiter);
}

Result<Table> readTable(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return fail(QObject::tr("There is no file “%1”.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("Could not read “%1”: %2").arg(name, file.errorString()));
    // Registration lists are small; a limit keeps a wrong choice (a video) from filling memory.
    constexpr qint64 kLimit = 256LL * 1024 * 1024;
    if (file.size() > kLimit)
        return fail(QObject::tr("“%1” is larger than 256 MB, too large for a registration list.").arg(name));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QObject::tr("Could not read “%1”: %2").arg(name, file.errorString()));
    return readTableData(bytes, name);
}

} // namespace rt::io
