// roundtable: the desktop app. `roundtable --demo` opens a fresh demo file;
// `roundtable FILE` opens a file; `roundtable --server URL` a database on a
// server (the password from the keychain, else asked); with none, the last file used.

#include "AppSettings.h"
#include "MainWindow.h"
#include "dialogs/AuthorDialog.h"
#include "common/Translations.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Roundtable"));
    QApplication::setOrganizationName(QStringLiteral("Roundtable"));
    QApplication::setApplicationDisplayName(QStringLiteral("Roundtable"));
    QApplication::setApplicationVersion(QStringLiteral(ROUNDTABLE_VERSION));
    // The desktop entry's name (resources/desktop): lets the shell match the window to it.
    QApplication::setDesktopFileName(QStringLiteral("org.roundtable.Roundtable"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.roundtable.Roundtable.svg")));
    // The language chosen in Preferences (empty: the system's); QSettings needs
    // the application's names set first.
    rt::installTranslations(rt::ui::settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workshops for city managers and police chiefs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open a fresh copy of the demo workshop."));
    parser.addOption(demo);
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Connect to a Roundtable database on a server, "
                                                                    "e.g. postgresql://maria@db.example.org/roundtable."),
                                    QStringLiteral("url"));
    parser.addOption(server);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A Roundtable file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // The file is opened before the window is shown, so the window appears
    // once, complete, instead of being laid out and painted twice.
    rt::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (parser.isSet(server)) {
        const auto address = rt::ServerAddress::parse(parser.value(server));
        if (!address) {
            std::fprintf(stderr, "%s\n", qPrintable(address.error().message));
            return 2;
        }
        window.openServer(*address);
    } else if (!files.isEmpty())
        window.openFile(files.front());
    else
        window.openStartupFile();
    window.show();
    // The change history names who made each change: ask once for a name
    // colleagues know (the account name stands in if none is given). A look
    // at the demo is not the moment to ask.
    if (!parser.isSet(demo) && !rt::ui::settings::authorNameAsked()) {
        QTimer::singleShot(0, &window, [&window] {
            if (!rt::ui::editAuthorName(&window))
                rt::ui::settings::setAuthorName(QString());
        });
    }
    return QApplication::exec();
}
