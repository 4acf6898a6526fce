// There is no XLSX reader among Debian's C/C++ libraries, so the workbook is
// opened with minizip (the zip container) and its XML read with
// QXmlStreamReader: the first sheet's cells, with shared and inline strings.
// Formulas are not evaluated; a cell's cached value is what is read.

#include "io/Xlsx.h"

#include <QHash>
#include <QObject>
#include <QXmlStreamReader>
#include <cstring>
#include <map>
#include <minizip/unzip.h>

namespace rt::io {
namespace {

// minizip reads the workbook from memory through these.
struct Memory {
    const QByteArray* bytes = nullptr;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK openMemory(voidpf opaque, const void*, int)
{
    static_cast<Memory*>(opaque)->position = 0;
    return opaque;
}

uLong ZCALLBACK readMemory(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* m = static_cast<Memory*>(stream);
    const ZPOS64_T left = ZPOS64_T(m->bytes->size()) - std::min<ZPOS64_T>(m->position, ZPOS64_T(m->bytes->size()));
    const uLong count = uLong(std::min<ZPOS64_T>(left, size));
    std::memcpy(buffer, m->bytes->constData() + m->position, count);
    m->position += count;
    return count;
}

uLong ZCALLBACK writeMemory(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellMemory(voidpf, voidpf stream)
{
    return static_cast<Memory*>(stream)->position;
}

long ZCALLBACK seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* m = static_cast<Memory*>(stream);
    const auto size = ZPOS64_T(m->bytes->size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: target = offset; break;
    case ZLIB_FILEFUNC_SEEK_CUR: target = m->position + offset; break;
    case ZLIB_FILEFUNC_SEEK_END: target = size + offset; break;
    default: return -1;
    }
    if (target > size)
        return -1;
    m->position = target;
    return 0;
}

int ZCALLBACK closeMemory(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK errorMemory(voidpf, voidpf)
{
    return 0;
}

class Archive {
public:
    explicit Archive(const QByteArray& bytes)
    {
        m_memory.bytes = &bytes;
        zlib_filefunc64_def functions{openMemory, readMemory, writeMemory, tellMemory, seekMemory, closeMemory, errorMemory, &m_memory};
        m_zip = unzOpen2_64("workbook", &functions);
    }
    ~Archive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    // A member's bytes; nullopt when it is missing or damaged.
    std::optional<QByteArray> member(const QString& name)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return std::nullopt;
        constexpr ZPOS64_T kLimit = 512ULL * 1024 * 1024; // a zip bomb is not a registration list
        if (info.uncompressed_size > kLimit || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray data(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        const int read = data.isEmpty() ? 0 : unzReadCurrentFile(m_zip, data.data(), unsigned(data.size()));
        const bool intact = unzCloseCurrentFile(m_zip) == UNZ_OK;
        if (read != data.size() || !intact)
            return std::nullopt;
        return data;
    }

private:
    Memory m_memory;
    unzFile m_zip = nullptr;
};

// The text of an <si> or <is>: every <t> in it, phonetic runs (<rPh>) left out.
QString richText(QXmlStreamReader& xml)
{
    const QStringView end = xml.name();
    const QString endName = end.toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == endName)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray& xmlBytes)
{
    QStringList strings;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings.append(richText(xml));
    }
    return strings;
}

// "xl/worksheets/sheet1.xml" for the workbook's first sheet.
QString firstSheetPath(Archive& archive)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    auto workbook = archive.member(QStringLiteral("xl/workbook.xml"));
    auto relations = archive.member(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !relations)
        return fallback;
    QString id;
    QXmlStreamReader book(*workbook);
    while (!book.atEnd() && id.isEmpty()) {
        if (book.readNext() == QXmlStreamReader::StartElement && book.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute& attribute : book.attributes())
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
        }
    }
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship")
            && rels.attributes().value(QLatin1String("Id")) == id) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

// "C12" -> column 2 (0-based); -1 when there are no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        ++letters;
        if (letters > 3)
            return -1;
    }
    return letters ? column - 1 : -1;
}

} // namespace

Result<Table> readXlsx(const QByteArray& bytes, const QString& name)
{
    const auto damaged = [&] {
        return fail(QObject::tr("“%1” looks like an Excel workbook but cannot be read (it may be damaged or protected). "
                                "Open it in a spreadsheet and save it as CSV, then import that.")
                        .arg(name));
    };
    Archive archive(bytes);
    if (!archive.isOpen())
        return damaged();
    const QString sheetPath = firstSheetPath(archive);
    auto sheet = archive.member(sheetPath);
    if (!sheet)
        return damaged();
    QStringList strings;
    if (auto shared = archive.member(QStringLiteral("xl/sharedStrings.xml")))
        strings = sharedStrings(*shared);

    Table table;
    table.format = Format::Xlsx;
    table.delimiter = QChar();
    QXmlStreamReader xml(*sheet);
    int rowNumber = 0;
    std::map<int, QString> cells; // column -> text, for the current row
    const auto endRow = [&] {
        if (rowNumber == 0)
            return;
        TableRow row{rowNumber, {}};
        if (!cells.empty()) {
            const int width = cells.rbegin()->first + 1;
            for (int c = 0; c < width && c < 1000; ++c) {
                auto it = cells.find(c);
                row.cells.append(it == cells.end() ? QString() : it->second);
            }
        }
        table.rows.push_back(std::move(row));
        cells.clear();
    };
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            bool numbered = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&numbered);
            rowNumber = numbered ? r : rowNumber + 1;
            nextColumn = 0;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            endRow();
            rowNumber = rowNumber ? rowNumber : 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            nextColumn = column + 1;
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.name() == QLatin1String("is"))
                    value = richText(xml);
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                value = ok && index >= 0 && index < strings.size() ? strings.at(index) : QString();
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (!value.isEmpty())
                cells[column] = value;
        }
    }
    if (xml.hasError())
        return damaged();
    return table;
}

} // namespace rt::io
