#pragma once
// The agenda as an iCalendar file (RFC 5545), for participants' and
// facilitators' calendars: one event per item, named by the item's UUID so
// that importing a later export updates the events instead of doubling them.
// Facilitators' notes are never in it: the file is handed out.

#include "exports/AgendaDocument.h"

#include <QByteArray>

namespace rt::exports {

// A TEXT value with backslash, semicolon, comma and line breaks escaped.
QString icsText(const QString& text);
// One content line, folded at 75 octets without splitting a UTF-8 character,
// each physical line ended by CRLF.
QByteArray icsLine(const QString& line);

QByteArray agendaIcs(const AgendaDocument& doc);
Status writeAgendaIcs(const AgendaDocument& doc, const QString& path);

} // namespace rt::exports
