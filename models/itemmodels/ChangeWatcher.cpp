#include "itemmodels/ChangeWatcher.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/Reconnector.h"
#include "repositories/Repository.h"

#include <QSqlDriver>
#include <QTimer>

namespace doo {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    Reconnector &reconnector = m_db.reconnector();
    connect(&reconnector, &Reconnector::connectionLost, this, [this] { setConnected(false); });
    connect(&reconnector, &Reconnector::reconnected, this, &ChangeWatcher::onReconnected);
}

ChangeWatcher::~ChangeWatcher() = default;

namespace {
const QString kChannel = QStringLiteral("doo_changes"); // migration 007
} // namespace

void ChangeWatcher::start(int intervalMs)
{
    acknowledge();
    listen();
    pollDataVersion();
    m_timer->start(intervalMs);
}

void ChangeWatcher::listen()
{
    if (m_listening || m_db.type() != DbType::PostgreSQL)
        return;
    QSqlDriver *driver = m_db.handle().driver();
    m_listening = driver->subscribeToNotification(kChannel);
    if (m_notificationsConnected) // the same driver object across reconnects
        return;
    m_notificationsConnected = true;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == kChannel && source == QSqlDriver::OtherSource) // our own writes are known here
                    Q_EMIT changedElsewhere(payload.toString());
            });
}

void ChangeWatcher::pollDataVersion()
{
    if (m_db.type() != DbType::SQLite)
        return;
    Query q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        Q_EMIT changedElsewhere(QString());
}

void ChangeWatcher::stop()
{
    m_timer->stop();
}

qint64 ChangeWatcher::readCounter(bool *ok)
{
    Query q(m_db);
    *ok = q.exec(QStringLiteral("SELECT value FROM app_counter WHERE name = ?"), {Repository::kTaskChangesCounter});
    if (!*ok)
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ChangeWatcher::acknowledge()
{
    bool ok = false;
    const qint64 value = readCounter(&ok);
    if (ok)
        m_seen = value;
}

void ChangeWatcher::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected);
}

void ChangeWatcher::onReconnected()
{
    // The server's session is new: it listens to nothing, and anything may have changed meanwhile.
    m_listening = false;
    if (m_timer->isActive())
        listen();
    m_dataVersion = -1;
    setConnected(true);
    Q_EMIT tasksChanged();
    Q_EMIT changedElsewhere(QString());
    acknowledge();
}

void ChangeWatcher::poll()
{
    if (m_db.isLost())
        return; // the Reconnector is at work and says when it is back
    bool ok = false;
    const qint64 value = readCounter(&ok);
    setConnected(ok || m_db.isConnected());
    if (ok && value != m_seen) {
        m_seen = value;
        Q_EMIT tasksChanged();
    }
    if (ok)
        pollDataVersion();
}

} // namespace doo
