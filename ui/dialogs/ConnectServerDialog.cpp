#include "ConnectServerDialog.h"

#include "ServerPasswords.h"
#include "storage/Database.h"
#include "widgets/Colours.h"
#include "widgets/FormRows.h"
#include "widgets/ClearButton.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

// Restores the cursor however connecting ends.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Server"));
    auto* intro = new QLabel(tr("Several stations can share one workshop database on your organisation's PostgreSQL "
                                "server. Enter where it is, or paste its address."),
                             this);
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("postgresql://maria@db.example.org:5432/roundtable"));
    giveClearButton(m_url);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked by the server, if it needs one"));
    m_tls->addItem(tr("Off"), int(ServerAddress::Tls::Disable));
    m_tls->addItem(tr("If available"), int(ServerAddress::Tls::Prefer));
    m_tls->addItem(tr("Required"), int(ServerAddress::Tls::Require));
    m_tls->addItem(tr("Verify certificate"), int(ServerAddress::Tls::VerifyFull));
    m_tls->setCurrentIndex(1);
    m_tls->setToolTip(tr("Encryption of the connection. “Verify certificate” also checks the server is the one named, "
                         "with the certificate authority in ~/.postgresql/root.crt."));
    m_remember->setAccessibleName(tr("Remember the password in the system keychain"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the column's width, not a narrow strip
    m_keychainNote->setAccessibleName(tr("Keychain"));
    m_keychainNote->hide();
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // server messages echo what was typed
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("#connectProblem { color: %1; }").arg(colours::problem().name()));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Address:"), m_url);
    addRow(form, tr("&Host:"), m_host);
    addRow(form, tr("P&ort:"), m_port);
    addRow(form, tr("&Database:"), m_database);
    addRow(form, tr("&User:"), m_user);
    addRow(form, tr("&Password:"), m_password);
    addRow(form, tr("&Encryption (TLS):"), m_tls);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    m_url->setAccessibleDescription(tr("A postgresql:// address; pasting one fills the fields below."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);
    m_connect->setIcon(style()->standardIcon(QStyle::SP_DialogOkButton)); // as the box's own buttons have
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_url, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_tls);
    setTabOrder(m_tls, m_remember);
    setTabOrder(m_remember, m_connect);

    connect(m_url, &QLineEdit::textEdited, this, &ConnectServerDialog::urlEdited);
    // The keychain is asked once an address is complete, not at every keystroke.
    for (QLineEdit* edit : {m_url, m_host, m_database, m_user})
        connect(edit, &QLineEdit::editingFinished, this, &ConnectServerDialog::lookUpPassword);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectServerDialog::fieldsEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordFromKeychain = false; });
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectServerDialog::fieldsEdited);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::fieldsEdited);
    connect(m_connect, &QPushButton::clicked, this, &ConnectServerDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_url->setFocus();
    setMinimumWidth(640); // a whole address stays in view
}

ConnectServerDialog::~ConnectServerDialog()
{
    // Fields losing focus as they go would look the password up again.
    for (QLineEdit* edit : {m_url, m_host, m_database, m_user, m_password})
        disconnect(edit, nullptr, this, nullptr);
}

void ConnectServerDialog::setTls(ServerAddress::Tls tls)
{
    // verify-ca (the authority only) is shown when an address asks for it.
    if (tls == ServerAddress::Tls::VerifyCa && m_tls->findData(int(tls)) < 0)
        m_tls->addItem(tr("Verify certificate authority only"), int(tls));
    m_tls->setCurrentIndex(m_tls->findData(int(tls)));
}

void ConnectServerDialog::setAddress(const ServerAddress& address)
{
    m_filling = true;
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    setTls(address.tls);
    if (!address.password.isEmpty())
        m_password->setText(address.password);
    m_filling = false;
    m_url->setText(this->address().url());
    lookUpPassword();
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    a.tls = ServerAddress::Tls(m_tls->currentData().toInt());
    return a;
}

void ConnectServerDialog::urlEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_problem->hide();
        return;
    }
    auto parsed = ServerAddress::parse(text);
    if (!parsed) {
        m_problem->setText(parsed.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_filling = true;
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->database);
    m_user->setText(parsed->user);
    setTls(parsed->tls);
    if (!parsed->password.isEmpty()) {
        m_password->setText(parsed->password);
        // The password is not left in the address field for all to see.
        m_url->setText(address().url());
    }
    m_filling = false;
}

void ConnectServerDialog::fieldsEdited()
{
    if (m_filling)
        return;
    m_url->setText(address().url());
}

void ConnectServerDialog::lookUpPassword()
{
    const ServerAddress a = address();
    // Only a new address is looked up: the box keeps what the person chose.
    if (a.user.isEmpty() || a.database.isEmpty() || a.keychainKey() == m_lookedUp)
        return;
    m_lookedUp = a.keychainKey();
    const auto stored = ServerPasswords::read(a);
    m_keychainUsable = stored.unavailable.isEmpty();
    m_remember->setEnabled(m_keychainUsable);
    m_keychainNote->setText(stored.unavailable);
    m_keychainNote->setVisible(!m_keychainUsable);
    if (!m_keychainUsable) {
        m_remember->setChecked(false);
        return;
    }
    m_remember->setChecked(stored.password.has_value());
    // A password the keychain filled in for another address does not stay;
    // one the person typed is never replaced.
    if (m_passwordFromKeychain || m_password->text().isEmpty()) {
        m_password->setText(stored.password.value_or(QString()));
        m_passwordFromKeychain = stored.password.has_value();
    }
}

QString ConnectServerDialog::validate() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name or address, such as db.example.org.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the database on the server; ask whoever set it up.");
    if (m_database->text().contains(QLatin1Char('/')))
        return tr("A database name cannot contain “/”.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name you were given for the server.");
    return QString();
}

void ConnectServerDialog::showProblem(const QString& message, bool passwordNeeded)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (passwordNeeded) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

bool ConnectServerDialog::connectToServer()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showProblem(problem, false);
        return false;
    }
    ServerAddress a = address();
    if (a.password.isEmpty()) {
        if (const auto stored = ServerPasswords::read(a); stored.password)
            a.password = *stored.password;
    }
    m_problem->hide();
    Result<std::unique_ptr<Database>> opened;
    {
        BusyCursor busy;
        m_connect->setEnabled(false);
        opened = Database::openServer(a);
        m_connect->setEnabled(true);
    }
    if (!opened) {
        showProblem(opened.error().message, opened.error().kind == ErrorKind::PasswordNeeded);
        return false;
    }
    m_opened = std::move(*opened);
    m_keychainProblem.clear();
    if (m_keychainUsable) {
        // Connected either way; the window tells what the keychain refused.
        const Status kept = m_remember->isChecked() && !a.password.isEmpty() ? ServerPasswords::remember(a, a.password)
                                                                             : ServerPasswords::forget(a);
        if (!kept)
            m_keychainProblem = kept.error().message;
    }
    accept();
    return true;
}

std::unique_ptr<Database> ConnectServerDialog::takeDatabase()
{
    return std::move(m_opened);
}

} // namespace rt::ui
