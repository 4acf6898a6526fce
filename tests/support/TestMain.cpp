// The test programs' main: the Qt application object first, then Catch2.
// Tests always run on the offscreen platform unless told otherwise, so they
// need no display (ctest, CI, and test discovery at build time alike).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestServer.h"
#include "common/Translations.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#ifdef ROUNDTABLE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QLocale>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// The offscreen platform warns on every top-level window that it cannot pass
// size hints on; that says nothing about the code under test.
QtMessageHandler g_standardHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    g_standardHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    g_standardHandler = qInstallMessageHandler(quietHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep test output free of per-user settings and runtime-dir warnings.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp/roundtable-test-runtime-") + QByteArray::number(getuid()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Settings and app data go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // Backups (made on every open and before upgrades) go to a folder of this
    // run, which the command-line tool started by tests inherits too.
    QTemporaryDir backups;
    if (qEnvironmentVariableIsEmpty("ROUNDTABLE_BACKUP_DIR"))
        qputenv("ROUNDTABLE_BACKUP_DIR", QFile::encodeName(backups.path()));
    // The command-line tool started by tests reads its preferences (page size,
    // default blocks) from a settings folder of this run, not the user's.
    QTemporaryDir config;
    if (qEnvironmentVariableIsEmpty("ROUNDTABLE_TEST_KEEP_CONFIG"))
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("RoundtableTests"));
    TestApplication::setOrganizationName(QStringLiteral("RoundtableTests"));
    rt::installTranslations(QStringLiteral("en"));
    // Registered for the server backend but no server to test against: say so
    // and report "skipped" to ctest (SKIP_RETURN_CODE), never a pass.
    const bool listing = std::any_of(argv, argv + argc, [](const char* arg) { return std::strncmp(arg, "--list", 6) == 0; });
    if (rt::test::onServerBackend() && !rt::test::testServer() && !listing) {
        std::fprintf(stderr, "SKIPPED: no PostgreSQL server to test against (ROUNDTABLE_TEST_SERVER is not set; "
                             "scripts/test.sh starts one when PostgreSQL is installed).\n");
        return 77;
    }
    const int failures = Catch::Session().run(argc, argv);
    rt::test::dropServerDatabases();
    return failures;
}
