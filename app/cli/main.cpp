#include "Cli.h"

#include "common/Translations.h"

#include <QApplication>

namespace {

QtMessageHandler g_standardHandler = nullptr;

// Without a login session (a script, a container) Qt warns on stderr that
// there is no runtime folder; the tool never uses one, and scripts read stderr.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("XDG_RUNTIME_DIR not set")))
        return;
    g_standardHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    g_standardHandler = qInstallMessageHandler(quietHandler);
    // Printing PDFs needs fonts, so a GUI application object, and the outcome
    // report's charts (Qt Charts) need the widget toolkit's; scripts run the
    // tool without a display, where the offscreen platform stands in.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Roundtable"));
    QCoreApplication::setOrganizationName(QStringLiteral("Roundtable"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUNDTABLE_VERSION));
    // Scripts read the output: it stays English whatever the system language.
    rt::installTranslations(QStringLiteral("en"));
    return rt::cli::run(QCoreApplication::arguments());
}
