#include "agenda/Live.h"

#include "agenda/Agenda.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Writer.h"

#include <QObject>
#include <algorithm>
#include <functional>

namespace rt {
namespace live {
namespace {

const QString kItems = QStringLiteral("agenda_items");

int secondsBetween(const QDateTime& from, const QDateTime& to)
{
    return int(from.msecsTo(to) / 1000);
}

// The room's clock: "now" is a time of day where the workshop is held.
int localMinute(const QDateTime& utc)
{
    return agenda::minuteOf(utc.toLocalTime().time());
}

// When the room really gets to an item: a fixed item that the ones before run
// into starts late by the clash, though the schedule keeps it at its time.
int effectiveStart(const ScheduledItem& item)
{
    return item.startMinute + item.clash;
}

// Pauses that are over plus the one under way, if any.
int pausedSecondsAt(const AgendaItem& item, const QDateTime& nowUtc)
{
    int paused = item.pausedSeconds;
    if (item.pausedSince.isValid())
        paused += std::max(0, secondsBetween(item.pausedSince, nowUtc));
    return paused;
}

// What an action needs: the day as it stands inside the action's transaction.
struct Day {
    int number = 1;
    std::vector<AgendaItem> items;
    LiveState state;
    QDateTime now;
    QString stamp;
};

Result<Day> readDay(Database& db, Writer& w, Id workshopId, int day)
{
    auto q = w.query(QStringLiteral("SELECT half_days, status FROM workshops WHERE id = ?"), {workshopId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    const int days = (q->value(0).toInt() + 1) / 2;
    const bool closed = q->value(1).toString() == QLatin1String("closed");
    q->finish();
    if (closed)
        return fail(QObject::tr("This workshop is closed, so its agenda can no longer be run live. Set its status back to "
                                "Live on the Overview tab first."));
    if (day < 1 || day > days)
        return fail(QObject::tr("The workshop has no day %1.").arg(day));
    // The same connection as the transaction, so these reads see its writes.
    auto items = agenda::dayOf(db, workshopId, day);
    if (!items)
        return std::unexpected(items.error());
    auto window = agenda::dayWindow(db, workshopId, day);
    if (!window)
        return std::unexpected(window.error());
    Day d;
    d.number = day;
    d.items = std::move(*items);
    d.now = currentUtc();
    d.stamp = timestamp(d.now);
    d.state = compute(d.items, *window, d.now);
    return d;
}

// Runs `step` on the day inside one write; the step names the action, since
// the titles it names are known only once read in the transaction.
Result<ChangeSet> act(Database& db, Id workshopId, int day, const std::function<Status(Writer&, const Day&)>& step)
{
    return db.write(QObject::tr("Run the agenda"), [&](Writer& w) -> Status {
        auto d = readDay(db, w, workshopId, day);
        if (!d)
            return std::unexpected(d.error());
        return step(w, *d);
    });
}

Status startItem(Writer& w, const AgendaItem& item, const QString& stamp)
{
    w.changes().subject = item.id;
    return w.update(kItems, item.id,
                    {{QStringLiteral("actual_start"), stamp},
                     {QStringLiteral("actual_end"), QString()},
                     {QStringLiteral("paused_since"), QString()},
                     {QStringLiteral("paused_seconds"), 0}});
}

// The item that is running or paused, or a refusal that says what to do instead.
Result<const AgendaItem*> running(const Day& d, const QString& nothingRunning)
{
    if (d.state.current)
        return &d.items[*d.state.current];
    if (d.state.phase == LiveState::Phase::Finished)
        return fail(QObject::tr("Day %1 has finished. Reset its live record to run it again.").arg(d.number));
    return fail(nothingRunning);
}

} // namespace

LiveWarning warningFor(int plannedSeconds, int remainingSeconds)
{
    if (remainingSeconds < 60)
        return LiveWarning::Red;
    if (remainingSeconds <= std::min(plannedSeconds / 5, 5 * 60))
        return LiveWarning::Amber;
    return LiveWarning::None;
}

// Phases:
// - Running or Paused: an item has started and not ended (the last such one,
//   should the file hold more); Paused while its pausedSince is set.
// - NotStarted: nothing is under way and something is still to start: no item
//   has started yet, or items were added after the last one run ended. `next`
//   is the first item after the last one started.
// - Finished: nothing is under way and no item follows the last one started
//   (items skipped before it do not hold the day open).
// An empty day is NotStarted with nothing next.
LiveState compute(const std::vector<AgendaItem>& items, const DayWindow& window, const QDateTime& nowUtc)
{
    LiveState s;
    // The plan is the agenda as made: time given by Extend counts as behind it.
    std::vector<AgendaItem> asPlanned = items;
    for (AgendaItem& item : asPlanned)
        item.extraMinutes = 0;
    const DaySchedule plan = agenda::schedule(asPlanned, window);
    s.plannedEndMinute = plan.endMinute;
    std::optional<size_t> lastStarted;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].hasStarted())
            continue;
        lastStarted = i;
        if (!items[i].hasEnded())
            s.current = i;
    }
    const int nowMinute = localMinute(nowUtc);

    if (s.current) {
        const AgendaItem& item = items[*s.current];
        s.phase = item.pausedSince.isValid() ? LiveState::Phase::Paused : LiveState::Phase::Running;
        s.elapsedSeconds = std::max(0, secondsBetween(item.actualStart, nowUtc) - pausedSecondsAt(item, nowUtc));
        const int planned = item.plannedMinutes() * 60;
        s.remainingSeconds = planned - s.elapsedSeconds;
        s.warning = warningFor(planned, s.remainingSeconds);
        if (*s.current + 1 < items.size())
            s.next = *s.current + 1;
        // Rounded up, so a running item never shows as done before it is.
        const int minutesLeft = std::max(0, (s.remainingSeconds + 59) / 60);
        s.projected = agenda::scheduleFrom(items, window, *s.current, nowMinute, minutesLeft);
    } else if (const size_t first = lastStarted ? *lastStarted + 1 : 0; first < items.size()) {
        s.phase = LiveState::Phase::NotStarted;
        s.next = first;
        // Nothing begins before the day does; looked at on another day (the
        // evening before), the day still starts as planned.
        const bool today = !window.date.isValid() || nowUtc.toLocalTime().date() == window.date;
        const int dayStart = agenda::minuteOf(window.starts);
        s.projected = agenda::scheduleFrom(items, window, first, today ? std::max(nowMinute, dayStart) : dayStart, -1);
    } else if (lastStarted) {
        s.phase = LiveState::Phase::Finished;
        s.projected = agenda::scheduleFrom(items, window, items.size(), localMinute(items[*lastStarted].actualEnd), -1);
    } else {
        s.projected = plan; // an empty day
    }

    s.projectedEndMinute = s.projected.endMinute;
    if (s.next)
        s.behindMinutes = effectiveStart(s.projected.items[*s.next]) - effectiveStart(plan.items[*s.next]);
    else
        s.behindMinutes = s.projected.endMinute - plan.endMinute;
    return s;
}

Result<ChangeSet> start(Database& db, Id workshopId, int day)
{
    return act(db, workshopId, day, [](Writer& w, const Day& d) -> Status {
        if (d.items.empty())
            return fail(QObject::tr("Day %1 has no agenda items to start. Add some on the Agenda tab first.").arg(d.number));
        if (d.state.current)
            return fail(QObject::tr("“%1” is already running. Use Next to move on to the next item.")
                            .arg(d.items[*d.state.current].title));
        if (!d.state.next)
            return fail(QObject::tr("Day %1 has finished. Reset its live record to run it again.").arg(d.number));
        const AgendaItem& item = d.items[*d.state.next];
        w.changes().description = QObject::tr("Start “%1”").arg(item.title);
        return startItem(w, item, d.stamp);
    });
}

Result<ChangeSet> next(Database& db, Id workshopId, int day)
{
    return act(db, workshopId, day, [](Writer& w, const Day& d) -> Status {
        auto item = running(d, QObject::tr("Nothing is running on day %1. Use Start to begin.").arg(d.number));
        if (!item)
            return std::unexpected(item.error());
        const AgendaItem& current = **item;
        // A paused item ends paused: its pause counts as pause, not as time run.
        if (auto s = w.update(kItems, current.id,
                              {{QStringLiteral("actual_end"), d.stamp},
                               {QStringLiteral("paused_since"), QString()},
                               {QStringLiteral("paused_seconds"), pausedSecondsAt(current, d.now)}});
            !s)
            return s;
        w.changes().subject = current.id;
        if (!d.state.next) {
            w.changes().description = QObject::tr("End “%1”, the last item of the day").arg(current.title);
            return ok();
        }
        const AgendaItem& following = d.items[*d.state.next];
        w.changes().description = QObject::tr("Next: “%1”").arg(following.title);
        return startItem(w, following, d.stamp);
    });
}

Result<ChangeSet> pause(Database& db, Id workshopId, int day)
{
    return act(db, workshopId, day, [](Writer& w, const Day& d) -> Status {
        auto item = running(d, QObject::tr("Nothing is running on day %1, so there is nothing to pause.").arg(d.number));
        if (!item)
            return std::unexpected(item.error());
        if (d.state.phase == LiveState::Phase::Paused)
            return fail(QObject::tr("“%1” is already paused.").arg((*item)->title));
        w.changes().description = QObject::tr("Pause “%1”").arg((*item)->title);
        w.changes().subject = (*item)->id;
        return w.update(kItems, (*item)->id, {{QStringLiteral("paused_since"), d.stamp}});
    });
}

Result<ChangeSet> resume(Database& db, Id workshopId, int day)
{
    return act(db, workshopId, day, [](Writer& w, const Day& d) -> Status {
        auto item = running(d, QObject::tr("Nothing is running on day %1, so there is nothing to resume.").arg(d.number));
        if (!item)
            return std::unexpected(item.error());
        if (d.state.phase != LiveState::Phase::Paused)
            return fail(QObject::tr("“%1” is not paused.").arg((*item)->title));
        w.changes().description = QObject::tr("Resume “%1”").arg((*item)->title);
        w.changes().subject = (*item)->id;
        return w.update(kItems, (*item)->id,
                        {{QStringLiteral("paused_since"), QString()},
                         {QStringLiteral("paused_seconds"), pausedSecondsAt(**item, d.now)}});
    });
}

Result<ChangeSet> extend(Database& db, Id workshopId, int day, int minutes)
{
    if (minutes < 1 || minutes > 120)
        return fail(QObject::tr("An item can be extended by 1 to 120 minutes at a time."));
    return act(db, workshopId, day, [minutes](Writer& w, const Day& d) -> Status {
        auto item = running(d, QObject::tr("Nothing is running on day %1, so there is nothing to extend.").arg(d.number));
        if (!item)
            return std::unexpected(item.error());
        w.changes().description = QObject::tr("Extend “%1” by %2").arg((*item)->title, agenda::durationLabel(minutes));
        w.changes().subject = (*item)->id;
        return w.update(kItems, (*item)->id, {{QStringLiteral("extra_minutes"), (*item)->extraMinutes + minutes}});
    });
}

Result<ChangeSet> reset(Database& db, Id workshopId, int day)
{
    return act(db, workshopId, day, [](Writer& w, const Day& d) -> Status {
        w.changes().description = QObject::tr("Reset the live record of day %1").arg(d.number);
        bool any = false;
        for (const AgendaItem& item : d.items) {
            if (!item.hasStarted() && !item.hasEnded() && item.extraMinutes == 0 && !item.pausedSince.isValid()
                && item.pausedSeconds == 0)
                continue;
            any = true;
            if (auto s = w.update(kItems, item.id,
                                  {{QStringLiteral("actual_start"), QString()},
                                   {QStringLiteral("actual_end"), QString()},
                                   {QStringLiteral("extra_minutes"), 0},
                                   {QStringLiteral("paused_since"), QString()},
                                   {QStringLiteral("paused_seconds"), 0}});
                !s)
                return s;
        }
        if (!any)
            return fail(QObject::tr("Day %1 has not been run live, so there is nothing to reset.").arg(d.number));
        return ok();
    });
}

} // namespace live
} // namespace rt
