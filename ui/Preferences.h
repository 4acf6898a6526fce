#pragma once
// The preferences by name, as text: the table roundtable-cli's "preferences"
// command lists and sets, and what the Preferences dialog edits. Each entry
// goes through the typed accessors of AppSettings.h, so the keys, defaults
// and checks stay there.

#include "common/Result.h"

#include <QString>
#include <vector>

namespace rt::ui::preferences {

struct Entry {
    QString name;        // "page-size", as the command line writes it
    QString description; // one line, translated
    QString value;       // the value in use, as text
    QString defaultValue;
    bool isDefault = false; // nothing usable is stored: the default is in use
};

// Every preference, in a stable order.
std::vector<Entry> all();
// Checks every KEY=VALUE first and stores them only when all are good; the
// message says which key and what it takes.
Status set(const std::vector<std::pair<QString, QString>>& values);
// Forgets what is stored for `name`: its default applies again.
Status reset(const QString& name);

} // namespace rt::ui::preferences
