#pragma once
// The health report behind `roundtable-cli check`: is this our file, which
// schema, is the database intact, do the rows keep the rules. Reads only.

#include <QString>
#include <QStringList>

namespace rt {

struct CheckReport {
    QStringList facts;    // what was found ("schema 2, current")
    QStringList problems; // anything that needs attention
    bool ok() const { return problems.isEmpty(); }
};

class Database;

CheckReport checkFile(const QString& path);
// The same report for an open database: a file is checked as checkFile
// does; a server for its schema and the rules.
CheckReport checkDatabase(const Database& db);

} // namespace rt
