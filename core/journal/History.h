#pragma once
// The change journal read back as history a person can follow: for one
// workshop, one person or the whole file, newest first. Each entry says when
// (stored in UTC, shown in local time), who, what, and has readable lines made
// from its row records ("Status: registered → cancelled"). Rows that have since
// been deleted keep their history: the journal holds their owners and images.

#include "common/Result.h"
#include "storage/Journal.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace rt {

class Database;

namespace history {

// One row the action touched, in words.
struct Line {
    QString table;    // "enrollments"
    QString rowUuid;
    QString op;       // "insert", "update" or "delete"
    QString person;   // whose line it is, by name; empty for rows of no one
    QString workshop; // the workshop it belongs to, by title; empty for none
    QString text;     // "Status: registered → cancelled"
};

struct Entry {
    Id id = 0;
    QString uuid;
    QDateTime at; // UTC
    QString author;
    QString description;
    journal::Kind kind = journal::Kind::Action;
    std::vector<Line> lines;
    int moreLines = 0; // lines beyond Page::linesPerEntry, not read

    QDateTime localAt() const { return at.toLocalTime(); }
    // "2027-03-09 08:42" in local time: sorts and reads the same everywhere.
    QString timeLabel() const;
};

// Whose history to read.
struct Scope {
    enum class Of { File, Workshop, Person };
    Of of = Of::File;
    QString uuid; // the workshop's or the person's; empty for the file

    static Scope file() { return {}; }
    static Scope workshop(const QString& uuid) { return {Of::Workshop, uuid}; }
    static Scope person(const QString& uuid) { return {Of::Person, uuid}; }
};

// A line as the scope shows it: a workshop's or the file's history names the
// person ("Dana Whitfield: Added to the roster (registered)"); a person's
// history gives the line alone.
QString lineText(const Line& line, Scope::Of scope);
// The workshops an entry's lines belong to, by title, in order of first
// mention: a person's and the file's history show them beside each change.
QStringList workshopsOf(const Entry& entry);
// Every word of the entry as the scope shows it, folded for filtering.
QString searchText(const Entry& entry, Scope::Of scope);

struct Page {
    int limit = 200;  // entries
    int offset = 0;   // entries to skip (the newest first)
    int linesPerEntry = 50;
};

// Newest first. Only the lines that belong to the scope are given (a person's
// history shows their rows of a change that also touched others).
Result<std::vector<Entry>> read(const Database& db, const Scope& scope, const Page& page = {});
// How many entries the scope has in all.
Result<int> count(const Database& db, const Scope& scope);

// The UUID of a current workshop or person, for a Scope.
Result<QString> workshopUuid(const Database& db, Id workshopId);
Result<QString> personUuid(const Database& db, Id personId);
// A person's name as the file knows it now, or as the journal last saw it
// after they were removed; empty when the UUID is unknown.
Result<QString> personName(const Database& db, const QString& personUuid);

QString kindLabel(journal::Kind kind); // "Change", "Undo", …

} // namespace history
} // namespace rt
