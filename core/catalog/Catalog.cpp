#include "catalog/Catalog.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>
#include <QSet>

namespace rt {

QString PracticeGroup::label() const
{
    if (name.trimmed().isEmpty())
        return QObject::tr("Practice group %1").arg(number);
    return QObject::tr("%1 – %2").arg(number).arg(name);
}

namespace catalog {
namespace {

const QString kPracticeGroups = QStringLiteral("practice_groups");
const QString kPrograms = QStringLiteral("programs");
const QString kLinks = QStringLiteral("program_practice_groups");

PracticeGroup groupFrom(const QSqlQuery& q)
{
    return PracticeGroup{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()};
}

Result<std::vector<PracticeGroup>> readGroups(const Database& db, const QString& statement, const QVariantList& binds)
{
    auto q = sql::run(db.connection(), statement, binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<PracticeGroup> groups;
    while (q->next())
        groups.push_back(groupFrom(*q));
    return groups;
}

Status linkGroups(Writer& w, Id programId, const std::vector<Id>& wanted)
{
    auto existing = w.query(QStringLiteral("SELECT id, practice_group_id FROM program_practice_groups WHERE program_id = ?"),
                            {programId});
    if (!existing)
        return std::unexpected(existing.error());
    QSet<Id> have;
    std::vector<std::pair<Id, Id>> rows;
    while (existing->next())
        rows.emplace_back(existing->value(0).toLongLong(), existing->value(1).toLongLong());
    const QSet<Id> want(wanted.begin(), wanted.end());
    for (const auto& [linkId, groupId] : rows) {
        if (!want.contains(groupId)) {
            if (auto s = w.remove(kLinks, linkId); !s)
                return s;
        } else {
            have.insert(groupId);
        }
    }
    for (Id groupId : wanted) {
        if (have.contains(groupId))
            continue;
        auto inserted = w.insert(kLinks, {{QStringLiteral("program_id"), programId},
                                          {QStringLiteral("practice_group_id"), groupId}});
        if (!inserted)
            return std::unexpected(inserted.error());
        have.insert(groupId);
    }
    return ok();
}

} // namespace

Result<std::vector<PracticeGroup>> practiceGroups(const Database& db)
{
    return readGroups(db, QStringLiteral("SELECT id, number, name FROM practice_groups ORDER BY number"), {});
}

Result<std::vector<PracticeGroup>> practiceGroupsOf(const Database& db, Id programId)
{
    return readGroups(db,
                      QStringLiteral("SELECT g.id, g.number, g.name FROM practice_groups g "
                                     "JOIN program_practice_groups l ON l.practice_group_id = g.id "
                                     "WHERE l.program_id = ? ORDER BY g.number"),
                      {programId});
}

Result<std::vector<Program>> programs(const Database& db)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT id, title, provider, summary, audience, half_days, capacity "
                                                      "FROM programs ORDER BY title COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Program> result;
    while (q->next()) {
        Program p;
        p.id = q->value(0).toLongLong();
        p.title = q->value(1).toString();
        p.provider = q->value(2).toString();
        p.summary = q->value(3).toString();
        p.audience = q->value(4).toString();
        p.halfDays = q->value(5).toInt();
        if (!q->value(6).isNull())
            p.capacity = q->value(6).toInt();
        result.push_back(std::move(p));
    }
    auto links = sql::run(db.connection(), QStringLiteral("SELECT l.program_id, l.practice_group_id FROM program_practice_groups l "
                                                          "JOIN practice_groups g ON g.id = l.practice_group_id ORDER BY g.number"));
    if (!links)
        return std::unexpected(links.error());
    while (links->next()) {
        const Id programId = links->value(0).toLongLong();
        for (Program& p : result) {
            if (p.id == programId)
                p.practiceGroupIds.push_back(links->value(1).toLongLong());
        }
    }
    return result;
}

Result<Program> program(const Database& db, Id id)
{
    auto all = programs(db);
    if (!all)
        return std::unexpected(all.error());
    for (Program& p : *all) {
        if (p.id == id)
            return std::move(p);
    }
    return fail(QObject::tr("That program is no longer in the catalog."));
}

Result<ChangeSet> addPracticeGroup(Database& db, int number, const QString& name)
{
    if (number <= 0)
        return fail(QObject::tr("A practice group needs a number above zero."));
    return db.write(QObject::tr("Add practice group %1").arg(number), [&](Writer& w) -> Status {
        auto taken = w.scalar(QStringLiteral("SELECT count(*) FROM practice_groups WHERE number = ?"), {number});
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->toInt() > 0)
            return fail(QObject::tr("There is already a practice group %1. Rename that one instead.").arg(number));
        auto id = w.insert(kPracticeGroups, {{QStringLiteral("number"), number}, {QStringLiteral("name"), name.trimmed()}});
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> renamePracticeGroup(Database& db, Id id, const QString& name)
{
    return db.write(QObject::tr("Rename a practice group"), [&](Writer& w) {
        w.changes().subject = id;
        return w.update(kPracticeGroups, id, {{QStringLiteral("name"), name.trimmed()}});
    });
}

Result<ChangeSet> removePracticeGroup(Database& db, Id id)
{
    return db.write(QObject::tr("Remove a practice group"), [&](Writer& w) -> Status {
        auto used = w.scalar(QStringLiteral("SELECT count(*) FROM program_practice_groups WHERE practice_group_id = ?"), {id});
        if (!used)
            return std::unexpected(used.error());
        if (used->toInt() > 0)
            return fail(QObject::tr("This practice group is listed on %n program(s). Take it off those programs first.",
                                    nullptr, used->toInt()));
        auto linked = w.scalar(QStringLiteral("SELECT count(*) FROM action_items WHERE practice_group_id = ?"), {id});
        if (!linked)
            return std::unexpected(linked.error());
        if (linked->toInt() > 0)
            return fail(QObject::tr("%n action item(s) are linked to this practice group. Link them to another "
                                    "group, or to none, first.",
                                    nullptr, linked->toInt()));
        return w.remove(kPracticeGroups, id);
    });
}

Status validate(const Program& program)
{
    if (program.title.trimmed().isEmpty())
        return fail(QObject::tr("A program needs a title."));
    if (program.halfDays < 1 || program.halfDays > 28)
        return fail(QObject::tr("A program lasts from half a day to fourteen days."));
    if (program.capacity && *program.capacity < 1)
        return fail(QObject::tr("A program's participant limit must be at least 1, or left empty."));
    return ok();
}

Result<ChangeSet> saveProgram(Database& db, const Program& program)
{
    if (auto status = validate(program); !status)
        return std::unexpected(status.error());
    const QString description = program.id ? QObject::tr("Edit program “%1”").arg(program.title.trimmed())
                                           : QObject::tr("Add program “%1”").arg(program.title.trimmed());
    return db.write(description, [&](Writer& w) -> Status {
        const QVariantMap values{
            {QStringLiteral("title"), program.title.trimmed()},
            {QStringLiteral("provider"), program.provider.trimmed()},
            {QStringLiteral("summary"), program.summary.trimmed()},
            {QStringLiteral("audience"), program.audience.trimmed()},
            {QStringLiteral("half_days"), program.halfDays},
            {QStringLiteral("capacity"), program.capacity ? QVariant(*program.capacity) : QVariant()},
        };
        Id id = program.id;
        if (id) {
            if (auto s = w.update(kPrograms, id, values); !s)
                return s;
        } else {
            auto inserted = w.insert(kPrograms, values);
            if (!inserted)
                return std::unexpected(inserted.error());
            id = *inserted;
        }
        w.changes().subject = id;
        return linkGroups(w, id, program.practiceGroupIds);
    });
}

Result<ChangeSet> removeProgram(Database& db, Id id)
{
    return db.write(QObject::tr("Remove a program"), [&](Writer& w) -> Status {
        auto used = w.scalar(QStringLiteral("SELECT count(*) FROM workshops WHERE program_id = ?"), {id});
        if (!used)
            return std::unexpected(used.error());
        if (used->toInt() > 0)
            return fail(QObject::tr("%n workshop(s) use this program. Choose another program for them first.", nullptr,
                                    used->toInt()));
        if (auto s = linkGroups(w, id, {}); !s)
            return s;
        return w.remove(kPrograms, id);
    });
}

} // namespace catalog
} // namespace rt
