#pragma once
// The time arithmetic of a day's agenda: each item starts when the one before
// it ends, unless it is fixed to a time of day (lunch at 12:00); then the
// items before it either leave a gap or run into it, which is a warning. Live,
// the same arithmetic runs from what really happened (see Live.h).

#include "agenda/AgendaItem.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace rt {

// When a workshop day begins and ends (from its attendance blocks).
struct DayWindow {
    QTime starts = QTime(8, 30);
    QTime ends = QTime(16, 30);
    QDate date; // the calendar day, when known: on any other day, live projections keep to the plan
};

struct ScheduledItem {
    int startMinute = 0; // minutes after midnight; may pass 24:00 in a broken plan
    int endMinute = 0;
    int gapBefore = 0;   // idle minutes before a fixed item
    int clash = 0;       // minutes the items before run into a fixed item
    QTime start() const;
    QTime end() const;
};

struct DaySchedule {
    std::vector<ScheduledItem> items; // one per item, in order
    int startMinute = 0;
    int endMinute = 0;                // when the last item ends
    int windowEndMinute = 0;
    int overrun() const { return std::max(0, endMinute - windowEndMinute); }
    bool fits() const;                // no clash and no overrun
    QStringList warnings;             // what a facilitator should fix, in words
};

namespace agenda {

int minuteOf(QTime time);
QTime timeOfMinute(int minute); // wraps past midnight
// "1 h 30 min", "45 min", "2 h"
QString durationLabel(int minutes);

// `items` are one day's, in order, starting at the window's start.
DaySchedule schedule(const std::vector<AgendaItem>& items, const DayWindow& window);
// Live: the items from `fromIndex` on, starting at `fromMinute`. When
// `firstItemMinutesLeft` is not negative, the first of them is under way and
// ends that many minutes from `fromMinute`. Earlier items' timings stay zero.
DaySchedule scheduleFrom(const std::vector<AgendaItem>& items, const DayWindow& window, size_t fromIndex, int fromMinute,
                         int firstItemMinutesLeft);

} // namespace agenda
} // namespace rt
