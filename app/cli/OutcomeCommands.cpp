// What a workshop leaves behind, from the command line:
//   worksheet --team ID [--population N] … [--notes TEXT] [--json]
//   actions --workshop ID | --team ID [--json]
//   actions --team ID --add --goal TEXT [--owner P] [--due 30|60|90|DATE] …
//   actions --team ID --from-parking-lot ITEM | --from-gap QUESTION
//   actions --item ID [--status S [--note TEXT] [--date DATE] | --remove]
//   followup [--due-within DAYS] [--overdue] [--status S] [--workshop ID] [--json]

#include "Cli.h"

#include "actionplans/FollowUp.h"
#include "assessments/Pillars.h"
#include "catalog/Catalog.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "storage/RowLookup.h"
#include "workload/Workload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace rt::cli {
namespace {

QCommandLineOption valueOption(const QString& name, const QString& description, const char* valueName)
{
    return QCommandLineOption(name, description, QString::fromLatin1(valueName));
}

QCommandLineOption flag(const char* name, const QString& description)
{
    return QCommandLineOption(QString::fromLatin1(name), description);
}

bool isSet(const Context& c, const char* name)
{
    return c.parser.isSet(QString::fromLatin1(name));
}

QString value(const Context& c, const char* name)
{
    return c.parser.value(QString::fromLatin1(name));
}

int usage(const Context& c, const QString& message)
{
    c.io.err << message << Qt::endl;
    return Usage;
}

void printJson(const Context& c, const QJsonValue& json)
{
    c.io.out << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject())).toJson();
}

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString dateText(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

// ---- worksheet ----------------------------------------------------------

QJsonObject figureJson(const WorkloadFigure& f)
{
    return {{QStringLiteral("value"), orNull(f.value)},
            {QStringLiteral("standing"), standingKey(f.standing)},
            {QStringLiteral("note"), f.note}};
}

void printWorksheet(const Context& c, const Team& team, const WorkloadInputs& in)
{
    const WorkloadResult r = evaluateWorkload(in);
    if (isSet(c, "json")) {
        QJsonObject inputs;
        for (WorkloadField f : allWorkloadFields())
            inputs.insert(workloadFieldKey(f), orNull(in.value(f)));
        printJson(c, QJsonObject{{QStringLiteral("teamId"), team.id},
                                 {QStringLiteral("team"), team.label()},
                                 {QStringLiteral("inputs"), inputs},
                                 {QStringLiteral("notes"), in.notes},
                                 {QStringLiteral("callHoursPerYear"), orNull(r.callHoursPerYear)},
                                 {QStringLiteral("availablePatrolHours"), orNull(r.availablePatrolHours)},
                                 {QStringLiteral("officersPerThousand"), figureJson(r.officersPerThousand)},
                                 {QStringLiteral("patrolShare"), figureJson(r.patrolShare)},
                                 {QStringLiteral("saturation"), figureJson(r.saturation)}});
        return;
    }
    c.io.out << QObject::tr("Workload worksheet: %1").arg(team.label()) << "\n";
    for (WorkloadField f : allWorkloadFields()) {
        const auto v = in.value(f);
        c.io.out << QStringLiteral("  %1: %2\n").arg(workloadFieldLabel(f), v ? formatWorkloadValue(*v) : QObject::tr("not given"));
    }
    if (!in.notes.isEmpty())
        c.io.out << QStringLiteral("  %1: %2\n").arg(QObject::tr("Notes"), in.notes);
    const auto figure = [&](const QString& name, const WorkloadFigure& f, const QString& shown) {
        c.io.out << QStringLiteral("%1: %2\n  %3\n").arg(name, f.value ? shown : QObject::tr("not known yet"), f.note);
    };
    figure(QObject::tr("Officers per 1,000 residents"), r.officersPerThousand,
           r.officersPerThousand.value ? formatOfficersPerThousand(*r.officersPerThousand.value) : QString());
    figure(QObject::tr("Share of sworn officers on patrol (Rule of 60: about 60%)"), r.patrolShare,
           r.patrolShare.value ? formatShare(*r.patrolShare.value) : QString());
    figure(QObject::tr("Patrol saturation index (Rule of 60: no more than 60%)"), r.saturation,
           r.saturation.value ? formatShare(*r.saturation.value) : QString());
    c.io.out.flush();
}

int worksheetCommand(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    const auto teamId = c.rowOption(*db, QStringLiteral("team"), QStringLiteral("teams"));
    if (!teamId)
        return Usage;
    auto team = teams::get(*db, *teamId);
    if (!team)
        return c.fail(team.error().message);
    auto inputs = workload::load(*db, *teamId);
    if (!inputs)
        return c.fail(inputs.error().message);
    bool changing = isSet(c, "notes");
    if (changing)
        inputs->notes = value(c, "notes");
    for (WorkloadField f : allWorkloadFields()) {
        if (!c.parser.isSet(workloadFieldKey(f)))
            continue;
        changing = true;
        auto parsed = parseWorkloadValue(f, c.parser.value(workloadFieldKey(f)));
        if (!parsed)
            return c.fail(parsed.error().message);
        inputs->set(f, *parsed);
    }
    if (changing) {
        auto saved = workload::save(*db, *teamId, *inputs);
        if (!saved)
            return c.fail(saved.error().message);
        if (!isSet(c, "json"))
            c.io.out << QObject::tr("Saved.") << "\n";
    }
    printWorksheet(c, *team, *inputs);
    return Success;
}

// ---- action items -------------------------------------------------------

QJsonObject itemJson(const ActionItem& i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("uuid"), i.uuid},
            {QStringLiteral("teamId"), i.teamId},
            {QStringLiteral("position"), i.position + 1},
            {QStringLiteral("goal"), i.goal},
            {QStringLiteral("actions"), i.actions},
            {QStringLiteral("ownerId"), i.ownerId ? QJsonValue(*i.ownerId) : QJsonValue()},
            {QStringLiteral("owner"), i.ownerName},
            {QStringLiteral("due"), i.due ? QJsonValue(dateText(i.due)) : QJsonValue()},
            {QStringLiteral("status"), actionStatusKey(i.status)},
            {QStringLiteral("measure"), i.measure},
            {QStringLiteral("pillar"), i.pillar ? QJsonValue(*i.pillar) : QJsonValue()},
            {QStringLiteral("pillarName"), i.pillar ? pillars::name(*i.pillar) : QString()},
            {QStringLiteral("practiceGroup"), i.practiceGroupLabel},
            {QStringLiteral("notes"), i.notes},
            {QStringLiteral("origin"), i.origin},
            {QStringLiteral("originUuid"), i.originUuid}};
}

void printItem(const Context& c, const ActionItem& i)
{
    c.io.out << QObject::tr("%1. %2 [%3] (item %4)").arg(i.position + 1).arg(i.goal, actionStatusLabel(i.status)).arg(i.id) << "\n";
    QStringList facts;
    facts << QObject::tr("Owner: %1").arg(i.ownerId ? i.ownerName : QObject::tr("none yet"));
    facts << QObject::tr("Due: %1").arg(i.due ? dateText(i.due) : QObject::tr("no date"));
    if (i.pillar)
        facts << pillars::label(*i.pillar);
    if (i.practiceGroupId)
        facts << (i.practiceGroupLabel.front().isDigit() ? QObject::tr("Practice group %1").arg(i.practiceGroupLabel)
                                                         : i.practiceGroupLabel);
    c.io.out << QStringLiteral("   %1\n").arg(facts.join(QStringLiteral(" · ")));
    const auto line = [&](const QString& label, const QString& text) {
        if (!text.isEmpty())
            c.io.out << QStringLiteral("   %1: %2\n").arg(label, text);
    };
    line(QObject::tr("Actions"), i.actions);
    line(QObject::tr("Measure of success"), i.measure);
    line(QObject::tr("Notes"), i.notes);
    line(QObject::tr("From"), i.origin);
}

int listPlans(const Context& c, Database& db, const std::vector<Team>& teams)
{
    QJsonArray json;
    for (const Team& t : teams) {
        auto items = actionplans::items(db, t.id);
        if (!items)
            return c.fail(items.error().message);
        if (isSet(c, "json")) {
            for (const ActionItem& i : *items) {
                QJsonObject o = itemJson(i);
                o.insert(QStringLiteral("team"), t.label());
                json.append(o);
            }
            continue;
        }
        c.io.out << QObject::tr("%1 (team %2)").arg(t.label()).arg(t.id) << "\n";
        if (items->empty())
            c.io.out << QStringLiteral("   %1\n").arg(QObject::tr("No action items yet."));
        for (const ActionItem& i : *items)
            printItem(c, i);
    }
    if (isSet(c, "json"))
        printJson(c, json);
    c.io.out.flush();
    return Success;
}

// The owner by number, UUID or name among the team's members.
std::optional<Id> ownerOf(const Context& c, Database& db, const Team& team)
{
    const QString wanted = value(c, "owner").trimmed();
    for (const TeamMember& m : team.members) {
        if (m.person.fullName().compare(wanted, Qt::CaseInsensitive) == 0 || m.person.lastName.compare(wanted, Qt::CaseInsensitive) == 0)
            return m.person.id;
    }
    auto id = rows::find(db, QStringLiteral("people"), wanted);
    if (!id) {
        c.io.err << QObject::tr("--owner: nobody on the %1 team is called “%2”.").arg(team.label(), wanted) << Qt::endl;
        return std::nullopt;
    }
    return *id;
}

std::optional<ActionStatus> statusOption(const Context& c)
{
    const auto status = actionStatusFromKey(value(c, "status"));
    if (!status)
        c.io.err << QObject::tr("--status is not-started, in-progress, done or blocked.") << Qt::endl;
    return status;
}

// Fills the item from --goal, --owner, --due and the rest; Usage or Problem
// when an option can't be read, 0 when all is well.
int readItem(const Context& c, Database& db, const Team& team, ActionItem& item)
{
    item.teamId = team.id;
    item.goal = value(c, "goal");
    item.actions = value(c, "actions");
    item.measure = value(c, "measure");
    item.notes = value(c, "notes");
    if (isSet(c, "owner")) {
        const auto owner = ownerOf(c, db, team);
        if (!owner)
            return Problem;
        item.ownerId = *owner;
    }
    if (isSet(c, "due")) {
        bool isNumber = false;
        const int days = value(c, "due").toInt(&isNumber);
        if (isNumber) {
            auto due = actionplans::dueAfterWorkshop(db, team.workshopId, days);
            if (!due)
                return usage(c, QStringLiteral("--due: ") + due.error().message);
            item.due = *due;
        } else {
            item.due = QDate::fromString(value(c, "due").trimmed(), Qt::ISODate);
            if (!item.due->isValid())
                return usage(c, QObject::tr("--due takes 30, 60 or 90 (days after the workshop) or a date as YYYY-MM-DD."));
        }
    }
    if (isSet(c, "status")) {
        const auto status = statusOption(c);
        if (!status)
            return Usage;
        item.status = *status;
    }
    if (isSet(c, "pillar")) {
        item.pillar = pillars::fromText(value(c, "pillar"));
        if (!item.pillar)
            return usage(c, QObject::tr("--pillar takes a number from 1 to 6 or a pillar's name."));
    }
    if (isSet(c, "practice-group")) {
        bool isNumber = false;
        const int number = value(c, "practice-group").toInt(&isNumber);
        if (!isNumber)
            return usage(c, QObject::tr("--practice-group takes the group's number, such as 7."));
        auto groups = catalog::practiceGroups(db);
        if (!groups)
            return c.fail(groups.error().message);
        for (const PracticeGroup& g : *groups) {
            if (g.number == number)
                item.practiceGroupId = g.id;
        }
        if (!item.practiceGroupId)
            return c.fail(QObject::tr("There is no practice group %1 in this file.").arg(number));
    }
    return 0;
}

int showItem(const Context& c, Database& db, Id itemId)
{
    auto item = actionplans::get(db, itemId);
    if (!item)
        return c.fail(item.error().message);
    auto history = actionplans::updates(db, itemId);
    if (!history)
        return c.fail(history.error().message);
    if (isSet(c, "json")) {
        QJsonObject o = itemJson(*item);
        QJsonArray updates;
        for (const ActionUpdate& u : *history)
            updates.append(QJsonObject{{QStringLiteral("date"), u.date.toString(Qt::ISODate)},
                                       {QStringLiteral("status"), actionStatusKey(u.status)},
                                       {QStringLiteral("note"), u.note}});
        o.insert(QStringLiteral("updates"), updates);
        printJson(c, o);
        return Success;
    }
    printItem(c, *item);
    for (const ActionUpdate& u : *history)
        c.io.out << QStringLiteral("   %1 · %2%3\n")
                        .arg(u.date.toString(Qt::ISODate), actionStatusLabel(u.status),
                             u.note.isEmpty() ? QString() : QStringLiteral(" · ") + u.note);
    c.io.out.flush();
    return Success;
}

int itemCommand(const Context& c, Database& db)
{
    auto itemId = c.rowOption(db, QStringLiteral("item"), QStringLiteral("action_items"));
    if (!itemId)
        return Usage;
    if (isSet(c, "remove")) {
        auto removed = actionplans::remove(db, *itemId);
        if (!removed)
            return c.fail(removed.error().message);
        c.io.out << removed->description << Qt::endl;
        return Success;
    }
    if (isSet(c, "status")) {
        const auto status = statusOption(c);
        if (!status)
            return Usage;
        QDate date = actionplans::today();
        if (isSet(c, "date")) {
            date = QDate::fromString(value(c, "date").trimmed(), Qt::ISODate);
            if (!date.isValid())
                return usage(c, QObject::tr("--date takes a date as YYYY-MM-DD."));
        }
        auto recorded = actionplans::recordUpdate(db, *itemId, date, *status, value(c, "note"));
        if (!recorded)
            return c.fail(recorded.error().message);
    }
    return showItem(c, db, *itemId);
}

int teamCommand(const Context& c, Database& db)
{
    auto teamId = c.rowOption(db, QStringLiteral("team"), QStringLiteral("teams"));
    if (!teamId)
        return Usage;
    auto team = teams::get(db, *teamId);
    if (!team)
        return c.fail(team.error().message);
    Result<ChangeSet> added = fail(QString());
    if (isSet(c, "add")) {
        ActionItem item;
        if (const int problem = readItem(c, db, *team, item); problem != 0)
            return problem;
        added = actionplans::add(db, item);
    } else if (isSet(c, "from-parking-lot")) {
        auto entry = c.rowOption(db, QStringLiteral("from-parking-lot"), QStringLiteral("discussion_items"));
        if (!entry)
            return Usage;
        added = actionplans::addFromParkingLot(db, *teamId, *entry);
    } else if (isSet(c, "from-gap")) {
        auto question = c.rowOption(db, QStringLiteral("from-gap"), QStringLiteral("assessment_questions"));
        if (!question)
            return Usage;
        added = actionplans::addFromGap(db, *teamId, *question);
    } else {
        return listPlans(c, db, {*team});
    }
    if (!added)
        return c.fail(added.error().message);
    if (!isSet(c, "json"))
        c.io.out << added->description << "\n";
    return showItem(c, db, added->subject);
}

int actionsCommand(const Context& c)
{
    const int targets = int(isSet(c, "workshop")) + int(isSet(c, "team")) + int(isSet(c, "item"));
    if (targets != 1)
        return usage(c, QObject::tr("Give one of --workshop ID, --team ID or --item ID."));
    const int additions = int(isSet(c, "add")) + int(isSet(c, "from-parking-lot")) + int(isSet(c, "from-gap"));
    if (additions > 1)
        return usage(c, QObject::tr("Give one of --add, --from-parking-lot or --from-gap."));
    if (additions > 0 && !isSet(c, "team"))
        return usage(c, QObject::tr("--add, --from-parking-lot and --from-gap need --team ID."));
    for (const char* name : {"goal", "actions", "owner", "due", "measure", "pillar", "practice-group", "notes"}) {
        if (isSet(c, name) && !isSet(c, "add"))
            return usage(c, QObject::tr("--%1 is for --add.").arg(QString::fromLatin1(name)));
    }
    if (isSet(c, "add") && value(c, "goal").trimmed().isEmpty())
        return usage(c, QObject::tr("--add needs --goal TEXT."));
    if ((isSet(c, "remove") || isSet(c, "note") || isSet(c, "date")) && !isSet(c, "item"))
        return usage(c, QObject::tr("--remove, --note and --date are for --item ID."));
    if (isSet(c, "status") && !isSet(c, "item") && !isSet(c, "add"))
        return usage(c, QObject::tr("--status is for --item ID (a follow-up update) or --add."));
    if ((isSet(c, "note") || isSet(c, "date")) && !isSet(c, "status"))
        return usage(c, QObject::tr("--note and --date go with --status S."));
    if (isSet(c, "remove") && isSet(c, "status"))
        return usage(c, QObject::tr("Give --status or --remove, not both."));

    auto db = c.open();
    if (!db)
        return Problem;
    if (isSet(c, "item"))
        return itemCommand(c, *db);
    if (isSet(c, "team"))
        return teamCommand(c, *db);
    const auto workshopId = c.rowOption(*db, QStringLiteral("workshop"), QStringLiteral("workshops"));
    if (!workshopId)
        return Usage;
    auto list = teams::list(*db, *workshopId);
    if (!list)
        return c.fail(list.error().message);
    if (list->empty() && !isSet(c, "json")) {
        c.io.out << QObject::tr("This workshop has no teams yet.") << Qt::endl;
        return Success;
    }
    return listPlans(c, *db, *list);
}

// ---- follow-up ----------------------------------------------------------

QString daysText(const FollowUpRow& row)
{
    if (!row.daysLeft)
        return QObject::tr("No due date");
    if (*row.daysLeft < 0)
        return QObject::tr("Overdue by %n day(s)", nullptr, -*row.daysLeft);
    if (*row.daysLeft == 0)
        return QObject::tr("Due today");
    return QObject::tr("%n day(s) left", nullptr, *row.daysLeft);
}

QString countsText(const followup::Counts& n)
{
    QStringList parts;
    parts << QObject::tr("Items: %1").arg(n.total) << QObject::tr("overdue: %1").arg(n.overdue)
          << QObject::tr("due within %1 days: %2").arg(followup::kDueSoonDays).arg(n.dueSoon);
    for (ActionStatus s : allActionStatuses())
        parts << QStringLiteral("%1: %2").arg(actionStatusLabel(s)).arg(n.byStatus[int(s)]);
    return parts.join(QStringLiteral(" · "));
}

int followupCommand(const Context& c)
{
    FollowUpFilter filter;
    if (isSet(c, "due-within")) {
        bool isNumber = false;
        const int days = value(c, "due-within").toInt(&isNumber);
        if (!isNumber || days < 0)
            return usage(c, QObject::tr("--due-within takes a number of days, 0 or more."));
        filter.dueWithinDays = days;
    }
    filter.overdueOnly = isSet(c, "overdue");
    if (isSet(c, "status")) {
        filter.status = statusOption(c);
        if (!filter.status)
            return Usage;
    }
    auto db = c.open();
    if (!db)
        return Problem;
    if (isSet(c, "workshop")) {
        filter.workshopId = c.rowOption(*db, QStringLiteral("workshop"), QStringLiteral("workshops"));
        if (!filter.workshopId)
            return Usage;
    }
    const QDate today = actionplans::today();
    auto rows = followup::rows(*db, today, filter);
    if (!rows)
        return c.fail(rows.error().message);
    const followup::Counts counts = followup::count(*rows);
    if (isSet(c, "json")) {
        QJsonArray list;
        for (const FollowUpRow& row : *rows) {
            QJsonObject o = itemJson(row.item);
            o.insert(QStringLiteral("workshopId"), row.workshopId);
            o.insert(QStringLiteral("workshop"), row.workshopTitle);
            o.insert(QStringLiteral("workshopDate"), row.workshopDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("team"), row.teamLabel);
            o.insert(QStringLiteral("daysLeft"), row.daysLeft ? QJsonValue(*row.daysLeft) : QJsonValue());
            o.insert(QStringLiteral("overdue"), row.isOverdue());
            o.insert(QStringLiteral("lastUpdate"), row.lastUpdate ? QJsonValue(QJsonObject{{QStringLiteral("date"), row.lastUpdate->date.toString(Qt::ISODate)},
                                                                                            {QStringLiteral("status"), actionStatusKey(row.lastUpdate->status)},
                                                                                            {QStringLiteral("note"), row.lastUpdate->note}})
                                                                  : QJsonValue());
            list.append(o);
        }
        QJsonObject byStatus;
        for (ActionStatus s : allActionStatuses())
            byStatus.insert(actionStatusKey(s), counts.byStatus[int(s)]);
        printJson(c, QJsonObject{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                                 {QStringLiteral("items"), list},
                                 {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), counts.total},
                                                                        {QStringLiteral("overdue"), counts.overdue},
                                                                        {QStringLiteral("dueSoon"), counts.dueSoon},
                                                                        {QStringLiteral("byStatus"), byStatus}}}});
        return Success;
    }
    if (rows->empty())
        c.io.out << QObject::tr("No action items match.") << "\n";
    for (const FollowUpRow& row : *rows) {
        QStringList head{daysText(row)};
        if (row.item.due)
            head << QObject::tr("due %1").arg(dateText(row.item.due));
        head << actionStatusLabel(row.item.status) << QObject::tr("item %1").arg(row.item.id);
        c.io.out << head.join(QStringLiteral(" · ")) << "\n";
        c.io.out << QStringLiteral("   %1 (%2) · %3\n").arg(row.workshopTitle, row.workshopDate.toString(Qt::ISODate), row.teamLabel);
        c.io.out << QStringLiteral("   %1: %2\n").arg(QObject::tr("Goal"), row.item.goal);
        c.io.out << QStringLiteral("   %1: %2\n").arg(QObject::tr("Owner"), row.item.ownerId ? row.item.ownerName : QObject::tr("none yet"));
        if (row.lastUpdate)
            c.io.out << QStringLiteral("   %1: %2 · %3%4\n")
                            .arg(QObject::tr("Last update"), row.lastUpdate->date.toString(Qt::ISODate),
                                 actionStatusLabel(row.lastUpdate->status),
                                 row.lastUpdate->note.isEmpty() ? QString() : QStringLiteral(" · ") + row.lastUpdate->note);
    }
    c.io.out << countsText(counts) << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> outcomeCommands()
{
    std::vector<QCommandLineOption> sheet{valueOption(QStringLiteral("team"), QObject::tr("The team's number, as “teams” lists it, or its UUID."), "ID")};
    for (WorkloadField f : allWorkloadFields())
        sheet.push_back(valueOption(workloadFieldKey(f), QObject::tr("%1 An empty value (\"\") clears it.").arg(workloadFieldHint(f)), "N"));
    sheet.push_back(valueOption(QStringLiteral("notes"), QObject::tr("Notes on the figures (their source, their year)."), "TEXT"));
    sheet.push_back(flag("json", QObject::tr("Print JSON instead of text.")));

    const QString statuses = QObject::tr("not-started, in-progress, done or blocked");
    return {
        {QStringLiteral("worksheet"),
         QObject::tr("Show a team's workload worksheet (Rule of 60), or save figures into it."), sheet, worksheetCommand},
        {QStringLiteral("actions"),
         QObject::tr("List action plans, add items (also from the parking lot or an assessment gap), record follow-up updates."),
         {valueOption(QStringLiteral("workshop"), QObject::tr("List every team's plan in this workshop."), "ID"),
          valueOption(QStringLiteral("team"), QObject::tr("The team whose plan to list or add to."), "ID"),
          valueOption(QStringLiteral("item"), QObject::tr("One action item: show it, record an update (--status) or --remove it."), "ID"),
          flag("add", QObject::tr("With --team: add an item (needs --goal).")),
          valueOption(QStringLiteral("goal"), QObject::tr("With --add: what the team means to achieve."), "TEXT"),
          valueOption(QStringLiteral("actions"), QObject::tr("With --add: the steps to get there."), "TEXT"),
          valueOption(QStringLiteral("owner"), QObject::tr("With --add: a team member, by name, number or UUID."), "PERSON"),
          valueOption(QStringLiteral("due"), QObject::tr("With --add: 30, 60 or 90 (days after the workshop) or YYYY-MM-DD."), "WHEN"),
          valueOption(QStringLiteral("status"), QObject::tr("With --add or --item: %1.").arg(statuses), "S"),
          valueOption(QStringLiteral("measure"), QObject::tr("With --add: the measure of success."), "TEXT"),
          valueOption(QStringLiteral("pillar"), QObject::tr("With --add: a pillar of 21st Century Policing, 1 to 6 or its name."), "N"),
          valueOption(QStringLiteral("practice-group"), QObject::tr("With --add: a practice group's number."), "N"),
          valueOption(QStringLiteral("notes"), QObject::tr("With --add: notes."), "TEXT"),
          valueOption(QStringLiteral("from-parking-lot"), QObject::tr("With --team: add an item from this parking-lot entry."), "ITEM"),
          valueOption(QStringLiteral("from-gap"), QObject::tr("With --team: add an item from this assessment statement."), "QUESTION"),
          valueOption(QStringLiteral("note"), QObject::tr("With --item --status: what the follow-up found."), "TEXT"),
          valueOption(QStringLiteral("date"), QObject::tr("With --item --status: the update's date (today when not given)."), "YYYY-MM-DD"),
          flag("remove", QObject::tr("With --item: delete the item and its updates.")),
          flag("json", QObject::tr("Print JSON instead of text."))},
         actionsCommand},
        {QStringLiteral("followup"),
         QObject::tr("Action items across all workshops: overdue first, then by due date, with counts."),
         {valueOption(QStringLiteral("due-within"), QObject::tr("Only open items due within this many days, and overdue ones."), "DAYS"),
          flag("overdue", QObject::tr("Only overdue items.")),
          valueOption(QStringLiteral("status"), QObject::tr("Only items with this status: %1.").arg(statuses), "S"),
          valueOption(QStringLiteral("workshop"), QObject::tr("Only this workshop's items."), "ID"),
          flag("json", QObject::tr("Print JSON instead of text."))},
         followupCommand},
    };
}

} // namespace rt::cli
