#pragma once
// The printed agenda. The participants' version is the handout: each day's
// sessions with their times, modules, presenters and discussion questions,
// breaks and meals set lighter. The facilitators' version adds what running
// the day needs: lengths, kinds, the notes, which starts are fixed, and what
// in the plan does not fit, each day on its own pages.

#include "exports/AgendaDocument.h"
#include "exports/PrintOptions.h"

namespace rt::exports {

enum class AgendaAudience { Participants, Facilitators };

// items: the agenda items printed. Fails, writing nothing, when the workshop
// has no agenda.
Result<PdfSummary> writeAgenda(const AgendaDocument& doc, const QString& path, const PrintOptions& options, AgendaAudience audience);

} // namespace rt::exports
