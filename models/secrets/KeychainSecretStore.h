#pragma once

#include "secrets/SecretStore.h"

namespace doo {

// Passwords in the system keychain through QtKeychain (on Linux the Secret Service of GNOME
// Keyring or KWallet, over the session bus), under the service "director-of-one" and the key's
// id. Jobs are asynchronous; without a session bus every call answers Unavailable at once, and a
// keychain that fails (no Secret Service, refused, QtKeychain's error 7) answers Unavailable too.
// Never falls back to a file: QtKeychain's insecure fallback stays off.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const SecretKey &key, QObject *context, Callback done) override;
    void write(const SecretKey &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const SecretKey &key, QObject *context, Callback done) override;
    QString name() const override;

    // False when this process has no session bus to reach a keychain through
    // (DBUS_SESSION_BUS_ADDRESS unset without a user bus, or "disabled:").
    static bool sessionBusPresent();
    static QString serviceName() { return QStringLiteral("director-of-one"); }

private:
    enum class Kind { Read, Write, Remove };
    void start(Kind kind, const SecretKey &key, const QString &secret, QObject *context, Callback done);
};

} // namespace doo
