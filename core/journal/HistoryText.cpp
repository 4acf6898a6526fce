#include "journal/HistoryText.h"

#include "actionplans/ActionPlans.h"
#include "agenda/AgendaItem.h"
#include "assessments/Assessments.h"
#include "attendance/Attendance.h"
#include "attendance/Block.h"
#include "discussions/Discussions.h"
#include "people/Person.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "workshops/Workshop.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>
#include <cstring>

namespace rt::history {
namespace {

// What a row of each table is called. Tables not listed read as their name.
struct Noun {
    const char* table;
    const char* noun;
};
constexpr Noun kNouns[] = {
    {"people", QT_TRANSLATE_NOOP("QObject", "Person")},
    {"enrollments", QT_TRANSLATE_NOOP("QObject", "Registration")},
    {"teams", QT_TRANSLATE_NOOP("QObject", "Team")},
    {"team_members", QT_TRANSLATE_NOOP("QObject", "Team member")},
    {"workshops", QT_TRANSLATE_NOOP("QObject", "Workshop")},
    {"attendance_blocks", QT_TRANSLATE_NOOP("QObject", "Attendance block")},
    {"attendance_marks", QT_TRANSLATE_NOOP("QObject", "Attendance")},
    {"agenda_items", QT_TRANSLATE_NOOP("QObject", "Agenda item")},
    {"agenda_templates", QT_TRANSLATE_NOOP("QObject", "Agenda template")},
    {"agenda_template_items", QT_TRANSLATE_NOOP("QObject", "Agenda template item")},
    {"discussion_rounds", QT_TRANSLATE_NOOP("QObject", "Discussion round")},
    {"discussion_groups", QT_TRANSLATE_NOOP("QObject", "Discussion group")},
    {"discussion_members", QT_TRANSLATE_NOOP("QObject", "Discussion group member")},
    {"discussion_items", QT_TRANSLATE_NOOP("QObject", "Discussion note")},
    {"discussion_votes", QT_TRANSLATE_NOOP("QObject", "Vote")},
    {"assessment_templates", QT_TRANSLATE_NOOP("QObject", "Assessment template")},
    {"assessment_questions", QT_TRANSLATE_NOOP("QObject", "Assessment question")},
    {"assessment_answers", QT_TRANSLATE_NOOP("QObject", "Assessment answer")},
    {"workload_worksheets", QT_TRANSLATE_NOOP("QObject", "Workload worksheet")},
    {"action_items", QT_TRANSLATE_NOOP("QObject", "Action item")},
    {"action_updates", QT_TRANSLATE_NOOP("QObject", "Progress update")},
    {"venues", QT_TRANSLATE_NOOP("QObject", "Venue")},
    {"facilitators", QT_TRANSLATE_NOOP("QObject", "Facilitator")},
    {"workshop_facilitators", QT_TRANSLATE_NOOP("QObject", "Workshop facilitator")},
    {"programs", QT_TRANSLATE_NOOP("QObject", "Program")},
    {"practice_groups", QT_TRANSLATE_NOOP("QObject", "Practice group")},
    {"program_practice_groups", QT_TRANSLATE_NOOP("QObject", "Program practice group")},
    {"settings", QT_TRANSLATE_NOOP("QObject", "Setting")},
};

// What a column is called in a line. Columns not listed read as their name.
struct ColumnLabel {
    const char* column;
    const char* label;
};
constexpr ColumnLabel kColumns[] = {
    {"first_name", QT_TRANSLATE_NOOP("QObject", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("QObject", "Last name")},
    {"role", QT_TRANSLATE_NOOP("QObject", "Role")},
    {"role_other", QT_TRANSLATE_NOOP("QObject", "Role (other)")},
    {"jurisdiction", QT_TRANSLATE_NOOP("QObject", "Jurisdiction")},
    {"state", QT_TRANSLATE_NOOP("QObject", "State")},
    {"email", QT_TRANSLATE_NOOP("QObject", "Email")},
    {"phone", QT_TRANSLATE_NOOP("QObject", "Phone")},
    {"notes", QT_TRANSLATE_NOOP("QObject", "Notes")},
    {"status", QT_TRANSLATE_NOOP("QObject", "Status")},
    {"title", QT_TRANSLATE_NOOP("QObject", "Title")},
    {"minutes", QT_TRANSLATE_NOOP("QObject", "Minutes")},
    {"day", QT_TRANSLATE_NOOP("QObject", "Day")},
    {"position", QT_TRANSLATE_NOOP("QObject", "Order")},
    {"kind", QT_TRANSLATE_NOOP("QObject", "Kind")},
    {"presenter_id", QT_TRANSLATE_NOOP("QObject", "Presenter")},
    {"module", QT_TRANSLATE_NOOP("QObject", "Module")},
    {"prompt", QT_TRANSLATE_NOOP("QObject", "Prompt")},
    {"fixed_start", QT_TRANSLATE_NOOP("QObject", "Fixed start")},
    {"actual_start", QT_TRANSLATE_NOOP("QObject", "Start")},
    {"actual_end", QT_TRANSLATE_NOOP("QObject", "End")},
    {"extra_minutes", QT_TRANSLATE_NOOP("QObject", "Extra minutes")},
    {"paused_since", QT_TRANSLATE_NOOP("QObject", "Pause")},
    {"paused_seconds", QT_TRANSLATE_NOOP("QObject", "Paused time")},
    {"goal", QT_TRANSLATE_NOOP("QObject", "Goal")},
    {"actions", QT_TRANSLATE_NOOP("QObject", "Actions")},
    {"owner_person_id", QT_TRANSLATE_NOOP("QObject", "Owner")},
    {"due_date", QT_TRANSLATE_NOOP("QObject", "Due date")},
    {"measure", QT_TRANSLATE_NOOP("QObject", "Measure")},
    {"pillar", QT_TRANSLATE_NOOP("QObject", "Pillar")},
    {"practice_group_id", QT_TRANSLATE_NOOP("QObject", "Practice group")},
    {"text", QT_TRANSLATE_NOOP("QObject", "Text")},
    {"tag", QT_TRANSLATE_NOOP("QObject", "Tag")},
    {"score", QT_TRANSLATE_NOOP("QObject", "Score")},
    {"comment", QT_TRANSLATE_NOOP("QObject", "Comment")},
    {"phase", QT_TRANSLATE_NOOP("QObject", "Phase")},
    {"label", QT_TRANSLATE_NOOP("QObject", "Label")},
    {"starts_at", QT_TRANSLATE_NOOP("QObject", "Starts")},
    {"ends_at", QT_TRANSLATE_NOOP("QObject", "Ends")},
    {"credit_hours", QT_TRANSLATE_NOOP("QObject", "Credit hours")},
    {"team_id", QT_TRANSLATE_NOOP("QObject", "Team")},
    {"group_id", QT_TRANSLATE_NOOP("QObject", "Group")},
    {"capacity", QT_TRANSLATE_NOOP("QObject", "Places")},
    {"start_date", QT_TRANSLATE_NOOP("QObject", "Start date")},
    {"half_days", QT_TRANSLATE_NOOP("QObject", "Length")},
    {"venue_id", QT_TRANSLATE_NOOP("QObject", "Venue")},
    {"program_id", QT_TRANSLATE_NOOP("QObject", "Program")},
    {"host_organisation", QT_TRANSLATE_NOOP("QObject", "Host")},
    {"host_state", QT_TRANSLATE_NOOP("QObject", "Host state")},
    {"affiliated", QT_TRANSLATE_NOOP("QObject", "Affiliated")},
    {"partial_credit", QT_TRANSLATE_NOOP("QObject", "Partial credit")},
    {"certificate_share", QT_TRANSLATE_NOOP("QObject", "Share for a certificate")},
    {"scribe_notes", QT_TRANSLATE_NOOP("QObject", "Scribe notes")},
    {"locked", QT_TRANSLATE_NOOP("QObject", "Locked")},
    {"mode", QT_TRANSLATE_NOOP("QObject", "Grouping")},
    {"group_count", QT_TRANSLATE_NOOP("QObject", "Groups")},
    {"votes_per_person", QT_TRANSLATE_NOOP("QObject", "Votes per person")},
    {"dots", QT_TRANSLATE_NOOP("QObject", "Dots")},
    {"name", QT_TRANSLATE_NOOP("QObject", "Name")},
    {"value", QT_TRANSLATE_NOOP("QObject", "Value")},
    {"number", QT_TRANSLATE_NOOP("QObject", "Number")},
    {"pinned", QT_TRANSLATE_NOOP("QObject", "Pinned")},
    {"note", QT_TRANSLATE_NOOP("QObject", "Note")},
    {"on_date", QT_TRANSLATE_NOOP("QObject", "Date")},
    {"marked_at", QT_TRANSLATE_NOOP("QObject", "Time")},
    {"block_id", QT_TRANSLATE_NOOP("QObject", "Block")},
    {"question_id", QT_TRANSLATE_NOOP("QObject", "Question")},
};

// Which table a reference column points at.
struct Reference {
    const char* column;
    const char* table;
};
constexpr Reference kReferences[] = {
    {"workshop_id", "workshops"},        {"person_id", "people"},
    {"owner_person_id", "people"},       {"block_id", "attendance_blocks"},
    {"team_id", "teams"},                {"presenter_id", "facilitators"},
    {"facilitator_id", "facilitators"},  {"practice_group_id", "practice_groups"},
    {"venue_id", "venues"},              {"program_id", "programs"},
    {"question_id", "assessment_questions"}, {"group_id", "discussion_groups"},
    {"round_id", "discussion_rounds"},   {"item_id", "discussion_items"},
    {"action_item_id", "action_items"},  {"agenda_item_id", "agenda_items"},
};

// Columns whose value is a state, said as "Status: registered → cancelled";
// the others read "Email changed from a@x to b@y".
bool isStateColumn(const QString& column)
{
    static const QStringList states{QStringLiteral("status"), QStringLiteral("role"),    QStringLiteral("kind"),
                                    QStringLiteral("tag"),    QStringLiteral("phase"),   QStringLiteral("score"),
                                    QStringLiteral("mode"),   QStringLiteral("locked"),  QStringLiteral("pinned"),
                                    QStringLiteral("affiliated"), QStringLiteral("pillar"), QStringLiteral("dots")};
    return states.contains(column);
}

// Bookkeeping that moves along with a real change and says nothing itself.
bool isBookkeeping(const QString& column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("created_at")
        || column == QLatin1String("status_since") || column == QLatin1String("uuid") || column == QLatin1String("id");
}

QString elide(const QString& text, int most = 60)
{
    const QString simple = text.simplified();
    return simple.size() <= most ? simple : simple.left(most - 1).trimmed() + QChar(0x2026);
}

QString quoted(const QString& text)
{
    return QObject::tr("“%1”").arg(elide(text));
}

bool isQuotedText(const QString& table)
{
    return table == QLatin1String("discussion_items") || table == QLatin1String("assessment_questions")
        || table == QLatin1String("action_items") || table == QLatin1String("agenda_items");
}

QString nounOf(const QString& table)
{
    for (const Noun& n : kNouns) {
        if (table == QLatin1String(n.table))
            return QObject::tr(n.noun);
    }
    QString words = table;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString columnLabel(const QString& column)
{
    for (const ColumnLabel& c : kColumns) {
        if (column == QLatin1String(c.column))
            return QObject::tr(c.label);
    }
    QString words = column;
    if (words.endsWith(QLatin1String("_id")))
        words.chop(3);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

const char* referencedTable(const QString& table, const QString& column)
{
    if (column == QLatin1String("template_id"))
        return table == QLatin1String("assessment_questions") ? "assessment_templates" : "agenda_templates";
    for (const Reference& r : kReferences) {
        if (column == QLatin1String(r.column))
            return r.table;
    }
    return nullptr;
}

QString str(const QVariantMap& image, const char* column)
{
    return image.value(QLatin1String(column)).toString();
}

// A value as a person reads it: labels for keys, names for references, local
// time for stored UTC times.
QString shown(const QString& table, const QString& column, const QVariant& value, RowSource& rows)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QString text = value.toString();
    // Files written before NULLs were kept as null hold "" for them.
    if (text.isEmpty())
        return {};
    if (column == QLatin1String("status")) {
        if (table == QLatin1String("enrollments")) {
            if (auto s = enrollmentFromKey(text))
                return enrollmentLabel(*s).toLower();
        } else if (table == QLatin1String("attendance_marks")) {
            if (auto s = attendanceFromKey(text))
                return attendanceLabel(*s).toLower();
        } else if (table == QLatin1String("workshops")) {
            if (auto s = workshopStatusFromKey(text))
                return statusLabel(*s).toLower();
        } else if (auto s = actionStatusFromKey(text)) {
            return actionStatusLabel(*s).toLower();
        }
    }
    if (column == QLatin1String("role")) {
        if (auto r = roleFromKey(text))
            return roleLabel(*r);
    }
    if (column == QLatin1String("kind") && table == QLatin1String("agenda_items")) {
        if (auto k = agendaKindFromKey(text))
            return agendaKindLabel(*k);
    }
    if (column == QLatin1String("tag")) {
        if (auto t = itemTagFromKey(text))
            return itemTagLabel(*t);
    }
    if (column == QLatin1String("phase")) {
        if (auto p = phaseFromKey(text))
            return phaseLabel(*p).toLower();
    }
    if (column == QLatin1String("half_days"))
        return durationLabel(value.toInt());
    if (column == QLatin1String("affiliated") || column == QLatin1String("locked") || column == QLatin1String("pinned"))
        return value.toBool() ? QObject::tr("yes") : QObject::tr("no");
    if (const char* target = referencedTable(table, column)) {
        if (auto row = rows.byId(QLatin1String(target), value)) {
            const QString name = nameOf(QLatin1String(target), *row, rows);
            // Free text reads as a quotation; names and labels as they are.
            return isQuotedText(QLatin1String(target)) ? quoted(name) : name;
        }
        return QObject::tr("(removed)");
    }
    static const QRegularExpression utc(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$)"));
    if (utc.match(text).hasMatch()) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble());
    return text;
}

// One changed column: "Status: registered → cancelled", "Email changed from
// a@x to b@y", "Phone set to …", "Notes changed" for long text.
QString columnChange(const QString& table, const QString& column, const QVariant& before, const QVariant& after,
                     RowSource& rows)
{
    const QString label = columnLabel(column);
    const QString was = shown(table, column, before, rows);
    const QString now = shown(table, column, after, rows);
    if (isStateColumn(column))
        return QObject::tr("%1: %2 → %3")
            .arg(label, was.isEmpty() ? QObject::tr("none") : was, now.isEmpty() ? QObject::tr("none") : now);
    const auto tooLong = [](const QString& v) { return v.size() > 60 || v.contains(QLatin1Char('\n')); };
    if (tooLong(was) || tooLong(now))
        return QObject::tr("%1 changed").arg(label);
    if (was.isEmpty())
        return QObject::tr("%1 set to %2").arg(label, now);
    if (now.isEmpty())
        return QObject::tr("%1 cleared (was %2)").arg(label, was);
    return QObject::tr("%1 changed from %2 to %3").arg(label, was, now);
}

struct Change {
    QString column;
    QVariant before;
    QVariant after;
};

std::vector<Change> changesOf(const RowRecord& r)
{
    std::vector<Change> list;
    for (auto it = r.detail.constBegin(); it != r.detail.constEnd(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        const QJsonArray pair = it.value().toArray();
        list.push_back({it.key(), pair.at(0).toVariant(), pair.at(1).toVariant()});
    }
    return list;
}

// The row as the line should name it: its own image for inserts and deletes;
// for updates the row as it is (or was last seen) with the new values.
QVariantMap imageOf(const RowRecord& r, RowSource& rows)
{
    if (r.op != QLatin1String("update"))
        return r.detail.toVariantMap();
    QVariantMap image = rows.byUuid(r.table, r.rowUuid).value_or(QVariantMap());
    for (const Change& c : changesOf(r))
        image.insert(c.column, c.after);
    return image;
}

QString attendanceLine(const RowRecord& r, const Moment& when, RowSource& rows)
{
    const QVariantMap image = imageOf(r, rows);
    const QString block = shown(r.table, QStringLiteral("block_id"), image.value(QStringLiteral("block_id")), rows);
    const QString time = when.local.toString(QStringLiteral("HH:mm"));
    const auto statusText = [&](const QVariant& status, const QVariant& at) {
        QString text = shown(r.table, QStringLiteral("status"), status, rows);
        if (const QString clock = at.toString(); !clock.isEmpty())
            text = QObject::tr("%1 (%2)").arg(text, clock);
        return text;
    };
    if (r.op == QLatin1String("insert")) {
        const auto status = attendanceFromKey(str(image, "status"));
        const QString what = statusText(image.value(QStringLiteral("status")), image.value(QStringLiteral("marked_at")));
        if (status && statusIsAttended(*status))
            return QObject::tr("Checked in: %1, %2 at %3 by %4").arg(what, block, time, when.author);
        return QObject::tr("Marked %1: %2 at %3 by %4").arg(what, block, time, when.author);
    }
    if (r.op == QLatin1String("delete"))
        return QObject::tr("Attendance cleared: %1, was %2, at %3 by %4")
            .arg(block, statusText(image.value(QStringLiteral("status")), image.value(QStringLiteral("marked_at"))), time,
                 when.author);
    QVariant beforeStatus = image.value(QStringLiteral("status"));
    QVariant beforeAt = image.value(QStringLiteral("marked_at"));
    for (const Change& c : changesOf(r)) {
        if (c.column == QLatin1String("status"))
            beforeStatus = c.before;
        if (c.column == QLatin1String("marked_at"))
            beforeAt = c.before;
    }
    return QObject::tr("Attendance %1: %2 → %3 at %4 by %5")
        .arg(block, statusText(beforeStatus, beforeAt),
             statusText(image.value(QStringLiteral("status")), image.value(QStringLiteral("marked_at"))), time, when.author);
}

QString teamName(const QVariant& teamId, RowSource& rows)
{
    return shown(QStringLiteral("team_members"), QStringLiteral("team_id"), teamId, rows);
}

QStringList personOwnedLines(const RowRecord& r, RowSource& rows)
{
    const QVariantMap image = imageOf(r, rows);
    const bool inserted = r.op == QLatin1String("insert");
    const bool deleted = r.op == QLatin1String("delete");
    if (r.table == QLatin1String("enrollments")) {
        if (inserted)
            return {QObject::tr("Added to the roster (%1)")
                        .arg(shown(r.table, QStringLiteral("status"), image.value(QStringLiteral("status")), rows))};
        if (deleted)
            return {QObject::tr("Removed from the roster")};
    }
    if (r.table == QLatin1String("team_members")) {
        const QString team = teamName(image.value(QStringLiteral("team_id")), rows);
        if (inserted)
            return {QObject::tr("Added to team %1").arg(team)};
        if (deleted)
            return {QObject::tr("Removed from team %1").arg(team)};
        for (const Change& c : changesOf(r)) {
            if (c.column == QLatin1String("team_id"))
                return {QObject::tr("Moved from team %1 to team %2").arg(teamName(c.before, rows), teamName(c.after, rows))};
        }
    }
    if (r.table == QLatin1String("people")) {
        if (inserted)
            return {QObject::tr("Added to the file")};
        if (deleted)
            return {QObject::tr("Removed from the file")};
    }
    if (r.table == QLatin1String("assessment_answers")) {
        const QString phase = shown(r.table, QStringLiteral("phase"), image.value(QStringLiteral("phase")), rows);
        const QString question = shown(r.table, QStringLiteral("question_id"), image.value(QStringLiteral("question_id")), rows);
        if (inserted) {
            const QString score = str(image, "score");
            return {QObject::tr("Assessment (%1) answered: %2 — %3")
                        .arg(phase, question, score.isEmpty() ? quoted(str(image, "comment")) : score)};
        }
        if (deleted)
            return {QObject::tr("Assessment (%1) answer removed: %2").arg(phase, question)};
        QStringList lines;
        for (const Change& c : changesOf(r))
            lines << QObject::tr("Assessment (%1) %2: %3").arg(phase, question, columnChange(r.table, c.column, c.before, c.after, rows));
        return lines;
    }
    if (r.table == QLatin1String("discussion_members")) {
        const QString group = shown(r.table, QStringLiteral("group_id"), image.value(QStringLiteral("group_id")), rows);
        if (inserted)
            return {QObject::tr("Placed in discussion %1").arg(group)};
        if (deleted)
            return {QObject::tr("Taken out of discussion %1").arg(group)};
        return {QObject::tr("Moved to discussion %1").arg(group)};
    }
    if (r.table == QLatin1String("discussion_votes")) {
        const QString item = shown(r.table, QStringLiteral("item_id"), image.value(QStringLiteral("item_id")), rows);
        if (inserted)
            return {QObject::tr("Voted for %1 (dots: %2)").arg(item, str(image, "dots"))};
        if (deleted)
            return {QObject::tr("Vote for %1 withdrawn").arg(item)};
    }
    if (r.op == QLatin1String("update")) {
        QStringList lines;
        for (const Change& c : changesOf(r))
            lines << columnChange(r.table, c.column, c.before, c.after, rows);
        return lines;
    }
    return {};
}

// Tables whose edits are worth each column's before and after; the others
// list the columns that changed.
bool saysEachColumn(const QString& table)
{
    static const QStringList tables{QStringLiteral("workshops"),    QStringLiteral("teams"),
                                    QStringLiteral("action_items"), QStringLiteral("action_updates"),
                                    QStringLiteral("attendance_blocks"), QStringLiteral("venues"),
                                    QStringLiteral("facilitators"), QStringLiteral("settings")};
    return tables.contains(table);
}

QStringList genericLines(const RowRecord& r, RowSource& rows)
{
    const QVariantMap image = imageOf(r, rows);
    const QString noun = nounOf(r.table);
    const QString name = nameOf(r.table, image, rows);
    QString subject = name.isEmpty() ? noun : QObject::tr("%1 %2").arg(noun, quoted(name));
    // Rounds and groups are named by number: "Discussion group 2 of round 1".
    if (r.table == QLatin1String("discussion_rounds") || r.table == QLatin1String("discussion_groups"))
        subject = QObject::tr("Discussion %1").arg(name);
    if (r.op == QLatin1String("insert")) {
        if (r.table == QLatin1String("action_items"))
            return {QObject::tr("%1 added for team %2").arg(subject, teamName(image.value(QStringLiteral("team_id")), rows))};
        return {QObject::tr("%1 added").arg(subject)};
    }
    if (r.op == QLatin1String("delete"))
        return {QObject::tr("%1 removed").arg(subject)};
    const std::vector<Change> changes = changesOf(r);
    if (changes.empty())
        return {};
    if (saysEachColumn(r.table)) {
        QStringList lines;
        for (const Change& c : changes)
            lines << QObject::tr("%1: %2").arg(subject, columnChange(r.table, c.column, c.before, c.after, rows));
        return lines;
    }
    QStringList columns;
    for (const Change& c : changes) {
        const QString label = columnLabel(c.column).toLower();
        if (!columns.contains(label))
            columns << label;
    }
    return {QObject::tr("%1 changed: %2").arg(subject, columns.join(QStringLiteral(", ")))};
}

bool isPersonOwned(const QString& table)
{
    static const QStringList tables{QStringLiteral("people"), QStringLiteral("enrollments"), QStringLiteral("team_members"),
                                    QStringLiteral("assessment_answers"), QStringLiteral("discussion_members"),
                                    QStringLiteral("discussion_votes")};
    return tables.contains(table);
}

} // namespace

QString nameOf(const QString& table, const QVariantMap& image, RowSource& rows)
{
    if (table == QLatin1String("people"))
        return QStringLiteral("%1 %2").arg(str(image, "first_name"), str(image, "last_name")).trimmed();
    if (table == QLatin1String("teams"))
        return teamLabel(str(image, "jurisdiction"), str(image, "state"));
    if (table == QLatin1String("attendance_blocks")) {
        AttendanceBlock block;
        block.day = image.value(QStringLiteral("day")).toInt();
        block.label = str(image, "label");
        return block.name();
    }
    if (table == QLatin1String("discussion_rounds"))
        return QObject::tr("round %1").arg(str(image, "number"));
    if (table == QLatin1String("discussion_groups")) {
        const QString round = shown(table, QStringLiteral("round_id"), image.value(QStringLiteral("round_id")), rows);
        return QObject::tr("group %1 of %2").arg(str(image, "number"), round);
    }
    if (table == QLatin1String("practice_groups"))
        return QStringLiteral("%1 %2").arg(str(image, "number"), str(image, "name")).trimmed();
    if (table == QLatin1String("discussion_items") || table == QLatin1String("assessment_questions"))
        return elide(str(image, "text"));
    if (table == QLatin1String("action_items"))
        return elide(str(image, "goal"));
    if (table == QLatin1String("workload_worksheets"))
        return shown(table, QStringLiteral("team_id"), image.value(QStringLiteral("team_id")), rows);
    if (table == QLatin1String("action_updates"))
        return shown(table, QStringLiteral("action_item_id"), image.value(QStringLiteral("action_item_id")), rows);
    if (table == QLatin1String("workshop_facilitators"))
        return shown(table, QStringLiteral("facilitator_id"), image.value(QStringLiteral("facilitator_id")), rows);
    if (table == QLatin1String("program_practice_groups"))
        return shown(table, QStringLiteral("practice_group_id"), image.value(QStringLiteral("practice_group_id")), rows);
    for (const char* column : {"title", "name", "label", "key", "jurisdiction"}) {
        if (const QString text = str(image, column); !text.isEmpty())
            return elide(text);
    }
    return {};
}

QStringList describe(const RowRecord& record, const Moment& when, RowSource& rows)
{
    if (record.table == QLatin1String("attendance_marks"))
        return {attendanceLine(record, when, rows)};
    if (isPersonOwned(record.table)) {
        if (QStringList lines = personOwnedLines(record, rows); !lines.isEmpty())
            return lines;
    }
    return genericLines(record, rows);
}

} // namespace rt::history
