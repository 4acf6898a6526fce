#include "common/Clock.h"

namespace rt {
namespace {
std::function<QDateTime()>& clockOverride()
{
    static std::function<QDateTime()> clock;
    return clock;
}
} // namespace

QDateTime currentUtc()
{
    // A test clock not yet set reads as the real time, never as no time.
    if (const auto& clock = clockOverride()) {
        if (const QDateTime set = clock(); set.isValid())
            return set.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QString timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString nowTimestamp()
{
    return timestamp(currentUtc());
}

void setClockForTesting(std::function<QDateTime()> clock)
{
    clockOverride() = std::move(clock);
}

} // namespace rt
