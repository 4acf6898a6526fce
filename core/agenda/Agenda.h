#pragma once
// A workshop's agenda: items per day in order, edited one action at a time,
// and the templates an agenda can start from.

#include "agenda/AgendaItem.h"
#include "agenda/Schedule.h"
#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <vector>

namespace rt {

class Database;
class Writer;

struct AgendaTemplate {
    Id id = 0;
    QString name;
    QString description;
    std::vector<AgendaItem> items; // by day and position; ids are the template rows'
    int dayCount() const;
};

namespace agenda {

// Every day's items, by day and position, with presenter names.
Result<std::vector<AgendaItem>> itemsOf(const Database& db, Id workshopId);
Result<std::vector<AgendaItem>> dayOf(const Database& db, Id workshopId, int day);
Result<AgendaItem> item(const Database& db, Id itemId);
// The day's start and end: its attendance blocks' first start and last end.
Result<DayWindow> dayWindow(const Database& db, Id workshopId, int day);

// Appends to the item's day, or inserts at `position` (0-based) when given.
Result<ChangeSet> addItem(Database& db, const AgendaItem& item, std::optional<int> position = std::nullopt);
// Saves every field but the live record and the position.
Result<ChangeSet> updateItem(Database& db, const AgendaItem& item);
Result<ChangeSet> removeItem(Database& db, Id itemId);
// Drag and drop: to `position` (0-based) of `day`, the others making room.
Result<ChangeSet> moveItem(Database& db, Id itemId, int day, int position);

Result<std::vector<AgendaTemplate>> templates(const Database& db);
// Replaces the workshop's agenda (refused once the workshop has started running it).
Result<ChangeSet> applyTemplate(Database& db, Id workshopId, Id templateId);
Result<ChangeSet> copyFrom(Database& db, Id workshopId, Id sourceWorkshopId);
Result<ChangeSet> saveAsTemplate(Database& db, Id workshopId, const QString& name, const QString& description);
Result<ChangeSet> removeTemplate(Database& db, Id templateId);

// Inside other actions: a deleted workshop's items; a shortened workshop.
Status removeAllOf(Writer& writer, Id workshopId);
Status refuseShorteningPastItems(Writer& writer, Id workshopId, int halfDays);

// Schema step 4 seeds the two shipped templates.
Status seedTemplates(Writer& writer);

} // namespace agenda
} // namespace rt
