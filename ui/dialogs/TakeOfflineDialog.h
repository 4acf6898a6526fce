#pragma once
// File > Take Workshop Offline…: the workshop on screen, copied from the
// server into a file of its own for a venue without network. A save-file
// prompt asks where; the message afterwards says how to bring it back.

#include "common/Result.h"

#include <QString>

class QWidget;

namespace rt {
class Database;
}

namespace rt::ui::offline {

// Whether the action applies: taking a workshop offline is for a server.
bool available(const Database& db, Id workshopId);

// Asks where the file goes, writes it, and reports how it went. Returns the
// file written, or empty when cancelled or refused (the reason was shown).
QString takeWorkshopOffline(QWidget* parent, Database& db, Id workshopId);

} // namespace rt::ui::offline
