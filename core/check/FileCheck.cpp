#include "check/FileCheck.h"

#include "storage/Database.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/Sql.h"

#include <QObject>

namespace rt {
namespace {

// Rules the schema cannot express, each a query returning one line per breach.
struct RuleCheck {
    const char* statement;
    const char* problem; // %1: the query's first column; translated when reported
};

constexpr RuleCheck kRules[] = {
    {"SELECT p.first_name || ' ' || p.last_name || ' (team ' || t.jurisdiction || ')' FROM team_members m "
     "JOIN teams t ON t.id = m.team_id JOIN people p ON p.id = m.person_id "
     "LEFT JOIN enrollments e ON e.workshop_id = m.workshop_id AND e.person_id = m.person_id "
     "WHERE e.status IS DISTINCT FROM 'registered' OR t.workshop_id <> m.workshop_id",
     QT_TRANSLATE_NOOP("QObject", "A team member is not registered for the team's workshop: %1")},
    {"SELECT title || ': ' || (SELECT count(*) FROM enrollments e WHERE e.workshop_id = w.id AND e.status = 'registered') "
     "|| ' registered for ' || capacity || ' places' FROM workshops w "
     "WHERE (SELECT count(*) FROM enrollments e WHERE e.workshop_id = w.id AND e.status = 'registered') > capacity",
     QT_TRANSLATE_NOOP("QObject", "More people are registered than the workshop has places: %1")},
    {"SELECT a.goal || ' (team ' || t.jurisdiction || ')' FROM action_items a JOIN teams t ON t.id = a.team_id "
     "WHERE a.owner_person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM team_members m "
     "WHERE m.team_id = a.team_id AND m.person_id = a.owner_person_id)",
     QT_TRANSLATE_NOOP("QObject", "An action item's owner is not a member of its team: %1")},
    {"SELECT p.first_name || ' ' || p.last_name FROM assessment_answers a JOIN people p ON p.id = a.person_id "
     "WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.workshop_id = a.workshop_id AND e.person_id = a.person_id)",
     QT_TRANSLATE_NOOP("QObject", "Assessment answers belong to someone not enrolled in their workshop: %1")},
};

// The rules and the counts, on any backend.
void checkRules(const QSqlDatabase& db, CheckReport& report)
{
    for (const RuleCheck& rule : kRules) {
        auto breaches = sql::run(db, QString::fromLatin1(rule.statement));
        if (!breaches) {
            report.problems << breaches.error().message;
            continue;
        }
        while (breaches->next())
            report.problems << QObject::tr(rule.problem).arg(breaches->value(0).toString());
    }
    auto counts = sql::run(db, QStringLiteral("SELECT (SELECT count(*) FROM workshops), (SELECT count(*) FROM people), "
                                              "(SELECT count(*) FROM enrollments), (SELECT count(*) FROM teams)"));
    if (counts && counts->next())
        report.facts << QObject::tr("%1 workshops, %2 people, %3 enrollments, %4 teams.")
                            .arg(counts->value(0).toInt())
                            .arg(counts->value(1).toInt())
                            .arg(counts->value(2).toInt())
                            .arg(counts->value(3).toInt());
}

} // namespace

CheckReport checkFile(const QString& path)
{
    CheckReport report;
    auto header = probeFile(path);
    if (!header) {
        report.problems << header.error().message;
        return report;
    }
    if (header->applicationId != kApplicationId) {
        report.problems << QObject::tr("This is not a Roundtable file (its application id is 0x%1).")
                               .arg(header->applicationId, 8, 16, QLatin1Char('0'));
        return report;
    }
    const int newest = currentSchemaVersion();
    if (int(header->userVersion) > newest)
        report.problems << QObject::tr("Schema %1 is newer than this Roundtable reads (up to %2).").arg(header->userVersion).arg(newest);
    else if (int(header->userVersion) < newest)
        report.facts << QObject::tr("Schema %1; opening it in Roundtable brings it up to schema %2.").arg(header->userVersion).arg(newest);
    else
        report.facts << QObject::tr("Schema %1 (current).").arg(header->userVersion);
    report.facts << QObject::tr("%1 bytes in %2 pages of %3 bytes; journal mode %4.")
                        .arg(header->fileSize)
                        .arg(header->fileSize / header->pageSize)
                        .arg(header->pageSize)
                        .arg(header->walMode ? QStringLiteral("WAL") : QObject::tr("rollback (WAL is set when opened)"));
    if (auto writable = checkWritable(path); !writable)
        report.problems << writable.error().message;

    auto connection = ReadOnlyConnection::open(path);
    if (!connection) {
        report.problems << connection.error().message;
        return report;
    }
    const QSqlDatabase& db = (*connection)->database();
    auto integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        report.problems << QObject::tr("The database cannot be read: %1").arg(integrity.error().message);
        return report;
    }
    QStringList damage;
    while (integrity->next()) {
        if (integrity->value(0).toString() != QLatin1String("ok"))
            damage << integrity->value(0).toString();
    }
    if (!damage.isEmpty()) {
        report.problems << QObject::tr("The database is damaged: %1").arg(damage.mid(0, 5).join(QLatin1String("; ")));
        return report;
    }
    report.facts << QObject::tr("Integrity check passed.");

    auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (keys) {
        int broken = 0;
        while (keys->next())
            ++broken;
        if (broken)
            report.problems << QObject::tr("%n row(s) refer to rows that do not exist.", nullptr, broken);
    } else {
        report.problems << keys.error().message;
    }
    if (int(header->userVersion) != newest)
        return report; // the rules below speak of the current schema

    checkRules(db, report);
    return report;
}

CheckReport checkDatabase(const Database& db)
{
    if (!db.isServer())
        return checkFile(db.path());
    // A server keeps its own pages and foreign keys intact; what is left to
    // look at is the schema and the rules the schema cannot express.
    CheckReport report;
    const int version = db.schemaVersion();
    const int newest = currentSchemaVersion();
    if (version != newest) {
        report.problems << QObject::tr("%1 is at schema %2; this Roundtable expects schema %3.")
                               .arg(db.displayName())
                               .arg(version)
                               .arg(newest);
        return report;
    }
    report.facts << QObject::tr("Schema %1 (current), on %2.").arg(version).arg(db.displayName());
    checkRules(db.connection(), report);
    return report;
}

} // namespace rt
