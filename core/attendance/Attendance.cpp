#include "attendance/Attendance.h"

#include "people/People.h"
#include "people/PersonRows.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"
#include "workshops/Workshop.h"

#include <QObject>
#include <QRegularExpression>
#include <algorithm>

namespace rt {

namespace {
constexpr AttendanceStatus kStatuses[] = {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::LeftEarly,
                                          AttendanceStatus::Excused, AttendanceStatus::Absent};
}

QString attendanceKey(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return QStringLiteral("present");
    case AttendanceStatus::Late: return QStringLiteral("late");
    case AttendanceStatus::LeftEarly: return QStringLiteral("left_early");
    case AttendanceStatus::Excused: return QStringLiteral("excused");
    case AttendanceStatus::Absent: return QStringLiteral("absent");
    }
    return QStringLiteral("present");
}

std::optional<AttendanceStatus> attendanceFromKey(const QString& key)
{
    for (AttendanceStatus s : kStatuses) {
        if (attendanceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

std::optional<AttendanceStatus> attendanceFromText(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("[-\\s]+")), QStringLiteral("_"));
    if (auto s = attendanceFromKey(key))
        return s;
    for (AttendanceStatus s : kStatuses) {
        if (attendanceLabel(s).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString attendanceLabel(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return QObject::tr("Present");
    case AttendanceStatus::Late: return QObject::tr("Late");
    case AttendanceStatus::LeftEarly: return QObject::tr("Left early");
    case AttendanceStatus::Excused: return QObject::tr("Excused");
    case AttendanceStatus::Absent: return QObject::tr("Absent");
    }
    return {};
}

bool statusHasTime(AttendanceStatus status)
{
    return status == AttendanceStatus::Late || status == AttendanceStatus::LeftEarly;
}

bool statusIsAttended(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || statusHasTime(status);
}

std::optional<AttendanceStatus> nextStatus(std::optional<AttendanceStatus> status)
{
    if (!status)
        return AttendanceStatus::Present;
    if (*status == AttendanceStatus::Absent)
        return std::nullopt;
    return AttendanceStatus(int(*status) + 1);
}

namespace attendance {
namespace {

const QString kBlocks = QStringLiteral("attendance_blocks");
const QString kMarks = QStringLiteral("attendance_marks");

AttendanceBlock blockFrom(const QSqlQuery& q)
{
    AttendanceBlock b;
    b.id = q.value(0).toLongLong();
    b.workshopId = q.value(1).toLongLong();
    b.day = q.value(2).toInt();
    b.label = q.value(3).toString();
    b.starts = blocks::timeFromKey(q.value(4).toString());
    b.ends = blocks::timeFromKey(q.value(5).toString());
    b.creditHours = q.value(6).toDouble();
    return b;
}

QVariantMap valuesOf(const AttendanceBlock& b)
{
    return {{QStringLiteral("day"), b.day},
            {QStringLiteral("label"), b.label.trimmed()},
            {QStringLiteral("starts_at"), blocks::timeKey(b.starts)},
            {QStringLiteral("ends_at"), blocks::timeKey(b.ends)},
            {QStringLiteral("credit_hours"), b.creditHours}};
}

// What a mark needs to know: the workshop's state, the block, and the person's place.
struct MarkContext {
    QString workshopTitle;
    bool closed = false;
    AttendanceBlock block;
    Person person;
    std::optional<EnrollmentStatus> enrollment;
};

Result<MarkContext> context(Writer& w, Id workshopId, Id personId, Id blockId)
{
    MarkContext c;
    auto ws = w.query(QStringLiteral("SELECT title, status FROM workshops WHERE id = ?"), {workshopId});
    if (!ws)
        return std::unexpected(ws.error());
    if (!ws->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    c.workshopTitle = ws->value(0).toString();
    c.closed = ws->value(1).toString() == QLatin1String("closed");
    ws->finish();

    auto b = w.query(QStringLiteral("SELECT id, workshop_id, day, label, starts_at, ends_at, credit_hours FROM attendance_blocks "
                                    "WHERE id = ?"),
                     {blockId});
    if (!b)
        return std::unexpected(b.error());
    if (!b->next())
        return fail(QObject::tr("Block %1 is not in this file.").arg(blockId));
    c.block = blockFrom(*b);
    b->finish();
    if (c.block.workshopId != workshopId)
        return fail(QObject::tr("%1 belongs to another workshop.").arg(c.block.name()));

    auto p = w.query(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(people::personColumns()), {personId});
    if (!p)
        return std::unexpected(p.error());
    if (!p->next())
        return fail(QObject::tr("Person %1 is not in this file.").arg(personId));
    c.person = people::personFrom(*p);
    p->finish();

    auto e = w.query(QStringLiteral("SELECT status FROM enrollments WHERE workshop_id = ? AND person_id = ?"), {workshopId, personId});
    if (!e)
        return std::unexpected(e.error());
    if (e->next())
        c.enrollment = enrollmentFromKey(e->value(0).toString());
    e->finish();
    return c;
}

Status refuseIfClosed(const QString& title, bool closed)
{
    if (closed)
        return fail(QObject::tr("“%1” is closed, so its attendance is final. Set its status back to Live to change it.")
                        .arg(title));
    return ok();
}

Status checkMarkable(const MarkContext& c)
{
    if (auto s = refuseIfClosed(c.workshopTitle, c.closed); !s)
        return s;
    const QString name = c.person.fullName();
    if (!c.enrollment)
        return fail(QObject::tr("%1 is not on this workshop's roster. Register them first (or add them as a walk-in).")
                        .arg(name));
    if (*c.enrollment == EnrollmentStatus::Waitlisted)
        return fail(QObject::tr("%1 is on the waitlist. Give them a place on the Roster tab before checking them in.").arg(name));
    if (*c.enrollment == EnrollmentStatus::Cancelled)
        return fail(QObject::tr("%1's registration is cancelled. Register them again before checking them in.").arg(name));
    return ok();
}

Status validateTime(const MarkContext& c, AttendanceStatus status, QTime at)
{
    if (!statusHasTime(status))
        return ok();
    if (!at.isValid())
        return fail(QObject::tr("“%1” needs the time %2 came or left.").arg(attendanceLabel(status), c.person.fullName()));
    return ok();
}

// Puts an update of a mark back under the collision guard when it returns.
struct Unwatched {
    Writer& w;
    std::optional<Writer::Watch> watch = w.stopWatching();
    ~Unwatched()
    {
        if (watch)
            w.watchOthers(*watch);
    }
};

// Another station changed the person's mark after this station last showed
// it. A check-in is not lost to that: if the other station had them attended
// already, their mark stands (one mark, not two); if it had them excused or
// absent, the person is here now and the check-in replaces it. Anything else
// is an edit of a mark the other station just changed, and is refused.
Status settleMarkCollision(Writer& w, Id markId, const Person& person, const AttendanceBlock& block,
                           AttendanceStatus theirs, const QString& theirTime, const QVariantMap& ours,
                           AttendanceStatus status, const Error& refused)
{
    if (!statusIsAttended(status))
        return std::unexpected(refused);
    if (statusIsAttended(theirs)) {
        const QString how = statusHasTime(theirs)
                                ? QObject::tr("%1 at %2").arg(attendanceLabel(theirs).toLower(), theirTime)
                                : attendanceLabel(theirs).toLower();
        w.changes().addNotice(QObject::tr("%1 was already checked in for %2 at another station (%3); that mark stands.")
                                  .arg(person.fullName(), block.name(), how));
        return ok();
    }
    Unwatched unwatched{w};
    if (auto s = w.update(kMarks, markId, ours); !s)
        return s;
    w.changes().addNotice(QObject::tr("Another station had marked %1 %2 for %3; this check-in replaces that mark.")
                              .arg(person.fullName(), attendanceLabel(theirs).toLower(), block.name()));
    return ok();
}

// Sets the person's mark for the block. What is there is read inside the
// write transaction, where stations take turns (dialect::beginWrite), so a
// person checked in at two stations at once has one mark.
Status writeMark(Writer& w, Id workshopId, const Person& person, const AttendanceBlock& block, AttendanceStatus status,
                 QTime at)
{
    const QString timeText = statusHasTime(status) ? blocks::timeKey(at) : QString();
    auto existing = w.query(QStringLiteral("SELECT id, status, marked_at FROM attendance_marks WHERE block_id = ? AND person_id = ?"),
                            {block.id, person.id});
    if (!existing)
        return std::unexpected(existing.error());
    const QVariantMap ours{{QStringLiteral("status"), attendanceKey(status)}, {QStringLiteral("marked_at"), timeText}};
    if (existing->next()) {
        const Id markId = existing->value(0).toLongLong();
        const AttendanceStatus theirs = attendanceFromKey(existing->value(1).toString()).value_or(AttendanceStatus::Present);
        const QString theirTime = existing->value(2).toString();
        existing->finish();
        auto updated = w.update(kMarks, markId, ours);
        if (!updated && updated.error().kind == ErrorKind::Collision)
            return settleMarkCollision(w, markId, person, block, theirs, theirTime, ours, status, updated.error());
        return updated;
    }
    existing->finish();
    QVariantMap values = ours;
    values.insert(QStringLiteral("block_id"), block.id);
    values.insert(QStringLiteral("workshop_id"), workshopId);
    values.insert(QStringLiteral("person_id"), person.id);
    auto inserted = w.insert(kMarks, values);
    if (!inserted)
        return std::unexpected(inserted.error());
    return ok();
}

QString describeMark(const Person& person, const AttendanceBlock& block, AttendanceStatus status, QTime at)
{
    if (status == AttendanceStatus::Present)
        return QObject::tr("Check in %1 (%2)").arg(person.fullName(), block.name());
    if (statusHasTime(status))
        return QObject::tr("Mark %1 %2 at %3 (%4)")
            .arg(person.fullName(), attendanceLabel(status).toLower(), blocks::timeKey(at), block.name());
    return QObject::tr("Mark %1 %2 (%3)").arg(person.fullName(), attendanceLabel(status).toLower(), block.name());
}

} // namespace

Result<std::vector<AttendanceBlock>> blocksOf(const Database& db, Id workshopId)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT id, workshop_id, day, label, starts_at, ends_at, credit_hours FROM attendance_blocks "
                                     "WHERE workshop_id = ? ORDER BY day, starts_at, id"),
                      {workshopId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<AttendanceBlock> result;
    while (q->next())
        result.push_back(blockFrom(*q));
    return result;
}

int currentBlockIndex(const std::vector<AttendanceBlock>& list, const Workshop& workshop, const QDateTime& localNow)
{
    if (list.empty())
        return -1;
    const QDate today = localNow.date();
    const QTime time = localNow.time();
    if (today < list.front().date(workshop))
        return 0;
    if (today > list.back().date(workshop))
        return int(list.size()) - 1;
    int lastToday = -1;
    int lastBefore = 0;
    for (int i = 0; i < int(list.size()); ++i) {
        const AttendanceBlock& b = list[size_t(i)];
        const QDate date = b.date(workshop);
        if (date < today)
            lastBefore = i;
        if (date != today)
            continue;
        if (time < b.ends)
            return i; // under way, or the next one today
        lastToday = i;
    }
    return lastToday >= 0 ? lastToday : lastBefore;
}

std::optional<AttendanceBlock> findBlock(const std::vector<AttendanceBlock>& list, const QString& text)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const Id id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        for (const AttendanceBlock& b : list) {
            if (b.id == id)
                return b;
        }
        return std::nullopt;
    }
    static const QRegularExpression dayPrefix(QStringLiteral("^day\\s*(\\d+)\\s*[·:,.-]?\\s*(.*)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    int day = 0;
    QString label = wanted;
    if (auto m = dayPrefix.match(wanted); m.hasMatch()) {
        day = m.captured(1).toInt();
        label = m.captured(2).trimmed();
    }
    for (const AttendanceBlock& b : list) {
        if ((day == 0 || b.day == day) && b.label.compare(label, Qt::CaseInsensitive) == 0)
            return b;
    }
    return std::nullopt;
}

Status addDefaultBlocks(Writer& w, Id workshopId, int halfDays, const blocks::DayPlan& day)
{
    for (AttendanceBlock b : blocks::defaults(halfDays, day)) {
        QVariantMap values = valuesOf(b);
        values.insert(QStringLiteral("workshop_id"), workshopId);
        if (auto id = w.insert(kBlocks, values); !id)
            return std::unexpected(id.error());
    }
    return ok();
}

Status fitBlocksToLength(Writer& w, Id workshopId, int halfDays)
{
    const int days = (halfDays + 1) / 2;
    // Blocks past the new last day go; so do a trailing half day's blocks
    // from noon on, but its first (as blocks::defaults() makes a half day).
    auto beyond = w.query(QStringLiteral("SELECT b.id, b.day, b.label, (SELECT count(*) FROM attendance_marks m WHERE m.block_id = b.id) "
                                         "FROM attendance_blocks b WHERE b.workshop_id = ? AND (b.day > ? OR (? = 1 AND b.day = ? "
                                         "AND b.starts_at >= '12:00' AND b.id <> (SELECT id FROM attendance_blocks f WHERE f.workshop_id = b.workshop_id "
                                         "AND f.day = b.day ORDER BY f.starts_at, f.id LIMIT 1)))"),
                          {workshopId, days, halfDays % 2, days});
    if (!beyond)
        return std::unexpected(beyond.error());
    std::vector<Id> doomed;
    while (beyond->next()) {
        if (beyond->value(3).toInt() > 0)
            return fail(QObject::tr("Day %1 · %2 has attendance recorded, so the workshop cannot be shortened to %3. "
                                    "Clear that attendance first.")
                            .arg(beyond->value(1).toInt())
                            .arg(beyond->value(2).toString(), durationLabel(halfDays)));
        doomed.push_back(beyond->value(0).toLongLong());
    }
    beyond->finish();
    for (Id id : doomed) {
        if (auto s = w.remove(kBlocks, id); !s)
            return s;
    }
    // Days the workshop gained get the blocks its first day has (a day that
    // had only its morning gains the rest too); the standard day when it has none.
    auto first = w.query(QStringLiteral("SELECT label, starts_at, ends_at, credit_hours FROM attendance_blocks "
                                        "WHERE workshop_id = ? AND day = 1 ORDER BY starts_at, id"),
                         {workshopId});
    if (!first)
        return std::unexpected(first.error());
    blocks::DayPlan plan;
    while (first->next()) {
        AttendanceBlock b;
        b.label = first->value(0).toString();
        b.starts = blocks::timeFromKey(first->value(1).toString());
        b.ends = blocks::timeFromKey(first->value(2).toString());
        b.creditHours = first->value(3).toDouble();
        plan.push_back(b);
    }
    first->finish();
    const std::vector<AttendanceBlock> wantedBlocks = blocks::defaults(halfDays, plan);
    for (AttendanceBlock b : wantedBlocks) {
        auto count = w.scalar(QStringLiteral("SELECT count(*) FROM attendance_blocks WHERE workshop_id = ? AND day = ?"), {workshopId, b.day});
        if (!count)
            return std::unexpected(count.error());
        const auto wanted = std::count_if(wantedBlocks.begin(), wantedBlocks.end(), [&](const AttendanceBlock& o) { return o.day == b.day; });
        if (count->toInt() >= wanted)
            continue;
        auto same = w.scalar(QStringLiteral("SELECT count(*) FROM attendance_blocks WHERE workshop_id = ? AND day = ? AND label = ?"),
                             {workshopId, b.day, b.label});
        if (!same)
            return std::unexpected(same.error());
        if (same->toInt() > 0)
            continue;
        QVariantMap values = valuesOf(b);
        values.insert(QStringLiteral("workshop_id"), workshopId);
        if (auto id = w.insert(kBlocks, values); !id)
            return std::unexpected(id.error());
    }
    return ok();
}

Status removeAllOf(Writer& w, Id workshopId)
{
    if (auto s = w.removeWhere(kMarks, QStringLiteral("workshop_id"), workshopId); !s)
        return s;
    return w.removeWhere(kBlocks, QStringLiteral("workshop_id"), workshopId);
}

Result<ChangeSet> saveBlocks(Database& db, Id workshopId, const std::vector<AttendanceBlock>& wanted)
{
    return db.write(QObject::tr("Edit attendance blocks"), [&](Writer& w) { return writeBlocks(w, workshopId, wanted); });
}

Status writeBlocks(Writer& w, Id workshopId, const std::vector<AttendanceBlock>& wanted)
{
    auto ws = w.query(QStringLiteral("SELECT title, status, half_days FROM workshops WHERE id = ?"), {workshopId});
    if (!ws)
        return std::unexpected(ws.error());
    if (!ws->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    const QString title = ws->value(0).toString();
    const bool closed = ws->value(1).toString() == QLatin1String("closed");
    const int days = (ws->value(2).toInt() + 1) / 2;
    ws->finish();
    if (auto s = refuseIfClosed(title, closed); !s)
        return s;
    w.changes().subject = workshopId;
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (auto s = blocks::validate(wanted[i], days); !s)
            return s;
        for (size_t j = 0; j < i; ++j) {
            if (wanted[j].day == wanted[i].day && wanted[j].label.trimmed().compare(wanted[i].label.trimmed(), Qt::CaseInsensitive) == 0)
                return fail(QObject::tr("Day %1 has two blocks called “%2”. Give each block of a day its own label.")
                                .arg(wanted[i].day)
                                .arg(wanted[i].label.trimmed()));
        }
    }
    auto existing = w.query(QStringLiteral("SELECT b.id, b.day, b.label, (SELECT count(*) FROM attendance_marks m WHERE m.block_id = b.id) "
                                           "FROM attendance_blocks b WHERE b.workshop_id = ?"),
                            {workshopId});
    if (!existing)
        return std::unexpected(existing.error());
    std::vector<Id> removed;
    while (existing->next()) {
        const Id id = existing->value(0).toLongLong();
        const bool kept = std::any_of(wanted.begin(), wanted.end(), [&](const AttendanceBlock& b) { return b.id == id; });
        if (kept)
            continue;
        if (existing->value(3).toInt() > 0)
            return fail(QObject::tr("Day %1 · %2 has %n check-in(s), so it cannot be removed. Clear them first.", nullptr,
                                    existing->value(3).toInt())
                            .arg(existing->value(1).toInt())
                            .arg(existing->value(2).toString()));
        removed.push_back(id);
    }
    existing->finish();
    // Removals first, then renames to temporary labels, so that swapping two
    // labels never trips the (workshop, day, label) uniqueness rule.
    for (Id id : removed) {
        if (auto s = w.remove(kBlocks, id); !s)
            return s;
    }
    for (const AttendanceBlock& b : wanted) {
        if (b.id != 0) {
            if (auto s = w.update(kBlocks, b.id, {{QStringLiteral("label"), QStringLiteral("\x01%1").arg(b.id)}}); !s)
                return s;
        }
    }
    for (const AttendanceBlock& b : wanted) {
        QVariantMap values = valuesOf(b);
        if (b.id != 0) {
            if (auto s = w.update(kBlocks, b.id, values); !s)
                return s;
            continue;
        }
        values.insert(QStringLiteral("workshop_id"), workshopId);
        if (auto id = w.insert(kBlocks, values); !id)
            return std::unexpected(id.error());
    }
    return ok();
}

Result<std::unordered_map<Id, AttendanceMark>> marksOf(const Database& db, Id blockId)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT person_id, status, marked_at FROM attendance_marks WHERE block_id = ?"),
                      {blockId});
    if (!q)
        return std::unexpected(q.error());
    std::unordered_map<Id, AttendanceMark> result;
    while (q->next()) {
        AttendanceMark m;
        m.status = attendanceFromKey(q->value(1).toString()).value_or(AttendanceStatus::Present);
        m.at = blocks::timeFromKey(q->value(2).toString());
        result.emplace(q->value(0).toLongLong(), m);
    }
    return result;
}

Result<ChangeSet> mark(Database& db, Id workshopId, Id personId, Id blockId, AttendanceStatus status, QTime at)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    QString description = QObject::tr("Check in %1").arg(person->fullName());
    return db.write(description, [&](Writer& w) -> Status {
        auto c = context(w, workshopId, personId, blockId);
        if (!c)
            return std::unexpected(c.error());
        if (auto s = checkMarkable(*c); !s)
            return s;
        if (auto s = validateTime(*c, status, at); !s)
            return s;
        w.changes().description = describeMark(c->person, c->block, status, at);
        w.changes().subject = personId;
        return writeMark(w, workshopId, c->person, c->block, status, at);
    });
}

Result<ChangeSet> clearMark(Database& db, Id workshopId, Id personId, Id blockId)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Clear %1's attendance").arg(person->fullName()), [&](Writer& w) -> Status {
        auto c = context(w, workshopId, personId, blockId);
        if (!c)
            return std::unexpected(c.error());
        if (auto s = refuseIfClosed(c->workshopTitle, c->closed); !s)
            return s;
        w.changes().description = QObject::tr("Clear %1's attendance (%2)").arg(c->person.fullName(), c->block.name());
        w.changes().subject = personId;
        auto existing = w.scalar(QStringLiteral("SELECT id FROM attendance_marks WHERE block_id = ? AND person_id = ?"),
                                 {blockId, personId});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->isNull())
            return fail(QObject::tr("%1 has no attendance recorded for %2.").arg(c->person.fullName(), c->block.name()));
        return w.remove(kMarks, existing->toLongLong());
    });
}

Result<ChangeSet> markAllPresent(Database& db, Id workshopId, Id blockId)
{
    return db.write(QObject::tr("Mark everyone present"), [&](Writer& w) -> Status {
        auto ws = w.query(QStringLiteral("SELECT title, status FROM workshops WHERE id = ?"), {workshopId});
        if (!ws)
            return std::unexpected(ws.error());
        if (!ws->next())
            return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
        if (auto s = refuseIfClosed(ws->value(0).toString(), ws->value(1).toString() == QLatin1String("closed")); !s)
            return s;
        ws->finish();
        auto b = w.query(QStringLiteral("SELECT id, workshop_id, day, label, starts_at, ends_at, credit_hours FROM attendance_blocks WHERE id = ?"),
                         {blockId});
        if (!b)
            return std::unexpected(b.error());
        if (!b->next() || b->value(1).toLongLong() != workshopId)
            return fail(QObject::tr("Block %1 is not one of this workshop's blocks.").arg(blockId));
        const AttendanceBlock block = blockFrom(*b);
        b->finish();
        w.changes().description = QObject::tr("Mark everyone present (%1)").arg(block.name());
        w.changes().subject = blockId;
        auto unmarked = w.query(QStringLiteral("SELECT %1 FROM enrollments e JOIN people p ON p.id = e.person_id "
                                               "WHERE e.workshop_id = ? AND e.status = 'registered' AND NOT EXISTS "
                                               "(SELECT 1 FROM attendance_marks m WHERE m.block_id = ? AND m.person_id = e.person_id)")
                                    .arg(people::personColumns(QStringLiteral("p."))),
                                {workshopId, blockId});
        if (!unmarked)
            return std::unexpected(unmarked.error());
        std::vector<Person> unmarkedPeople;
        while (unmarked->next())
            unmarkedPeople.push_back(people::personFrom(*unmarked));
        unmarked->finish();
        if (unmarkedPeople.empty())
            return fail(QObject::tr("Everyone registered already has a mark for %1.").arg(block.name()));
        for (const Person& person : unmarkedPeople) {
            if (auto s = writeMark(w, workshopId, person, block, AttendanceStatus::Present, {}); !s)
                return s;
        }
        w.changes().addNotice(QObject::tr("%n person(s) marked present.", nullptr, int(unmarkedPeople.size())));
        return ok();
    });
}

namespace {

// Enrolls the person and, if that gave them a place, marks them. Someone
// already registered (another station got there first, or registered them on
// the roster since this one looked) is simply checked in.
Status enrollAndMark(Writer& w, Id workshopId, Id personId, Id blockId, AttendanceStatus status, QTime at)
{
    w.changes().subject = personId;
    auto before = context(w, workshopId, personId, blockId);
    if (!before)
        return std::unexpected(before.error());
    if (before->enrollment == EnrollmentStatus::Registered) {
        if (auto s = checkMarkable(*before); !s)
            return s;
        w.changes().addNotice(QObject::tr("%1 was already registered for this workshop.").arg(before->person.fullName()));
    } else if (auto s = roster::enrollIn(w, workshopId, personId); !s) {
        return s;
    }
    auto c = context(w, workshopId, personId, blockId);
    if (!c)
        return std::unexpected(c.error());
    if (c->enrollment != EnrollmentStatus::Registered)
        return ok(); // waitlisted: enrollIn has said so
    if (auto s = validateTime(*c, status, at); !s)
        return s;
    return writeMark(w, workshopId, c->person, c->block, status, at);
}

} // namespace

Result<ChangeSet> walkIn(Database& db, Id workshopId, Id blockId, const Person& person, AttendanceStatus status, QTime at)
{
    if (auto s = people::validate(person); !s)
        return std::unexpected(s.error());
    const Person clean = people::normalized(person);
    return db.write(QObject::tr("Register walk-in %1").arg(clean.fullName()), [&](Writer& w) -> Status {
        auto id = people::insert(w, clean);
        if (!id)
            return std::unexpected(id.error());
        return enrollAndMark(w, workshopId, *id, blockId, status, at);
    });
}

Result<ChangeSet> walkIn(Database& db, Id workshopId, Id blockId, Id personId, AttendanceStatus status, QTime at)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Register walk-in %1").arg(person->fullName()), [&](Writer& w) -> Status {
        return enrollAndMark(w, workshopId, personId, blockId, status, at);
    });
}

} // namespace attendance
} // namespace rt
