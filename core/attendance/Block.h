#pragma once
// An attendance block: one part of one workshop day (a morning, an afternoon)
// that people check in to and that carries credit hours.

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <vector>

namespace rt {

struct Workshop;

struct AttendanceBlock {
    Id id = 0;
    Id workshopId = 0;
    int day = 1; // 1-based day of the workshop
    QString label;
    QTime starts;
    QTime ends;
    double creditHours = 0;

    int minutes() const { return starts.secsTo(ends) / 60; }
    // "Day 1 · Morning"
    QString name() const;
    // "Day 1 · Morning, 08:30–12:00"
    QString longName() const;
    // The calendar date of this block's day.
    QDate date(const Workshop& workshop) const;
};

namespace blocks {

// The blocks of one workshop day (their `day` ignored), in the order of the
// day: what each day of a new workshop gets. The caller (the app's
// preferences) chooses one; core keeps none of its own but the standard day.
using DayPlan = std::vector<AttendanceBlock>;
// Morning 08:30–12:00 and afternoon 13:00–16:30, 3.5 credit hours each.
DayPlan standardDay();
// At least one block; each labelled (labels different), ending after it
// starts, 0–24 credit hours; none overlapping another.
Status validateDay(const DayPlan& day);
// "Morning 08:30-12:00 3.5; Afternoon 13:00-16:30 3.5", and back; parsing
// says which part it could not read and how it should look.
QString dayText(const DayPlan& day);
Result<DayPlan> parseDay(const QString& text);

// `day`'s blocks for each full day; a trailing half day gets those that
// start before noon (the first block when none does).
std::vector<AttendanceBlock> defaults(int halfDays, const DayPlan& day = standardDay());
Status validate(const AttendanceBlock& block, int dayCount);
// "3.5 h", "3 h", "1.25 h"
QString hoursLabel(double hours);
// "HH:mm" as stored, and back; invalid QTime for anything else.
QString timeKey(QTime time);
QTime timeFromKey(const QString& key);

} // namespace blocks
} // namespace rt
