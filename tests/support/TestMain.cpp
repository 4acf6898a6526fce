// The test programs' main: the Qt application object first, then Catch2.
// Tests always run on the offscreen platform unless told otherwise, so they
// need no display (ctest, CI, and test discovery at build time alike).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/Translations.h"

#ifdef ROUNDTABLE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QLocale>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep test output free of per-user settings and runtime-dir warnings.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp/roundtable-test-runtime-") + QByteArray::number(getuid()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("RoundtableTests"));
    TestApplication::setOrganizationName(QStringLiteral("RoundtableTests"));
    rt::installTranslations();
    return Catch::Session().run(argc, argv);
}
