#pragma once
// What one user action did to the file, row by row, with the row before and
// after. Undo and redo replay it backwards or forwards; later, the change
// journal and merging build on the same records.

#include "common/Result.h"

#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace rt {

struct RowChange {
    QString table;
    Id id = 0;
    std::optional<QVariantMap> before; // empty: the row was inserted
    std::optional<QVariantMap> after;  // empty: the row was deleted
};

struct ChangeSet {
    QString description; // "Add Dana Whitfield to the roster": the undo text
    QString notice;      // anything the person must be told ("placed on the waitlist")
    Id subject = 0;      // the main row the action created or changed
    std::vector<RowChange> rows;
    // The uuid of the journal entry that recorded it (set by Database::write):
    // on a server, undo asks the journal what other stations did after it.
    QString journalEntry;

    bool isEmpty() const { return rows.empty(); }
    void addNotice(const QString& sentence);
    bool touches(QStringView table) const;
};

// Values compare equal across the types SQLite hands back (int vs qlonglong).
bool sameValue(const QVariant& a, const QVariant& b);
// Two images of a row hold the same data; updated_at is bookkeeping and ignored.
bool sameRow(const QVariantMap& a, const QVariantMap& b);

} // namespace rt
