#pragma once
// Loads Roundtable's translations into the running application. English has a
// translation file too: it holds the singular and plural forms of every "%n"
// message ("1 day", "2 days"), which Qt cannot guess. Spanish translates
// every message, and Qt's own strings (standard buttons, dialogs) come from
// Qt's translations where they are installed.

#include <QString>
#include <QStringList>

namespace rt {

// The languages Roundtable ships, as codes: "en", "es".
QStringList availableLanguages();

// The language the system asks for, among the shipped ones ("en" otherwise).
QString systemLanguage();

// Installs the translators for `language` ("en", "es"; empty: the system's),
// replacing any installed before, and makes it the default locale so dates
// and numbers read the same way. Returns the language installed.
QString installTranslations(const QString& language = QString());

} // namespace rt
