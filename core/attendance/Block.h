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

// Morning and afternoon for each full day, a morning alone for a trailing
// half day; times and hours the common ones for a workshop day.
std::vector<AttendanceBlock> defaults(int halfDays);
Status validate(const AttendanceBlock& block, int dayCount);
// "3.5 h", "3 h", "1.25 h"
QString hoursLabel(double hours);
// "HH:mm" as stored, and back; invalid QTime for anything else.
QString timeKey(QTime time);
QTime timeFromKey(const QString& key);

} // namespace blocks
} // namespace rt
