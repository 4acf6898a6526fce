#include "common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace rt {

void installTranslations()
{
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/roundtable_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

} // namespace rt
