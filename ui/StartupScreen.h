#pragma once

#include "db/ConnectionProblem.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace doo {

// What the window shows when the database it should start on cannot be opened (a PostgreSQL
// server down, a file gone): what went wrong in plain words, the driver's text under Details,
// and the ways on — Retry, Change connection…, Open the local database — or Quit. After the
// first start's "A team server" nothing failed: the screen then has a neutral heading.
class StartupScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StartupScreen(QWidget *parent = nullptr);

    void showProblem(const QString &where, const ConnectionReport &report);
    // The first start chose a team server: "Connect to your team's server" and `message`.
    void showTeamServerChoice(const QString &message);
    // A damaged database: offers to restore `backupFile` (the newest verified backup); an empty
    // name says there is none and hides the button.
    void offerBackup(const QString &backupFile, bool damaged);

Q_SIGNALS:
    void retryRequested();
    void changeConnectionRequested();
    void openLocalRequested();
    void restoreBackupRequested();
    // Also when the screen is closed: it is the program's only window then.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace doo
