#include "attendance/Block.h"

#include "workshops/Workshop.h"

#include <QLocale>
#include <QObject>
#include <cmath>

namespace rt {

QString AttendanceBlock::name() const
{
    return QObject::tr("Day %1 · %2").arg(day).arg(label);
}

QString AttendanceBlock::longName() const
{
    return QObject::tr("%1, %2–%3").arg(name(), blocks::timeKey(starts), blocks::timeKey(ends));
}

QDate AttendanceBlock::date(const Workshop& workshop) const
{
    return workshop.startDate.addDays(day - 1);
}

namespace blocks {

std::vector<AttendanceBlock> defaults(int halfDays)
{
    std::vector<AttendanceBlock> result;
    for (int half = 0; half < halfDays; ++half) {
        AttendanceBlock b;
        b.day = half / 2 + 1;
        if (half % 2 == 0) {
            b.label = QObject::tr("Morning");
            b.starts = QTime(8, 30);
            b.ends = QTime(12, 0);
        } else {
            b.label = QObject::tr("Afternoon");
            b.starts = QTime(13, 0);
            b.ends = QTime(16, 30);
        }
        b.creditHours = 3.5;
        result.push_back(b);
    }
    return result;
}

Status validate(const AttendanceBlock& b, int dayCount)
{
    if (b.label.trimmed().isEmpty())
        return fail(QObject::tr("Each block needs a label, such as “Morning”."));
    if (b.day < 1 || b.day > dayCount)
        return fail(QObject::tr("“%1” is on day %2, but the workshop has %n day(s).", nullptr, dayCount)
                        .arg(b.label.trimmed())
                        .arg(b.day));
    if (!b.starts.isValid() || !b.ends.isValid())
        return fail(QObject::tr("“%1” needs a start and an end time.").arg(b.label.trimmed()));
    if (b.ends <= b.starts)
        return fail(QObject::tr("“%1” ends at %2, which is not after its start at %3.")
                        .arg(b.label.trimmed(), timeKey(b.ends), timeKey(b.starts)));
    if (!(b.creditHours >= 0 && b.creditHours <= 24))
        return fail(QObject::tr("“%1” carries %2 credit hours; give it from 0 to 24.")
                        .arg(b.label.trimmed())
                        .arg(b.creditHours));
    return ok();
}

QString hoursLabel(double hours)
{
    // Quarter hours at most: 3.5, 3.25, 3.
    const double rounded = std::round(hours * 100.0) / 100.0;
    return QObject::tr("%1 h").arg(QLocale().toString(rounded, 'g', 4));
}

QString timeKey(QTime time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime timeFromKey(const QString& key)
{
    return QTime::fromString(key, QStringLiteral("HH:mm"));
}

} // namespace blocks
} // namespace rt
