#pragma once
// Numbered schema steps. The file's PRAGMA user_version says which steps it has;
// each missing step runs in its own transaction that also bumps user_version, so
// a failed step leaves the file exactly at the version before it.

#include "common/Result.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace rt {

class Writer;

struct Migration {
    int version = 0;
    QString summary;
    std::function<Status(Writer&)> apply;
};

const std::vector<Migration>& standardMigrations();
int currentSchemaVersion();

// Applies every step with from < version <= upTo, in order.
Status migrate(const QSqlDatabase& db, int from, const std::vector<Migration>& steps, int upTo = INT_MAX);

} // namespace rt
