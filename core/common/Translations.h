#pragma once
// Loads Roundtable's translations into the running application. English has a
// translation file too: it holds the singular and plural forms of every "%n"
// message ("1 day", "2 days"), which Qt cannot guess.

namespace rt {

void installTranslations();

} // namespace rt
