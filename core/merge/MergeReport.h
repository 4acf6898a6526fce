#pragma once
// What merging another copy of the file did, or would do: rows added, updated
// and deleted per table, every conflict with both sides' values and who changed
// them when, and every row that was not taken with the reason. The command line
// prints it and the Merge dialog shows it; both use toText().

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace rt::merge {

struct TableCounts {
    int added = 0;
    int updated = 0;
    int deleted = 0;
    bool isEmpty() const { return added == 0 && updated == 0 && deleted == 0; }
};

// One side's last change to a row, from its journal (or the row's updated_at).
struct Change {
    QString who;  // empty when the journal does not say
    QString when; // UTC ISO 8601
    QString what; // "deleted" or "changed" where one side deleted the record
};

struct ColumnValues {
    QString column;
    QString ours;   // the value in the file merged into
    QString theirs; // the value in the other file
};

struct Conflict {
    QString table;      // "agenda_items"
    QString tableLabel; // "Agenda item"
    QString row;        // "Opening remarks", a person's name, …
    QString reason;     // why both sides had a say
    std::vector<ColumnValues> columns;
    Change ours;
    Change theirs;
    bool theirsWon = false;
    QString outcome; // what was done, as a sentence
};

// A row that is not in the merged file as the other file has it.
struct NotTaken {
    QString table;
    QString tableLabel;
    QString row;
    QString reason;
};

struct MergeReport {
    QString target; // file name of the file merged into
    QString source; // file name of the other file
    bool dryRun = false;
    std::map<QString, TableCounts> counts; // by table name
    std::vector<Conflict> conflicts;
    std::vector<NotTaken> notTaken;
    QStringList notes;    // anything else a person should look at afterwards
    int journalEntries = 0; // entries of the other file's journal added

    int added() const;
    int updated() const;
    int deleted() const;
    // True when merging writes nothing at all.
    bool isEmpty() const;

    QString toText() const;
    QJsonObject toJson() const;
};

// "Person", "Check-in": how a table's rows are named in the report.
QString tableLabel(const QString& table);
// "status since" for status_since, "owner person" for owner_person_id.
QString columnLabel(const QString& column);

} // namespace rt::merge
