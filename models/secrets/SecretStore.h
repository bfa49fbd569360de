#pragma once

#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace doo {

// Which password: a PostgreSQL login on one database of one server.
struct SecretKey
{
    QString host; // empty = localhost
    int port = -1; // -1 = 5432
    QString database;
    QString login;

    static SecretKey of(const DatabaseUrl &url);
    bool isValid() const { return !database.isEmpty() && !login.isEmpty(); }
    // The keychain entry's name, e.g. "bob@db.example:5432/team".
    QString id() const;
};

// One interface over where passwords are kept: the system keychain (KeychainSecretStore), the
// session's memory (MemorySecretStore, also the fake of the tests). Every call returns at once;
// the outcome comes later through `done`, called on the caller's thread unless `context` is gone
// by then. Nothing here writes a secret to a file, a setting or a log.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound, // nothing stored for the key (a locked keyring answers the same)
        Unavailable, // no keychain: no session bus, no Secret Service, refused
        Failed, // the keychain answered with another error
    };
    struct Answer
    {
        Outcome outcome = Outcome::Ok;
        QString secret; // read only
        QString error; // translated, never the secret; empty when Ok
    };
    using Callback = std::function<void(const Answer &)>;

    using QObject::QObject;

    virtual void read(const SecretKey &key, QObject *context, Callback done) = 0;
    virtual void write(const SecretKey &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const SecretKey &key, QObject *context, Callback done) = 0;
    // A short name for messages ("the system keychain", "memory").
    virtual QString name() const = 0;

protected:
    // Calls `done` on the next turn of the event loop, unless `context` went away.
    static void answerLater(QObject *context, Callback done, Answer answer);
    static void answerNow(const QPointer<QObject> &context, bool hadContext, const Callback &done, const Answer &answer);
};

} // namespace doo
