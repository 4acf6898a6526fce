#pragma once
// One timed segment of a workshop day: a presentation, a discussion, a break.
// Its start is computed (see Schedule.h) unless it is fixed to a time of day.

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace rt {

enum class AgendaKind { Presentation, SmallGroup, LargeGroup, InformationSharing, Assessment, ActionPlanning, Break, Meal };

QString agendaKindKey(AgendaKind kind);
std::optional<AgendaKind> agendaKindFromKey(const QString& key);
QString agendaKindLabel(AgendaKind kind); // "Small-group discussion"
// Breaks and meals: shown to the room but with nothing to present.
bool isPause(AgendaKind kind);

struct AgendaItem {
    Id id = 0;
    QString uuid;                  // stable across files and exports (calendar UIDs)
    Id workshopId = 0;
    int day = 1;
    int position = 0;
    AgendaKind kind = AgendaKind::Presentation;
    QString title;
    std::optional<Id> presenterId; // a facilitator of the workshop
    QString presenterName;         // read along with the item
    QString module;                // "Crisis Communication and Social Media"
    QString notes;                 // for facilitators only: never on the projector
    QString prompt;                // the question put to the room
    int minutes = 30;
    QTime fixedStart;              // invalid: flows after the item before

    // Live: what really happened (UTC); empty until it does.
    QDateTime actualStart;
    QDateTime actualEnd;
    int extraMinutes = 0;          // extensions while it ran
    QDateTime pausedSince;         // set while paused
    int pausedSeconds = 0;         // pauses already over

    bool isAnchored() const { return fixedStart.isValid(); }
    bool hasStarted() const { return actualStart.isValid(); }
    bool hasEnded() const { return actualEnd.isValid(); }
    int plannedMinutes() const { return minutes + extraMinutes; }
};

namespace agenda {

Status validate(const AgendaItem& item, int dayCount);

} // namespace agenda
} // namespace rt
