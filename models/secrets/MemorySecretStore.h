#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace doo {

// Passwords kept in this process's memory only, until it ends: the window's fallback when there
// is no usable keychain (asked once per session), and the fake keychain of the tests, which can
// play an unavailable one.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void read(const SecretKey &key, QObject *context, Callback done) override;
    void write(const SecretKey &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const SecretKey &key, QObject *context, Callback done) override;
    QString name() const override;

    // At once, for the window's own bookkeeping.
    QString value(const SecretKey &key) const { return m_secrets.value(key.id()); }
    bool contains(const SecretKey &key) const { return m_secrets.contains(key.id()); }
    void setValue(const SecretKey &key, const QString &secret) { m_secrets.insert(key.id(), secret); }
    // Tests: every call answers Unavailable, as a keychain without a session bus does.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int calls() const { return m_calls; }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    int m_calls = 0;
};

} // namespace doo
