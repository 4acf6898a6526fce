#include "storage/ChangeSet.h"

namespace rt {

void ChangeSet::addNotice(const QString& sentence)
{
    notice = notice.isEmpty() ? sentence : notice + QLatin1Char(' ') + sentence;
}

bool ChangeSet::touches(QStringView table) const
{
    for (const RowChange& row : rows) {
        if (row.table == table)
            return true;
    }
    return false;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b || a.toString() == b.toString();
}

bool sameRow(const QVariantMap& a, const QVariantMap& b)
{
    static const QString updatedAt = QStringLiteral("updated_at");
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        if (key != updatedAt && !sameValue(a.value(key), b.value(key)))
            return false;
    }
    return true;
}

} // namespace rt
