#include "agenda/Schedule.h"

#include <QObject>
#include <algorithm>

namespace rt {

QTime ScheduledItem::start() const
{
    return agenda::timeOfMinute(startMinute);
}

QTime ScheduledItem::end() const
{
    return agenda::timeOfMinute(endMinute);
}

bool DaySchedule::fits() const
{
    return overrun() == 0 && std::none_of(items.begin(), items.end(), [](const ScheduledItem& i) { return i.clash > 0; });
}

namespace agenda {

int minuteOf(QTime time)
{
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

QTime timeOfMinute(int minute)
{
    minute = ((minute % 1440) + 1440) % 1440;
    return QTime(minute / 60, minute % 60);
}

QString durationLabel(int minutes)
{
    if (minutes < 60)
        return QObject::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QObject::tr("%1 h").arg(minutes / 60);
    return QObject::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

namespace {

QString clock(int minute)
{
    return timeOfMinute(minute).toString(QStringLiteral("HH:mm"));
}

} // namespace

DaySchedule scheduleFrom(const std::vector<AgendaItem>& items, const DayWindow& window, size_t fromIndex, int fromMinute,
                         int firstItemMinutesLeft)
{
    DaySchedule s;
    s.items.resize(items.size());
    s.startMinute = fromIndex == 0 ? fromMinute : 0;
    s.windowEndMinute = minuteOf(window.ends);
    int t = fromMinute;
    for (size_t i = fromIndex; i < items.size(); ++i) {
        const AgendaItem& item = items[i];
        ScheduledItem& out = s.items[i];
        const bool live = i == fromIndex && firstItemMinutesLeft >= 0;
        if (item.isAnchored() && !live) {
            const int anchor = minuteOf(item.fixedStart);
            if (t > anchor)
                out.clash = t - anchor;
            else
                out.gapBefore = anchor - t;
            // A fixed item keeps its time; what ran into it is the warning.
            out.startMinute = anchor;
        } else {
            out.startMinute = t;
        }
        out.endMinute = out.startMinute + (live ? firstItemMinutesLeft : item.plannedMinutes());
        if (live)
            out.startMinute = t; // already under way: "now"
        t = std::max(t, out.endMinute);
        if (out.clash > 0)
            s.warnings << QObject::tr("“%1” is fixed at %2, but the items before it run to %3 (%4 over).")
                              .arg(item.title, clock(out.startMinute), clock(out.startMinute + out.clash),
                                   durationLabel(out.clash));
    }
    s.endMinute = items.size() > fromIndex ? t : fromMinute;
    if (s.overrun() > 0)
        s.warnings << QObject::tr("The day runs to %1, %2 past its end at %3. Shorten or move some items.")
                          .arg(clock(s.endMinute), durationLabel(s.overrun()), clock(s.windowEndMinute));
    if (s.endMinute >= 24 * 60)
        s.warnings << QObject::tr("The plan runs past midnight.");
    return s;
}

DaySchedule schedule(const std::vector<AgendaItem>& items, const DayWindow& window)
{
    return scheduleFrom(items, window, 0, minuteOf(window.starts), -1);
}

} // namespace agenda
} // namespace rt
