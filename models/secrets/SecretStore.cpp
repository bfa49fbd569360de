#include "secrets/SecretStore.h"

#include <QTimer>

namespace doo {

SecretKey SecretKey::of(const DatabaseUrl &url)
{
    SecretKey key;
    key.host = url.host.isEmpty() ? QStringLiteral("localhost") : url.host;
    key.port = url.port > 0 ? url.port : 5432;
    key.database = url.database;
    key.login = url.user;
    return key;
}

QString SecretKey::id() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(login, host.isEmpty() ? QStringLiteral("localhost") : host)
        .arg(port > 0 ? port : 5432)
        .arg(database);
}

void SecretStore::answerNow(const QPointer<QObject> &context, bool hadContext, const Callback &done, const Answer &answer)
{
    if (done && (!hadContext || context))
        done(answer);
}

void SecretStore::answerLater(QObject *context, Callback done, Answer answer)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, [guard, hadContext, done = std::move(done), answer = std::move(answer)] {
        answerNow(guard, hadContext, done, answer);
    });
}

} // namespace doo
