#pragma once

#include <QObject>

class QLocalServer;

namespace doo {

// One window program per user: the first start listens on a local socket in the user's runtime
// folder; a later start finds it, asks it to show its window, and ends. A socket left by a
// program that crashed is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `socketPath`: where the socket lives (defaultSocketPath() for the program).
    explicit SingleInstance(QString socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime folder>/director-of-one.socket (the runtime folder is the user's own, mode 0700).
    static QString defaultSocketPath();

    // True when a running program answered: it was asked to show its window.
    bool askRunningToShow(int timeoutMs = 2000);
    // Listens for later starts (activationRequested); false when the socket cannot be made.
    bool listen();
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    // A later start asked for the window.
    void activationRequested();

private:
    void serve();

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace doo
