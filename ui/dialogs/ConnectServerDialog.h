#pragma once
// File > Connect to Server…: where the organisation's Roundtable server is
// (host, port, database, user, TLS), or a pasted postgresql:// address, and
// the password, which the system keychain may remember. Connect opens the
// database here, so a wrong password or an unreachable server is told in the
// dialog, where it can be corrected, not after it closed.

#include "storage/ServerAddress.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rt {
class Database;
}

namespace rt::ui {

class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    // Fills the fields (and the stored password, if the keychain has one).
    void setAddress(const ServerAddress& address);
    // The address the fields describe, with the password typed.
    ServerAddress address() const;
    // Shows a message from an earlier try (e.g. the password was wrong).
    void showProblem(const QString& message, bool passwordNeeded);

    // After Connect succeeded: the open database.
    std::unique_ptr<Database> takeDatabase();
    // After Connect: what the keychain refused (remembering or forgetting), if anything.
    const QString& keychainProblem() const { return m_keychainProblem; }

    // Validates, connects (busy cursor), remembers or forgets the password;
    // stays open with the message when that fails. Returns whether it connected.
    bool connectToServer();

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* tlsBox() const { return m_tls; }
    QCheckBox* rememberBox() const { return m_remember; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* keychainNote() const { return m_keychainNote; }
    QPushButton* connectButton() const { return m_connect; }

private:
    void urlEdited(const QString& text);
    void fieldsEdited();
    void lookUpPassword();
    QString validate() const;
    void setTls(ServerAddress::Tls tls);

    QLineEdit* m_url;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QCheckBox* m_remember;
    QLabel* m_keychainNote;
    QLabel* m_problem;
    QPushButton* m_connect;
    bool m_filling = false;
    bool m_keychainUsable = true;
    bool m_passwordFromKeychain = false;
    QString m_lookedUp; // the keychain key last looked up
    QString m_keychainProblem;
    std::unique_ptr<Database> m_opened;
};

} // namespace rt::ui
