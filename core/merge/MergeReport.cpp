#include "merge/MergeReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

namespace rt::merge {
namespace {

// "2027-03-09 10:15 UTC" from a stored timestamp; the text itself when it is not one.
QString shortTime(const QString& stamp)
{
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!at.isValid())
        return stamp;
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString describe(const Change& change)
{
    QString text;
    if (change.when.isEmpty())
        text = change.who;
    else if (change.who.isEmpty())
        text = shortTime(change.when);
    else
        text = QObject::tr("%1, %2").arg(change.who, shortTime(change.when));
    return change.what.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(change.what, text);
}

QString shown(const QString& value)
{
    return value.isEmpty() ? QObject::tr("(empty)") : value;
}

QJsonObject changeJson(const Change& change)
{
    return QJsonObject{{QStringLiteral("who"), change.who}, {QStringLiteral("when"), change.when}, {QStringLiteral("what"), change.what}};
}

} // namespace

QString tableLabel(const QString& table)
{
    static const std::map<QString, const char*> labels = {
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("QObject", "Setting")},
        {QStringLiteral("practice_groups"), QT_TRANSLATE_NOOP("QObject", "Practice group")},
        {QStringLiteral("programs"), QT_TRANSLATE_NOOP("QObject", "Program")},
        {QStringLiteral("program_practice_groups"), QT_TRANSLATE_NOOP("QObject", "Program practice group")},
        {QStringLiteral("venues"), QT_TRANSLATE_NOOP("QObject", "Venue")},
        {QStringLiteral("facilitators"), QT_TRANSLATE_NOOP("QObject", "Facilitator")},
        {QStringLiteral("workshops"), QT_TRANSLATE_NOOP("QObject", "Workshop")},
        {QStringLiteral("workshop_facilitators"), QT_TRANSLATE_NOOP("QObject", "Workshop facilitator")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("QObject", "Person")},
        {QStringLiteral("enrollments"), QT_TRANSLATE_NOOP("QObject", "Enrollment")},
        {QStringLiteral("teams"), QT_TRANSLATE_NOOP("QObject", "Team")},
        {QStringLiteral("team_members"), QT_TRANSLATE_NOOP("QObject", "Team member")},
        {QStringLiteral("attendance_blocks"), QT_TRANSLATE_NOOP("QObject", "Attendance block")},
        {QStringLiteral("attendance_marks"), QT_TRANSLATE_NOOP("QObject", "Check-in")},
        {QStringLiteral("agenda_items"), QT_TRANSLATE_NOOP("QObject", "Agenda item")},
        {QStringLiteral("agenda_templates"), QT_TRANSLATE_NOOP("QObject", "Agenda template")},
        {QStringLiteral("agenda_template_items"), QT_TRANSLATE_NOOP("QObject", "Agenda template item")},
        {QStringLiteral("discussion_rounds"), QT_TRANSLATE_NOOP("QObject", "Discussion round")},
        {QStringLiteral("discussion_groups"), QT_TRANSLATE_NOOP("QObject", "Discussion group")},
        {QStringLiteral("discussion_members"), QT_TRANSLATE_NOOP("QObject", "Discussion group member")},
        {QStringLiteral("discussion_items"), QT_TRANSLATE_NOOP("QObject", "Report-out item")},
        {QStringLiteral("discussion_votes"), QT_TRANSLATE_NOOP("QObject", "Vote")},
        {QStringLiteral("assessment_templates"), QT_TRANSLATE_NOOP("QObject", "Assessment")},
        {QStringLiteral("assessment_questions"), QT_TRANSLATE_NOOP("QObject", "Assessment statement")},
        {QStringLiteral("assessment_answers"), QT_TRANSLATE_NOOP("QObject", "Assessment answer")},
        {QStringLiteral("workload_worksheets"), QT_TRANSLATE_NOOP("QObject", "Workload worksheet")},
        {QStringLiteral("action_items"), QT_TRANSLATE_NOOP("QObject", "Action item")},
        {QStringLiteral("action_updates"), QT_TRANSLATE_NOOP("QObject", "Action item update")},
    };
    const auto it = labels.find(table);
    return it == labels.end() ? table : QObject::tr(it->second);
}

QString columnLabel(const QString& column)
{
    QString label = column;
    if (label.endsWith(QLatin1String("_id")))
        label.chop(3);
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

int MergeReport::added() const
{
    int n = 0;
    for (const auto& [table, c] : counts)
        n += c.added;
    return n;
}

int MergeReport::updated() const
{
    int n = 0;
    for (const auto& [table, c] : counts)
        n += c.updated;
    return n;
}

int MergeReport::deleted() const
{
    int n = 0;
    for (const auto& [table, c] : counts)
        n += c.deleted;
    return n;
}

bool MergeReport::isEmpty() const
{
    return added() == 0 && updated() == 0 && deleted() == 0 && journalEntries == 0;
}

QString MergeReport::toText() const
{
    QString text;
    text += (dryRun ? QObject::tr("Merging “%1” into “%2” would do this (nothing has been written yet):")
                    : QObject::tr("Merged “%1” into “%2”:"))
                .arg(source, target)
        + QLatin1Char('\n');
    text += QObject::tr("%n row(s) added", nullptr, added()) + QStringLiteral(", ")
        + QObject::tr("%n updated", nullptr, updated()) + QStringLiteral(", ") + QObject::tr("%n deleted", nullptr, deleted())
        + QStringLiteral("; ") + QObject::tr("%n conflict(s)", nullptr, int(conflicts.size())) + QStringLiteral("; ")
        + QObject::tr("%n row(s) not taken", nullptr, int(notTaken.size())) + QStringLiteral(".\n");
    text += QObject::tr("%n change(s) from the other file's history added to this file's history.", nullptr, journalEntries)
        + QLatin1Char('\n');
    if (isEmpty() && conflicts.empty() && notTaken.empty())
        text += QObject::tr("The files already agree: there is nothing to merge.") + QLatin1Char('\n');

    bool header = false;
    for (const auto& [table, c] : counts) {
        if (c.isEmpty())
            continue;
        if (!header) {
            text += QLatin1Char('\n') + QObject::tr("By kind of record:") + QLatin1Char('\n');
            header = true;
        }
        QStringList parts;
        if (c.added)
            parts << QObject::tr("%1 added").arg(c.added);
        if (c.updated)
            parts << QObject::tr("%1 updated").arg(c.updated);
        if (c.deleted)
            parts << QObject::tr("%1 deleted").arg(c.deleted);
        text += QStringLiteral("  %1: %2\n").arg(tableLabel(table), parts.join(QStringLiteral(", ")));
    }

    if (!conflicts.empty()) {
        text += QLatin1Char('\n') + QObject::tr("Conflicts (both files changed the same record; the newer change wins):")
            + QLatin1Char('\n');
        int number = 0;
        for (const Conflict& c : conflicts) {
            text += QStringLiteral("  %1. %2 “%3”: %4\n").arg(++number).arg(c.tableLabel, c.row, c.reason);
            text += QStringLiteral("     ") + QObject::tr("In “%1”: %2").arg(target, describe(c.ours)) + QLatin1Char('\n');
            text += QStringLiteral("     ") + QObject::tr("In “%1”: %2").arg(source, describe(c.theirs)) + QLatin1Char('\n');
            for (const ColumnValues& v : c.columns)
                text += QStringLiteral("     %1: %2 | %3\n").arg(columnLabel(v.column), shown(v.ours), shown(v.theirs));
            text += QStringLiteral("     ") + QObject::tr("Outcome: %1").arg(c.outcome) + QLatin1Char('\n');
        }
    }
    if (!notTaken.empty()) {
        text += QLatin1Char('\n') + QObject::tr("Not taken from “%1”:").arg(source) + QLatin1Char('\n');
        for (const NotTaken& n : notTaken)
            text += QStringLiteral("  - %1 “%2”: %3\n").arg(n.tableLabel, n.row, n.reason);
    }
    if (!notes.isEmpty()) {
        text += QLatin1Char('\n') + QObject::tr("Please check:") + QLatin1Char('\n');
        for (const QString& note : notes)
            text += QStringLiteral("  - %1\n").arg(note);
    }
    return text;
}

QJsonObject MergeReport::toJson() const
{
    QJsonObject tables;
    for (const auto& [table, c] : counts) {
        if (!c.isEmpty())
            tables.insert(table, QJsonObject{{QStringLiteral("added"), c.added},
                                             {QStringLiteral("updated"), c.updated},
                                             {QStringLiteral("deleted"), c.deleted}});
    }
    QJsonArray conflictList;
    for (const Conflict& c : conflicts) {
        QJsonArray columns;
        for (const ColumnValues& v : c.columns)
            columns.append(QJsonObject{{QStringLiteral("column"), v.column},
                                       {QStringLiteral("target"), v.ours},
                                       {QStringLiteral("source"), v.theirs}});
        conflictList.append(QJsonObject{{QStringLiteral("table"), c.table},
                                        {QStringLiteral("row"), c.row},
                                        {QStringLiteral("reason"), c.reason},
                                        {QStringLiteral("columns"), columns},
                                        {QStringLiteral("target_change"), changeJson(c.ours)},
                                        {QStringLiteral("source_change"), changeJson(c.theirs)},
                                        {QStringLiteral("winner"), c.theirsWon ? QStringLiteral("source") : QStringLiteral("target")},
                                        {QStringLiteral("outcome"), c.outcome}});
    }
    QJsonArray skipped;
    for (const NotTaken& n : notTaken)
        skipped.append(QJsonObject{{QStringLiteral("table"), n.table}, {QStringLiteral("row"), n.row}, {QStringLiteral("reason"), n.reason}});
    return QJsonObject{{QStringLiteral("target"), target},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("added"), added()},
                       {QStringLiteral("updated"), updated()},
                       {QStringLiteral("deleted"), deleted()},
                       {QStringLiteral("journal_entries"), journalEntries},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("conflicts"), conflictList},
                       {QStringLiteral("not_taken"), skipped},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace rt::merge
