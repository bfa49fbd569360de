#include "StartupScreen.h"

#include "PaletteStyleSheet.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

StartupScreen::StartupScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startupScreen"));
    setWindowTitle(tr("Director of One"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("startupTitle"));
    layout->addWidget(m_title);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("startupWhere"));
    m_where->setTextFormat(Qt::PlainText);
    layout->addWidget(m_where);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("startupMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("startupDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPaletteStyleSheet(m_details, QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_details);
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("startupBackup"));
    m_backup->setTextFormat(Qt::PlainText);
    m_backup->setWordWrap(true);
    m_backup->hide();
    layout->addWidget(m_backup);
    m_restore = new QPushButton(tr("Restore the newest &verified backup"), this);
    m_restore->setObjectName(QStringLiteral("startupRestoreBackup"));
    m_restore->hide();
    connect(m_restore, &QPushButton::clicked, this, &StartupScreen::restoreBackupRequested);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore);
    restoreRow->addStretch(1);
    layout->addLayout(restoreRow);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setObjectName(QStringLiteral("startupRetry"));
    retry->setDefault(true);
    auto *change = new QPushButton(tr("&Change connection…"), this);
    change->setObjectName(QStringLiteral("startupChange"));
    auto *local = new QPushButton(tr("Open the &local database"), this);
    local->setObjectName(QStringLiteral("startupLocal"));
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("startupQuit"));
    buttons->addWidget(retry);
    buttons->addWidget(change);
    buttons->addWidget(local);
    buttons->addStretch(1);
    buttons->addWidget(quit);
    layout->addLayout(buttons);
    connect(retry, &QPushButton::clicked, this, &StartupScreen::retryRequested);
    connect(change, &QPushButton::clicked, this, &StartupScreen::changeConnectionRequested);
    connect(local, &QPushButton::clicked, this, &StartupScreen::openLocalRequested);
    connect(quit, &QPushButton::clicked, this, &StartupScreen::quitRequested);
    resize(560, 300);
}

void StartupScreen::showProblem(const QString &where, const ConnectionReport &report)
{
    m_title->setText(tr("<h2>The database cannot be opened</h2>"));
    m_where->setText(where);
    m_where->setVisible(true);
    m_message->setText(report.message);
    m_details->setText(report.details.isEmpty() ? QString() : tr("Details: %1").arg(report.details));
    offerBackup(QString(), false);
}

void StartupScreen::showTeamServerChoice(const QString &message)
{
    m_title->setText(tr("<h2>Connect to your team's server</h2>"));
    m_where->clear();
    m_where->setVisible(false);
    m_message->setText(message);
    m_details->clear();
    offerBackup(QString(), false);
}

void StartupScreen::offerBackup(const QString &backupFile, bool damaged)
{
    m_backup->setVisible(damaged);
    m_restore->setVisible(damaged && !backupFile.isEmpty());
    if (damaged) {
        m_backup->setText(backupFile.isEmpty() ? tr("There is no verified backup of this database in the data folder.")
                                               : tr("The newest verified backup: %1").arg(backupFile));
        if (!backupFile.isEmpty())
            m_restore->setDefault(true);
    }
}

void StartupScreen::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    Q_EMIT quitRequested();
}

} // namespace doo
