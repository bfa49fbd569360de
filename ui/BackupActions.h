#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace doo {

class Database;

// File → Back up… and Restore… of the main window. Backing up runs at once on the window's
// database (BackupIntents); a restore needs the window's connections closed, so the chosen file
// is handed to the window's host (restoreRequested), which closes, restores and reopens.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Database &db, QWidget *window);

    void addTo(QMenu *menu);

    // Tests: answers the file dialogs (save: Back up…) instead of the user; an empty answer cancels.
    static void setFileChooser(std::function<QString(bool save)> chooser);

    void backUp();
    void restore();

Q_SIGNALS:
    void restoreRequested(const QString &file);
    void message(const QString &text);

private:
    QString chooseFile(bool save) const;

    Database &m_db;
    QWidget *m_window;
};

} // namespace doo
