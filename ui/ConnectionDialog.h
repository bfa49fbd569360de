#pragma once

#include "db/ConnectionProblem.h"
#include "db/DatabaseUrl.h"
#include "secrets/SecretStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace doo {

class MemorySecretStore;

// File → Connect… and the start-up screen's "Change connection…": a SQLite file (open one, create
// one, a recent one) or a PostgreSQL server (host, port, database, login, SSL mode, password).
// Test connection tries it off the window's thread and says what the server answered; Connect
// does the same and closes only when the connection works, after saving the password: in the
// system keychain when "Remember" is ticked, always in this session's memory. The password field
// is filled from the session's memory or, asynchronously, from the keychain. Without a usable
// keychain the dialog says so and the password lives in memory only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `keychain` may be null (no keychain at all); `session` is the window's memory of passwords.
    ConnectionDialog(SecretStore *keychain, MemorySecretStore *session, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setUrl(const DatabaseUrl &url);
    // The connection chosen, with the password typed or found.
    DatabaseUrl url() const;
    bool rememberPassword() const;
    // The last check's outcome (Test connection or Connect).
    const ConnectionReport &lastReport() const { return m_report; }
    // What became of "Remember": empty when saved or not asked for, else why not.
    QString keychainMessage() const { return m_keychainMessage; }
    bool keychainUsable() const { return m_keychainUsable; }

Q_SIGNALS:
    // A check finished (tests wait for this).
    void checkFinished(const doo::ConnectionReport &report);

private:
    void buildSqlitePage(QWidget *page);
    void buildPostgresPage(QWidget *page);
    void fillRecent();
    void chooseRecent(int index);
    void browse(bool create);
    void lookUpPassword();
    void setKeychainUnavailable(const QString &reason);
    void startCheck(bool thenConnect);
    void finishCheck(const ConnectionReport &report, bool thenConnect);
    void savePasswordAndAccept();
    void setBusy(bool busy);

    SecretStore *m_keychain = nullptr;
    MemorySecretStore *m_session = nullptr;
    bool m_keychainUsable = true;
    bool m_passwordEdited = false;
    bool m_fromKeychain = false;
    bool m_busy = false;
    QString m_lookupId;
    ConnectionReport m_report;
    QString m_keychainMessage;

    QComboBox *m_recent = nullptr;
    QTabWidget *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_pathNote = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_details = nullptr;
    QTimer *m_lookupTimer = nullptr;
};

} // namespace doo
