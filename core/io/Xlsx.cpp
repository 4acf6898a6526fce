#include "io/Xlsx.h"

#include <QObject>

namespace rt::io {

Result<Table> readXlsx(const QByteArray&, const QString& name)
{
    return fail(QObject::tr("“%1” is an Excel workbook, which this version cannot read yet. Open it in a spreadsheet "
                            "and save it as CSV, then import that.")
                    .arg(name));
}

} // namespace rt::io
