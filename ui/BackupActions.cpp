#include "BackupActions.h"

#include "db/AutoBackup.h"
#include "db/Database.h"
#include "itemmodels/BackupIntents.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace doo {

namespace {
std::function<QString(bool)> &fileChooser()
{
    static std::function<QString(bool)> chooser;
    return chooser;
}
} // namespace

BackupActions::BackupActions(Database &db, QWidget *window) : QObject(window), m_db(db), m_window(window)
{ }

void BackupActions::setFileChooser(std::function<QString(bool)> chooser)
{
    fileChooser() = std::move(chooser);
}

void BackupActions::addTo(QMenu *menu)
{
    QAction *backUpAction = menu->addAction(tr("&Back up…"), this, &BackupActions::backUp);
    backUpAction->setObjectName(QStringLiteral("actionBackUp"));
    QAction *restoreAction = menu->addAction(tr("&Restore…"), this, &BackupActions::restore);
    restoreAction->setObjectName(QStringLiteral("actionRestore"));
}

QString BackupActions::chooseFile(bool save) const
{
    if (fileChooser())
        return fileChooser()(save);
    const bool sqlite = m_db.type() == DbType::SQLite;
    const QString filter =
        sqlite ? tr("SQLite backups (*.sqlite);;All files (*)") : tr("PostgreSQL backups (*.pgdump);;All files (*)");
    if (!save)
        return QFileDialog::getOpenFileName(m_window, tr("Restore a backup"), AutoBackup::defaultFolder(), filter);
    const QString name =
        QStringLiteral("%1-%2.%3")
            .arg(AutoBackup::databaseName(m_db.url()), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd")),
                 sqlite ? QStringLiteral("sqlite") : QStringLiteral("pgdump"));
    return QFileDialog::getSaveFileName(m_window, tr("Back up the database"), QDir::home().filePath(name), filter);
}

void BackupActions::backUp()
{
    const QString file = chooseFile(true);
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto done = BackupIntents::backup(m_db, file);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(m_window, tr("Back up"), done.error().text());
        return;
    }
    Q_EMIT message(*done);
}

void BackupActions::restore()
{
    const QString file = chooseFile(false);
    if (file.isEmpty())
        return;
    if (Status ok = BackupIntents::verify(m_db.type(), file); !ok) {
        QMessageBox::warning(m_window, tr("Restore"), ok.error().text());
        return;
    }
    if (!fileChooser()
        && QMessageBox::question(m_window, tr("Restore"),
                                 tr("Replace the database %1 with the backup %2? The database as it is now is kept as a "
                                    "backup in %3.")
                                     .arg(m_db.url().display(), file, AutoBackup::defaultFolder()))
            != QMessageBox::Yes)
        return;
    Q_EMIT restoreRequested(file);
}

} // namespace doo
