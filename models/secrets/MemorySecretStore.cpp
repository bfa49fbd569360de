#include "secrets/MemorySecretStore.h"

namespace doo {

MemorySecretStore::~MemorySecretStore()
{
    // Not left for the allocator to hand out again as it was.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill(QLatin1Char(' '));
}

void MemorySecretStore::read(const SecretKey &key, QObject *context, Callback done)
{
    ++m_calls;
    Answer answer;
    if (m_unavailable)
        answer = {Outcome::Unavailable, QString(), tr("no keychain")};
    else if (!m_secrets.contains(key.id()))
        answer = {Outcome::NotFound, QString(), tr("no password stored for %1").arg(key.id())};
    else
        answer.secret = m_secrets.value(key.id());
    answerLater(context, std::move(done), answer);
}

void MemorySecretStore::write(const SecretKey &key, const QString &secret, QObject *context, Callback done)
{
    ++m_calls;
    Answer answer;
    if (m_unavailable)
        answer = {Outcome::Unavailable, QString(), tr("no keychain")};
    else
        m_secrets.insert(key.id(), secret);
    answerLater(context, std::move(done), answer);
}

void MemorySecretStore::remove(const SecretKey &key, QObject *context, Callback done)
{
    ++m_calls;
    Answer answer;
    if (m_unavailable)
        answer = {Outcome::Unavailable, QString(), tr("no keychain")};
    else if (m_secrets.remove(key.id()) == 0)
        answer = {Outcome::NotFound, QString(), tr("no password stored for %1").arg(key.id())};
    answerLater(context, std::move(done), answer);
}

QString MemorySecretStore::name() const
{
    return tr("this session's memory");
}

} // namespace doo
