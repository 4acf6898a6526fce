#include "exports/AgendaDocument.h"

#include "agenda/Agenda.h"
#include "workshops/Workshops.h"

#include <QLocale>
#include <QObject>

namespace rt::exports {

int AgendaDocument::itemCount() const
{
    int count = 0;
    for (const AgendaDay& d : days)
        count += int(d.items.size());
    return count;
}

QString AgendaDocument::venueLabel() const
{
    return venue ? venue->label() : QString();
}

QString AgendaDocument::dayLabel(const AgendaDay& day) const
{
    const QString date = QLocale().toString(day.date, QStringLiteral("dddd d MMMM yyyy"));
    if (days.size() == 1)
        return date;
    return QObject::tr("Day %1 · %2").arg(day.day).arg(date);
}

Status AgendaDocument::requireItems() const
{
    if (itemCount() == 0)
        return fail(QObject::tr("“%1” has no agenda yet. Build one on its Agenda tab (from a template, or item by item) first.")
                        .arg(workshop.title));
    return ok();
}

Result<AgendaDocument> agendaDocument(const Database& db, Id workshopId)
{
    AgendaDocument doc;
    auto workshop = workshops::get(db, workshopId);
    if (!workshop)
        return std::unexpected(workshop.error());
    doc.workshop = *workshop;
    if (doc.workshop.venueId) {
        auto venue = venues::get(db, *doc.workshop.venueId);
        if (!venue)
            return std::unexpected(venue.error());
        doc.venue = *venue;
    }
    auto facilitators = facilitators::ofWorkshop(db, workshopId);
    if (!facilitators)
        return std::unexpected(facilitators.error());
    doc.facilitators = std::move(*facilitators);
    auto items = agenda::itemsOf(db, workshopId);
    if (!items)
        return std::unexpected(items.error());

    // Items past the last day cannot be saved, but a day is never lost in print.
    int dayCount = doc.workshop.dayCount();
    for (const AgendaItem& i : *items)
        dayCount = std::max(dayCount, i.day);
    for (int d = 1; d <= dayCount; ++d) {
        AgendaDay day;
        day.day = d;
        day.date = doc.workshop.startDate.addDays(d - 1);
        auto window = agenda::dayWindow(db, workshopId, d);
        if (!window)
            return std::unexpected(window.error());
        day.window = *window;
        for (const AgendaItem& i : *items) {
            if (i.day == d)
                day.items.push_back(i);
        }
        day.schedule = agenda::schedule(day.items, day.window);
        doc.days.push_back(std::move(day));
    }
    return doc;
}

} // namespace rt::exports
