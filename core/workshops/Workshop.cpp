#include "workshops/Workshop.h"

#include <QLocale>
#include <QObject>

namespace rt {

QString statusKey(WorkshopStatus status)
{
    switch (status) {
    case WorkshopStatus::Planned: return QStringLiteral("planned");
    case WorkshopStatus::Live: return QStringLiteral("live");
    case WorkshopStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("planned");
}

std::optional<WorkshopStatus> workshopStatusFromKey(const QString& key)
{
    for (WorkshopStatus s : {WorkshopStatus::Planned, WorkshopStatus::Live, WorkshopStatus::Closed}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(WorkshopStatus status)
{
    switch (status) {
    case WorkshopStatus::Planned: return QObject::tr("Planned");
    case WorkshopStatus::Live: return QObject::tr("Live");
    case WorkshopStatus::Closed: return QObject::tr("Closed");
    }
    return {};
}

QString durationLabel(int halfDays)
{
    if (halfDays == 1)
        return QObject::tr("Half day");
    const int days = halfDays / 2;
    if (halfDays % 2 == 0)
        return QObject::tr("%n day(s)", nullptr, days);
    return QObject::tr("%1½ days").arg(days);
}

QString Workshop::datesLabel() const
{
    if (!startDate.isValid())
        return QObject::tr("no date set");
    const QLocale locale;
    const QDate end = endDate();
    if (end == startDate)
        return locale.toString(startDate, QStringLiteral("ddd d MMM yyyy"));
    if (end.year() != startDate.year())
        return QObject::tr("%1 – %2").arg(locale.toString(startDate, QStringLiteral("d MMM yyyy")),
                                          locale.toString(end, QStringLiteral("d MMM yyyy")));
    if (end.month() != startDate.month())
        return QObject::tr("%1 – %2").arg(locale.toString(startDate, QStringLiteral("d MMM")),
                                          locale.toString(end, QStringLiteral("d MMM yyyy")));
    return QObject::tr("%1–%2").arg(locale.toString(startDate, QStringLiteral("d")),
                                    locale.toString(end, QStringLiteral("d MMM yyyy")));
}

} // namespace rt
