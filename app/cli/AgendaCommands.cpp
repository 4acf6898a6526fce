// The agenda from the command line: print a workshop's timed agenda with what
// does not fit, start it from a template or from another workshop's, and list
// the templates.
//   agenda --workshop ID [--day N]
//   agenda --workshop ID --template NAME|ID | --copy-from ID
//   agenda --templates

#include "Cli.h"

#include "agenda/Agenda.h"
#include "exports/AgendaDocument.h"
#include "storage/Database.h"

#include <QObject>
#include <optional>

namespace rt::cli {
namespace {

int usageError(const Context& c, const QString& message)
{
    c.io.err << message << Qt::endl;
    return Usage;
}

QString templateLine(const AgendaTemplate& t)
{
    return QObject::tr("%n day(s)", nullptr, t.dayCount()) + QStringLiteral(", ") + QObject::tr("%n item(s)", nullptr, int(t.items.size()));
}

int listTemplates(const Context& c, const Database& db)
{
    auto list = agenda::templates(db);
    if (!list)
        return c.fail(list.error().message);
    if (list->empty()) {
        c.io.out << QObject::tr("There are no agenda templates in this file.") << Qt::endl;
        return Success;
    }
    for (const AgendaTemplate& t : *list) {
        c.io.out << QStringLiteral("%1  %2 (%3)\n").arg(t.id, 3).arg(t.name, templateLine(t));
        if (!t.description.isEmpty())
            c.io.out << QStringLiteral("     %1\n").arg(t.description);
    }
    c.io.out.flush();
    return Success;
}

// --template names a template by its number or its name (any case).
std::optional<AgendaTemplate> findTemplate(const Context& c, const std::vector<AgendaTemplate>& list, const QString& wanted)
{
    bool isNumber = false;
    const Id number = wanted.toLongLong(&isNumber);
    for (const AgendaTemplate& t : list) {
        if ((isNumber && t.id == number) || t.name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    }
    QStringList names;
    for (const AgendaTemplate& t : list)
        names << QStringLiteral("%1 “%2”").arg(t.id).arg(t.name);
    c.io.err << QObject::tr("There is no agenda template “%1”. Name one of: %2.").arg(wanted, names.join(QStringLiteral(", "))) << Qt::endl;
    return std::nullopt;
}

int printAgenda(const Context& c, const exports::AgendaDocument& doc, int onlyDay)
{
    const QString hhmm = QStringLiteral("HH:mm");
    c.io.out << QStringLiteral("%1 · %2\n").arg(doc.workshop.title, doc.workshop.datesLabel());
    if (doc.itemCount() == 0) {
        c.io.out << QObject::tr("No agenda yet. Build one on the Agenda tab, or start from a template: agenda --workshop %1 --template NAME "
                                "(agenda --templates lists them).")
                        .arg(doc.workshop.id)
                 << Qt::endl;
        return Success;
    }
    qsizetype kindWidth = 0;
    for (const exports::AgendaDay& day : doc.days) {
        for (const AgendaItem& i : day.items)
            kindWidth = std::max(kindWidth, agendaKindLabel(i.kind).size());
    }
    for (const exports::AgendaDay& day : doc.days) {
        if (onlyDay > 0 && day.day != onlyDay)
            continue;
        c.io.out << QStringLiteral("\n%1 · %2–%3\n").arg(doc.dayLabel(day), day.window.starts.toString(hhmm), day.window.ends.toString(hhmm));
        if (day.items.empty())
            c.io.out << QObject::tr("  Nothing planned for this day yet.") << '\n';
        for (size_t i = 0; i < day.items.size(); ++i) {
            const AgendaItem& item = day.items[i];
            const ScheduledItem& when = day.schedule.items[i];
            QString line = QStringLiteral("  %1–%2  %3  %4  %5")
                               .arg(when.start().toString(hhmm), when.end().toString(hhmm))
                               .arg(agenda::durationLabel(item.plannedMinutes()), -9)
                               .arg(agendaKindLabel(item.kind), -int(kindWidth))
                               .arg(item.title);
            if (!item.presenterName.isEmpty())
                line += QStringLiteral(" — ") + item.presenterName;
            if (item.isAnchored())
                line += QLatin1Char(' ') + QObject::tr("(fixed at %1)").arg(item.fixedStart.toString(hhmm));
            c.io.out << line << '\n';
        }
        for (const QString& warning : day.schedule.warnings)
            c.io.out << QObject::tr("  Warning: %1").arg(warning) << '\n';
    }
    c.io.out.flush();
    return Success;
}

int agendaCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    const bool listing = p.isSet(QStringLiteral("templates"));
    const bool fromTemplate = p.isSet(QStringLiteral("template"));
    const bool copying = p.isSet(QStringLiteral("copy-from"));
    if (listing && (fromTemplate || copying || p.isSet(QStringLiteral("workshop")) || p.isSet(QStringLiteral("day"))))
        return usageError(c, QObject::tr("--templates lists the agenda templates and takes no other option."));
    if (fromTemplate && copying)
        return usageError(c, QObject::tr("Give --template or --copy-from, not both."));
    int day = 0;
    if (p.isSet(QStringLiteral("day"))) {
        if (fromTemplate || copying)
            return usageError(c, QObject::tr("--day is for printing the agenda; a template or a copy replaces every day."));
        bool number = false;
        day = p.value(QStringLiteral("day")).toInt(&number);
        if (!number || day < 1)
            return usageError(c, QObject::tr("--day takes a day of the workshop: 1, 2…"));
    }

    auto db = c.open();
    if (!db)
        return Problem;
    if (listing)
        return listTemplates(c, *db);
    const auto workshopId = c.rowOption(*db, QStringLiteral("workshop"), QStringLiteral("workshops"));
    if (!workshopId)
        return Usage;

    if (fromTemplate || copying) {
        Result<ChangeSet> done = fail(QString());
        QString source;
        if (fromTemplate) {
            auto list = agenda::templates(*db);
            if (!list)
                return c.fail(list.error().message);
            const auto chosen = findTemplate(c, *list, p.value(QStringLiteral("template")));
            if (!chosen)
                return Usage;
            done = agenda::applyTemplate(*db, *workshopId, chosen->id);
        } else {
            const auto sourceId = c.rowOption(*db, QStringLiteral("copy-from"), QStringLiteral("workshops"));
            if (!sourceId)
                return Usage;
            done = agenda::copyFrom(*db, *workshopId, *sourceId);
        }
        if (!done)
            return c.fail(done.error().message);
        auto doc = exports::agendaDocument(*db, *workshopId);
        if (!doc)
            return c.fail(doc.error().message);
        c.io.out << done->description << ". " << QObject::tr("“%1” now has %n agenda item(s).", nullptr, doc->itemCount()).arg(doc->workshop.title);
        if (!done->notice.isEmpty())
            c.io.out << ' ' << done->notice;
        c.io.out << Qt::endl;
        return Success;
    }

    auto doc = exports::agendaDocument(*db, *workshopId);
    if (!doc)
        return c.fail(doc.error().message);
    if (day > int(doc->days.size()))
        return usageError(c, QObject::tr("“%1” has no day %2; it has %n day(s).", nullptr, int(doc->days.size()))
                                     .arg(doc->workshop.title, QString::number(day)));
    return printAgenda(c, *doc, day);
}

} // namespace

std::vector<Command> agendaCommands()
{
    return {
        {QStringLiteral("agenda"),
         QObject::tr("Print a workshop's timed agenda, or start it from a template or another workshop's agenda."),
         {workshopOption(),
          valueOption("day", "Print only this day (1, 2…).", "N"),
          valueOption("template", "Replace the agenda with this template (its name or number, as --templates lists it).", "NAME"),
          valueOption("copy-from", "Replace the agenda with a copy of this workshop's agenda.", "ID"),
          QCommandLineOption(QStringLiteral("templates"), QObject::tr("List the agenda templates."))},
         agendaCommand},
    };
}

} // namespace rt::cli
