// The change history: history --workshop ID | --person ID [--limit N] [--json]
// Reads the journal; a workshop or person removed since can still be named by
// its UUID.

#include "Cli.h"

#include "journal/History.h"
#include "storage/Database.h"
#include "storage/RowLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUuid>
#include <climits>

namespace rt::cli {
namespace {

// The scope the options name: a current row by number or UUID, or the UUID
// of one that is gone but still in the journal.
std::optional<history::Scope> scopeOf(const Context& c, const Database& db)
{
    const bool workshop = c.parser.isSet(QStringLiteral("workshop"));
    const bool person = c.parser.isSet(QStringLiteral("person"));
    if (workshop == person) {
        c.io.err << QObject::tr("Give either --workshop ID or --person ID (a number or a UUID).") << Qt::endl;
        return std::nullopt;
    }
    const QString option = workshop ? QStringLiteral("workshop") : QStringLiteral("person");
    const QString table = workshop ? QStringLiteral("workshops") : QStringLiteral("people");
    const QString text = c.parser.value(option).trimmed();
    const auto scopeFor = [&](const QString& uuid) {
        return workshop ? history::Scope::workshop(uuid) : history::Scope::person(uuid);
    };
    if (auto id = rows::find(db, table, text)) {
        auto uuid = workshop ? history::workshopUuid(db, *id) : history::personUuid(db, *id);
        if (!uuid) {
            c.io.err << uuid.error().message << Qt::endl;
            return std::nullopt;
        }
        return scopeFor(*uuid);
    } else if (const QUuid uuid = QUuid::fromString(text); !uuid.isNull()) {
        const history::Scope scope = scopeFor(uuid.toString(QUuid::WithoutBraces));
        if (auto total = history::count(db, scope); total && *total > 0)
            return scope;
        c.io.err << QStringLiteral("--%1: ").arg(option) << id.error().message << Qt::endl;
        return std::nullopt;
    } else {
        c.io.err << QStringLiteral("--%1: ").arg(option) << id.error().message << Qt::endl;
        return std::nullopt;
    }
}

QJsonObject entryJson(const history::Entry& e, history::Scope::Of scope)
{
    QJsonArray lines;
    for (const history::Line& line : e.lines)
        lines.append(QJsonObject{{QStringLiteral("table"), line.table},
                                 {QStringLiteral("row_uuid"), line.rowUuid},
                                 {QStringLiteral("op"), line.op},
                                 {QStringLiteral("person"), line.person},
                                 {QStringLiteral("workshop"), line.workshop},
                                 {QStringLiteral("text"), line.text},
                                 {QStringLiteral("shown"), history::lineText(line, scope)}});
    return {{QStringLiteral("uuid"), e.uuid},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("local_time"), e.localAt().toString(Qt::ISODate)},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("kind"), journal::kindKey(e.kind)},
            {QStringLiteral("workshops"), QJsonArray::fromStringList(history::workshopsOf(e))},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("more_lines"), e.moreLines}};
}

int historyCommand(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    const auto scope = scopeOf(c, *db);
    if (!scope)
        return Usage;
    history::Page page;
    page.limit = 100;
    if (c.parser.isSet(QStringLiteral("limit"))) {
        bool number = false;
        const int limit = c.parser.value(QStringLiteral("limit")).toInt(&number);
        if (!number || limit < 0) {
            c.io.err << QObject::tr("--limit takes a number of changes (0 for all).") << Qt::endl;
            return Usage;
        }
        page.limit = limit == 0 ? INT_MAX : limit;
    }
    auto entries = history::read(*db, *scope, page);
    auto total = history::count(*db, *scope);
    if (!entries || !total)
        return c.fail(!entries ? entries.error().message : total.error().message);

    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const history::Entry& e : *entries)
            list.append(entryJson(e, scope->of));
        const QJsonObject json{{QStringLiteral("scope"), scope->of == history::Scope::Of::Workshop ? QStringLiteral("workshop")
                                                                                                    : QStringLiteral("person")},
                               {QStringLiteral("uuid"), scope->uuid},
                               {QStringLiteral("total"), *total},
                               {QStringLiteral("entries"), list}};
        c.io.out << QJsonDocument(json).toJson();
        return Success;
    }
    for (const history::Entry& e : *entries) {
        QString what = e.description;
        if (e.kind != journal::Kind::Action)
            what = QStringLiteral("[%1] %2").arg(history::kindLabel(e.kind), what);
        // A person's history says which workshop each change was in.
        if (const QStringList workshops = history::workshopsOf(e); scope->of != history::Scope::Of::Workshop && !workshops.isEmpty())
            what += QStringLiteral("  [%1]").arg(workshops.join(QStringLiteral("; ")));
        c.io.out << QStringLiteral("%1  %2  %3\n").arg(e.timeLabel(), e.author, what);
        for (const history::Line& line : e.lines)
            c.io.out << QStringLiteral("    %1\n").arg(history::lineText(line, scope->of));
        if (e.moreLines > 0)
            c.io.out << QStringLiteral("    ") << QObject::tr("… and %n more row(s)", nullptr, e.moreLines) << "\n";
    }
    if (entries->empty())
        c.io.out << QObject::tr("No changes recorded.") << Qt::endl;
    else
        c.io.out << QObject::tr("%1 of %2 changes, newest first.").arg(entries->size()).arg(*total) << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> historyCommands()
{
    return {{QStringLiteral("history"), QObject::tr("The change history of a workshop or a person, newest first."),
             {workshopOption(), valueOption("person", "The person’s number, as “people” lists it, or their UUID.", "ID"),
              valueOption("limit", "Show at most this many changes (default 100; 0 for all).", "N"),
              QCommandLineOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."))},
             historyCommand}};
}

} // namespace rt::cli
