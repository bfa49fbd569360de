#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Error.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace doo {

class PreferencesIntents;
class ProfileSettingsPage;
class SettingsPage;

// Preferences (Ctrl+,): the categories on the left, the chosen page beside them (General,
// Profile, Database, Scheduler, Notifications, Board), OK / Cancel / Apply. The user's
// preferences and profile are saved through PreferencesIntents in one transaction; this
// computer's settings (LocalSettings, the autostart entry) after the database took the rest.
// What other parts of the program carry out is asked for through the signals below.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(PreferencesIntents *intents, const DatabaseUrl &connection, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Saves every page. False when a value was refused: its page is shown with the error naming
    // the field, and nothing was written.
    bool apply();

    // general|profile|database|scheduler|notifications|board
    bool showPage(const QString &key);
    QString currentPage() const;
    SettingsPage *page(const QString &key) const;
    // The error that names no page's field (a conflict, a lost connection), else empty.
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    // This computer's settings changed (LocalSettings: tray switches, language, backups kept…).
    void localSettingsChanged();
    // Scheduler page: run the workflows in this window, and pause or resume its scheduler.
    void schedulerEnabledChanged(bool enabled);
    void schedulerPauseRequested(bool paused);
    // Database page: the settings were saved and closed; show the connection dialog.
    void connectRequested();
    void backUpRequested();
    void restoreRequested();

private:
    void addPage(const QString &key, SettingsPage *page);
    void load();
    void showError(const Error &error);

    PreferencesIntents *m_intents;
    ProfileSettingsPage *m_profile = nullptr;
    QListWidget *m_categories = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_keys;
};

} // namespace doo
