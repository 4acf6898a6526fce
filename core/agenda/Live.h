#pragma once
// Running the day live: which item is on, how long it has run and has left,
// what comes next, when the day will end, and how far behind it is. The state
// is computed from the items' live record (actual start and end, pauses,
// extensions) and the clock, so a restart resumes where the room is. Each
// control (start, next, pause, resume, extend) is one action in the file.

#include "agenda/Schedule.h"
#include "storage/ChangeSet.h"

#include <optional>

namespace rt {

class Database;

enum class LiveWarning { None, Amber, Red };

struct LiveState {
    // NotStarted: nothing under way and something still to start (before the
    // first item, or items were added after the last one ended). Running or
    // Paused: an item has started and not ended. Finished: nothing under way
    // and nothing after the last item started.
    enum class Phase { NotStarted, Running, Paused, Finished };
    Phase phase = Phase::NotStarted;
    std::optional<size_t> current; // index into the day's items
    std::optional<size_t> next;    // the item after the current (or the first, before the start)
    int elapsedSeconds = 0;        // of the current item, pauses left out
    int remainingSeconds = 0;      // of the current item; negative once it overruns
    LiveWarning warning = LiveWarning::None;
    int projectedEndMinute = 0;    // when the day will end at this rate (local minutes after midnight)
    int plannedEndMinute = 0;      // when the plan said it would (extensions not counted)
    int behindMinutes = 0;         // projected minus planned start of what comes next (or of the day's end); negative: ahead
    DaySchedule projected;         // every item's projected start and end from now on
};

namespace live {

// Amber once a fifth of the item, or five minutes, is left (whichever is
// less); red in its last minute and while it overruns.
LiveWarning warningFor(int plannedSeconds, int remainingSeconds);

// `items` are one day's in order; `nowUtc` the clock, read as a local time of
// day. Projections run from now (not before the window's start when nothing
// runs); behindMinutes counts a fixed item that the ones before run into as
// starting when they end.
LiveState compute(const std::vector<AgendaItem>& items, const DayWindow& window, const QDateTime& nowUtc);

// Each control below is one undoable action; all are refused once the
// workshop is closed.

// Starts the item after the last one run (the first, on a fresh day); refused
// while an item runs (that is Next) and once the day has finished.
Result<ChangeSet> start(Database& db, Id workshopId, int day);
// Ends the current item and starts the one after it (the day finishes after the last).
Result<ChangeSet> next(Database& db, Id workshopId, int day);
Result<ChangeSet> pause(Database& db, Id workshopId, int day);
Result<ChangeSet> resume(Database& db, Id workshopId, int day);
// Gives the current item `minutes` more (1 to 120).
Result<ChangeSet> extend(Database& db, Id workshopId, int day, int minutes);
// Clears the day's live record, to rehearse or start again.
Result<ChangeSet> reset(Database& db, Id workshopId, int day);

} // namespace live
} // namespace rt
