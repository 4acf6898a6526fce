#pragma once
// The first worksheet of an XLSX workbook as records (header row included),
// each with its sheet row number.

#include "common/Result.h"
#include "io/Table.h"

namespace rt::io {

Result<Table> readXlsx(const QByteArray& bytes, const QString& name);

} // namespace rt::io
