#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace rt {

namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void install(const QString& file, const QString& folder = QString())
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder))
        return;
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(std::move(translator));
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString systemLanguage()
{
    const QStringList shipped = availableLanguages();
    for (const QString& wanted : QLocale::system().uiLanguages()) {
        const QString code = wanted.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString& language)
{
    const QString code = availableLanguages().contains(language) ? language : systemLanguage();
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    install(QStringLiteral(":/i18n/roundtable_%1.qm").arg(code));
    if (code != QLatin1String("en"))
        install(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English dates and numbers stay as the system writes them (US or UK);
    // another language brings its own.
    if (code != QLatin1String("en"))
        QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace rt
