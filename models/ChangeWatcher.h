#pragma once

#include <QObject>

class QTimer;

namespace doo {

class Database;

// Notices changes that other connections (another window, the command line, a scheduler, a
// colleague on PostgreSQL) made to the tasks, by polling a counter every task write bumps, and
// notices a lost connection. One cheap indexed read per interval.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    void start(int intervalMs = 1000);
    void stop();
    bool isConnected() const { return m_connected; }
    // Checks now (also what the timer calls).
    void poll();
    // Remembers the current counter as seen, so our own writes do not count as "elsewhere".
    void acknowledge();

Q_SIGNALS:
    void tasksChanged();
    void connectionChanged(bool connected);

private:
    qint64 readCounter(bool *ok);

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_seen = -1;
    bool m_connected = true;
};

} // namespace doo
