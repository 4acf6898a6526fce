#include "attendance/Block.h"

#include "workshops/Workshop.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
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

DayPlan standardDay()
{
    AttendanceBlock morning;
    morning.label = QObject::tr("Morning");
    morning.starts = QTime(8, 30);
    morning.ends = QTime(12, 0);
    morning.creditHours = 3.5;
    AttendanceBlock afternoon = morning;
    afternoon.label = QObject::tr("Afternoon");
    afternoon.starts = QTime(13, 0);
    afternoon.ends = QTime(16, 30);
    return {morning, afternoon};
}

Status validateDay(const DayPlan& day)
{
    if (day.empty())
        return fail(QObject::tr("A workshop day needs at least one block, such as “Morning 08:30-12:00 3.5”."));
    for (std::size_t i = 0; i < day.size(); ++i) {
        AttendanceBlock b = day[i];
        b.day = 1;
        if (auto s = validate(b, 1); !s)
            return s;
        for (std::size_t j = 0; j < i; ++j) {
            const AttendanceBlock& other = day[j];
            if (other.label.trimmed().compare(b.label.trimmed(), Qt::CaseInsensitive) == 0)
                return fail(QObject::tr("Two blocks are called “%1”; give each block a label of its own.").arg(b.label.trimmed()));
            if (b.starts < other.ends && other.starts < b.ends)
                return fail(QObject::tr("“%1” (%2–%3) overlaps “%4” (%5–%6); let one end before the other starts.")
                                .arg(b.label.trimmed(), timeKey(b.starts), timeKey(b.ends), other.label.trimmed(),
                                     timeKey(other.starts), timeKey(other.ends)));
        }
    }
    return ok();
}

QString dayText(const DayPlan& day)
{
    QStringList parts;
    for (const AttendanceBlock& b : day)
        parts << QStringLiteral("%1 %2-%3 %4").arg(b.label.trimmed(), timeKey(b.starts), timeKey(b.ends), QString::number(b.creditHours, 'g', 4));
    return parts.join(QStringLiteral("; "));
}

Result<DayPlan> parseDay(const QString& text)
{
    // "LABEL HH:mm-HH:mm HOURS"; the label may hold spaces.
    static const QRegularExpression part(QStringLiteral("^(.+?)\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})\\s+(\\S+)$"));
    DayPlan day;
    for (const QString& piece : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = piece.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto m = part.match(trimmed);
        bool isNumber = false;
        AttendanceBlock b;
        if (m.hasMatch()) {
            b.label = m.captured(1).trimmed();
            b.starts = QTime::fromString(m.captured(2).rightJustified(5, QLatin1Char('0')), QStringLiteral("HH:mm"));
            b.ends = QTime::fromString(m.captured(3).rightJustified(5, QLatin1Char('0')), QStringLiteral("HH:mm"));
            b.creditHours = m.captured(4).toDouble(&isNumber);
        }
        if (!m.hasMatch() || !isNumber || !b.starts.isValid() || !b.ends.isValid())
            return fail(QObject::tr("Could not read the block “%1”. Write each block as LABEL START-END HOURS, and separate "
                                    "blocks with “;”, e.g. “Morning 08:30-12:00 3.5; Afternoon 13:00-16:30 3.5”.")
                            .arg(trimmed));
        day.push_back(b);
    }
    if (auto s = validateDay(day); !s)
        return std::unexpected(s.error());
    return day;
}

std::vector<AttendanceBlock> defaults(int halfDays, const DayPlan& plan)
{
    const DayPlan day = plan.empty() ? standardDay() : plan;
    DayPlan halfDay;
    for (const AttendanceBlock& b : day) {
        if (b.starts < QTime(12, 0))
            halfDay.push_back(b);
    }
    if (halfDay.empty())
        halfDay.push_back(day.front());
    std::vector<AttendanceBlock> result;
    for (int d = 1; d <= (halfDays + 1) / 2; ++d) {
        const bool half = halfDays % 2 == 1 && d == (halfDays + 1) / 2;
        for (AttendanceBlock b : half ? halfDay : day) {
            b.id = 0;
            b.workshopId = 0;
            b.day = d;
            b.label = b.label.trimmed();
            result.push_back(b);
        }
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
