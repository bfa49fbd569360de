#pragma once

#include "SettingsPage.h"

#include "db/DatabaseUrl.h"

class QSpinBox;

namespace doo {

// Database: the connection the window works on (never its password) with Connect…, backups now
// and restore (done by the window's host), and how many automatic backups this computer keeps.
class DatabaseSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    DatabaseSettingsPage(const DatabaseUrl &connection, QWidget *parent = nullptr);

    void load(const Preferences &preferences) override;
    Status applyLocal(bool *changed) override;

Q_SIGNALS:
    void connectRequested();
    void backUpRequested();
    void restoreRequested();

private:
    QSpinBox *m_backupsKept = nullptr;
};

} // namespace doo
