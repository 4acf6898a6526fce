#pragma once
// Where a Roundtable database lives: a file on this computer (SQLite, the
// default) or an organisation's PostgreSQL server. Rules code never asks; the
// few statements that differ between the two are kept in storage/Dialect.

#include <QSqlDatabase>

namespace rt {

enum class Backend { File, Server };

Backend backendOf(const QSqlDatabase& db);

} // namespace rt
