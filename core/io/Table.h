#pragma once
// A table read from a file a person chose (a registration export): its header
// row and its records, each with the line it starts on, so a report can say
// "line 14". CSV and friends go through libcsv; the encoding and the delimiter
// are detected, since exports come from every kind of tool.

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <vector>

namespace rt::io {

enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };
// "UTF-8", "UTF-8 (with BOM)", "Windows-1252" …, for a preview.
QString encodingLabel(Encoding encoding);

enum class Format { Csv, Xlsx };

struct TableRow {
    int line = 0; // 1-based line of the file where the record starts (the sheet row for XLSX)
    QStringList cells;
};

struct Table {
    Format format = Format::Csv;
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(','); // null for XLSX
    QStringList headers;                // the first record, as written
    int headerLine = 1;
    std::vector<TableRow> rows;         // every record after the header (blank lines dropped)

    int columnCount() const { return int(headers.size()); }
};

// Reads a CSV (any detected delimiter and encoding) or, by its content, an
// XLSX workbook's first sheet. The file is only read. A file that is empty,
// has only a header, or is not text gives a message saying so.
Result<Table> readTable(const QString& path);

// The same from bytes already in memory; `name` is used in messages.
Result<Table> readTableData(const QByteArray& bytes, const QString& name);
// Reads CSV bytes with the encoding and delimiter a person chose over the
// detected ones.
Result<Table> readTableAs(const QByteArray& bytes, const QString& name, Encoding encoding, QChar delimiter);

// The pieces, for tests and for a preview that wants to override one.
Encoding detectEncoding(const QByteArray& bytes);
// Text from the bytes, the BOM (if any) removed.
QString decode(const QByteArray& bytes, Encoding encoding);
// The delimiter among , ; tab | that gives the same number (>1) of fields on
// the first records, quotes respected; ',' when none does.
QChar detectDelimiter(const QByteArray& utf8);

// Parses UTF-8 CSV bytes with libcsv: every record, header included, with its
// start line. Fails only when libcsv does (out of memory).
Result<std::vector<TableRow>> parseCsv(const QByteArray& utf8, QChar delimiter);

} // namespace rt::io
