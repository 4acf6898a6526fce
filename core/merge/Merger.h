#pragma once
// The merge itself, inside the caller's write transaction: the other file's
// rows are matched with ours by uuid (or by what names the same real thing),
// parents before children, ids translated through uuids, each difference
// settled by the journals (who changed it since the copies parted) and, when
// both did, by the newer change; then the other file's journal entries that
// this file lacks are appended to its journal.

#include "common/Result.h"
#include "merge/MergeReport.h"
#include "merge/MergeSource.h"

namespace rt {
class Writer;
}

namespace rt::merge {

class Merger {
public:
    Merger(Writer& writer, const Source& other, MergeReport& report);
    // The station the merge runs at: the other file's entries join the journal
    // under it, so on a server this station's next edit of a merged row is
    // not taken for another station's collision.
    void setStation(const QString& station) { m_station = station; }
    Status run();

private:
    enum class Side { Ours, Theirs };
    struct History {
        bool any = false;     // changed since the copies parted
        bool deleted = false; // its last such change was a delete
        QString at;
        QString who;
        bool content = false; // changed other than by renumbering
        QString contentAt;
        QString contentWho;
    };
    struct Match {
        std::optional<QVariantMap> row; // ours
        bool byKey = false;
        QString collision; // a row of ours that has the key but is another row of theirs
    };

    History own(Side side, const QString& uuid) const;
    Result<Match> findOurs(const TableInfo& table, const QVariantMap& theirs, const QVariantMap& translated);
    std::optional<QVariantMap> translate(const TableInfo& table, const QVariantMap& theirs, QString& missing) const;
    Result<bool> parentsExist(const TableInfo& table, const QVariantMap& translated, QString& missing) const;

    Status mergeTable(const TableInfo& table);
    Status mergeRow(const TableInfo& table, const QVariantMap& theirs);
    Status settlePair(const TableInfo& table, const QVariantMap& ours, const QVariantMap& theirs,
                      const QVariantMap& translated, bool byKey);
    Status insertTheirs(const TableInfo& table, const QVariantMap& theirs, const QVariantMap& translated);
    Status takeTheirs(const TableInfo& table, const QVariantMap& ours, const QVariantMap& theirs, const QVariantMap& translated);
    Status deleteWhatTheyDeleted(const TableInfo& table);
    Result<int> dependents(const TableInfo& table, const QVariantMap& ours) const;
    Status appendJournal();
    void noteOverbooking();

    QString label(const QString& table, const QVariantMap& row, Side side, int depth = 0) const;
    std::optional<QVariantMap> rowOf(const QString& table, Id id, Side side) const;
    QString valueText(const TableInfo& table, const QString& column, const QVariant& value, Side side) const;
    std::vector<ColumnValues> differences(const TableInfo& table, const QVariantMap& ours, const QVariantMap& theirs) const;
    void notTaken(const TableInfo& table, const QString& row, const QString& reason);

    Writer& m_writer;
    const Source& m_source;
    MergeReport& m_report;
    Schema m_schema;
    Snapshot m_ours;
    Snapshot m_theirs;
    QHash<QString, QHash<Id, Id>> m_ids;        // table -> their id -> our id
    QHash<QString, QSet<Id>> m_matched;         // table -> our ids that a row of theirs matched
    QString m_station;
};

} // namespace rt::merge
