#pragma once
// One source of "now" for timestamps, replaceable in tests so that stored
// created/updated times are predictable.

#include <QDateTime>
#include <QString>
#include <functional>

namespace rt {

QDateTime currentUtc();
// ISO 8601 UTC with milliseconds, the form every timestamp column holds.
QString timestamp(const QDateTime& utc);
QString nowTimestamp();

void setClockForTesting(std::function<QDateTime()> clock); // empty function restores the real clock

} // namespace rt
