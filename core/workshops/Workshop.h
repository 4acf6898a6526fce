#pragma once
// A workshop: one run of a program at a venue on given dates, with its host,
// capacity and status.

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace rt {

enum class WorkshopStatus { Planned, Live, Closed };

QString statusKey(WorkshopStatus status);
std::optional<WorkshopStatus> workshopStatusFromKey(const QString& key);
QString statusLabel(WorkshopStatus status);

// "Half day", "1 day", "1½ days", "2 days".
QString durationLabel(int halfDays);

struct Workshop {
    Id id = 0;
    QString uuid;
    std::optional<Id> programId;
    QString title;
    std::optional<Id> venueId;
    QDate startDate;
    int halfDays = 4;
    int capacity = 20;
    QString hostOrganisation;
    QString hostState;
    bool affiliated = true;
    WorkshopStatus status = WorkshopStatus::Planned;
    QString notes;

    int dayCount() const { return (halfDays + 1) / 2; }
    QDate endDate() const { return startDate.addDays(dayCount() - 1); }
    // "Tue 9 Mar 2027" or "9–10 Mar 2027" style, always unambiguous.
    QString datesLabel() const;
};

} // namespace rt
