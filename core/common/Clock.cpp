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
    if (const auto& clock = clockOverride())
        return clock().toUTC();
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
