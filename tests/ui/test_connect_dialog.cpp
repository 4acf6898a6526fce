// File > Connect to Server…, without a server: a pasted address fills the
// fields (and its password never stays in view), the fields write the
// address back, what is missing is said before anything is tried, and the
// keychain is used only where there is one.

#include <catch2/catch.hpp>

#include "ServerPasswords.h"
#include "dialogs/ConnectServerDialog.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace rt;
using rt::ui::ConnectServerDialog;
using rt::ui::ServerPasswords;

namespace {

// The system keychain is never touched by tests.
struct MemoryKeychain {
    explicit MemoryKeychain(const QString& unavailable = QString())
    {
        ServerPasswords::useMemoryForTests(true, unavailable);
        ServerPasswords::clearMemoryForTests();
    }
    ~MemoryKeychain()
    {
        ServerPasswords::clearMemoryForTests();
        ServerPasswords::useMemoryForTests(false);
    }
};

ServerAddress::Tls tlsShown(const ConnectServerDialog& dialog)
{
    return ServerAddress::Tls(dialog.tlsBox()->currentData().toInt());
}

} // namespace

TEST_CASE("A pasted server address fills the fields, and the fields write the address")
{
    MemoryKeychain keychain;
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QTest::keyClicks(dialog.urlEdit(), QStringLiteral("postgresql://maria@db.example.org:6543/roundtable?sslmode=require"));
    CHECK(dialog.hostEdit()->text() == QStringLiteral("db.example.org"));
    CHECK(dialog.portBox()->value() == 6543);
    CHECK(dialog.databaseEdit()->text() == QStringLiteral("roundtable"));
    CHECK(dialog.userEdit()->text() == QStringLiteral("maria"));
    CHECK(tlsShown(dialog) == ServerAddress::Tls::Require);
    CHECK(dialog.problemLabel()->isHidden());

    // Editing a field rewrites the address.
    dialog.databaseEdit()->selectAll();
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("salem"));
    CHECK(dialog.urlEdit()->text() == QStringLiteral("postgresql://maria@db.example.org:6543/salem?sslmode=require"));
    dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(int(ServerAddress::Tls::Disable)));
    CHECK(dialog.urlEdit()->text().endsWith(QStringLiteral("?sslmode=disable")));

    SECTION("a password in the address goes to the password field, not left in view")
    {
        dialog.urlEdit()->clear();
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("postgres://rt_password:station-secret@10.0.0.5/workshops"));
        CHECK(dialog.passwordEdit()->text() == QStringLiteral("station-secret"));
        CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
        CHECK_FALSE(dialog.urlEdit()->text().contains(QStringLiteral("station-secret")));
        CHECK(dialog.hostEdit()->text() == QStringLiteral("10.0.0.5"));
        CHECK(dialog.portBox()->value() == 5432);
        CHECK(tlsShown(dialog) == ServerAddress::Tls::Prefer);
        CHECK(dialog.address().password == QStringLiteral("station-secret"));
    }
    SECTION("an address that cannot be read says how to write it")
    {
        dialog.urlEdit()->clear();
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("postgresql://db.example.org/"));
        CHECK(dialog.problemLabel()->isVisible());
        CHECK(dialog.problemLabel()->text().contains(QStringLiteral("names no database")));
        CHECK(dialog.problemLabel()->text().contains(QStringLiteral("postgresql://maria@db.example.org:5432/roundtable")));
        // The fields keep what they had.
        CHECK(dialog.hostEdit()->text() == QStringLiteral("db.example.org"));
    }
}

TEST_CASE("Connect says what is missing before trying the server")
{
    MemoryKeychain keychain;
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.hostEdit()->clear();
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    CHECK(dialog.problemLabel()->isVisible());
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("host name")));
    CHECK(dialog.result() != QDialog::Accepted);

    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.org"));
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("name of the database")));

    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("roundtable"));
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("user name")));
    CHECK(dialog.takeDatabase() == nullptr);
}

TEST_CASE("Every control of the connect dialog is named, in the order of the form")
{
    MemoryKeychain keychain;
    ConnectServerDialog dialog;
    const QList<QWidget*> order{dialog.urlEdit(),      dialog.hostEdit(), dialog.portBox(),  dialog.databaseEdit(),
                                dialog.userEdit(),     dialog.passwordEdit(), dialog.tlsBox(), dialog.rememberBox(),
                                dialog.connectButton()};
    for (QWidget* w : order)
        CHECK_FALSE(w->accessibleName().isEmpty());
    CHECK(dialog.hostEdit()->accessibleName() == QStringLiteral("Host"));
    CHECK(dialog.passwordEdit()->accessibleName() == QStringLiteral("Password"));
    // What Tab reaches next: the next widget in the chain that takes focus by Tab.
    const auto tabFrom = [&dialog](QWidget* from) {
        for (QWidget* w = from->nextInFocusChain(); w && w != from; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&dialog) && w->isEnabled() && !w->focusProxy())
                return w;
        }
        return static_cast<QWidget*>(nullptr);
    };
    const auto proxied = [](QWidget* w) { return w->focusProxy() ? w->focusProxy() : w; };
    for (qsizetype i = 0; i + 1 < order.size(); ++i) {
        INFO("after " << order[i]->accessibleName().toStdString());
        CHECK(tabFrom(proxied(order[i])) == proxied(order[i + 1]));
    }
    QStringList tls;
    for (int i = 0; i < dialog.tlsBox()->count(); ++i)
        tls << dialog.tlsBox()->itemText(i);
    CHECK(tls == QStringList{QStringLiteral("Off"), QStringLiteral("If available"), QStringLiteral("Required"),
                             QStringLiteral("Verify certificate")});
}

TEST_CASE("A remembered password is filled in, and without a keychain the dialog says it cannot remember")
{
    ServerAddress server;
    server.host = QStringLiteral("db.example.org");
    server.database = QStringLiteral("roundtable");
    server.user = QStringLiteral("maria");
    SECTION("with a keychain")
    {
        MemoryKeychain keychain;
        {
            ConnectServerDialog dialog;
            dialog.setAddress(server);
            CHECK(dialog.passwordEdit()->text().isEmpty());
            CHECK_FALSE(dialog.rememberBox()->isChecked());
            CHECK(dialog.rememberBox()->isEnabled());
            CHECK(dialog.keychainNote()->isHidden());
        }
        REQUIRE(ServerPasswords::remember(server, QStringLiteral("kept-in-the-keychain")));
        ConnectServerDialog dialog;
        dialog.setAddress(server);
        CHECK(dialog.passwordEdit()->text() == QStringLiteral("kept-in-the-keychain"));
        CHECK(dialog.rememberBox()->isChecked());
        // Another user on the same server has a password of their own.
        dialog.userEdit()->clear();
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("rod"));
        CHECK(ServerPasswords::read(dialog.address()).password == std::nullopt);
    }
    SECTION("without one")
    {
        MemoryKeychain keychain(QStringLiteral("no Secret Service"));
        ConnectServerDialog dialog;
        dialog.setAddress(server);
        CHECK_FALSE(dialog.rememberBox()->isEnabled());
        CHECK_FALSE(dialog.rememberBox()->isChecked());
        CHECK_FALSE(dialog.keychainNote()->isHidden());
        CHECK(dialog.keychainNote()->text().contains(QStringLiteral("cannot be remembered here")));
        CHECK_FALSE(ServerPasswords::remember(server, QStringLiteral("x")).has_value());
    }
}
