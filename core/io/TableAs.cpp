#include "TableAs.h"

#include <QObject>

namespace rt::io {
namespace {

bool isBlank(const TableRow& row)
{
    for (const QString& cell : row.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<Table> readTableAs(const QByteArray& bytes, const QString& name, Encoding encoding, QChar delimiter)
{
    auto records = parseCsv(decode(bytes, encoding).toUtf8(), delimiter);
    if (!records)
        return std::unexpected(records.error());
    std::erase_if(*records, isBlank);
    if (records->empty())
        return fail(QObject::tr("“%1” has no rows. Choose the file exported from the registration system.").arg(name));
    Table table;
    table.format = Format::Csv;
    table.encoding = encoding;
    table.delimiter = delimiter;
    table.headers = records->front().cells;
    table.headerLine = records->front().line;
    for (QString& header : table.headers)
        header = header.trimmed();
    table.rows.assign(std::make_move_iterator(records->begin() + 1), std::make_move_iterator(records->end()));
    if (table.rows.empty())
        return fail(QObject::tr("“%1” has a header row but no people under it.").arg(name));
    return table;
}

} // namespace rt::io
