#include "storage/Migrations.h"

#include "agenda/Agenda.h"
#include "assessments/Assessments.h"
#include "attendance/Attendance.h"
#include "catalog/CatalogSeed.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Writer.h"

#include <QFile>
#include <QObject>
#include <QSqlQuery>

namespace rt {
namespace {

Status runResourceScript(Writer& writer, const QString& resource)
{
    QFile file(dialect::migrationResource(backendOf(writer.database()), resource));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("Internal error: the schema step %1 is missing from this build.").arg(resource));
    return dialect::runScript(writer.database(), QString::fromUtf8(file.readAll()));
}

// Workshops made before attendance existed get the usual blocks.
Status addBlocksToExistingWorkshops(Writer& w)
{
    auto q = w.query(QStringLiteral("SELECT id, half_days FROM workshops"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<std::pair<Id, int>> workshops;
    while (q->next())
        workshops.emplace_back(q->value(0).toLongLong(), q->value(1).toInt());
    q->finish();
    for (const auto& [id, halfDays] : workshops) {
        if (auto s = attendance::addDefaultBlocks(w, id, halfDays); !s)
            return s;
    }
    return ok();
}

} // namespace

const std::vector<Migration>& standardMigrations()
{
    static const std::vector<Migration> steps = {
        {1, QObject::tr("workshops, people, enrollments and teams"),
         [](Writer& w) { return runResourceScript(w, QStringLiteral("0001_schema.sql")); }},
        {2, QObject::tr("the program catalog, practice groups and pricing"), [](Writer& w) { return seedCatalog(w); }},
        {3, QObject::tr("attendance blocks, check-ins and credit rules"), [](Writer& w) -> Status {
             if (auto s = runResourceScript(w, QStringLiteral("0003_attendance.sql")); !s)
                 return s;
             return addBlocksToExistingWorkshops(w);
         }},
        {4, QObject::tr("the agenda and its templates"), [](Writer& w) -> Status {
             if (auto s = runResourceScript(w, QStringLiteral("0004_agenda.sql")); !s)
                 return s;
             return agenda::seedTemplates(w);
         }},
        {5, QObject::tr("discussion rounds, groups, report-outs and votes"),
         [](Writer& w) { return runResourceScript(w, QStringLiteral("0005_discussions.sql")); }},
        {6, QObject::tr("assessments, workload worksheets and action plans"), [](Writer& w) -> Status {
             if (auto s = runResourceScript(w, QStringLiteral("0006_outcomes.sql")); !s)
                 return s;
             return assessments::seedTemplates(w);
         }},
        {7, QObject::tr("the change journal"),
         [](Writer& w) { return runResourceScript(w, QStringLiteral("0007_journal.sql")); }},
        {8, QObject::tr("stations sharing a server"),
         [](Writer& w) { return runResourceScript(w, QStringLiteral("0008_stations.sql")); }},
    };
    return steps;
}

int currentSchemaVersion()
{
    return standardMigrations().back().version;
}

Status migrate(const QSqlDatabase& db, int from, const std::vector<Migration>& steps, int upTo)
{
    for (const Migration& step : steps) {
        if (step.version <= from || step.version > upTo)
            continue;
        auto transaction = WriteTransaction::begin(db);
        if (!transaction)
            return std::unexpected(transaction.error());
        ChangeSet scratch;
        Writer writer(db, scratch);
        auto applied = step.apply(writer);
        if (applied)
            applied = dialect::setSchemaVersion(db, step.version);
        if (applied)
            applied = transaction->commit();
        if (!applied)
            return fail(QObject::tr("Could not bring the file up to schema %1 (%2): %3 The file was left as it was, "
                                    "at schema %4.")
                            .arg(step.version)
                            .arg(step.summary, applied.error().message)
                            .arg(step.version - 1));
        from = step.version;
    }
    return ok();
}

} // namespace rt
