#include "db/Reconnector.h"

#include "db/Database.h"
#include "db/Logging.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace doo {

namespace {
// A try that finds no server gives up after this long (libpq's smallest useful connect_timeout).
const QString kProbeTimeout = QStringLiteral("connect_timeout=3");
} // namespace

Reconnector::Reconnector(Database &db) : m_db(db)
{
    m_generation = db.generation();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reconnector::attempt);
    if (db.isLost())
        notice();
}

Reconnector::~Reconnector()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
    }
}

void Reconnector::setBackoff(int firstMs, int maxMs)
{
    m_first = std::max(1, firstMs);
    m_max = std::max(m_first, maxMs);
    if (!m_timer.isActive())
        m_delay = m_first;
}

void Reconnector::notice()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &Reconnector::sync, Qt::QueuedConnection);
}

void Reconnector::sync()
{
    m_queued = false;
    if (m_db.isLost()) {
        if (!m_connected)
            return; // a try is already waiting on the timer
        m_connected = false;
        m_delay = m_first;
        Q_EMIT connectionLost();
        scheduleNext();
        return;
    }
    const bool reopened = m_db.generation() != m_generation;
    m_generation = m_db.generation();
    m_timer.stop();
    m_delay = m_first;
    if (m_connected && !reopened)
        return;
    m_connected = true;
    Q_EMIT reconnected();
}

void Reconnector::scheduleNext()
{
    qCInfo(lcDbConnection) << "reconnecting in" << m_delay << "ms";
    m_timer.start(m_delay);
    m_delay = std::min(m_delay * 2, m_max);
}

void Reconnector::attempt()
{
    if (m_probe)
        return;
    if (!m_db.isLost()) {
        sync();
        return;
    }
    if (m_db.type() != DbType::PostgreSQL) {
        reopen();
        return;
    }
    DatabaseUrl url = m_db.url();
    if (!url.options.contains(QLatin1String("connect_timeout")))
        url.options += (url.options.isEmpty() ? QString() : QStringLiteral(";")) + kProbeTimeout;
    const QString name = QStringLiteral("doo-probe-%1").arg(reinterpret_cast<quintptr>(this));
    auto reachable = std::make_shared<bool>(false);
    m_probe = QThread::create([url, name, reachable] { *reachable = bool(Database::open(url, name)); });
    m_probe->setObjectName(QStringLiteral("reconnect probe"));
    connect(m_probe, &QThread::finished, this, [this, reachable] { probeFinished(*reachable); });
    m_probe->start(QThread::LowPriority);
}

void Reconnector::probeFinished(bool reachable)
{
    m_probe->wait();
    delete m_probe;
    m_probe = nullptr;
    if (reachable)
        reopen();
    else
        scheduleNext();
}

void Reconnector::reopen()
{
    if (!m_db.isLost()) { // reconnected meanwhile (a write that retried)
        sync();
        return;
    }
    if (Status s = m_db.reconnect(); !s) {
        qCInfo(lcDbConnection).noquote() << s.error().text();
        scheduleNext();
    }
    // success: the Database called notice(), and sync() announces it
}

} // namespace doo
