#pragma once

#include <QObject>

class QTimer;

namespace doo {

class Database;

// Notices changes that other connections (another window, the command line, a scheduler, a
// colleague on PostgreSQL) made: to the tasks, by polling a counter every task write bumps; to
// anything else, on SQLite by polling PRAGMA data_version (it changes when another connection
// commits), on PostgreSQL by LISTENing to the notices migration 007's triggers send for workflows,
// their runs, consultations and notifications. Also notices a lost connection: its poll is the
// statement that fails, and the connection's Reconnector brings it back; then the watcher LISTENs
// again and signals every change (the shown views reload). One cheap indexed read (and on SQLite a
// pragma) per interval.
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
    // Another connection committed a change. PostgreSQL names the table ("workflow",
    // "workflow_execution", "consultation", "notification"); SQLite cannot tell and gives "".
    void changedElsewhere(const QString &table);
    void connectionChanged(bool connected);

private:
    qint64 readCounter(bool *ok);
    void listen();
    void pollDataVersion();
    void setConnected(bool connected);
    void onReconnected();

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_seen = -1;
    bool m_connected = true;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    bool m_notificationsConnected = false;
};

} // namespace doo
