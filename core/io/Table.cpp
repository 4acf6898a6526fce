#include "io/Table.h"

#include <QObject>

namespace rt::io {

QString encodingLabel(Encoding) { return {}; }
Result<Table> readTable(const QString&) { return fail(QObject::tr("Not finished yet.")); }
Result<Table> readTableData(const QByteArray&, const QString&) { return fail(QObject::tr("Not finished yet.")); }
Encoding detectEncoding(const QByteArray&) { return Encoding::Utf8; }
QString decode(const QByteArray& bytes, Encoding) { return QString::fromUtf8(bytes); }
QChar detectDelimiter(const QByteArray&) { return QLatin1Char(','); }
Result<std::vector<TableRow>> parseCsv(const QByteArray&, QChar) { return std::vector<TableRow>{}; }

} // namespace rt::io
