#pragma once
// A text table read again with the encoding and delimiter a person chose in
// the import preview, for the exports that detection reads wrongly (a
// Windows-1252 file that happens to be valid UTF-8, a semicolon file whose
// first rows hold commas).

#include "io/Table.h"

namespace rt::io {

// As readTableData(), but with `encoding` and `delimiter` as given instead of
// detected. For text files only (a workbook has nothing to choose).
Result<Table> readTableAs(const QByteArray& bytes, const QString& name, Encoding encoding, QChar delimiter);

} // namespace rt::io
