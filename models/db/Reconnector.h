#pragma once

#include <QObject>
#include <QTimer>

class QThread;

namespace doo {

class Database;

// Brings one lost connection back (Database::reconnector(), made on the connection's thread by
// whoever wants a connection that survives the server, like the window and its scheduler): when its Database notices the server went away (a statement
// failed with a connection error), tries again after 0.5 s, 1 s, 2 s … up to a cap, on a QTimer of
// the connection's thread. On PostgreSQL each try first opens a throwaway connection on a helper
// thread, so a server that does not answer never blocks this thread; only a server that answered
// is reconnected here (Database::reconnect: reopen, session set-up). Signals are queued: they come
// from the event loop, never from inside a statement or an intent.
class Reconnector : public QObject
{
    Q_OBJECT

public:
    ~Reconnector() override;

    bool isConnected() const { return m_connected; }
    // Waiting before the first try and the most between two tries.
    void setBackoff(int firstMs, int maxMs);
    // How long the next wait is (for tests and the log).
    int nextDelay() const { return m_delay; }

Q_SIGNALS:
    void connectionLost();
    // The connection is open again with its session set up: redo what belongs to the session
    // (LISTEN) and reload what is shown.
    void reconnected();

private:
    friend class Database;
    explicit Reconnector(Database &db); // Database::reconnector() makes the connection's one
    void notice(); // from Database: lost, or reconnected (by us or by anyone)
    void sync();
    void attempt();
    void reopen();
    void scheduleNext();
    void probeFinished(bool reachable);

    Database &m_db;
    QTimer m_timer;
    int m_first = 500;
    int m_max = 30'000;
    int m_delay = 500;
    bool m_connected = true;
    bool m_queued = false;
    int m_generation = 0;
    QThread *m_probe = nullptr;
};

} // namespace doo
