#pragma once
// Small helpers over QSqlQuery: every statement is prepared with bound values and
// every failure becomes an Error that says what was being done.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace rt::sql {

Error errorOf(const QSqlQuery& query, const QString& context);

// Prepares, binds positionally and executes one statement.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});

// Runs one statement and returns the first column of its first row (null when no row).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});

// Runs a script of several statements (QSqlQuery::exec runs only one), split
// where SQLite itself says a statement is complete, so trigger bodies stay whole.
Status runScript(const QSqlDatabase& db, const QString& script);

// The script split into complete statements.
QStringList splitStatements(const QString& script);

} // namespace rt::sql
