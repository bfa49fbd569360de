#include "secrets/KeychainSecretStore.h"

#include "secrets/Logging.h"

#include <QDir>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace doo {

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent)
{ }

bool KeychainSecretStore::sessionBusPresent()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.startsWith(QLatin1String("disabled:")))
        return false;
    if (!address.isEmpty())
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

QString KeychainSecretStore::name() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, Callback done)
{
    start(Kind::Read, key, QString(), context, std::move(done));
}

void KeychainSecretStore::write(const SecretKey &key, const QString &secret, QObject *context, Callback done)
{
    start(Kind::Write, key, secret, context, std::move(done));
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, Callback done)
{
    start(Kind::Remove, key, QString(), context, std::move(done));
}

void KeychainSecretStore::start(Kind kind, const SecretKey &key, const QString &secret, QObject *context, Callback done)
{
    if (!sessionBusPresent()) {
        answerLater(context, std::move(done),
                    {Outcome::Unavailable, QString(), tr("there is no session bus to reach a keychain through")});
        return;
    }
    QKeychain::Job *job = nullptr;
    if (kind == Kind::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
    } else if (kind == Kind::Write) {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(secret);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
    }
    job->setKey(key.id());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QString id = key.id();
    connect(
        job, &QKeychain::Job::finished, this, [guard, hadContext, done = std::move(done), id, kind](QKeychain::Job *finished) {
            Answer answer;
            switch (finished->error()) {
            case QKeychain::NoError:
                if (kind == Kind::Read)
                    answer.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                break;
            case QKeychain::EntryNotFound:
                answer = {Outcome::NotFound, QString(), tr("the keychain holds no password for %1").arg(id)};
                break;
            case QKeychain::CouldNotDeleteEntry:
                answer = {Outcome::Failed, QString(),
                          tr("the keychain could not delete the password: %1").arg(finished->errorString())};
                break;
            default: // refused, no backend, not implemented, OtherError (7: no Secret Service)
                answer = {Outcome::Unavailable, QString(), tr("the keychain is not available: %1").arg(finished->errorString())};
                break;
            }
            // The key's id names a login and a server, never the secret.
            qCDebug(lcSecrets) << "keychain" << int(kind) << id << "error" << finished->error();
            answerNow(guard, hadContext, done, answer);
        });
    job->start();
}

} // namespace doo
