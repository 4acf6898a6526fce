#pragma once
// The words of history: one journal row record (table, insert/update/delete,
// the row's image or its changed columns) turned into lines a person can read.
// The main tables have their own phrasing ("Checked in: present, Day 1 ·
// Morning at 08:42 by Pat Lee", "Removed from team Salem, OR"); every other
// table reads as "Agenda item “Welcome” changed: title, minutes".

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace rt::history {

// What the wording needs of other rows (a block's name, a team's label): the
// row as it is now, or as the journal last held it once it is gone.
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual std::optional<QVariantMap> byId(const QString& table, const QVariant& id) = 0;
    virtual std::optional<QVariantMap> byUuid(const QString& table, const QString& uuid) = 0;
};

struct RowRecord {
    QString table;
    QString rowUuid;
    QString op; // "insert", "update" or "delete"
    QJsonObject detail;
};

// When and by whom: check-ins say it in the line itself.
struct Moment {
    QDateTime local;
    QString author;
};

// Usually one line; an edit of a person gives one per changed field.
QStringList describe(const RowRecord& record, const Moment& when, RowSource& rows);

// A row's name in lines ("Day 1 · Morning", "Salem, OR", "Dana Whitfield").
QString nameOf(const QString& table, const QVariantMap& image, RowSource& rows);

} // namespace rt::history
