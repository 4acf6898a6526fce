// roundtable-cli preferences: this computer's preferences (those of Edit >
// Preferences in the app), listed, set and reset. They are no file's, so the
// command takes no --database.

#include "Cli.h"

#include "Preferences.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace rt::cli {
namespace {

int list(const Context& c)
{
    const auto entries = ui::preferences::all();
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& e : entries)
            rows.append(QJsonObject{{QStringLiteral("name"), e.name},
                                    {QStringLiteral("value"), e.value},
                                    {QStringLiteral("default"), e.defaultValue},
                                    {QStringLiteral("isDefault"), e.isDefault},
                                    {QStringLiteral("description"), e.description}});
        c.io.out << QJsonDocument(QJsonObject{{QStringLiteral("preferences"), rows}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const auto& e : entries) {
        const QString value = e.value.isEmpty() ? QObject::tr("(none)") : e.value;
        c.io.out << QStringLiteral("%1%2%3\n")
                        .arg(e.name, -17)
                        .arg(value)
                        .arg(e.isDefault ? QObject::tr("  (default)") : QString());
    }
    c.io.out << QObject::tr("\nChange one with: roundtable-cli preferences --set NAME=VALUE; "
                            "go back to its default with --reset NAME.\n");
    return Success;
}

int preferences(const Context& c)
{
    const QStringList sets = c.parser.values(QStringLiteral("set"));
    const QStringList resets = c.parser.values(QStringLiteral("reset"));
    if (sets.isEmpty() && resets.isEmpty())
        return list(c);
    std::vector<std::pair<QString, QString>> values;
    for (const QString& s : sets) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            c.io.err << QObject::tr("--set takes NAME=VALUE (e.g. --set page-size=a4), not “%1”.").arg(s) << Qt::endl;
            return Usage;
        }
        values.emplace_back(s.left(eq).trimmed(), s.mid(eq + 1));
    }
    for (const QString& name : resets) {
        if (auto r = ui::preferences::reset(name); !r)
            return c.fail(r.error().message);
    }
    if (auto s = ui::preferences::set(values); !s)
        return c.fail(s.error().message);
    for (const auto& e : ui::preferences::all()) {
        const bool touched = std::any_of(values.begin(), values.end(), [&](const auto& v) { return v.first.compare(e.name, Qt::CaseInsensitive) == 0; })
                             || resets.contains(e.name, Qt::CaseInsensitive);
        if (touched)
            c.io.out << QObject::tr("%1 is now %2%3").arg(e.name, e.value.isEmpty() ? QObject::tr("(none)") : e.value,
                                                         e.isDefault ? QObject::tr(" (default)") : QString())
                     << Qt::endl;
    }
    return Success;
}

} // namespace

std::vector<Command> preferenceCommands()
{
    Command command{QStringLiteral("preferences"),
                    QObject::tr("List this computer's preferences, or change them (--set NAME=VALUE, --reset NAME)."),
                    {QCommandLineOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text.")),
                     valueOption("set", "Set a preference, e.g. page-size=a4 or blocks=\"Morning 08:30-12:00 3.5; "
                                        "Afternoon 13:00-16:30 3.5\" (may be repeated).",
                                 "NAME=VALUE"),
                     valueOption("reset", "Go back to a preference's default (may be repeated).", "NAME")},
                    preferences};
    command.namesItsFiles = true; // it works on no file
    return {command};
}

} // namespace rt::cli
