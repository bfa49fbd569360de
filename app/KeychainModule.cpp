// The module director-of-one-keychain: what a command needs to read a PostgreSQL password from
// the system keychain (QtKeychain, Qt D-Bus), loaded by ModuleLoader only when a session bus is
// there, so that the other commands start without D-Bus.

#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QTimer>

// Reads the password stored for the URL's server, port, database and login into `password`, waiting at most
// `timeoutMs` in a local event loop (a command has no window to keep responsive). 0: found,
// 1: nothing stored, 2: no usable keychain or no answer in time.
extern "C" Q_DECL_EXPORT int doo_read_keychain_password(const doo::DatabaseUrl *url, QString *password, int timeoutMs)
{
    if (!doo::KeychainSecretStore::sessionBusPresent())
        return 2;
    doo::KeychainSecretStore store;
    QEventLoop loop;
    int result = 2;
    store.read(doo::SecretKey::of(*url), &loop, [&](const doo::SecretStore::Answer &answer) {
        if (answer.outcome == doo::SecretStore::Outcome::Ok) {
            *password = answer.secret;
            result = 0;
        } else if (answer.outcome == doo::SecretStore::Outcome::NotFound) {
            result = 1;
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}
