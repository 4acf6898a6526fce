// import roster --workshop ID EXPORT [--dry-run] [--map "COLUMN=FIELD"]… [--duplicates CHOICE] [--json]
// Reads a registration export, prints the plan (or, without --dry-run, what
// was written): people added, people already in the file enrolled, the
// waitlist, likely duplicates, and every skipped row with its line.

#include "Cli.h"

#include "io/Table.h"
#include "people/RosterImport.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace rt::cli {
namespace {

using namespace rosterimport;

QString fieldKeys()
{
    QStringList keys;
    for (Field field : allFields())
        keys << fieldKey(field);
    return keys.join(QStringLiteral(", "));
}

// --map "Column=field": the column by its header (any case) or its number from 1.
Status applyMaps(const QStringList& maps, const QStringList& headers, Mapping& mapping)
{
    for (const QString& map : maps) {
        const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(QObject::tr("--map “%1”: write it as \"COLUMN=FIELD\", for example \"Surname=last_name\".").arg(map));
        const QString column = map.left(equals).trimmed();
        const auto field = fieldFromKey(map.mid(equals + 1).trimmed().toLower());
        if (!field)
            return fail(QObject::tr("--map “%1”: “%2” is not a field. Fields: %3.").arg(map, map.mid(equals + 1), fieldKeys()));
        qsizetype index = -1;
        for (qsizetype i = 0; i < headers.size() && index < 0; ++i)
            if (headers.at(i).compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        bool numbered = false;
        const int number = column.toInt(&numbered);
        if (index < 0 && numbered && number >= 1 && number <= headers.size())
            index = number - 1;
        if (index < 0)
            return fail(QObject::tr("--map “%1”: the file has no column “%2”. Its columns: %3.")
                            .arg(map, column, headers.join(QStringLiteral(", "))));
        // The field moves to this column; a column that had it lets go.
        if (*field != Field::Ignore)
            std::ranges::replace(mapping, *field, Field::Ignore);
        mapping[size_t(index)] = *field;
    }
    return ok();
}

QString outcomeKey(const PlannedRow& row)
{
    if (!row.enrolls())
        return QStringLiteral("skipped");
    if (row.addsPerson())
        return QStringLiteral("added");
    return QStringLiteral("enrolled_existing");
}

QJsonObject countsJson(const PlanCounts& c)
{
    return {{QStringLiteral("rows"), c.rows},           {QStringLiteral("added"), c.added},
            {QStringLiteral("enrolled_existing"), c.enrolledExisting}, {QStringLiteral("registered"), c.registered},
            {QStringLiteral("waitlisted"), c.waitlisted}, {QStringLiteral("duplicates"), c.duplicates},
            {QStringLiteral("skipped"), c.skipped}};
}

QJsonObject planJson(const Plan& plan, const io::Table& table, bool written)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < plan.headers.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("header"), plan.headers.at(i)},
                                   {QStringLiteral("field"), fieldKey(plan.mapping[size_t(i)])}});
    QJsonArray rows;
    for (const PlannedRow& row : plan.rows) {
        QJsonObject r{{QStringLiteral("line"), row.line},
                      {QStringLiteral("outcome"), outcomeKey(row)},
                      {QStringLiteral("name"), row.person.fullName()},
                      {QStringLiteral("waitlisted"), row.waitlisted}};
        if (!row.reason.isEmpty())
            r.insert(QStringLiteral("reason"), row.reason);
        if (row.outcome == Outcome::EnrollExisting)
            r.insert(QStringLiteral("existing_person"), row.existing.id);
        if (row.outcome == Outcome::DuplicateInFile)
            r.insert(QStringLiteral("same_as_line"), row.sameAsLine);
        rows.append(r);
    }
    return {{QStringLiteral("file"), plan.source},
            {QStringLiteral("encoding"), io::encodingLabel(table.encoding)},
            {QStringLiteral("workshop"), plan.workshopId},
            {QStringLiteral("written"), written},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("counts"), countsJson(plan.counts())},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(plan.skippedLines())},
            {QStringLiteral("rows"), rows}};
}

void printPlan(const Context& c, const Plan& plan, const io::Table& table)
{
    QString format = table.format == io::Format::Xlsx
                         ? QStringLiteral("XLSX")
                         : QObject::tr("%1, delimiter “%2”")
                               .arg(io::encodingLabel(table.encoding),
                                    table.delimiter == QLatin1Char('\t') ? QObject::tr("tab") : QString(table.delimiter));
    c.io.out << QObject::tr("%1 (%2), into “%3”").arg(plan.source, format, plan.workshopTitle) << "\n";
    for (qsizetype i = 0; i < plan.headers.size(); ++i)
        c.io.out << QStringLiteral("  %1 -> %2\n").arg(plan.headers.at(i), fieldKey(plan.mapping[size_t(i)]));
    const std::vector<int> duplicates = plan.duplicateIndexes();
    if (!duplicates.empty()) {
        c.io.out << QObject::tr("Likely duplicates:") << "\n";
        for (int index : duplicates) {
            const PlannedRow& row = plan.rows[size_t(index)];
            QString what = row.outcome == Outcome::EnrollExisting
                               ? QObject::tr("%1 is already in the file as person %2 (%3)")
                                     .arg(row.person.fullName())
                                     .arg(row.existing.id)
                                     .arg(row.reason)
                               : QObject::tr("%1 is the same person as line %2 (%3)")
                                     .arg(row.person.fullName())
                                     .arg(row.sameAsLine)
                                     .arg(row.reason);
            const QString choice = !row.enrolls()         ? QObject::tr("skipped")
                                   : row.addsPerson()     ? QObject::tr("added as a new person")
                                                          : QObject::tr("the person in the file is enrolled");
            c.io.out << QObject::tr("  line %1: %2: %3").arg(row.line).arg(what, choice) << "\n";
        }
    }
    const QStringList skipped = plan.skippedLines();
    if (!skipped.isEmpty()) {
        c.io.out << QObject::tr("Skipped:") << "\n";
        for (const QString& line : skipped)
            c.io.out << QStringLiteral("  ") << line << "\n";
    }
    c.io.out << plan.summary() << "\n";
}

int importRoster(const Context& c)
{
    const QStringList arguments = c.parser.positionalArguments();
    if (c.argument != QLatin1String("roster") || arguments.size() < 3) {
        c.io.err << QObject::tr("Write: roundtable-cli --database FILE import roster --workshop ID EXPORT.csv") << Qt::endl;
        return Usage;
    }
    const QString path = arguments.at(2);
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto table = io::readTable(path);
    if (!table)
        return c.fail(table.error().message);
    auto suggested = suggestMapping(*db, table->headers);
    if (!suggested)
        return c.fail(suggested.error().message);
    Mapping mapping = suggested->mapping;
    if (auto mapped = applyMaps(c.parser.values(QStringLiteral("map")), table->headers, mapping); !mapped) {
        c.io.err << mapped.error().message << Qt::endl;
        return Usage;
    }
    if (auto checked = checkMapping(mapping, table->headers); !checked) {
        c.io.err << checked.error().message << "\n"
                 << QObject::tr("On the command line, name the column with --map \"COLUMN=FIELD\" (fields: %1). "
                                "The file's columns: %2.")
                        .arg(fieldKeys(), table->headers.join(QStringLiteral(", ")))
                 << Qt::endl;
        return Usage;
    }
    auto planned = plan(*db, *workshopId, *table, mapping);
    if (!planned)
        return c.fail(planned.error().message);
    planned->source = QFileInfo(path).fileName();

    const QString duplicates = c.parser.value(QStringLiteral("duplicates")).toLower();
    if (!duplicates.isEmpty()) {
        const std::optional<DuplicateChoice> choice = duplicates == QLatin1String("enrol") || duplicates == QLatin1String("enroll")
                                                          ? std::optional(DuplicateChoice::EnrollExisting)
                                                      : duplicates == QLatin1String("add")  ? std::optional(DuplicateChoice::AddNew)
                                                      : duplicates == QLatin1String("skip") ? std::optional(DuplicateChoice::Skip)
                                                                                            : std::nullopt;
        if (!choice) {
            c.io.err << QObject::tr("--duplicates: say enroll, add or skip.") << Qt::endl;
            return Usage;
        }
        for (PlannedRow& row : planned->rows)
            if (row.outcome == Outcome::EnrollExisting)
                row.choice = *choice;
        planned->settle();
    }

    const bool json = c.parser.isSet(QStringLiteral("json"));
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        if (json) {
            c.io.out << QJsonDocument(planJson(*planned, *table, false)).toJson(QJsonDocument::Indented);
        } else {
            printPlan(c, *planned, *table);
            c.io.out << QObject::tr("Dry run: nothing was written.") << Qt::endl;
        }
        return Success;
    }
    auto applied = apply(*db, *planned);
    if (!applied) {
        if (!json)
            printPlan(c, *planned, *table);
        return c.fail(applied.error().message);
    }
    if (json) {
        c.io.out << QJsonDocument(planJson(*planned, *table, true)).toJson(QJsonDocument::Indented);
    } else {
        printPlan(c, *planned, *table);
        c.io.out << QObject::tr("Imported: %1 people added and %2 already in the file enrolled, in one step (undo "
                                "reverses all of it).")
                        .arg(applied->counts.added)
                        .arg(applied->counts.enrolledExisting);
        if (!applied->changes.notice.isEmpty())
            c.io.out << " " << applied->changes.notice;
        c.io.out << Qt::endl;
    }
    return Success;
}

} // namespace

std::vector<Command> importCommands()
{
    return {
        {QStringLiteral("import"), QObject::tr("Import a registration list (CSV or XLSX) into a workshop's roster"),
         {workshopOption(),
          QCommandLineOption(QStringLiteral("dry-run"), QObject::tr("Show what would be imported; write nothing.")),
          valueOption("map", "Map a column to a field: \"COLUMN=FIELD\" (repeatable; FIELD is first_name, last_name, "
                             "full_name, email, jurisdiction, title, state, phone, notes or ignore).",
                      "COLUMN=FIELD"),
          valueOption("duplicates", "For people already in the file: enroll (the default), add (as new people) or skip.",
                      "CHOICE"),
          QCommandLineOption(QStringLiteral("json"), QObject::tr("Print the plan or report as JSON."))},
         importRoster,
         QStringLiteral("roster EXPORT.csv|.xlsx")},
    };
}

} // namespace rt::cli
