#pragma once
// Everything a printed or exported agenda shows, read in one pass: the
// workshop, where it is, who runs it, and each day's items with their
// computed times and the plan's warnings.

#include "agenda/AgendaItem.h"
#include "agenda/Schedule.h"
#include "workshops/Venues.h"
#include "workshops/Workshop.h"

#include <QDate>
#include <optional>
#include <vector>

namespace rt {
class Database;
}

namespace rt::exports {

struct AgendaDay {
    int day = 1; // 1-based
    QDate date;
    DayWindow window;
    std::vector<AgendaItem> items; // in order
    DaySchedule schedule;          // one timing per item
};

struct AgendaDocument {
    Workshop workshop;
    std::optional<Venue> venue;
    std::vector<Facilitator> facilitators; // lead first
    std::vector<AgendaDay> days;           // every day of the workshop, empty ones too

    int itemCount() const;
    QString venueLabel() const;
    // "Day 2 · Wednesday 10 March 2027", or just the date for a one-day workshop.
    QString dayLabel(const AgendaDay& day) const;
    // The error to give when there is nothing to export; ok() otherwise.
    Status requireItems() const;
};

Result<AgendaDocument> agendaDocument(const Database& db, Id workshopId);

} // namespace rt::exports
