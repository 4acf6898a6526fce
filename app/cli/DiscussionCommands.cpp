// Breakout groups from the command line:
//   groups --workshop ID --round N [--seed S [--apply]]
//   groups --workshop ID --new [--mode teams|mixed|by-role|manual] [--groups N | --size N] [--prompt TEXT]

#include "Cli.h"

#include "discussions/Discussions.h"
#include "people/Roster.h"
#include "storage/Database.h"

#include <QObject>

namespace rt::cli {
namespace {

QString qualityText(const GroupQuality& q)
{
    return QObject::tr("Pairs meeting again: %1; role imbalance: %2; size spread: %3; partners together: %4; teams split: %5")
        .arg(q.repeatedPairs)
        .arg(q.roleImbalance)
        .arg(q.sizeSpread)
        .arg(q.partnersTogether)
        .arg(q.teamsSplit);
}

std::optional<int> number(const Context& c, const QString& name, int least)
{
    bool isNumber = false;
    const int n = c.parser.value(name).toInt(&isNumber);
    if (!isNumber || n < least) {
        c.io.err << QObject::tr("--%1 takes a whole number, %2 or more.").arg(name).arg(least) << Qt::endl;
        return std::nullopt;
    }
    return n;
}

int showRound(const Context& c, Database& db, Id workshopId)
{
    const auto n = number(c, QStringLiteral("round"), 1);
    if (!n)
        return Usage;
    auto roundId = discussions::roundByNumber(db, workshopId, *n);
    if (!roundId)
        return c.fail(roundId.error().message);
    auto d = discussions::detail(db, *roundId);
    if (!d)
        return c.fail(d.error().message);
    c.io.out << QObject::tr("Round %1 · %2 · %3").arg(d->round.number).arg(groupModeLabel(d->round.mode), d->round.prompt) << Qt::endl;

    if (!c.parser.isSet(QStringLiteral("seed"))) {
        for (const DiscussionGroup& g : d->groups) {
            QStringList names;
            for (const GroupMember& m : g.members)
                names << (m.pinned ? m.person.fullName() + QStringLiteral(" *") : m.person.fullName());
            c.io.out << QObject::tr("Group %1: %2").arg(g.number).arg(names.join(QStringLiteral(", "))) << Qt::endl;
        }
        c.io.out << qualityText(d->quality) << Qt::endl;
        return Success;
    }
    bool isNumber = false;
    const std::uint64_t seed = c.parser.value(QStringLiteral("seed")).toULongLong(&isNumber);
    if (!isNumber)
        return c.fail(QObject::tr("--seed takes a whole number."));
    if (c.parser.isSet(QStringLiteral("apply"))) {
        if (auto saved = discussions::regenerate(db, *roundId, seed); !saved)
            return c.fail(saved.error().message);
        c.io.out << QObject::tr("Saved the groups for seed %1.").arg(seed) << Qt::endl;
        return showRound(c, db, workshopId) == Success ? Success : Problem;
    }
    // A preview: what the solver makes of this seed, not saved.
    auto input = discussions::solverInput(db, *roundId);
    if (!input)
        return c.fail(input.error().message);
    input->seed = seed;
    auto solved = groups::solve(*input);
    if (!solved)
        return c.fail(solved.error().message);
    auto entries = roster::list(db, workshopId);
    if (!entries)
        return c.fail(entries.error().message);
    std::map<Id, QString> names;
    for (const RosterEntry& e : *entries)
        names[e.person.id] = e.person.fullName();
    for (size_t i = 0; i < solved->groups.size(); ++i) {
        QStringList list;
        for (Id id : solved->groups[i])
            list << names[id];
        c.io.out << QObject::tr("Group %1: %2").arg(i + 1).arg(list.join(QStringLiteral(", "))) << Qt::endl;
    }
    c.io.out << qualityText(solved->quality) << Qt::endl;
    c.io.out << QObject::tr("Not saved. Add --apply to use these groups.") << Qt::endl;
    return Success;
}

int addRound(const Context& c, Database& db, Id workshopId)
{
    DiscussionRound r;
    r.workshopId = workshopId;
    r.prompt = c.parser.value(QStringLiteral("prompt"));
    if (c.parser.isSet(QStringLiteral("mode"))) {
        const auto mode = groupModeFromKey(c.parser.value(QStringLiteral("mode")).toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!mode) {
            c.io.err << QObject::tr("--mode is teams, mixed, by-role or manual.") << Qt::endl;
            return Usage;
        }
        r.mode = *mode;
    }
    if (c.parser.isSet(QStringLiteral("groups")) && c.parser.isSet(QStringLiteral("size"))) {
        c.io.err << QObject::tr("Give --groups or --size, not both.") << Qt::endl;
        return Usage;
    }
    if (c.parser.isSet(QStringLiteral("groups"))) {
        const auto n = number(c, QStringLiteral("groups"), 1);
        if (!n)
            return Usage;
        r.groupCount = *n;
    } else if (c.parser.isSet(QStringLiteral("size"))) {
        const auto size = number(c, QStringLiteral("size"), 2);
        if (!size)
            return Usage;
        auto input = discussions::solverInputFor(db, r);
        if (!input)
            return c.fail(input.error().message);
        r.groupCount = groups::groupCountForSize(int(input->people.size()), *size);
    }
    auto added = discussions::addRound(db, r);
    if (!added)
        return c.fail(added.error().message);
    auto saved = discussions::get(db, added->subject);
    if (!saved)
        return c.fail(saved.error().message);
    c.io.out << QObject::tr("Added round %1 (%2 groups).").arg(saved->number).arg(saved->groupCount) << Qt::endl;
    return Success;
}

int groupsCommand(const Context& c)
{
    const bool adding = c.parser.isSet(QStringLiteral("new"));
    if (adding == c.parser.isSet(QStringLiteral("round"))) {
        c.io.err << QObject::tr("Give --round N to see a round's groups, or --new to add a round.") << Qt::endl;
        return Usage;
    }
    if (!adding && (c.parser.isSet(QStringLiteral("mode")) || c.parser.isSet(QStringLiteral("groups")) || c.parser.isSet(QStringLiteral("size"))
                    || c.parser.isSet(QStringLiteral("prompt")))) {
        c.io.err << QObject::tr("--mode, --groups, --size and --prompt are for --new.") << Qt::endl;
        return Usage;
    }
    if (adding && (c.parser.isSet(QStringLiteral("seed")) || c.parser.isSet(QStringLiteral("apply")))) {
        c.io.err << QObject::tr("--seed and --apply are for --round.") << Qt::endl;
        return Usage;
    }
    if (c.parser.isSet(QStringLiteral("apply")) && !c.parser.isSet(QStringLiteral("seed"))) {
        c.io.err << QObject::tr("--apply saves the groups of a --seed.") << Qt::endl;
        return Usage;
    }
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    return adding ? addRound(c, *db, *workshopId) : showRound(c, *db, *workshopId);
}

} // namespace

std::vector<Command> discussionCommands()
{
    return {
        {QStringLiteral("groups"),
         QObject::tr("Show a discussion round's groups and their quality, try another seed, or add a round."),
         {workshopOption(),
          valueOption("round", "The round to show (1 is the first).", "N"),
          valueOption("seed", "With --round: the groups the solver makes with this seed (shown, not saved).", "S"),
          QCommandLineOption(QStringLiteral("apply"), QObject::tr("With --seed: save those groups.")),
          QCommandLineOption(QStringLiteral("new"), QObject::tr("Add a round, placed by the solver.")),
          valueOption("mode", "With --new: teams, mixed (the default), by-role or manual.", "MODE"),
          valueOption("groups", "With --new: how many groups (4 when not given).", "N"),
          valueOption("size", "With --new: about how many people to a group.", "N"),
          valueOption("prompt", "With --new: the question put to the groups.", "TEXT")},
         groupsCommand},
    };
}

} // namespace rt::cli
