#include "Cli.h"

#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Roundtable"));
    QCoreApplication::setOrganizationName(QStringLiteral("Roundtable"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUNDTABLE_VERSION));
    rt::installTranslations();
    return rt::cli::run(QCoreApplication::arguments());
}
