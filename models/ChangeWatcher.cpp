#include "ChangeWatcher.h"

#include "db/Database.h"
#include "db/Query.h"
#include "repositories/Repository.h"

#include <QTimer>

namespace doo {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher() = default;

void ChangeWatcher::start(int intervalMs)
{
    acknowledge();
    m_timer->start(intervalMs);
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

void ChangeWatcher::poll()
{
    bool ok = false;
    const qint64 value = readCounter(&ok);
    const bool connected = ok || m_db.isConnected();
    if (connected != m_connected) {
        m_connected = connected;
        Q_EMIT connectionChanged(connected);
    }
    if (ok && value != m_seen) {
        m_seen = value;
        Q_EMIT tasksChanged();
    }
}

} // namespace doo
